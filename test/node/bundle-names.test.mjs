// The one-script build renames some properties to short names
// (BUNDLE_PRIVATE_NAMES in scripts/bundle-plugins.mjs). Renaming a name that a
// partner, Lit or a string reads would break the bundle while the npm modules
// kept working, so these checks hold the list to names only our code reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { BUNDLE_PRIVATE_NAMES } from '../../scripts/bundle-plugins.mjs';

const sources = readdirSync('src', { recursive: true })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => readFileSync(`src/${file}`, 'utf8'));

test('no renamed name is public in the manifest (a property, an attribute, an event detail)', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const publicNames = new Set();
  for (const moduleDoc of manifest.modules) {
    for (const declaration of moduleDoc.declarations ?? []) {
      for (const member of declaration.members ?? []) {
        if (!member.privacy || member.privacy === 'public') publicNames.add(member.name);
      }
      for (const attribute of declaration.attributes ?? []) publicNames.add(attribute.fieldName ?? attribute.name);
    }
  }
  assert.ok(publicNames.has('emergencyNumber') && publicNames.has('phone'), 'the manifest lists the public properties');
  // The events' details (API.md) are read by partners' listeners.
  for (const name of ['number', 'kind', 'source', 'step', 'open']) publicNames.add(name);
  assert.deepEqual(BUNDLE_PRIVATE_NAMES.filter((name) => publicNames.has(name)), []);
});

test("no renamed name is a Lit reactive property (Lit reads their names) or read as a string", () => {
  const reactive = sources.flatMap((source) => {
    const block = source.match(/static override properties[^=]*= \{([\s\S]*?)\n {2}\};/)?.[1] ?? '';
    return [...block.matchAll(/^\s{4}(\w+):/gm)].map((match) => match[1]);
  });
  assert.ok(reactive.includes('headingLevel') && reactive.includes('slottedNote'), 'found the reactive properties');
  const quoted = sources.flatMap((source) => [...source.matchAll(/\.(?:has|get)\('(\w+)'\)/g)].map((match) => match[1]));
  assert.ok(quoted.includes('guide'), "found the changed.has('…') reads");
  assert.deepEqual(BUNDLE_PRIVATE_NAMES.filter((name) => reactive.includes(name) || quoted.includes(name)), []);
});

test('every renamed name is still in the sources (the list does not carry dead names)', () => {
  const all = sources.join('\n');
  assert.deepEqual(BUNDLE_PRIVATE_NAMES.filter((name) => !new RegExp(`\\b${name}\\b`).test(all)), []);
});
