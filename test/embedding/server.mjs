// The host side of the embedding suite (test/embedding/*.test.ts), added to the
// test runner's dev server by web-test-runner.config.mjs:
//
// - `embeddingMiddleware` serves partner pages at /embed/<run>/<page>.html: the
//   files in test/embedding/pages/, with the host CSS, our built script and the
//   security headers the query asks for (`?type=xhtml` serves a page as XML); and
//   it records every request a page makes, so a test can ask
//   /__embedding/requests?run=<run> what its page loaded.
// - `embeddingPlugin` adds one test-runner command, `embedding-emulate`: real
//   forced colours, reduced motion and print media through the Chrome DevTools
//   Protocol (Chromium only: Firefox's WebDriver BiDi and WebKit's WebDriver
//   have nothing like it).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { wordpressStylePath } from './setup.mjs';
import { TAGS } from '../../src/elements.mjs';

const root = resolve(import.meta.dirname, '../..');
const pagesDir = join(root, 'test/embedding/pages');

/**
 * The policies a page can ask for with `?policy=`. `strict` is the one README
 * gives partners; `tt` adds Trusted Types allowing Lit's `lit-html` policy.
 */
const STRICT = "default-src 'none'; script-src 'self'; style-src 'self'";
const TRUSTED_TYPES = "require-trusted-types-for 'script'; trusted-types lit-html";
export const NONCE = 'c2FmZS1vbi1hbnktcGFnZQ';
export const POLICIES = {
  strict: STRICT,
  tt: `${STRICT}; ${TRUSTED_TYPES}`,
  'tt-duplicates': `${STRICT}; ${TRUSTED_TYPES} 'allow-duplicates'`,
  'tt-no-lit': `${STRICT}; require-trusted-types-for 'script'; trusted-types partner`,
  nonce: `default-src 'none'; script-src 'self'; style-src 'self' 'nonce-${NONCE}'`,
  // Same-origin loads only: whatever else a page tried would be a violation event.
  self: "default-src 'self'",
  // No script at all: the closest a server gets to a reader with JavaScript off.
  'no-script': "default-src 'none'; style-src 'self'",
};

/** Host style sheets nobody here wrote (npm), and our own hostile one. */
const SHEETS = {
  bootstrap: () => readFileSync(join(root, 'node_modules/bootstrap/dist/css/bootstrap.css'), 'utf8'),
  // Tailwind's compiler turns `--theme(--x, fallback)` into `var(--x, fallback)`: so do we.
  tailwind: () => readFileSync(join(root, 'node_modules/tailwindcss/preflight.css'), 'utf8').replaceAll('--theme(', 'var('),
  wordpress: () => {
    if (!existsSync(wordpressStylePath)) {
      throw new Error(`${wordpressStylePath} is missing: run node test/embedding/setup.mjs (npm test does)`);
    }
    return readFileSync(wordpressStylePath, 'utf8');
  },
  hostile: () => readFileSync(join(pagesDir, 'hostile.css'), 'utf8'),
  // A theme that sets rem to 10 px (Twenty Fifteen and many others), and the three
  // rem-based tokens a partner sets on such a page (README).
  'root-62': () => 'html { font-size: 62.5% } body { font-size: 1.6rem }',
  'text-200': () => 'html { font-size: 200% }',
  'root-62-tokens': () => ':root { --recovery-font-size: 1.6rem; --recovery-spacing: 1.6rem; --recovery-radius: 0.8rem }',
};

/** How a page loads our script, by `?script=`. */
const SCRIPT_TAGS = {
  defer: '<script src="recovery-elements.js" defer></script>',
  module: '<script type="module" src="recovery-elements.js"></script>',
  async: '<script src="recovery-elements.js" async></script>',
  sync: '<script src="recovery-elements.js"></script>',
  twice: '<script src="recovery-elements.js" defer></script>\n<script type="module" src="recovery-elements.js?copy=2"></script>',
  none: '',
};

/** Requests by run id: every request whose path or referrer is under /embed/<run>/. */
const requestsByRun = new Map();

function runOf(path) {
  return /^\/embed\/([\w-]+)\//.exec(path)?.[1];
}

function record(ctx) {
  let run = runOf(ctx.path);
  const referer = ctx.get('referer');
  if (!run && referer) {
    try {
      run = runOf(new URL(referer).pathname);
    } catch {
      // not a URL: not one of ours
    }
  }
  if (!run) return;
  if (!requestsByRun.has(run)) requestsByRun.set(run, []);
  requestsByRun.get(run).push({
    method: ctx.method,
    path: ctx.path.replace(`/embed/${run}/`, ''),
    query: ctx.querystring,
    referer,
    cookie: ctx.get('cookie'),
    destination: ctx.get('sec-fetch-dest'),
  });
}

/** The README's ```html blocks with one of our elements: the snippets partners paste. */
export function readmeSnippets() {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  return [...readme.matchAll(/```html\n([\s\S]*?)```/g)]
    .map((match) => match[1])
    .filter((snippet) => TAGS.some((tag) => snippet.includes(`<${tag}`)));
}

/**
 * A page made of every README snippet as written, except that the script tag
 * points at our build (`?script=built`) or is left out (`?script=none`).
 */
function readmePage(query) {
  const snippets = readmeSnippets()
    .map((snippet) => snippet.replace(/<script\b[^>]*>[\s\S]*?<\/script>\n?/g, ''))
    .join('\n');
  const script = query.get('script') === 'built' ? SCRIPT_TAGS.defer : '';
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>README snippets</title>
<script src="harness.js"></script>
${script}
</head>
<body>
${snippets}
</body>
</html>
`;
}

function fillPage(html, query) {
  const sheets = (query.get('css') || '').split(',').filter(Boolean);
  for (const sheet of sheets) if (!SHEETS[sheet]) throw new Error(`unknown host CSS: ${sheet}`);
  const script = SCRIPT_TAGS[query.get('script') ?? 'defer'];
  if (script === undefined) throw new Error(`unknown script form: ${query.get('script')}`);
  const html5 = { nolang: '<html>', rtl: '<html lang="ar" dir="rtl">' }[query.get('html')] ?? '<html lang="en">';
  const at = query.get('at') ?? 'head';
  const extra = (query.get('with') || '')
    .split(',')
    .filter(Boolean)
    .map((name) => {
      if (!/^[\w-]+$/.test(name)) throw new Error(`bad page script: ${name}`);
      return name.endsWith('-module')
        ? `<script type="module" src="${name}.js"></script>`
        : `<script src="${name}.js"></script>`;
    });
  // The page's own scripts go just before ours, or just after with `order=ours-first`.
  const scripts = (query.get('order') === 'ours-first' ? [script, ...extra] : [...extra, script]).join('\n');
  return html
    .replace('<html lang="en">', html5)
    .replace('<!--css-->', sheets.map((sheet) => `<link rel="stylesheet" href="css/${sheet}.css">`).join('\n'))
    .replace('<!--script-head-->', at === 'head' ? scripts : '')
    .replace('<!--script-end-->', at === 'end' ? scripts : '');
}

/** Koa middleware, first in the dev server's chain. */
export async function embeddingMiddleware(ctx, next) {
  if (ctx.path === '/__embedding/requests') {
    ctx.type = 'json';
    ctx.set('cache-control', 'no-store');
    ctx.body = JSON.stringify(requestsByRun.get(ctx.query.run) ?? []);
    return;
  }
  record(ctx);
  const run = runOf(ctx.path);
  if (!run) return next();

  const file = ctx.path.slice(`/embed/${run}/`.length);
  const query = new URLSearchParams(ctx.querystring);
  ctx.set('cache-control', 'no-store');

  if (file.endsWith('.html')) {
    const policy = query.get('policy');
    if (policy) {
      if (!POLICIES[policy]) throw new Error(`unknown policy: ${policy}`);
      ctx.set('content-security-policy', POLICIES[policy]);
    }
    const path = join(pagesDir, file);
    if (file !== 'readme.html' && (!/^[\w-]+\.html$/.test(file) || !existsSync(path))) {
      ctx.status = 404;
      return;
    }
    // `?type=xhtml`: served as XML, as a few CMSs and hand-written XHTML sites do.
    ctx.type = query.get('type') === 'xhtml' ? 'application/xhtml+xml' : 'html';
    ctx.body = file === 'readme.html' ? readmePage(query) : fillPage(readFileSync(path, 'utf8'), query);
    return;
  }
  if (file.startsWith('css/')) {
    const sheet = SHEETS[file.slice(4).replace(/\.css$/, '')];
    if (!sheet) {
      ctx.status = 404;
      return;
    }
    ctx.type = 'css';
    ctx.body = sheet();
    return;
  }
  // Our built script, and the pages' own scripts (through the dev server, so
  // a page's module can import 'lit' by its bare name).
  const target = file === 'recovery-elements.js' ? '/dist/recovery-elements.js' : `/test/embedding/pages/${file}`;
  ctx.url = target + (ctx.querystring ? `?${ctx.querystring}` : '');
  return next();
}

const cdpSessions = new WeakMap();

/** `executeServerCommand('embedding-emulate', { forcedColors, reducedMotion, media })`: Chromium only. */
export function embeddingPlugin() {
  return {
    name: 'embedding-emulate',
    async executeCommand({ command, payload, session }) {
      if (command !== 'embedding-emulate') return undefined;
      if (session.browser.name !== 'Chrome') {
        throw new Error(`embedding-emulate needs the Chrome DevTools Protocol, not ${session.browser.name}`);
      }
      const page = session.browser.getPage(session.id);
      // Overrides live as long as the DevTools session that set them: keep one per page.
      let cdp = cdpSessions.get(page);
      if (!cdp) cdpSessions.set(page, (cdp = await page.createCDPSession()));
      const features = [];
      if (payload.forcedColors) features.push({ name: 'forced-colors', value: payload.forcedColors });
      if (payload.reducedMotion) features.push({ name: 'prefers-reduced-motion', value: payload.reducedMotion });
      await cdp.send('Emulation.setEmulatedMedia', { media: payload.media ?? '', features });
      return true;
    },
  };
}
