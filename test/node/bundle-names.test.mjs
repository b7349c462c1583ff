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

test('the DOM names the bundle renames all the same are, wherever our code reads them, ours; Lit never reads them', async () => {
  const { DOM_NAMES_OF_OURS } = await import('../../scripts/bundle-plugins.mjs');
  const ts = (await import('typescript')).default;
  const renamed = renamedNames();
  for (const name of DOM_NAMES_OF_OURS) assert.ok(renamed.includes(name), `${name} is a name our rule renames`);
  const names = new Set(DOM_NAMES_OF_OURS);
  const litModules = [
    'node_modules/lit-html/lit-html.js',
    'node_modules/lit-html/is-server.js',
    'node_modules/@lit/reactive-element/reactive-element.js',
    'node_modules/@lit/reactive-element/css-tag.js',
    'node_modules/lit-element/lit-element.js',
  ];
  for (const file of litModules) {
    const code = readFileSync(file, 'utf8');
    for (const name of names) assert.doesNotMatch(code, new RegExp(`\\.${name}\\b|\\[["']${name}["']\\]`), `${file} reads .${name}`);
  }
  // Every `x.text` (and the others) in the sources is a property declared in src/,
  // never one of the DOM's or a built-in's: the type checker says whose it is.
  const config = ts.getParsedCommandLineOfConfigFile('tsconfig.json', {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  const program = ts.createProgram(config.fileNames, config.options);
  const checker = program.getTypeChecker();
  const foreign = [];
  for (const source of program.getSourceFiles()) {
    if (!/[\\/]src[\\/]/.test(source.fileName) || /[\\/]src[\\/]react[\\/]/.test(source.fileName)) continue;
    const visit = (node) => {
      if (ts.isPropertyAccessExpression(node) && names.has(node.name.text)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        const declarations = symbol?.declarations ?? [];
        if (!declarations.length || declarations.some((declaration) => !/[\\/]src[\\/]/.test(declaration.getSourceFile().fileName))) {
          foreign.push(`${source.fileName}: ${node.getText()}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  assert.deepEqual(foreign, []);
});

test("Lit's names that the bundle renames are never named in a string by Lit, and what a page may call keeps its name", async () => {
  const { LIT_INTERNAL_NAMES } = await import('../../scripts/bundle-plugins.mjs');
  const litModules = [
    'node_modules/lit-html/lit-html.js',
    'node_modules/@lit/reactive-element/reactive-element.js',
    'node_modules/@lit/reactive-element/css-tag.js',
    'node_modules/lit-element/lit-element.js',
  ];
  const renamed = new RegExp(`^(${LIT_INTERNAL_NAMES.join('|')})$`);
  for (const file of litModules) {
    const strings = [...readFileSync(file, 'utf8').matchAll(/"([^"\\]*)"|'([^'\\]*)'/g)].map((match) => match[1] ?? match[2]);
    assert.deepEqual(strings.filter((text) => renamed.test(text)), [], `${file} names a renamed property in a string`);
  }
  // Lit reads these by string (hasOwnProperty), a page or a harness calls the rest.
  const kept = ['properties', 'elementProperties', 'finalized', 'updateComplete', 'requestUpdate', 'hasUpdated', 'isUpdatePending', 'renderRoot', 'render', 'litNonce', 'handleEvent'];
  assert.deepEqual(kept.filter((name) => renamed.test(name)), []);
  const bundle = readFileSync('dist/recovery-elements.js', 'utf8');
  for (const name of ['updateComplete', 'requestUpdate', 'hasUpdated', 'renderRoot', 'litNonce']) assert.match(bundle, new RegExp(`\\b${name}\\b`), name);
  for (const name of ['willUpdate', 'hostConnected', 'shadowRootOptions', '_$litType$']) assert.ok(!bundle.includes(name), `${name} is renamed`);
});
