// The static site (scripts/site.mjs, built by `npm test` before the Node tests):
// every guide is a page, every link and resource a page asks for is a file of
// the site, nothing comes from another origin, and the builder works from a
// folder on disk: one classic script, no module imports, no fetch().
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { guidePages, SITE_DIR } from '../../scripts/site.mjs';
import { scriptFacts } from '../../scripts/script-facts.mjs';

const pages = readdirSync(SITE_DIR, { recursive: true })
  .filter((file) => file.endsWith('.html'))
  .map((file) => ({ path: file.split('\\').join('/'), text: readFileSync(join(SITE_DIR, file), 'utf8') }));

/** Every `href` and `src` in a page, with the tag it sits on. */
const references = (html) => [...html.matchAll(/<(\w+)\b[^>]*?\s(href|src)="([^"]*)"/g)].map(([, tag, attribute, url]) => ({ tag, attribute, url }));

test('every guide of the repository is a page of the site', () => {
  for (const [markdown, page] of guidePages()) {
    assert.ok(existsSync(join(SITE_DIR, page)), `${markdown} → ${page}`);
  }
  const wordpress = readFileSync(join(SITE_DIR, 'docs/wordpress.html'), 'utf8');
  assert.match(wordpress, /<h1 id="[^"]+">/, 'rendered from Markdown, with heading anchors');
  assert.doesNotMatch(wordpress, /href="[^"]*\.md(#[^"]*)?"/, 'links lead to pages, not to Markdown');
});

test('every relative link and resource of every page is a file of the site', () => {
  const missing = [];
  for (const { path, text } of pages) {
    for (const { url } of references(text)) {
      if (/^([a-z][a-z0-9+.-]*:|#|\/\/)/i.test(url)) continue;
      const file = posix.join(posix.dirname(path), decodeURI(url.split('#')[0]));
      if (!existsSync(join(SITE_DIR, file))) missing.push(`${path} → ${url}`);
    }
  }
  assert.deepEqual(missing, []);
});

test('no page loads anything from another origin (links to sources are only links)', () => {
  const remote = [];
  for (const { path, text } of pages) {
    for (const { tag, url } of references(text)) {
      const loads = tag !== 'a';
      if (loads && /^(https?:)?\/\//i.test(url)) remote.push(`${path}: <${tag}> ${url}`);
    }
    if (/@import|url\(\s*['"]?(https?:)?\/\//i.test(text)) remote.push(`${path}: a style loads from another origin`);
  }
  assert.deepEqual(remote, []);
});

test('the builder runs from a folder on disk: one classic script, no imports, no fetch', () => {
  const builderPage = readFileSync(join(SITE_DIR, 'builder.html'), 'utf8');
  assert.doesNotMatch(builderPage, /type="module"/);
  const builder = readFileSync(join(SITE_DIR, 'builder.js'), 'utf8');
  assert.doesNotMatch(builder, /^\s*(import|export)\s/m);
  assert.doesNotMatch(builder, /\bfetch\(|XMLHttpRequest|import\(/);
});

test("the builder carries the script's exact text and its SHA-384, for the download and the integrity attribute", () => {
  const facts = scriptFacts();
  const builder = readFileSync(join(SITE_DIR, 'builder.js'), 'utf8');
  assert.ok(builder.includes(JSON.stringify(facts.text)), 'the script text, as one string');
  assert.ok(builder.includes(facts.integrity));
  assert.deepEqual(readFileSync(join(SITE_DIR, 'recovery-elements.js')), facts.bytes);
});
