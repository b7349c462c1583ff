import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generatedReference, referenceMarkdown, REFERENCE } from '../../scripts/docs.mjs';
import { TAGS } from '../../src/elements.mjs';

// `npm test` builds custom-elements.json from the sources before the Node tests run.
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

test('docs/reference.md is what the code says (run `npm run docs` after changing the JSDoc)', () => {
  assert.equal(readFileSync(REFERENCE, 'utf8'), generatedReference());
});

test('the reference covers every element and every attribute of the contract', () => {
  const reference = referenceMarkdown(manifest);
  const api = {
    common: ['lang', 'theme', 'heading-level', 'heading', 'emergency-number'],
    'overdose-signs': ['variant', 'guide', 'good-samaritan'],
    'family-steps': ['steps', 'open'],
    'call-banner': ['phone', 'org', 'message', 'note', 'sms', 'hours', 'variant', 'dismissible'],
  };
  assert.deepEqual(Object.keys(api).slice(1), [...TAGS], 'the contract names every element of src/elements.mjs');
  for (const tag of TAGS) {
    const start = reference.indexOf(`## \`<${tag}>\``);
    assert.ok(start >= 0, `a section for <${tag}>`);
    const next = reference.indexOf('\n## ', start + 1);
    const body = reference.slice(start, next < 0 ? undefined : next);
    for (const attribute of [...api.common, ...api[tag]]) {
      assert.match(body, new RegExp(`^\\| \`${attribute}\` \\|`, 'm'), `<${tag}> documents ${attribute}`);
    }
  }
});

test('internal names stay out of the reference: partners write lang, not langAttribute', () => {
  const reference = referenceMarkdown(manifest);
  assert.doesNotMatch(reference, /langAttribute|DEFAULT_[A-Z]|renderContent|dialEmergencyNumber|#warned/);
  assert.match(reference, /^\| `lang` \| `lang` \|/m);
  // The type is the values themselves, not an alias name (`Theme`) a partner cannot look up.
  assert.match(reference, /^\| `theme` \| `theme` \| `'light' \\\| 'dark' \\\| 'auto'` \| `'light'` \|/m);
});

test('a pipe inside a description cannot break its table row', () => {
  const manifest = {
    modules: [
      {
        declarations: [
          {
            kind: 'class',
            name: 'X',
            tagName: 'x-el',
            customElement: true,
            events: [{ name: 'x', description: "`{ kind: 'a' | 'b' }`\nsecond line" }],
          },
        ],
      },
    ],
  };
  assert.match(referenceMarkdown(manifest), /^\| `x` \| `\{ kind: 'a' \\\| 'b' \}` second line \|$/m);
});
