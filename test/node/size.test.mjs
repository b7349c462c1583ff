// The byte budgets (docs/design.md, "Budgets, and why"), checked on every `npm test` (after the build):
// one script on a partner's page is downloaded by every reader, often on a slow
// phone and a weak signal. The numbers live in budgets.json: each has the budget
// and the ceiling this test enforces (the budget, once it is met). `npm run bench`
// prints the same breakdown with the timings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { BUNDLE, gzipSize, measure, readBudgets } from '../../scripts/size.mjs';

const { bundleGzip, codeGzip } = readBudgets();
const bundle = existsSync(BUNDLE) ? readFileSync(BUNDLE, 'utf8') : null;
const versus = ({ budget }, size) =>
  size <= budget ? `within the budget of ${budget}` : `${size - budget} over the budget of ${budget} (docs/design.md)`;

test(`${BUNDLE} is at most ${bundleGzip.ceiling} bytes gzip -9`, () => {
  assert.ok(bundle, `${BUNDLE} is missing: run npm run build first`);
  const size = gzipSize(bundle);
  console.log(`${BUNDLE}: ${size} bytes gzip -9, ${versus(bundleGzip, size)}; ceiling ${bundleGzip.ceiling}`);
  assert.ok(size <= bundleGzip.ceiling, `${BUNDLE} is ${size} bytes gzip -9: ${size - bundleGzip.ceiling} over its ceiling of ${bundleGzip.ceiling}`);
});

test(`our code in ${BUNDLE} (the bundle less the Lit floor and the content) is at most ${codeGzip.ceiling} bytes gzip -9`, async () => {
  assert.ok(bundle, `${BUNDLE} is missing: run npm run build first`);
  const { gzip, lit, content, code } = await measure(bundle, ['litFloor', 'noContent']);
  console.log(`bundle ${gzip} = Lit floor ${lit} + content ${content} + our code ${code}: ${versus(codeGzip, code)}; ceiling ${codeGzip.ceiling}`);
  assert.ok(code <= codeGzip.ceiling, `our code is ${code} bytes gzip -9: ${code - codeGzip.ceiling} over its ceiling of ${codeGzip.ceiling}`);
});

test('the ceilings never sit below the budgets: a met budget is enforced as it is', () => {
  for (const [name, { budget, ceiling }] of Object.entries({ bundleGzip, codeGzip })) {
    assert.ok(Number.isInteger(budget) && Number.isInteger(ceiling) && ceiling >= budget, `${name}: budget ${budget}, ceiling ${ceiling}`);
  }
});
