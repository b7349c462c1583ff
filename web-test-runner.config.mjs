// Every browser test runs in Chromium, Firefox ESR and WebKit, all Debian's
// own packages (see scripts/browsers.mjs). `npm test` runs this under xvfb-run
// for WebKit; BROWSERS=chromium,firefox narrows a local run.
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import rollupReplace from '@rollup/plugin-replace';
import { defaultReporter } from '@web/test-runner';
import { readFileSync } from 'node:fs';
import { findBrowsers } from './scripts/browsers.mjs';
import { webkitLauncher } from './scripts/webkit-launcher.mjs';
import { totalsReporter } from './scripts/totals-reporter.mjs';
import { embeddingMiddleware, embeddingPlugin } from './test/embedding/server.mjs';
import { serverRenderingMiddleware } from './test/server-rendering/server.mjs';
import { printPdfPlugin } from './test/support/print-pdf-plugin.mjs';

const paths = findBrowsers();
const wanted = (process.env.BROWSERS || 'chromium,firefox,webkit').split(',');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * The built scripts byte for byte: the test server's own transforms would change
 * them, and the snippet builder pins them by hash (`integrity`), as a partner's
 * server, which serves files as they are, would be checked.
 */
async function builtScriptsAsTheyAre(context, next) {
  if (!/^\/(site|dist)\/[\w.-]+\.js$/.test(context.path)) return next();
  context.type = 'text/javascript';
  context.body = readFileSync(`.${context.path}`);
  return undefined;
}

// React 18 (test/react/) ships CommonJS only, and reads process.env.NODE_ENV.
const reactFiles = ['**/node_modules/react/**', '**/node_modules/react-dom/**', '**/node_modules/scheduler/**'];
const commonjs = fromRollup(rollupCommonjs);
const replace = fromRollup(rollupReplace);

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: paths.chromium,
        headless: true,
        args: [
          ...(isRoot ? ['--no-sandbox'] : []),
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  firefox: () =>
    // Firefox ESR through WebDriver BiDi; PUPPETEER_SKIP_DOWNLOAD keeps puppeteer off the network.
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: paths.firefox, headless: true },
    }),
  webkit: () => webkitLauncher({ driverPath: paths.webkitDriver, miniBrowserPath: paths.miniBrowser }),
};

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    replace({ include: reactFiles, preventAssignment: true, values: { 'process.env.NODE_ENV': '"development"' } }),
    commonjs({ include: reactFiles, strictRequires: false, requireReturnsDefault: 'preferred' }),
    // The demo and builder pages, served as they are plus one first script that
    // records console errors for test/demo/ (never in `npm start`).
    {
      name: 'watch-demo-console',
      transform(context) {
        if (/^\/site\/[^/]+\.html$/.test(context.path) && typeof context.body === 'string') {
          return { body: context.body.replace('<head>', '<head><script src="/test/demo/console-watch.ts"></script>') };
        }
      },
    },
    embeddingPlugin(),
    // Real print to PDF, read back with poppler (test/print/, test/demo/print-kit.test.ts).
    printPdfPlugin(),
  ],
  // Partner pages for test/embedding/, with their security headers and a record of their requests;
  // pages rendered with Lit SSR for test/server-rendering/.
  middleware: [builtScriptsAsTheyAre, embeddingMiddleware, serverRenderingMiddleware],
  browsers: wanted.map((name) => launchers[name.trim()]()),
  // Failing assertions about DOM nodes must still reach Node and name their test
  // (test/support/reportable-failures.ts).
  testRunnerHtml: (testFramework) => `<!DOCTYPE html><html><head></head><body>
    <script type="module" src="/test/support/reportable-failures.ts"></script>
    <script type="module" src="${testFramework}"></script>
  </body></html>`,
  // One file at a time per browser (browsers run side by side): background
  // tabs get no animation frames, and WebKit runs in one window (see its launcher).
  concurrency: 1,
  concurrentBrowsers: 3,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 120000,
  testFramework: { config: { timeout: 10000 } },
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  reporters: [defaultReporter(), totalsReporter(process.env.TEST_TOTALS_FILE)],
};
