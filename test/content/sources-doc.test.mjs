// A medical reviewer reads the README's "Sources and review", not the code: it must list every
// source the content cites, with the same address, and say when it was reviewed.
//


import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import ts from 'typescript';

const read = (path) => readFile(new URL(`../../${path}`, import.meta.url), 'utf8');

// The build leaves sources.ts out of lib/ (no element imports it), so compile it here.
const sourcesModule = ts.transpileModule(await read('src/content/sources.ts'), {
  compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
}).outputText;
const { SOURCES } = await import(`data:text/javascript,${encodeURIComponent(sourcesModule)}`);
const readme = await read('README.md');
const doc = readme.slice(readme.indexOf('## Sources and review'));

test('the sources page lists every source key with its address', () => {
  for (const [key, source] of Object.entries(SOURCES)) {
    assert.ok(doc.includes(`| \`${key}\` |`), `README's sources have no row for ${key}`);
    for (const { url } of [source, ...source.related]) {
      assert.ok(doc.includes(url), `README's sources do not give ${key}'s address ${url}`);
    }
  }
});

test('the sources page says when the content was last reviewed, and that it is not medical advice', () => {
  assert.match(doc, /Content last reviewed against these sources: \*\*\d{4}-\d{2}-\d{2}\*\*/);
  assert.match(doc, /not medical advice/);
});
