// The policies README gives partners are the ones the embedding suite tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { POLICIES, readmeSnippets } from './server.mjs';
import { TAGS } from '../../src/elements.mjs';

const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf('## Security and privacy'), readme.indexOf('\n## ', readme.indexOf('## Security and privacy') + 1));

test('README states the exact policies the browser tests run under', () => {
  assert.ok(section.length > 500, 'README has a "Security and privacy" section');
  assert.ok(section.includes(`Content-Security-Policy: ${POLICIES.strict}\n`), POLICIES.strict);
  assert.ok(section.includes(`Content-Security-Policy: ${POLICIES.tt}\n`), POLICIES.tt);
  assert.ok(section.includes("trusted-types lit-html 'allow-duplicates'"));
});

test("README names the banner's only storage key as the code writes it", () => {
  const source = readFileSync('src/call-banner/dismissals.ts', 'utf8');
  const key = source.match(/`(recovery-elements:call-banner:dismissed:)\$\{variant\}:\$\{/)[1];
  assert.ok(section.includes(`${key}<variant>:<digits>`), key);
  assert.equal(source.match(/sessionStorage\.setItem/g).length, 1);
  assert.doesNotMatch(readFileSync('dist/recovery-elements.js', 'utf8'), /localStorage|document\.cookie|sendBeacon|XMLHttpRequest|fetch\(/);
});

test('every README snippet has fallback children, and every element has a snippet', () => {
  const snippets = readmeSnippets().join('\n');
  for (const tag of TAGS) {
    const element = snippets.match(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`));
    assert.ok(element, `a <${tag}> snippet`);
    assert.match(element[1], /<a href="(tel:|https:\/\/www\.cdc\.gov\/)/, `<${tag}>'s fallback link`);
  }
});
