// What the one-file script's build (scripts/bundle-plugins.mjs) does beyond
// minifying, each checked on dist/recovery-elements.js (run after `npm run build`):
// the npm modules in lib/ are left as written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { shortCustomProperties } from '../../scripts/bundle-plugins.mjs';

const bundle = readFileSync('dist/recovery-elements.js', 'utf8');
const lib = (file) => readFileSync(`lib/${file}`, 'utf8');

test('our private custom properties are written short in the bundle, one short name each; the partner’s --recovery-… keep theirs', () => {
  const written = new Set(bundle.match(/--_[a-z-]+/g));
  assert.ok(written.size >= 10, 'the tokens are in the bundle');
  for (const name of written) assert.match(name, /^--_[a-z]$/);
  const partners = new Set(lib('core/tokens.styles.js').match(/--recovery-[a-z-]+/g));
  for (const name of partners) assert.ok(bundle.includes(name), `${name} keeps its name`);
  assert.match(lib('call-banner/page-room.js'), /'--_below'/, 'lib/ keeps the names as written');
  // One short name per long name: the plugin renames the same way in styles and code.
  const plugin = shortCustomProperties();
  const context = { error: (message) => assert.fail(message) };
  const rename = (code) => plugin.transform.call(context, code, `${process.cwd()}/src/x.ts`)?.code;
  const [inStyle, inCode, other] = rename("a { color: var(--_text) } s.setProperty('--_text', b); var(--_space)").match(/--_[a-z-]+/g);
  assert.equal(inStyle, inCode);
  assert.match(inStyle, /^--_[a-z]$/);
  assert.notEqual(inStyle, other);
  assert.throws(() => rename('--_nowhere-in-src'), /not in src/);
});

test('the bundle cannot hydrate server-rendered HTML, and carries none of that code; lib/ can', () => {
  assert.match(lib('core/recovery-element.js'), /new Event\('slotchange'\)/);
  assert.doesNotMatch(bundle, /new Event\("slotchange"\)/);
});

test("style sheets are literals: the bundle has none of Lit's run-time check of css values", () => {
  assert.doesNotMatch(bundle, /Value passed to 'css' function/);
  assert.match(bundle, /:host\{display:block\}/, 'the styles are in the bundle, minified');
});

test('the script carries no sourceMappingURL comment; its map ships beside it', () => {
  assert.doesNotMatch(bundle, /sourceMappingURL/);
  const map = JSON.parse(readFileSync('dist/recovery-elements.js.map', 'utf8'));
  assert.ok(map.sources.some((source) => source.endsWith('src/call-banner/call-banner.ts')));
});
