// The static site: the demo, the snippet builder and every guide, as plain files
// that work from any static host and from a folder on disk (file://). `npm start`
// serves it; `npm run release` puts it in the kit.
//
//   node scripts/site.mjs            writes site/ (after `npm run build`)
//
// Why it is built, not served from the repository as it stands:
// - Browsers refuse module scripts from file:// pages, so the builder's modules
//   (demo/builder/) are bundled into one classic script.
// - Partners read guides, not Markdown: every .md becomes an .html page, rendered
//   with markdown-it (CommonMark plus GitHub's tables, raw HTML escaped by default,
//   rules we can hook for heading ids and links; marked is as well kept but
//   passes raw HTML through and is hooked less cleanly), its links to other guides
//   rewritten to the pages, and a link to anything the site does not hold is an
//   error rather than a dead link.
// - The builder's "Download the script" button must save the exact bytes of the
//   script beside it, from disk too, where a page may not fetch(): the bundle
//   carries the script's text and its SHA-384 (scripts/script-facts.mjs).
// - The builder's print kit draws QR codes with uqr, resolved from node_modules
//   into builder.js: the partner's tool carries it, the elements' script does not.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import { rollup } from 'rollup';
import { scriptFacts } from './script-facts.mjs';

const root = resolve(import.meta.dirname, '..');
export const SITE_DIR = join(root, 'site');

/** The guides, by their path in the repository → their page in the site. */
export function guidePages() {
  const pages = new Map([
    ['README.md', 'readme.html'],
    ['CHANGELOG.md', 'changelog.html'],
  ]);
  for (const name of readdirSync(join(root, 'docs')).filter((file) => file.endsWith('.md')).sort()) {
    pages.set(`docs/${name}`, name === 'README.md' ? 'docs/index.html' : `docs/${name.replace(/\.md$/, '.html')}`);
  }
  return pages;
}

/** Where a file of the repository is in the site, or null when the site does not hold it. */
function sitePathOf(repoPath, pages) {
  if (pages.has(repoPath)) return pages.get(repoPath);
  if (repoPath.startsWith('demo/') && !repoPath.startsWith('demo/builder/')) return repoPath.slice('demo/'.length);
  if (repoPath === 'dist/recovery-elements.js') return 'recovery-elements.js';
  if (repoPath === 'LICENSE') return 'LICENSE.txt';
  return null;
}

/** GitHub's heading anchors (lower case, punctuation dropped, spaces to hyphens), so `#sources-and-review` works on both. */
function slugger() {
  const seen = new Map();
  return (text) => {
    const base = text
      .toLowerCase()
      .trim()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count ? `${base}-${count}` : base;
  };
}

/** A markdown-it for one page: heading ids, and relative links mapped to the site. */
function markdownFor(repoPath, pages, problems) {
  const markdown = new MarkdownIt({ html: false, linkify: false });
  const slug = slugger();
  markdown.core.ruler.push('heading-ids', (state) => {
    state.tokens.forEach((token, index) => {
      if (token.type !== 'heading_open') return;
      const inline = state.tokens[index + 1];
      token.attrSet('id', slug(inline.children.filter((child) => child.type === 'text' || child.type === 'code_inline').map((child) => child.content).join('')));
    });
  });
  const pagePath = sitePathOf(repoPath, pages);
  const defaultLink = markdown.renderer.rules.link_open ?? ((tokens, i, options, env, self) => self.renderToken(tokens, i, options));
  markdown.renderer.rules.link_open = (tokens, i, options, env, self) => {
    const href = tokens[i].attrGet('href');
    if (href && !/^([a-z][a-z0-9+.-]*:|#)/i.test(href)) tokens[i].attrSet('href', siteLink(repoPath, pagePath, href, pages, problems));
    return defaultLink(tokens, i, options, env, self);
  };
  return markdown;
}

/** A link written in `fromRepo` (a repository path), as a link from the page `fromSite`. */
function siteLink(fromRepo, fromSite, href, pages, problems) {
  const [path, hash] = href.split('#');
  const target = posix.normalize(posix.join(posix.dirname(fromRepo), path));
  const page = sitePathOf(target, pages);
  if (!page) {
    problems.push(`${fromRepo} links to ${href}, which the site does not hold`);
    return href;
  }
  const link = posix.relative(posix.dirname(fromSite), page) || posix.basename(page);
  return hash === undefined ? link : `${link}#${hash}`;
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The page around a rendered guide: its own styles only, nothing from another origin. */
function guidePage({ title, body, sitePath }) {
  const up = posix.relative(posix.dirname(sitePath), '.') || '.';
  const link = (page) => (up === '.' ? page : `${up}/${page}`);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)} · recovery-elements</title>
    <link rel="icon" href="data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 32 32%22%3E%3Cpath fill=%22%230e4a59%22 d=%22M16 28s-11-6.7-11-15a6 6 0 0 1 11-3.3A6 6 0 0 1 27 13c0 8.3-11 15-11 15z%22/%3E%3C/svg%3E" />
    <style>
      :root { color-scheme: light; --ink: #1b1b1f; --page: #f5f2ec; --brand: #0e4a59; --line: #8a8b93; }
      *, *::before, *::after { box-sizing: border-box; }
      body { margin: 0; font: 1rem/1.55 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; color: var(--ink); background: var(--page); }
      a { color: var(--brand); text-underline-offset: 0.15em; }
      :focus-visible { outline: 3px solid var(--ink); outline-offset: 2px; }
      .site { background: var(--brand); color: #fff; }
      .site .wrap { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; align-items: center; padding-block: 0.75rem; }
      .site p { margin: 0 auto 0 0; font-weight: 700; }
      .site a { display: inline-block; padding: 0.5rem 0; color: #fff; }
      .wrap { max-width: 48rem; margin: 0 auto; padding: 0 1rem; }
      main { padding-bottom: 3rem; }
      h1 { font-size: 2rem; line-height: 1.2; margin: 1.5rem 0 0.75rem; }
      h2 { font-size: 1.5rem; line-height: 1.25; margin: 2rem 0 0.5rem; }
      h3 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; }
      pre { padding: 0.75rem 1rem; border-radius: 0.375rem; background: #1f2024; color: #f1f1f3; font-size: 0.875rem; line-height: 1.45; overflow-x: auto; }
      code { font-size: 0.9375em; }
      :not(pre) > code { padding: 0.05em 0.3em; border-radius: 0.25rem; background: #e9e4da; overflow-wrap: anywhere; }
      .table { overflow-x: auto; }
      table { border-collapse: collapse; margin: 1rem 0; font-size: 0.9375rem; }
      th, td { padding: 0.375rem 0.5rem; border: 1px solid var(--line); text-align: left; vertical-align: top; }
      th { background: #e9e4da; }
      blockquote { margin: 1rem 0; padding: 0.25rem 1rem; border-inline-start: 0.25rem solid var(--brand); background: #fff; }
    </style>
  </head>
  <body>
    <header class="site">
      <nav class="wrap" aria-label="recovery-elements">
        <p>recovery-elements</p>
        <a href="${link('index.html')}">Demo</a>
        <a href="${link('builder.html')}">Make your snippet</a>
        <a href="${link('docs/index.html')}">Guides</a>
      </nav>
    </header>
    <main class="wrap">
${body}
    </main>
  </body>
</html>
`;
}

/** A page of the site from Markdown whose links are already the site's (the kit's start page). */
export function markdownPage(source, sitePath) {
  const markdown = new MarkdownIt({ html: false, linkify: false });
  const tokens = markdown.parse(source, {});
  const title = tokens.find((token, index) => index > 0 && tokens[index - 1].type === 'heading_open')?.content ?? sitePath;
  return guidePage({ title, body: markdown.renderer.render(tokens, markdown.options, {}), sitePath });
}

/** Renders every guide; throws with every link the site cannot follow. */
function renderGuides(out) {
  const pages = guidePages();
  const problems = [];
  for (const [repoPath, sitePath] of pages) {
    const source = readFileSync(join(root, repoPath), 'utf8');
    const markdown = markdownFor(repoPath, pages, problems);
    const tokens = markdown.parse(source, {});
    const firstHeading = tokens.findIndex((token) => token.type === 'heading_open');
    const title = firstHeading >= 0 ? tokens[firstHeading + 1].content : repoPath;
    // Wide tables scroll on their own on a phone, not the whole page.
    const body = markdown.renderer
      .render(tokens, markdown.options, {})
      .replace(/<table>/g, '<div class="table"><table>')
      .replace(/<\/table>/g, '</table></div>');
    const file = join(out, sitePath);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, guidePage({ title, body, sitePath }));
  }
  if (problems.length) throw new Error(`The guides link to files the site does not hold:\n  ${problems.join('\n  ')}`);
}

/** demo/builder/*.js → one classic script, with the script's text and hash beside it. */
async function bundleBuilder(out, facts) {
  const virtualId = '\0recovery-elements-script';
  const bundle = await rollup({
    input: join(root, 'demo/builder/main.js'),
    plugins: [
      // The one package the builder imports, by Node's own resolution. (Rollup's
      // node-resolve plugin would also apply this package's `sideEffects` list,
      // written for lib/, to the builder's own modules, and drop them.)
      { name: 'packages', resolveId: (id) => (id === 'uqr' ? fileURLToPath(import.meta.resolve(id)) : null) },
      {
        name: 'script-facts',
        resolveId: (id) => (id === 'recovery-elements:script' ? virtualId : null),
        load: (id) =>
          id === virtualId
            ? [
                `export const SCRIPT_TEXT = ${JSON.stringify(facts.text)};`,
                `export const SCRIPT_INTEGRITY = ${JSON.stringify(facts.integrity)};`,
                `export const VERSION = ${JSON.stringify(facts.version)};`,
              ].join('\n')
            : null,
      },
    ],
    onwarn: (warning) => {
      throw new Error(`builder bundle: ${warning.message}`);
    },
  });
  await bundle.write({ file: join(out, 'builder.js'), format: 'iife', banner: '// The snippet builder, bundled from demo/builder/ by scripts/site.mjs.' });
  await bundle.close();
}

/** Writes the whole site into `out` (emptied first). */
export async function buildSite(out = SITE_DIR) {
  const facts = scriptFacts();
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  copyFileSync(join(root, 'dist/recovery-elements.js'), join(out, 'recovery-elements.js'));
  copyFileSync(join(root, 'dist/recovery-elements.js.map'), join(out, 'recovery-elements.js.map'));
  copyFileSync(join(root, 'LICENSE'), join(out, 'LICENSE.txt'));
  for (const page of readdirSync(join(root, 'demo')).filter((file) => file.endsWith('.html'))) {
    copyFileSync(join(root, 'demo', page), join(out, page));
  }
  renderGuides(out);
  await bundleBuilder(out, facts);
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = await buildSite();
  console.log(`static site: ${relative(process.cwd(), out) || '.'}/index.html`);
}
