// The framework types, as a developer meets them: small apps in React 19, Preact
// and Solid (tsc), Vue (vue-tsc) and Svelte (svelte-check) are compiled against
// the packed tarball, installed the way an app installs it. Right usage compiles;
// a wrong attribute value, a misspelt name or a wrong event detail is an error.
// The JSX and Vue fixtures mark each wrong line with `@ts-expect-error` /
// `@vue-expect-error`, so a line that stops being an error fails the compile too.
// The frameworks' own packages come from the repository's node_modules (the
// fixtures sit under .tmp/ inside it); only the tarball is installed, once a run.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const bin = (name) => join(root, 'node_modules/.bin', name);
const work = join(root, '.tmp', `frameworks-${process.pid}`);
const app = join(work, 'app');

/** Runs a checker in a fixture folder; resolves with its exit code and output, never rejects. */
async function check(folder, command, args) {
  try {
    const { stdout, stderr } = await run(command, args, { cwd: join(app, folder), maxBuffer: 1 << 24 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    return { code: error.code ?? 1, output: `${error.stdout ?? ''}${error.stderr ?? ''}` };
  }
}

before(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(app, { recursive: true });
  // `npm test` has just built lib/; --ignore-scripts keeps prepack from building again.
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], { cwd: root });
  const tarball = join(work, stdout.trim().split('\n').pop());
  cpSync(join(import.meta.dirname, 'fixtures'), app, { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'fixtures', private: true, type: 'module' }));
  await run('npm', ['install', tarball, '--no-save', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts'], {
    cwd: app,
  });
});

after(() => rmSync(work, { recursive: true, force: true }));

describe('framework types from the packed package', { concurrency: true }, () => {
  test('React 19, Preact and Solid (tsc): right usage compiles, each wrong line is an error', async () => {
    const { code, output } = await check('jsx', bin('tsc'), ['-p', 'tsconfig.json']);
    assert.equal(code, 0, output);
  });

  test('Vue (vue-tsc, strictTemplates): right usage compiles, each wrong line is an error', async () => {
    const { code, output } = await check('vue', bin('vue-tsc'), ['-p', 'tsconfig.json']);
    assert.equal(code, 0, output);
  });

  test('Svelte (svelte-check): right usage has no error, and each wrong line has one', async () => {
    const { output } = await check('svelte', bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--output', 'machine']);
    const errors = [...output.matchAll(/ ERROR "(\w+\.svelte)" (\d+):\d+ "(.*)"$/gm)].map(([, file, line, message]) => ({
      file,
      line: Number(line),
      message,
    }));
    assert.ok(/ COMPLETED \d+ FILES/.test(output), output);
    assert.deepEqual(errors.filter(({ file }) => file !== 'Wrong.svelte'), []);
    // Every element line after the script block is wrong once.
    const lines = readFileSync(join(app, 'svelte/Wrong.svelte'), 'utf8').split('\n');
    const wrongLines = lines.map((text, index) => (/^<[a-z]+-[a-z]+ /.test(text) ? index + 1 : 0)).filter(Boolean);
    assert.ok(wrongLines.length >= 6);
    assert.deepEqual([...new Set(errors.map(({ line }) => line))].sort((a, b) => a - b), wrongLines, output);
  });
});

test('the fixtures cover every element', () => {
  const fixtures = readdirSync(join(import.meta.dirname, 'fixtures'), { recursive: true })
    .filter((file) => /\.(tsx|vue|svelte)$/.test(file))
    .map((file) => readFileSync(join(import.meta.dirname, 'fixtures', file), 'utf8'));
  for (const text of fixtures) {
    for (const tag of ['overdose-signs', 'family-steps', 'call-banner']) assert.ok(text.includes(`<${tag}`), tag);
  }
});
