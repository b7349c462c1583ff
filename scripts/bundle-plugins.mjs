// The plugins of the one-script build (dist/recovery-elements.js), in one place:
// rollup.config.mjs uses them, and so do the size checks (scripts/size.mjs), which
// build variants of the bundle to tell Lit, the words and our code apart.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { stripSources } from './rollup-strip-sources.mjs';

/**
 * `variant`: plugins that change what goes in (size checks only); they run on
 * the JavaScript after TypeScript, before the literals are minified.
 */
export function bundlePlugins({ variant = [], sourceMap = true } = {}) {
  return [
    // Lit's default export condition is its production build.
    nodeResolve(),
    typescript({ tsconfig: 'tsconfig.json', outDir: 'dist', declaration: false, sourceMap }),
    stripSources(),
    ...variant,
    // Whitespace inside html`` and css`` is bytes on every reader's phone.
    minifyLiterals({ failOnError: true }),
    terser({ ecma: 2022, compress: { passes: 2 }, format: { comments: false, ascii_only: true } }),
  ];
}
