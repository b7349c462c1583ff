// Byte sizes of the one-script build, and where they go. Used by `npm run bench`
// and by the budget test (test/node/size.test.mjs), so both count the same way.
//
// The shares come from building variants of the bundle with the same plugins
// and subtracting (rollup and terser are deterministic, so the figures are too):
//   Lit floor    a bundle of one minimal LitElement (html, css, one property)
//   content      bundle − the bundle with en.ts, es.ts and console.ts emptied
//                (`{}`): the words and their shape, as the modules carry them
//                (en-family-steps.ts and the like go with them: only their
//                language module imports them)
//   English      bundle − the bundle with English replaced by Spanish
//   Spanish      bundle − the bundle with Spanish replaced by English
//   our code     bundle − Lit floor − content
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { bundlePlugins } from './bundle-plugins.mjs';
import configs from '../rollup.config.mjs';

export const BUNDLE = 'dist/recovery-elements.js';
/** The output options of the real build (its `intro` is code of ours: the Lit floor goes without it). */
const { intro, ...outputWithoutIntro } = configs.find((config) => config.output?.file === BUNDLE).output;

/** The byte budgets, from budgets.json (their reasons: docs/design.md, "Budgets, and why"). */
export function readBudgets() {
  return JSON.parse(readFileSync(new URL('../budgets.json', import.meta.url), 'utf8'));
}

const hasGnuGzip = spawnSync('gzip', ['--version']).status === 0;
/** What measured gzip sizes: the budgets' `gzip -9` is GNU gzip; Node's zlib stands in where it is missing. */
export const GZIP = hasGnuGzip ? 'GNU gzip -9' : "Node's zlib, level 9 (GNU gzip not found)";

/**
 * gzip at level 9, as the budgets are measured: GNU `gzip -9 -c`, where installed
 * (Debian's base system has it). Node's zlib, its stand-in elsewhere, lands about
 * 0.5% higher on this script, so the check only gets stricter without GNU gzip.
 */
export const gzipSize = (code) =>
  hasGnuGzip
    ? spawnSync('gzip', ['-9', '-c', '-n'], { input: code, maxBuffer: 64 * 1024 * 1024 }).stdout.length
    : gzipSync(code, { level: 9 }).length;
export const brotliSize = (code) =>
  brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

const CONTENT_MODULE = /[\\/]src[\\/]content[\\/](en|es)\.ts$/;

/** Replaces one language module with a re-export of the other. */
function replaceLanguage(replaced, by) {
  return {
    name: `size-replace-${replaced}`,
    transform(code, id) {
      const match = id.match(CONTENT_MODULE);
      if (!match || match[1] !== replaced) return null;
      return { code: `export { ${by} as ${replaced} } from './${by}.js';`, map: null };
    },
  };
}

const CONSOLE_MODULE = /[\\/]src[\\/]content[\\/]console\.ts$/;

/** Empties both language modules and the console messages (words too, in English only). */
const emptyContent = {
  name: 'size-empty-content',
  transform(_code, id) {
    if (CONSOLE_MODULE.test(id)) return { code: 'export const consoleMessages = {};', map: null };
    const match = id.match(CONTENT_MODULE);
    return match ? { code: `export const ${match[1]} = {};`, map: null } : null;
  },
};

const LIT_FLOOR_ID = '\0lit-floor';
const LIT_FLOOR = `
import { LitElement, html, css } from 'lit';
class LitFloor extends LitElement {
  static properties = { name: {} };
  static styles = css\`:host { display: block }\`;
  render() { return html\`<p>\${this.name}</p>\`; }
}
customElements.define('lit-floor', LitFloor);
`;
const litFloorEntry = {
  name: 'size-lit-floor',
  resolveId: (id) => (id === LIT_FLOOR_ID ? id : null),
  load: (id) => (id === LIT_FLOOR_ID ? LIT_FLOOR : null),
};

/** Builds the one-script bundle (or a variant of it) in memory; returns its code. */
export async function buildBundle({ variant = [], input = 'src/bundle.ts' } = {}) {
  const build = await rollup({
    input,
    plugins: [...(input === LIT_FLOOR_ID ? [litFloorEntry] : []), ...bundlePlugins({ variant })],
    onwarn() {},
  });
  const { output } = await build.generate(input === LIT_FLOOR_ID ? outputWithoutIntro : { ...outputWithoutIntro, intro });
  await build.close();
  return output[0].code;
}

export const VARIANTS = {
  litFloor: () => buildBundle({ input: LIT_FLOOR_ID }),
  noContent: () => buildBundle({ variant: [emptyContent] }),
  noEnglish: () => buildBundle({ variant: [replaceLanguage('en', 'es')] }),
  noSpanish: () => buildBundle({ variant: [replaceLanguage('es', 'en')] }),
};

/**
 * The breakdown in gzip bytes. `code` is the built bundle (read dist/ after a
 * build); `which` limits the variants built (each takes a few seconds).
 */
export async function measure(code = readFileSync(BUNDLE, 'utf8'), which = Object.keys(VARIANTS)) {
  const sizes = { minified: Buffer.byteLength(code), gzip: gzipSize(code), brotli: brotliSize(code) };
  const variants = Object.fromEntries(
    await Promise.all(which.map(async (name) => [name, gzipSize(await VARIANTS[name]())])),
  );
  if (variants.litFloor !== undefined) sizes.lit = variants.litFloor;
  if (variants.noContent !== undefined) sizes.content = sizes.gzip - variants.noContent;
  if (variants.noEnglish !== undefined) sizes.english = sizes.gzip - variants.noEnglish;
  if (variants.noSpanish !== undefined) sizes.spanish = sizes.gzip - variants.noSpanish;
  if (sizes.lit !== undefined && sizes.content !== undefined) sizes.code = sizes.gzip - sizes.lit - sizes.content;
  return sizes;
}
