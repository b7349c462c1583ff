// The list of elements (src/elements.mjs) is the one place that says which
// elements exist: these checks hold the rest of the repository to it, and add a
// throwaway fourth element through it to show that the build, the package
// entries, the manifest and the reference follow.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ELEMENT_ENTRY_FILES, withElementEntries } from '../../scripts/element-entries.mjs';
import { ELEMENTS, filesOf } from '../../src/elements.mjs';

test('package.json, src/index.ts and src/classes.ts name the listed elements (the build writes them)', () => {
  for (const file of ELEMENT_ENTRY_FILES) {
    const text = readFileSync(file, 'utf8');
    assert.equal(text, withElementEntries(file, text), `${file}: run npm run build to write it from src/elements.mjs`);
  }
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  for (const { tag } of ELEMENTS) {
    assert.equal(pkg.exports[`./${tag}.js`].default, `./lib/${tag}/define.js`);
    assert.ok(pkg.sideEffects.includes(`./lib/${tag}/define.js`), `sideEffects names <${tag}>'s registration`);
  }
});

test('every element folder is listed, and every listed element has its class and its registration', () => {
  const registered = readdirSync('src', { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join('src', entry.name, 'define.ts')))
    // core/define.ts is the registration guard the others call.
    .filter((entry) => readFileSync(join('src', entry.name, 'define.ts'), 'utf8').includes('defineElement(\''))
    .map((entry) => entry.name)
    .sort();
  assert.deepEqual(registered, ELEMENTS.map(({ tag }) => tag).sort());
  for (const { tag, className } of ELEMENTS) {
    const { classModule, define } = filesOf(tag);
    assert.match(readFileSync(classModule, 'utf8'), new RegExp(`export class ${className} extends \\w+`));
    assert.match(readFileSync(define, 'utf8'), new RegExp(`defineElement\\('${tag}', ${className}\\)`));
  }
});

test('a fourth element added the documented way (its folder, one line in the list) reaches the build, the package entries, the manifest and the reference', () => {
  const root = resolve('.');
  const copy = mkdtempSync(join(tmpdir(), 'fourth-element-'));
  try {
    for (const path of ['src', 'scripts', 'rollup.config.mjs', 'custom-elements-manifest.config.mjs', 'package.json', 'tsconfig.json', 'README.md']) {
      cpSync(join(root, path), join(copy, path), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
    mkdirSync(join(copy, 'docs'));
    // 1. Its folder: the class and its registration.
    mkdirSync(join(copy, 'src/test-card'));
    writeFileSync(
      join(copy, 'src/test-card/test-card.ts'),
      `import { html } from 'lit';
import { RecoveryElement } from '../core/recovery-element.js';

/**
 * A throwaway element for the list's test.
 *
 * @tagname test-card
 * @summary A card that calls the emergency number.
 * @fires {CustomEvent<RecoveryCallDetail>} recovery-call - The call link was activated.
 */
export class TestCard extends RecoveryElement {
  protected renderContent() {
    return html\`\${this.topHeading('Test card')}\${this.callLink(this.dialEmergencyNumber, 'emergency', this.text.common.call(this.dialEmergencyNumber))}\`;
  }
}
`,
    );
    writeFileSync(
      join(copy, 'src/test-card/define.ts'),
      `import { defineElement } from '../core/define.js';
import { TestCard } from './test-card.js';

defineElement('test-card', TestCard);

export { TestCard };
`,
    );
    // 2. One line in the list.
    const list = join(copy, 'src/elements.mjs');
    writeFileSync(
      list,
      readFileSync(list, 'utf8').replace(
        "  { tag: 'call-banner', className: 'CallBanner' },\n",
        "  { tag: 'call-banner', className: 'CallBanner' },\n  { tag: 'test-card', className: 'TestCard' },\n",
      ),
    );
    // The build, the manifest and the reference, as `npm run build && npm run docs` make them.
    const run = (command, ...args) => execFileSync(command, args, { cwd: copy, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    run(process.execPath, 'node_modules/rollup/dist/bin/rollup', '-c', '--silent');
    run(process.execPath, 'node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--quiet');
    run(process.execPath, 'scripts/docs.mjs');

    const read = (path) => readFileSync(join(copy, path), 'utf8');
    const pkg = JSON.parse(read('package.json'));
    assert.deepEqual(pkg.exports['./test-card.js'], { types: './lib/test-card/define.d.ts', default: './lib/test-card/define.js' });
    assert.ok(pkg.sideEffects.includes('./lib/test-card/define.js'), 'sideEffects keeps its registration');
    assert.match(read('src/index.ts'), /^export \{ TestCard \} from\s'\.\/test-card\/define\.js';$/m);
    assert.match(read('src/classes.ts'), /^export \{ TestCard \} from\s'\.\/test-card\/test-card\.js';$/m);
    assert.ok(existsSync(join(copy, 'lib/test-card/define.js')) && existsSync(join(copy, 'lib/test-card/define.d.ts')), 'lib/ has its entry');
    assert.match(read('lib/index.js'), /test-card\/define\.js/);
    const bundle = read('dist/recovery-elements.js');
    assert.match(bundle, /"test-card"/, 'the one-script bundle registers it');
    assert.match(bundle.slice(0, 200), /"test-card"/, 'and a second copy of the script stands aside for it too');
    const manifest = JSON.parse(read('custom-elements.json'));
    const declared = manifest.modules.flatMap((moduleDoc) => moduleDoc.declarations ?? []).find((item) => item.tagName === 'test-card');
    assert.equal(declared?.name, 'TestCard', 'the manifest declares it');
    assert.ok(read('vscode.html-custom-data.json').includes('"test-card"'), 'editor data names it');
    assert.match(read('docs/reference.md'), /^## `<test-card>`$/m, 'the reference documents it, after the others');
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});
