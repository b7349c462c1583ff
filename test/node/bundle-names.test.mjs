// The one-script build renames the property names only our code reads
// (renamedNames() in scripts/bundle-plugins.mjs): the words' keys and what a class
// marks private or protected. Renaming a name that a partner, Lit or a string reads
// would break the bundle while the npm modules kept working, so the rule is tested
// on a small source tree here, and on the real one against the manifest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renamedNames } from '../../scripts/bundle-plugins.mjs';

test('renames the words’ keys and private or protected members; keeps every name that is public anywhere', () => {
  const root = mkdtempSync(join(tmpdir(), 'bundle-names-'));
  try {
    mkdirSync(join(root, 'content'));
    mkdirSync(join(root, 'widget'));
    writeFileSync(
      join(root, 'content', 'schema.ts'),
      'export interface Words { readonly greeting: string; readonly heading: string; readonly cases: string[]; readonly kind: string }',
    );
    // A content module's own keys are the words' definitions, not public names.
    writeFileSync(join(root, 'content', 'en.ts'), "export const en = { greeting: 'Hi', heading: 'Hello', cases: [], kind: 'x' };");
    writeFileSync(
      join(root, 'widget', 'widget.ts'),
      `export interface Detail { kind: string }
      export class Widget extends Base {
        static properties = { heading: {} };
        heading = '';
        private counter = 0;
        protected shared(): void {}
        protected override willUpdate(): void { if ('cases' in this) this.counter++; }
      }`,
    );
    assert.deepEqual(renamedNames(root), ['counter', 'greeting', 'shared']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('no renamed name is public in the manifest (a property, an attribute, a method)', () => {
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
  const renamed = renamedNames();
  assert.ok(renamed.includes('signsHeading') && renamed.includes('reportInvalid'), 'words and protected members are renamed');
  assert.deepEqual(renamed.filter((name) => publicNames.has(name)), []);
});
