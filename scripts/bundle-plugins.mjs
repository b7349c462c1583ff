// The plugins of the one-script build (dist/recovery-elements.js), in one place:
// rollup.config.mjs uses them, and so do the size checks (scripts/size.mjs), which
// build variants of the bundle to tell Lit, the words and our code apart.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { walk } from 'estree-walker';
import MagicString from 'magic-string';

/**
 * The property names the bundle renames to short ones, found by the rule the code
 * already follows, so there is no list to keep: a name is renamed when
 * - the words' types declare it (a key of an interface in `src/content/`), or
 * - a class declares it `private` or `protected` without `override` (an
 *   overriding member keeps the name Lit calls it by),
 * and the same name is nowhere public in the rest of `src/`: not a class member
 * without those keywords, not a key of an object (a Lit property declaration, an
 * event's detail), not a property of an interface (an event detail's type), not a
 * string that may name a property: an argument (`changed.has('guide')`), a key
 * (`'cases' in step`, `element['x']`). Terser itself never renames a
 * DOM or built-in name (`title`, `call`, `next`). The npm modules in lib/ keep
 * every name as written.
 */
export function renamedNames(root = 'src') {
  const namesProperty = ({ parent }) =>
    ts.isCallExpression(parent) ||
    ts.isElementAccessExpression(parent) ||
    (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.InKeyword);
  const renamed = new Set();
  const kept = new Set();
  const textOf = (name) => (name && ts.isIdentifier(name) ? name.text : undefined);
  for (const file of readdirSync(root, { recursive: true }).filter((name) => name.endsWith('.ts'))) {
    const words = /^content[\\/]/.test(file);
    const source = ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (words && ts.isPropertySignature(node)) renamed.add(textOf(node.name));
      if (!words) {
        if (ts.isClassElement(node) && node.name) {
          const flags = ts.getCombinedModifierFlags(node);
          const internal = flags & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected) && !(flags & ts.ModifierFlags.Override);
          (internal ? renamed : kept).add(textOf(node.name));
        } else if (ts.isObjectLiteralElementLike(node) || ts.isPropertySignature(node)) {
          kept.add(textOf(node.name));
        } else if (ts.isStringLiteral(node) && namesProperty(node)) {
          kept.add(node.text);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return [...renamed].filter((name) => name && !kept.has(name)).sort();
}

/**
 * Names of ours that are also DOM names. Terser keeps every DOM or built-in name
 * as written, for it cannot tell `sign.text` from an `<a>`'s `text`. These few
 * are renamed all the same: in the bundle they are only ever the words' keys
 * (`{ text, title, summary }`, a link's `href`, a label, a timer's `done`) and
 * the element's protected `text`. Neither Lit nor our code reads them from a DOM
 * object or a built-in (test/node/bundle-names.test.mjs checks Lit's modules and
 * our sources). `text` alone is written about 200 times: ~150 bytes gzip.
 */
// Terser's own list of DOM names (not among the files its package exports).
const { domprops } = await import(pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('terser')), '../tools/domprops.js')).href);

export const DOM_NAMES_OF_OURS = ['done', 'href', 'label', 'summary', 'text', 'title'];

/**
 * Names of Lit's that only Lit and our classes use, renamed in the bundle too: the
 * script carries its own Lit, which nothing outside it reaches. Lit's `_$…`
 * properties (its private API between its own packages: `_$litType$`, `_$AH`…)
 * and the lifecycle a subclass overrides or a controller implements. Kept: what a
 * page or a test harness may call on an element (`updateComplete`, `requestUpdate`,
 * `hasUpdated`, `isUpdatePending`, `renderRoot`, `render`), what Lit reads by string
 * (`properties`, `elementProperties`, `finalized`), the platform's callbacks, and
 * `window.litNonce`. test/node/bundle-names.test.mjs checks that Lit's modules name
 * none of these in a string, and that the bundle still has the kept ones. The npm
 * modules in lib/ keep every name: a subclass of ours belongs there.
 */
export const LIT_INTERNAL_NAMES = [
  '_\\$\\w+\\$?',
  // ReactiveElement: the update cycle, the properties' options, the styles.
  'willUpdate', 'firstUpdated', 'shouldUpdate', 'performUpdate', 'scheduleUpdate', 'getUpdateComplete', 'enableUpdating',
  'createRenderRoot', 'shadowRootOptions', 'renderOptions', 'elementStyles', 'finalizeStyles', 'finalize', 'addInitializer',
  'createProperty', 'getPropertyDescriptor', 'getPropertyOptions',
  'attribute', 'converter', 'fromAttribute', 'toAttribute', 'reflect', 'hasChanged', 'useDefault', 'noAccessor', 'wrapped',
  // Reactive controllers (the rescue guide is one).
  'addController', 'removeController', 'hostConnected', 'hostDisconnected', 'hostUpdate', 'hostUpdated',
  // lit-html's parts.
  'setConnected', 'renderBefore', 'creationScope',
];

/**
 * What terser reserves when it keeps built-in names (its `find_builtins`), less
 * `DOM_NAMES_OF_OURS`: no property of ours is ever renamed to a DOM or built-in
 * name, which would shadow it on an element.
 */
function reservedNames() {
  const names = new Set([...domprops, 'null', 'true', 'false', 'NaN', 'Infinity', '-Infinity', 'undefined']);
  const builtins = [Object, Array, Function, Number, String, Boolean, Error, Math, Date, RegExp, Symbol, ArrayBuffer, DataView,
    decodeURI, decodeURIComponent, encodeURI, encodeURIComponent, eval, EvalError, Float32Array, Float64Array, Int8Array,
    Int16Array, Int32Array, isFinite, isNaN, JSON, Map, parseFloat, parseInt, Promise, Proxy, RangeError, ReferenceError,
    Reflect, Set, SyntaxError, TypeError, Uint8Array, Uint8ClampedArray, Uint16Array, Uint32Array, URIError, WeakMap, WeakSet];
  for (const builtin of builtins) {
    for (const name of Object.getOwnPropertyNames(builtin)) names.add(name);
    if (builtin.prototype) for (const name of Object.getOwnPropertyNames(builtin.prototype)) names.add(name);
  }
  for (const name of DOM_NAMES_OF_OURS) names.delete(name);
  return [...names];
}

/**
 * The content keeps each medical statement's source keys beside its words, for
 * reviewers and tests. Readers never see them, so the one-script bundle drops
 * every `sources: [...]` property of the content modules. The npm build (lib/)
 * keeps them.
 */
export function stripSources({ include = /[\\/]src[\\/]content[\\/][a-z]{2}(-[a-z-]+)?\.ts$/ } = {}) {
  return {
    name: 'strip-content-sources',
    transform(code, id) {
      if (!include.test(id)) return null;
      const ast = this.parse(code);
      const output = new MagicString(code);
      let removed = 0;
      walk(ast, {
        enter(node) {
          if (node.type !== 'ObjectExpression') return;
          node.properties.forEach((property, index) => {
            if (property.type !== 'Property' || property.key.name !== 'sources') return;
            // Remove the property with the comma that separates it from its neighbour.
            const next = node.properties[index + 1];
            const previous = node.properties[index - 1];
            const start = next ? property.start : previous ? previous.end : property.start;
            const end = next ? next.start : property.end;
            output.remove(start, end);
            removed++;
          });
        },
      });
      if (removed === 0) this.error(`${id}: expected content with sources to strip`);
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
  };
}

/**
 * The one-file script cannot hydrate server-rendered HTML (`CAN_HYDRATE` in
 * src/core/recovery-element.ts): its build turns that off, so the minifier drops
 * what only hydration needs.
 */
const withoutHydration = {
  name: 'without-hydration',
  transform(code, id) {
    if (!/[\\/]src[\\/]core[\\/]recovery-element\.ts$/.test(id)) return null;
    const at = code.indexOf('const CAN_HYDRATE = true;');
    if (at < 0) this.error(`${id}: expected \`const CAN_HYDRATE = true;\` to turn off`);
    const output = new MagicString(code).overwrite(at, at + 25, 'const CAN_HYDRATE = false;');
    return { code: output.toString(), map: output.generateMap({ hires: true }) };
  },
};

/**
 * Our private custom properties (`--_text`, `--_space`…: the tokens the styles
 * share, and `--_below`, which page-room.ts sets on a sticky banner) are ours
 * alone, so the bundle writes them `--_a`, `--_b`… (the most used in `src/` first),
 * in styles and code alike. They keep the `--_` prefix, which no partner sets;
 * the partner's `--recovery-…` properties are API and keep their names.
 */
export function shortCustomProperties(root = 'src') {
  const PRIVATE = /--_[a-z][a-z-]*/g;
  const counts = new Map();
  for (const file of readdirSync(root, { recursive: true }).filter((name) => name.endsWith('.ts'))) {
    for (const [name] of readFileSync(join(root, file), 'utf8').matchAll(PRIVATE)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const ranked = [...counts].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1)).map(([name]) => name);
  const short = new Map(ranked.map((name, index) => [name, `--_${String.fromCharCode(97 + index)}`]));
  return {
    name: 'short-custom-properties',
    transform(code, id) {
      if (!resolve(id).startsWith(resolve(root))) return null;
      const output = new MagicString(code);
      for (const match of code.matchAll(PRIVATE)) {
        if (!short.has(match[0])) this.error(`${id}: ${match[0]} is not in ${root}/`);
        output.overwrite(match.index, match.index + match[0].length, short.get(match[0]));
      }
      return output.hasChanged() ? { code: output.toString(), map: output.generateMap({ hires: true }) } : null;
    },
  };
}

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
    withoutHydration,
    shortCustomProperties(),
    ...variant,
    // Whitespace inside html`` and css`` is bytes on every reader's phone.
    minifyLiterals({ failOnError: true }),
    terser({
      ecma: 2022,
      // An ES module's rules (strict, nothing global of ours); getters without side
      // effects; arrow functions wherever `this` is not used. The whole test suite,
      // embedding tests included, runs on this output in three engines.
      module: true,
      compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
      mangle: { properties: { regex: new RegExp(`^(${[...renamedNames(), ...LIT_INTERNAL_NAMES].join('|')})$`), builtins: true, reserved: reservedNames() } },
      format: { comments: false, ascii_only: true },
    }),
  ];
}
