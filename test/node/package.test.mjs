import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

test('the version in the code is the package version', () => {
  const source = readFileSync('src/core/version.ts', 'utf8');
  assert.match(source, new RegExp(`VERSION = '${pkg.version.replace(/\./g, '\\.')}'`));
});

test('the manifest describes the files the package ships, with a definition for each tag', () => {
  const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8'));
  const paths = JSON.stringify(manifest).match(/"(path|module)":"[^"]*"/g) ?? [];
  assert.ok(paths.length > 0);
  for (const entry of paths) {
    const file = entry.split('"')[3];
    assert.ok(existsSync(file), `${file} (named in the manifest) is built`);
  }
  const definitions = manifest.modules
    .flatMap((moduleDoc) => (moduleDoc.exports ?? []).map((item) => ({ ...item, path: moduleDoc.path })))
    .filter((item) => item.kind === 'custom-element-definition');
  assert.deepEqual(
    definitions.map((item) => [item.name, item.path, item.declaration.name]).sort(),
    [
      ['call-banner', 'lib/call-banner/define.js', 'CallBanner'],
      ['family-steps', 'lib/family-steps/define.js', 'FamilySteps'],
      ['overdose-signs', 'lib/overdose-signs/define.js', 'OverdoseSigns'],
    ],
  );
});

test('the package holds no stray files from earlier builds', () => {
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
  )[0].files.map((file) => file.path);
  assert.deepEqual(packed.filter((path) => path.includes('node_modules')), []);
  assert.ok(packed.includes('dist/recovery-elements.js') && packed.includes('custom-elements.json'));
});
