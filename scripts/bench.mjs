// `npm run bench`: how big and how fast the one-script build is, against
// the budgets (docs/design.md). A benchmark, not a test: it prints figures and never fails on them.
//
//   1. Builds, then the bytes of dist/recovery-elements.js (minified, gzip -9,
//      brotli) and where they go: Lit, each language, our code (scripts/size.mjs).
//   2. Headless Chromium (puppeteer-core, Debian's chromium): a page with one of
//      each element against a static page with the same words and styles
//      (declarative shadow DOM, no script), loaded in turn, medians.
//   3. 300 of each element on one page: render time, time per element, and the
//      long tasks (PerformanceObserver 'longtask', attributed with the Long
//      Animation Frames API), while loading and after the first render.
//   4. Lighthouse (mobile: simulated slow 4G and 4× CPU slowdown) on the demo page
//      and on the "partner page": the README's own snippets pasted into a plain page
//      (scripts/partner-page.mjs), and that page without our script, the floor the
//      browser itself sets on this machine. Long tasks by origin (our script, the
//      rest), and our script's parse/compile against its evaluation and renders.
//
// Environment: BENCH_RUNS (default 31), BENCH_LARGE_RUNS (5), BENCH_LIGHTHOUSE_RUNS
// (5), CHROMIUM_PATH. The generated pages go to .tmp/bench/ (git-ignored).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import lighthouse from 'lighthouse';
import { findBrowsers } from './browsers.mjs';
import { partnerBody } from './partner-page.mjs';
import { BUNDLE, GZIP, measure, readBudgets } from './size.mjs';
import { TAGS } from '../src/elements.mjs';
import { gzipSync } from 'node:zlib';

const loadAtStart = loadavg()[0];
// A count of 0 leaves that part out (while working on another).
const runsOf = (name, fallback) => (process.env[name] ? Number(process.env[name]) : fallback);
const RUNS = runsOf('BENCH_RUNS', 31);
const LARGE_RUNS = runsOf('BENCH_LARGE_RUNS', 5);
const LIGHTHOUSE_RUNS = runsOf('BENCH_LIGHTHOUSE_RUNS', 5);
const EACH = 300;
const ROOT = resolve('.');
const OUT = join(ROOT, '.tmp', 'bench');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const chromiumFlags = [
  ...(isRoot ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  return sorted[Math.floor(at)] + (sorted[Math.ceil(at)] - sorted[Math.floor(at)]) * (at % 1);
};
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => `${value.toFixed(1)} ms`;
const bytes = (value) => value.toLocaleString('en-US');
const log = (line = '') => console.log(line);
const progress = (line) => process.stderr.write(`  … ${line}\n`);

// ---------------------------------------------------------------- 1. bytes

progress('building (npm run build)');
const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

progress('measuring the bundle and its variants');
const budgets = readBudgets();
const sizes = await measure();
// For comparison: Node's zlib at level 9 (sizes.gzip is GNU gzip -9, as the budgets are measured).
sizes.zlibGzip = gzipSync(readFileSync(BUNDLE), { level: 9 }).length;

// ---------------------------------------------------------------- pages

mkdirSync(OUT, { recursive: true });

/**
 * Records what the benchmark reads: long tasks, long animation frames, and the
 * moment the page is rendered: DOMContentLoaded (deferred scripts have run by
 * then), every element's first update done, then the next frame.
 */
const HARNESS = `<script>
  window.__bench = { longtasks: [], frames: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) __bench.longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) __bench.frames.push({
        start: e.startTime, duration: e.duration,
        scripts: e.scripts.map((s) => ({ src: s.sourceURL, start: s.startTime, duration: s.duration })),
      });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
  window.__fcp = new Promise((resolve) => {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') resolve(e.startTime);
    }).observe({ type: 'paint', buffered: true });
    setTimeout(() => resolve(null), 10000);
  });
  window.__rendered = new Promise((resolve) => addEventListener('DOMContentLoaded', async () => {
    if (window.__elements) {
      const tags = ${JSON.stringify(TAGS)};
      await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
      await Promise.all([...document.querySelectorAll(tags.join())].map((el) => el.updateComplete));
    }
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
  }));
</script>`;

const page = ({ title, head = '', body }) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${HARNESS}
${head}
</head>
<body>
${body}
</body>
</html>
`;

const withScript = `<script>window.__elements = true</script>
<script src="/${BUNDLE}" defer></script>`;
// A deferred script just before ours marks when ours starts to run.
const withMark = withScript.replace('<script src', '<script src="/.tmp/bench/mark.js" defer></script>\n<script src');
writeFileSync(join(OUT, 'mark.js'), "performance.mark('script-start');\n");
const oneOfEach = TAGS.map((tag) => `<${tag}></${tag}>`).join('\n');
writeFileSync(join(OUT, 'elements.html'), page({ title: 'one of each element', head: withScript, body: oneOfEach }));
writeFileSync(
  join(OUT, 'many.html'),
  page({ title: `${EACH} of each element`, head: withMark, body: Array(EACH).fill(oneOfEach).join('\n') }),
);

// The partner page, as pasted from the README (no harness: Lighthouse measures it),
// and the same page without our script.
const plainPage = (body) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hope Clinic</title>
</head>
<body>
${body}
</body>
</html>
`;
const partner = partnerBody(`/${BUNDLE}`);
writeFileSync(join(OUT, 'partner.html'), plainPage(partner));
writeFileSync(join(OUT, 'partner-without-script.html'), plainPage(partner.replace(/<script [^>]*><\/script>\n?/, '')));

// ---------------------------------------------------------------- server

// The project's dev server, serving the repository as it stands. no-store: every load
// fetches and compiles the script, like a reader's first visit.
const server = await startDevServer({
  config: {
    rootDir: ROOT,
    hostname: '127.0.0.1',
    middleware: [
      async (context, next) => {
        // The demo loads the script beside it, as the built site has it (scripts/site.mjs):
        // without this it was a 404, and Lighthouse measured the demo without our script.
        if (context.path.endsWith('/demo/recovery-elements.js')) context.path = `/${BUNDLE}`;
        await next();
        context.set('cache-control', 'no-store');
        context.remove('etag');
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const origin = `http://127.0.0.1:${server.config.port}`;

// ---------------------------------------------------------------- 2. one of each vs static

const chromiumPath = findBrowsers().chromium;
if (!chromiumPath) {
  console.error('npm run bench needs Chromium: sudo apt-get install chromium (or set CHROMIUM_PATH).');
  process.exit(1);
}
// networkEnabled: false keeps DevTools out of every request (the element page makes one more).
const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumFlags, networkEnabled: false });
const chromiumVersion = await browser.version();

/**
 * A tab for one series of loads: a fresh browser context, a phone-sized
 * viewport, and the CPU slowed down `cpuSlowdown` times. The server says
 * no-store, so every load fetches and compiles the script, like a first visit.
 */
async function openTab(cpuSlowdown = 1) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setViewport({ width: 390, height: 844 });
  if (cpuSlowdown > 1) await (await tab.createCDPSession()).send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  return tab;
}

/** Loads `url` in `tab`; returns what the page recorded. */
async function load(tab, url, after) {
  await tab.goto(url, { waitUntil: 'load' });
  const rendered = await tab.evaluate(() => window.__rendered);
  const extra = after ? await after(tab, rendered) : undefined;
  const recorded = await tab.evaluate(() => ({
    ...window.__bench,
    scriptStart: performance.getEntriesByName('script-start')[0]?.startTime ?? null,
  }));
  recorded.fcp = await tab.evaluate(() => window.__fcp);
  return { rendered, ...recorded, extra };
}

// The static page: what the elements render, as declarative shadow DOM with
// their style sheets inlined, and no script.
progress('writing the static page from the rendered elements');
{
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.goto(`${origin}/.tmp/bench/elements.html`, { waitUntil: 'load' });
  await tab.evaluate(() => window.__rendered);
  const body = await tab.evaluate((tags) =>
    tags
      .map((tag) => {
        const root = document.querySelector(tag).shadowRoot;
        const css = root.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')).join('\n');
        const markup = root.innerHTML.replace(/<!--[^]*?-->/g, '');
        return `<${tag}><template shadowrootmode="open"><style>${css}</style>${markup}</template></${tag}>`;
      })
      .join('\n'),
  TAGS);
  await context.close();
  writeFileSync(join(OUT, 'static.html'), page({ title: 'the same words, static', body }));
}

const comparisons = [];
for (const cpuSlowdown of RUNS ? [1, 4] : []) {
  progress(`one of each element vs static, ${RUNS} runs each, CPU ×${cpuSlowdown}`);
  const times = { elements: [], static: [], elementsFcp: [], staticFcp: [] };
  const tabs = { elements: await openTab(cpuSlowdown), static: await openTab(cpuSlowdown) };
  for (let run = 0; run < RUNS + 1; run++) {
    // Alternate, so drift in the machine's speed falls on both; the first pair warms up.
    const order = run % 2 ? ['static', 'elements'] : ['elements', 'static'];
    for (const name of order) {
      const result = await load(tabs[name], `${origin}/.tmp/bench/${name}.html`);
      if (run === 0) continue;
      times[name].push(result.rendered);
      times[`${name}Fcp`].push(result.fcp);
    }
  }
  comparisons.push({
    cpuSlowdown,
    // Each run loads both pages back to back: the median of the runs' own ratios
    // cancels what the machine's load does to both.
    pairedRatio: median(times.elements.map((time, run) => time / times.static[run])),
    elements: median(times.elements),
    static: median(times.static),
    elementsRange: [quantile(times.elements, 0.25), quantile(times.elements, 0.75)],
    staticRange: [quantile(times.static, 0.25), quantile(times.static, 0.75)],
    elementsFcp: median(times.elementsFcp),
    staticFcp: median(times.staticFcp),
  });
  await tabs.elements.browserContext().close();
  await tabs.static.browserContext().close();
}

// ---------------------------------------------------------------- 3. 300 of each

const BUNDLE_URL = `${origin}/${BUNDLE}`;
const ourTime = (frame) => frame.scripts.filter((script) => script.src === BUNDLE_URL).reduce((sum, s) => sum + s.duration, 0);

/**
 * After the first render: 2 s of quiet, then a page-wide language switch (every
 * element re-renders). The quiet window ends before the switch's task begins.
 */
async function afterRender(tab) {
  await new Promise((done) => setTimeout(done, 2000));
  const quietUntil = await tab.evaluate(() => performance.now());
  await new Promise((done) => setTimeout(done, 100));
  const switchTime = await tab.evaluate(async (tags) => {
    const start = performance.now();
    // From a task of the page's own, as a partner's language menu would.
    await new Promise((done) => setTimeout(() => done((document.documentElement.lang = 'es'))));
    await new Promise((done) => setTimeout(done));
    const elements = [...document.querySelectorAll(tags.join())];
    await Promise.all(elements.map((el) => el.updateComplete));
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
    return performance.now() - start;
  }, TAGS);
  await new Promise((done) => setTimeout(done, 500));
  return { quietUntil, switchTime };
}

writeFileSync(
  join(OUT, 'static-many.html'),
  readFileSync(join(OUT, 'static.html'), 'utf8').replace(/<body>\n([^]*)<\/body>/, (_, body) => `<body>\n${body.repeat(EACH)}</body>`),
);

progress(`${EACH} of each element, and the same as static pages, ${LARGE_RUNS} runs each`);
const manyRuns = [];
const staticManyRuns = [];
{
  const tabs = { elements: await openTab(), static: await openTab() };
  for (let run = 0; run < LARGE_RUNS; run++) {
    const result = await load(tabs.elements, `${origin}/.tmp/bench/many.html`, afterRender);
    const { quietUntil, switchTime } = result.extra;
    const longestTask = (from, to) =>
      Math.max(0, ...result.longtasks.filter((task) => task.start >= from && task.start < to).map((task) => task.duration));
    const frames = (from, to) => result.frames.filter((frame) => frame.start >= from && frame.start < to);
    const ourLongest = (from, to) => Math.max(0, ...frames(from, to).map(ourTime));
    const longestFrame = (from, to) => Math.max(0, ...frames(from, to).map((frame) => frame.duration));
    manyRuns.push({
      rendered: result.rendered,
      fromScript: result.rendered - result.scriptStart,
      longestLoading: longestTask(0, result.rendered),
      oursLoading: ourLongest(0, result.rendered),
      longestQuiet: longestTask(result.rendered, quietUntil),
      oursQuiet: ourLongest(result.rendered, quietUntil),
      frameQuiet: longestFrame(result.rendered, quietUntil),
      switchTime,
      longestSwitch: longestTask(quietUntil, Infinity),
      frameSwitch: longestFrame(quietUntil, Infinity),
    });
    const still = await load(tabs.static, `${origin}/.tmp/bench/static-many.html`, afterRender);
    staticManyRuns.push({ rendered: still.rendered, switchTime: still.extra.switchTime });
  }
  await tabs.elements.browserContext().close();
  await tabs.static.browserContext().close();
}
const pickMany = (key) => manyRuns.length && median(manyRuns.map((run) => run[key]));
const large = {
  rendered: pickMany('rendered'),
  staticRendered: median(staticManyRuns.map((run) => run.rendered)),
  fromScript: pickMany('fromScript'),
  longestLoading: pickMany('longestLoading'),
  oursLoading: pickMany('oursLoading'),
  // After the first render the target is about every run, so the worst run counts.
  longestQuiet: Math.max(...manyRuns.map((run) => run.longestQuiet)),
  oursQuiet: Math.max(...manyRuns.map((run) => run.oursQuiet)),
  frameQuiet: Math.max(...manyRuns.map((run) => run.frameQuiet)),
  switchTime: pickMany('switchTime'),
  staticSwitchTime: median(staticManyRuns.map((run) => run.switchTime)),
  longestSwitch: pickMany('longestSwitch'),
  frameSwitch: pickMany('frameSwitch'),
};
await browser.close();

// ---------------------------------------------------------------- 4. Lighthouse

// Lighthouse's own chrome-launcher, whatever version the rest of the tree holds.
const chromeLauncher = createRequire(import.meta.resolve('lighthouse'))('chrome-launcher');
const LIGHTHOUSE_PAGES = [
  { name: 'demo', path: 'demo/index.html', title: 'demo/index.html (nine elements)' },
  { name: 'partner', path: '.tmp/bench/partner.html', title: "the partner page (the README's snippets pasted into a plain page)" },
  { name: 'floor', path: '.tmp/bench/partner-without-script.html', title: 'the partner page without our script (what the browser itself costs here)' },
];
const lighthouseRuns = Object.fromEntries(LIGHTHOUSE_PAGES.map(({ name }) => [name, []]));
for (let run = 0; run < LIGHTHOUSE_RUNS; run++) {
  // The pages in turn, so the machine's drift falls on each.
  for (const { name, path } of LIGHTHOUSE_PAGES) {
    progress(`Lighthouse, ${name} page, run ${run + 1} of ${LIGHTHOUSE_RUNS}`);
    const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', ...chromiumFlags] });
    try {
      const { lhr } = await lighthouse(`${origin}/${path}`, {
        port: chrome.port,
        onlyCategories: ['performance'],
        output: 'json',
        logLevel: 'error',
      });
      const audit = (id) => lhr.audits[id]?.details?.items ?? [];
      // Lighthouse's long tasks (as simulated at 4×), each attributed to a script URL or
      // "Unattributable". Ours by its name: the demo loads its own copy.
      const isOurs = (url) => /\/recovery-elements\.js$/.test(url);
      const tasks = audit('long-tasks').map((task) => ({ ours: isOurs(task.url), start: task.startTime, duration: task.duration }));
      const ourBootup = audit('bootup-time').find((item) => isOurs(item.url));
      lighthouseRuns[name].push({
        score: lhr.categories.performance.score * 100,
        tbt: lhr.audits['total-blocking-time'].numericValue,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        fcp: lhr.audits['first-contentful-paint'].numericValue,
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
        tasks,
        oursLongest: Math.max(0, ...tasks.filter((task) => task.ours).map((task) => task.duration)),
        othersLongest: Math.max(0, ...tasks.filter((task) => !task.ours).map((task) => task.duration)),
        oursTotal: tasks.filter((task) => task.ours).reduce((sum, task) => sum + task.duration, 0),
        othersTotal: tasks.filter((task) => !task.ours).reduce((sum, task) => sum + task.duration, 0),
        ourParseCompile: ourBootup?.scriptParseCompile ?? 0,
        ourScripting: ourBootup?.scripting ?? 0,
        benchmarkIndex: lhr.environment.benchmarkIndex,
        version: lhr.lighthouseVersion,
        warnings: lhr.runWarnings,
      });
    } finally {
      await chrome.kill();
    }
  }
}
await server.stop();

// ---------------------------------------------------------------- report

const pass = (ok) => (ok ? 'meets' : 'MISSES');
log();
log('recovery-elements benchmark');
log(`  machine   ${cpus()[0].model.trim()}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB; Node ${process.version}`);
log(`  browser   ${chromiumVersion} (${chromiumPath}), headless; Lighthouse ${lighthouseRuns.demo[0]?.version}`);
log(`  load      ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end (1-minute load average: other work on the machine makes the times noisy)`);
log(`  runs      ${RUNS} per page (medians), ${LARGE_RUNS} of the ${EACH}-of-each page, ${LIGHTHOUSE_RUNS} of Lighthouse`);
log();
log(`Bytes of ${BUNDLE}`);
log(`  minified                ${bytes(sizes.minified).padStart(7)}`);
log(`  gzip -9                 ${bytes(sizes.gzip).padStart(7)}   (${GZIP}) budget ${bytes(budgets.bundleGzip.budget)}: ${pass(sizes.gzip <= budgets.bundleGzip.budget)} (npm test's ceiling: ${bytes(budgets.bundleGzip.ceiling)})`);
log(`  zlib, level 9           ${bytes(sizes.zlibGzip).padStart(7)}   (Node's zlib, for comparison)`);
log(`  brotli -11              ${bytes(sizes.brotli).padStart(7)}`);
log('  where the gzip bytes go (variant builds, subtracted):');
log(`    Lit floor             ${bytes(sizes.lit).padStart(7)}   a bundle of one minimal LitElement`);
log(`    content, en + es      ${bytes(sizes.content).padStart(7)}   bundle − bundle with both language modules empty`);
log(`      English alone       ${bytes(sizes.english).padStart(7)}   bundle − bundle with English replaced by Spanish`);
log(`      Spanish alone       ${bytes(sizes.spanish).padStart(7)}   bundle − bundle with Spanish replaced by English`);
log(`    our code              ${bytes(sizes.code).padStart(7)}   bundle − Lit floor − content; budget ${bytes(budgets.codeGzip.budget)}: ${pass(sizes.code <= budgets.codeGzip.budget)} (ceiling ${bytes(budgets.codeGzip.ceiling)})`);
log();
log('One of each element vs the same words as a static page (navigation → rendered, then the next frame)');
for (const c of comparisons) {
  log(
    `  CPU ×${c.cpuSlowdown}   elements ${ms(c.elements)}, static ${ms(c.static)}: ${(c.elements / c.static).toFixed(2)}×; ` +
      `median of each run's ratio ${c.pairedRatio.toFixed(2)}× (target ≤ 1.5×: ${pass(c.pairedRatio <= 1.5)})`,
  );
  log(
    `           middle half of the runs: elements ${c.elementsRange.map((v) => v.toFixed(0)).join('–')} ms, ` +
      `static ${c.staticRange.map((v) => v.toFixed(0)).join('–')} ms; first contentful paint ${ms(c.elementsFcp)} vs ${ms(c.staticFcp)}`,
  );
}
log();
const count = EACH * TAGS.length;
if (LARGE_RUNS) {
  log(`${EACH} of each element on one page (${count} elements), CPU ×1`);
  log(`  navigation → rendered          ${ms(large.rendered)}; the same markup as static pages: ${ms(large.staticRendered)}`);
  log(`  per element                    ${ms((large.rendered - large.staticRendered) / count)} more than static; ${ms(large.fromScript / count)} from our script's start to rendered`);
  log(`  longest task while loading     ${ms(large.longestLoading)}, of which our script ${ms(large.oursLoading)}: the first render of every element on the page is one task`);
  log(`  after the first render, 2 s    longest task ${ms(large.longestQuiet)}, longest frame ${ms(large.frameQuiet)}, our script in any frame ${ms(large.oursQuiet)} (target: no task over 50 ms from our code: ${pass(large.longestQuiet <= 50 || large.oursQuiet <= 50)})`);
  log(`  a page-wide lang switch        ${ms(large.switchTime)} until every element is re-rendered: longest task ${ms(large.longestSwitch)} (script), longest frame ${ms(large.frameSwitch)} (with style and layout); the same switch on the static pages: ${ms(large.staticSwitchTime)}`);
  log(`                                 ${(large.switchTime / large.staticSwitchTime).toFixed(2)}× the static pages' switch (target ≤ 1.5×: ${pass(large.switchTime <= 1.5 * large.staticSwitchTime)})`);
  log();
}
for (const { name, title } of LIGHTHOUSE_PAGES) {
  const runs = lighthouseRuns[name];
  if (!runs.length) continue;
  const lh = (key) => median(runs.map((run) => run[key]));
  const each = (key, digits = 0) => runs.map((run) => run[key].toFixed(digits)).join(', ');
  log(`Lighthouse, mobile (simulated slow 4G, 4× CPU slowdown), ${title}`);
  log(`  performance               ${lh('score').toFixed(0)}   (runs: ${each('score')}; target 100: ${pass(lh('score') >= 100)})`);
  log(`  total blocking time       ${ms(lh('tbt'))}   (runs: ${each('tbt')}; target 0: ${pass(lh('tbt') === 0)})`);
  log(`  cumulative layout shift   ${lh('cls').toFixed(3)}   (runs: ${each('cls', 3)}; target 0: ${pass(lh('cls') === 0)})`);
  log(`  long tasks, our script    longest ${ms(lh('oursLongest'))}, all ${ms(lh('oursTotal'))} (runs' longest: ${each('oursLongest')}); its parse and compile ${ms(lh('ourParseCompile'))}, its evaluation and renders ${ms(lh('ourScripting'))}`);
  log(`  long tasks, other or unattributed  longest ${ms(lh('othersLongest'))}, all ${ms(lh('othersTotal'))} (runs' longest: ${each('othersLongest')})`);
  log(`  first / largest contentful paint  ${ms(lh('fcp'))} / ${ms(lh('lcp'))}; Lighthouse's CPU benchmark index ${lh('benchmarkIndex').toFixed(0)}`);
  const warnings = [...new Set(runs.flatMap((run) => run.warnings))];
  if (warnings.length) log(`  warnings: ${warnings.join(' | ')}`);
  log();
}

writeFileSync(
  join(OUT, 'results.json'),
  JSON.stringify({ date: new Date().toISOString(), machine: { cpu: cpus()[0].model.trim(), cores: cpus().length }, chromiumVersion, runs: { RUNS, LARGE_RUNS, LIGHTHOUSE_RUNS }, sizes, budgets, comparisons, large, manyRuns, staticManyRuns, lighthouse: lighthouseRuns }, null, 2),
);
log(`Raw figures: ${join('.tmp', 'bench', 'results.json')}`);
