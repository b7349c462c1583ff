// What a server-rendered page loads (docs/server-rendering.md): Lit's hydration
// support first, then the elements, from the package's lib/.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../../lib/index.js';
