import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { ELEMENTS } from '../../src/elements.mjs';

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
    ELEMENTS.map(({ tag, className }) => [tag, `lib/${tag}/define.js`, className]).sort(),
  );
});

test('the package holds no stray files from earlier builds', () => {
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
  )[0].files.map((file) => file.path);
  assert.deepEqual(packed.filter((path) => path.includes('node_modules')), []);
  assert.ok(packed.includes('dist/recovery-elements.js') && packed.includes('custom-elements.json'));
});

// What the package and its tooling import, against what package.json declares.
const declared = { ...pkg.dependencies, ...pkg.peerDependencies, ...pkg.devDependencies };
const packageOf = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
const withoutComments = (text) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
/** The packages a source imports or requires by bare name (not relative, no scheme). */
function importedPackages(text) {
  const specifiers = [
    // A specifier holds no spaces: that keeps a test title such as "… import 'x', () => …" out.
    ...withoutComments(text).matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\(\s*)['"]([^'"\s./][^'"\s]*)['"]/g),
  ].map(([, specifier]) => specifier);
  // A scheme (`node:fs`, the builder's virtual `recovery-elements:script`) is not a package.
  return specifiers.filter((specifier) => !specifier.includes(':')).map(packageOf);
}
const tracked = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).trim().split('\n');
const builtins = new Set(['fs', 'path', 'url', 'os', 'child_process', 'util', 'net', 'http', 'crypto', 'module', 'assert']);

test('the package imports only its dependencies and (optional) peer dependencies', () => {
  const shipped = readdirSync('lib', { recursive: true }).filter((file) => /\.(js|d\.ts)$/.test(file));
  const imported = new Set(shipped.flatMap((file) => importedPackages(readFileSync(`lib/${file}`, 'utf8'))));
  const allowed = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)]);
  assert.deepEqual([...imported].filter((name) => !allowed.has(name)), []);
  assert.ok(imported.has('lit') && imported.has('react') && imported.has('vue'));
  // React, its @lit/react wrapper and Vue serve only their own entries.
  for (const name of Object.keys(pkg.peerDependencies)) assert.equal(pkg.peerDependenciesMeta[name]?.optional, true, name);
});

test('the build, tests and tools import nothing package.json does not declare', () => {
  const sources = tracked.filter((file) => /\.(m?js|cjs|ts|tsx|vue|svelte)$/.test(file) && !file.startsWith('src/'));
  const undeclared = sources.flatMap((file) =>
    importedPackages(readFileSync(file, 'utf8'))
      .filter((name) => !declared[name] && !builtins.has(name) && name !== pkg.name)
      .map((name) => `${file}: ${name}`),
  );
  assert.deepEqual(undeclared, []);
});

test('every declared dependency is used: imported, read from node_modules, run as a command, or the types of one', () => {
  const text = tracked
    .filter((file) => !/^package(-lock)?\.json$|\.md$/.test(file) && existsSync(file))
    .map((file) => readFileSync(file, 'utf8'))
    .concat(Object.values(pkg.scripts))
    .join('\n');
  const mentioned = (name) => new RegExp(`['"\`/ ]${name.replace(/[/.]/g, '\\$&')}(['"\`/ ]|$)`, 'm').test(text);
  const commandsOf = (name) => {
    const { bin } = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8'));
    return typeof bin === 'string' ? [name.split('/').pop()] : Object.keys(bin ?? {});
  };
  const used = (name) =>
    mentioned(name) ||
    commandsOf(name).some((command) => new RegExp(`(^|[\\s'"(])${command}(['"\\s)]|$)`, 'm').test(text)) ||
    (name.startsWith('@types/') && used(name.slice('@types/'.length)));
  assert.deepEqual(Object.keys(declared).filter((name) => !used(name)), []);
});

test('the tarball is built before it is packed, and carries the guides the README links to and a CHANGELOG', () => {
  assert.equal(pkg.scripts.prepack, 'npm run build');
  const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }))[0].files.map(
    (file) => file.path,
  );
  const readme = readFileSync('README.md', 'utf8');
  const links = [...readme.matchAll(/\]\((?!https?:|#|mailto:)([^)\s#]+)/g)].map(([, link]) => link.replace(/^\.\//, ''));
  assert.ok(links.length >= 5);
  assert.deepEqual(links.filter((link) => !packed.includes(link)), []);
  assert.ok(packed.includes('CHANGELOG.md'));
  assert.match(readFileSync('CHANGELOG.md', 'utf8'), new RegExp(`^## ${pkg.version.replace(/\./g, '\\.')}\\b`, 'm'));
});
