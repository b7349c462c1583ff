// `npm test`: the static checks, the build, the Node tests and the browser
// suite in Chromium, Firefox ESR and WebKit, then one line of totals.
//
//   npm test                      everything
//   npm test -- --only browsers   just the browser suite (BROWSERS=chromium narrows it)
//   npm test -- --only static     just the static checks and Node tests
//   npm test -- --only wordpress  just the WordPress end-to-end test
//   npm test -- --skip-wordpress  everything but it (it needs Debian's wordpress,
//                                 PHP and MariaDB, which it installs as root)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBrowsers } from './browsers.mjs';

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : 'all';
const scratch = mkdtempSync(join(tmpdir(), 'recovery-test-'));
const results = []; // { name, passed, failed }

function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

async function check(name, command, args) {
  console.log(`\n▶ ${name}`);
  const code = await run(command, args);
  results.push({ name, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 });
  return code === 0;
}

/** Node's own runner, for what needs Node: the built files, sizes, docs, the release kit. */
async function nodeTests(
  name = 'Node tests',
  // By name, not the folder: Node would also run every .mjs and .js file under
  // test/ (the embedding suite's server and pages) as a test.
  files = readdirSync('test', { recursive: true })
    .filter((file) => file.endsWith('.test.mjs'))
    .map((file) => join('test', file)),
) {
  console.log(`\n▶ ${name} (${files.length === 1 ? files[0] : 'test/**/*.test.mjs'})`);
  const tap = join(scratch, `${name.replace(/\W+/g, '-')}.tap`);
  const code = await run(process.execPath, [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...files,
  ]);
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (key) => Number(text.match(new RegExp(`^# ${key} (\\d+)`, 'm'))?.[1] ?? 0);
  const passed = count('pass');
  const failed = count('fail') + (code !== 0 && count('fail') === 0 ? 1 : 0);
  results.push({ name, passed, failed });
}

async function browserTests(browsers) {
  console.log('\n▶ Browser tests: Chromium, Firefox ESR, WebKit');
  const totalsFile = join(scratch, 'browsers.json');
  const env = { ...process.env, TEST_TOTALS_FILE: totalsFile, PUPPETEER_SKIP_DOWNLOAD: '1' };
  const wtr = ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs'];
  // WebKitGTK needs a display, even headless: give it a virtual one.
  const code = await run(browsers.xvfbRun, ['-a', '-s', '-screen 0 1280x1024x24', process.execPath, ...wtr], { env });
  const byBrowser = existsSync(totalsFile) ? JSON.parse(readFileSync(totalsFile, 'utf8')) : {};
  if (Object.keys(byBrowser).length === 0) {
    results.push({ name: 'Browser tests (the runner did not finish)', passed: 0, failed: 1 });
  }
  for (const [browser, counts] of Object.entries(byBrowser)) {
    results.push({ name: `Browser tests in ${browser}`, passed: counts.passed, failed: counts.failed, skipped: counts.skipped });
  }
  if (code !== 0 && !results.some((result) => result.failed)) {
    results.push({ name: 'Browser test runner exit code', passed: 0, failed: 1 });
  }
}

const browsers = only === 'static' || only === 'wordpress' ? null : ensureBrowsers();

if (only === 'all' || only === 'static') {
  await check('Types (tsc, sources and tests)', 'npx', ['tsc', '-p', 'tsconfig.test.json']);
  await check('ESLint (typescript-eslint, lit, lit-a11y, wc)', 'npx', ['eslint', '.']);
  await check('lit-analyzer --strict', 'npx', ['lit-analyzer', '--strict', '--quiet', 'src']);
}
const built =
  (await check('Build (rollup, custom-elements.json)', 'npm', ['run', 'build', '--silent'])) &&
  (await check('Static site (scripts/site.mjs: demo, builder, guides)', process.execPath, ['scripts/site.mjs']));
if (built && (only === 'all' || only === 'static')) await nodeTests();
if (built && (only === 'all' || only === 'wordpress')) {
  if (process.argv.includes('--skip-wordpress')) console.log('\n▶ WordPress end-to-end: skipped (--skip-wordpress)');
  else await nodeTests('WordPress end-to-end', ['test/wordpress/wordpress.e2e.mjs']);
}
if (built && (only === 'all' || only === 'browsers')) {
  await check('WordPress styles for the embedding suite (npm pack)', process.execPath, ['test/embedding/setup.mjs']);
  await browserTests(browsers);
}

rmSync(scratch, { recursive: true, force: true });

console.log('\nSummary');
for (const { name, passed, failed, skipped } of results) {
  const extra = skipped ? `, ${skipped} skipped` : '';
  console.log(`  ${failed ? '✗' : '✓'} ${name}: ${passed} passed, ${failed} failed${extra}`);
}
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed + (r.skipped ?? 0), 0);
const summaryLine = `${passed} passed, ${failed} failed`;
writeFileSync('.test-totals', summaryLine + '\n');
console.log(summaryLine);
process.exit(failed === 0 ? 0 : 1);
