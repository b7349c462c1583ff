// What the element list (src/elements.mjs) decides in files that cannot read it,
// written by the build (rollup.config.mjs) before it compiles them, and checked by
// test/node/elements.test.mjs.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ELEMENTS, TAGS, filesOf } from '../src/elements.mjs';

/**
 * What the element list (src/elements.mjs) decides in files that cannot read it:
 * package.json's `exports` (an entry per element, after ".") and `sideEffects`
 * (each define module, after lib/index.js), and the element lines of
 * src/index.ts and src/classes.ts, whose imports TypeScript needs written out.
 * Returns `text` (the file as it is) with those parts as the list says.
 */
export function withElementEntries(file, text) {
  const isElementEntry = (value) => /^\.\/lib\/[a-z-]+\/define\.js$/.test(value?.default ?? value);
  if (file === 'package.json') {
    const pkg = JSON.parse(text);
    const exports = {};
    for (const [key, value] of Object.entries(pkg.exports)) {
      if (isElementEntry(value)) continue;
      exports[key] = value;
      if (key !== '.') continue;
      for (const { tag } of ELEMENTS) {
        const { packageEntry, lib } = filesOf(tag);
        exports[packageEntry] = { types: lib.replace(/\.js$/, '.d.ts'), default: lib };
      }
    }
    const sideEffects = pkg.sideEffects.filter((entry) => !isElementEntry(entry));
    sideEffects.splice(sideEffects.indexOf('./lib/index.js') + 1, 0, ...TAGS.map((tag) => filesOf(tag).lib));
    return `${JSON.stringify({ ...pkg, exports, sideEffects }, null, 2)}\n`;
  }
  // One line per element after the marker: `export { Class } from './tag/define.js';`
  // in index.ts (registers it), `… from './tag/tag.js';` in classes.ts (does not).
  const module = (tag) => (file === 'src/index.ts' ? 'define' : tag);
  const marker = /^\/\/ The elements, from src\/elements\.mjs[^\n]*\n(export \{ \w+ \} from\s'[^']+';\n)*/m;
  if (!marker.test(text)) throw new Error(`${file}: the line "// The elements, from src/elements.mjs …" is missing`);
  return text.replace(marker, (block) => {
    const lines = ELEMENTS.map(({ tag, className }) => `export { ${className} } from './${tag}/${module(tag)}.js';\n`);
    return block.slice(0, block.indexOf('\n') + 1) + lines.join('');
  });
}

export const ELEMENT_ENTRY_FILES = ['package.json', 'src/index.ts', 'src/classes.ts'];

/** Writes the files above where they differ from the list (a new element, a renamed class). */
export function writeElementEntries(root = '.') {
  for (const file of ELEMENT_ENTRY_FILES) {
    const text = readFileSync(join(root, file), 'utf8');
    const written = withElementEntries(file, text);
    if (written === text) continue;
    writeFileSync(join(root, file), written);
    console.log(`${file}: element entries written from src/elements.mjs`);
  }
}
