// Partners' pages are not all UTF-8, and servers often send a script without a
// charset: the browser then reads it in the page's encoding. A script of pure
// ASCII (non-ASCII written as escapes) reads the same in every one, so Spanish
// words and the close button's × never turn into "espaÃ±ol".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

test('dist/recovery-elements.js is pure ASCII, so it reads right on a page in any character set', () => {
  const script = readFileSync('dist/recovery-elements.js');
  const offending = [...script.entries()].filter(([, byte]) => byte > 0x7f).map(([index]) => index);
  const context = offending.length ? script.subarray(Math.max(0, offending[0] - 60), offending[0] + 20).toString() : '';
  assert.deepEqual(offending.length, 0, `non-ASCII bytes at ${offending.slice(0, 5).join(', ')}: …${context}…`);
  // The Spanish words are in it, escaped.
  assert.match(script.toString('latin1'), /espa\\xf1ol/);
});
