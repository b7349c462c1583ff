// What editors and tools read from the package: the manifest (custom-elements.json),
// VS Code's HTML custom data and JetBrains' web-types, all generated at build by
// the analyzer and its plugins (custom-elements-manifest.config.mjs). They must
// list every attribute with the values it really takes, and type every event.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8'));
const vscode = JSON.parse(readFileSync('vscode.html-custom-data.json', 'utf8'));
const webTypes = JSON.parse(readFileSync(pkg['web-types'], 'utf8'));
const elements = manifest.modules
  .flatMap((moduleDoc) => moduleDoc.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName);

/** The values the contract (docs/reference.md) gives each closed attribute, by `tag attribute` or, for every element, `attribute`. */
const CONTRACT = {
  theme: ['light', 'dark', 'auto'],
  'heading-level': ['1', '2', '3', '4', '5', '6'],
  'overdose-signs variant': ['full', 'compact'],
  'overdose-signs good-samaritan': ['on', 'off'],
  'call-banner variant': ['inline', 'sticky'],
};

/** The literal values in a manifest type: `'a' | 'b' | 3` gives a, b, 3. */
const literals = (type = '') =>
  type
    .split('|')
    .map((part) => part.trim())
    .filter((part) => /^'.*'$|^[0-9]+$/.test(part))
    .map((part) => part.replace(/^'|'$/g, ''));

test('the manifest lists the three elements, their attributes as literal values, not alias names', () => {
  assert.deepEqual(elements.map((element) => element.tagName).sort(), ['call-banner', 'family-steps', 'overdose-signs']);
  for (const element of elements) {
    for (const attribute of element.attributes) {
      assert.ok(attribute.type?.text, `<${element.tagName} ${attribute.name}> has a type`);
      assert.doesNotMatch(attribute.type.text, /\b[A-Z]\w*|undefined|null/, `<${element.tagName} ${attribute.name}>`);
      const contract = CONTRACT[`${element.tagName} ${attribute.name}`] ?? CONTRACT[attribute.name];
      if (contract) assert.deepEqual(literals(attribute.type.text), contract, `<${element.tagName} ${attribute.name}>`);
    }
  }
});

test('every event in the manifest is a CustomEvent whose detail type the package exports', () => {
  const index = readFileSync('lib/index.d.ts', 'utf8');
  for (const element of elements) {
    assert.ok(element.events.length > 0);
    for (const event of element.events) {
      const detail = /^CustomEvent<(\w+)>$/.exec(event.type?.text ?? '')?.[1];
      assert.ok(detail, `<${element.tagName}> ${event.name}: ${event.type?.text}`);
      assert.match(index, new RegExp(`\\b${detail}\\b`), `lib/index.d.ts exports ${detail}`);
    }
  }
  // Generated types name the base class (inherited members): it is exported for them.
  assert.match(index, /\bRecoveryElement\b/);
});

test("the manifest carries the package's README", () => {
  assert.equal(manifest.readme, readFileSync('README.md', 'utf8'));
});

test('VS Code lists every attribute of every element, with its real values', () => {
  for (const element of elements) {
    const tag = vscode.tags.find((entry) => entry.name === element.tagName);
    assert.ok(tag, element.tagName);
    assert.deepEqual(tag.attributes.map((attribute) => attribute.name), element.attributes.map((attribute) => attribute.name));
    for (const attribute of element.attributes) {
      const listed = tag.attributes.find((entry) => entry.name === attribute.name);
      assert.deepEqual((listed.values ?? []).map((value) => value.name), literals(attribute.type.text), `<${tag.name} ${attribute.name}>`);
      assert.ok(listed.description, `<${tag.name} ${attribute.name}> is described`);
    }
  }
  assert.deepEqual(
    vscode.tags.find((tag) => tag.name === 'call-banner').attributes.find((a) => a.name === 'variant').values.map((v) => v.name),
    ['inline', 'sticky'],
  );
});

test('JetBrains (web-types) lists every attribute with its real values, and every event', () => {
  for (const element of elements) {
    const entry = webTypes.contributions.html.elements.find((item) => item.name === element.tagName);
    assert.ok(entry, element.tagName);
    assert.deepEqual(entry.attributes.map((attribute) => attribute.name), element.attributes.map((attribute) => attribute.name));
    for (const attribute of element.attributes) {
      const listed = entry.attributes.find((item) => item.name === attribute.name);
      assert.deepEqual(literals(listed.value?.type), literals(attribute.type.text), `<${entry.name} ${attribute.name}>`);
    }
    assert.deepEqual(entry.events.map((event) => event.name), element.events.map((event) => event.name));
  }
});

test('package.json points editors and frameworks at files the package ships', () => {
  const shipped = (path) => pkg.files.some((pattern) => path === pattern || path.startsWith(pattern.replace(/\*.*$/, '')));
  assert.equal(pkg['web-types'], './web-types.json');
  for (const path of ['web-types.json', 'vscode.html-custom-data.json', 'custom-elements.json']) {
    assert.ok(shipped(path), `${path} is in "files"`);
    assert.ok(pkg.exports[`./${path}`], `${path} is exported`);
  }
  for (const [entry, target] of Object.entries(pkg.exports)) {
    const files = typeof target === 'string' ? [target] : Object.values(target);
    for (const file of files) assert.ok(existsSync(file), `${entry} → ${file} is built`);
  }
});

test("both editors link each element to this version's element reference, which the package ships", () => {
  const reference = `https://unpkg.com/${pkg.name}@${pkg.version}/docs/reference.md`;
  for (const tag of vscode.tags) assert.deepEqual(tag.references?.map((item) => item.url), [reference], tag.name);
  for (const element of webTypes.contributions.html.elements) assert.equal(element['doc-url'], reference, element.name);
  assert.ok(existsSync('docs/reference.md') && pkg.files.includes('docs/*.md'));
});
