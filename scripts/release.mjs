// `npm run release` (after the build): the kit a volunteer downloads, as
// release/recovery-elements-<version>.zip and the same folder unpacked:
//
//   index.html, builder.html, docs/   the static site (scripts/site.mjs)
//   recovery-elements.js (+ .map)     the script the site and the snippets use
//   recovery-elements.js.sha384       `sha384sum -c` checks it
//   INTEGRITY.txt                     the ready integrity="sha384-…" attribute
//   recovery-elements-wordpress-<version>.zip   the WordPress plugin
//   START-HERE.html, LICENSE.txt
//
// Deterministic: the same commit gives the same bytes. Files go into the zips in
// sorted order with one timestamp (the commit's, or SOURCE_DATE_EPOCH), and
// fflate compresses the same input to the same output.
//
// Why fflate: no dependencies, well kept, writes and reads zips synchronously
// with the timestamp set per entry (the tests unzip with it too). yazl would do
// as well for writing; archiver streams through more dependencies and sets
// times from the files unless told otherwise.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { scriptFacts } from './script-facts.mjs';
import { buildSite, markdownPage } from './site.mjs';
import { jedJson, moFile, parsePo, potFile } from './wordpress-i18n.mjs';

const root = resolve(import.meta.dirname, '..');
export const RELEASE_DIR = join(root, 'release');
const PLUGIN_SOURCE = join(root, 'wordpress/recovery-elements');

/** The kit's one timestamp: SOURCE_DATE_EPOCH, else the last commit's, else 2026-01-01. */
export function releaseTime() {
  if (process.env.SOURCE_DATE_EPOCH) return new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000);
  try {
    const seconds = execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return new Date(Number(seconds.trim()) * 1000);
  } catch {
    return new Date(Date.UTC(2026, 0, 1));
  }
}

/**
 * A zip of `files` (path → bytes), sorted, with folder entries, every entry
 * stamped `time`. Zip times are local wall-clock times: fflate reads the Date's
 * local fields, so the stamp is built from the UTC fields to give the same
 * bytes in every time zone.
 */
export function deterministicZip(files, time) {
  const { getUTCFullYear, getUTCMonth, getUTCDate, getUTCHours, getUTCMinutes, getUTCSeconds } = Date.prototype;
  const at = (method) => method.call(time);
  const mtime = new Date(at(getUTCFullYear), at(getUTCMonth), at(getUTCDate), at(getUTCHours), at(getUTCMinutes), at(getUTCSeconds));
  const folders = new Set();
  for (const path of files.keys()) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) folders.add(`${parts.slice(0, i).join('/')}/`);
  }
  const entries = {};
  for (const path of [...folders, ...files.keys()].sort()) {
    const data = path.endsWith('/') ? new Uint8Array(0) : files.get(path);
    entries[path] = [data, { mtime, level: path.endsWith('/') ? 0 : 9, os: 3, attrs: (path.endsWith('/') ? 0o40755 : 0o100644) << 16 }];
  }
  return Buffer.from(zipSync(entries));
}

/** Every file under `dir`, as relative path → bytes. */
function filesUnder(dir, prefix = '') {
  const files = new Map();
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) for (const [inner, bytes] of filesUnder(path, `${prefix}${name}/`)) files.set(inner, bytes);
    else files.set(`${prefix}${name}`, readFileSync(path));
  }
  return files;
}

/** The WordPress plugin's files: its source, the script, the compiled translations, the licence. */
export function pluginFiles(facts = scriptFacts()) {
  const files = new Map();
  for (const [path, bytes] of filesUnder(PLUGIN_SOURCE)) files.set(`recovery-elements/${path}`, bytes);
  files.set('recovery-elements/assets/recovery-elements.js', facts.bytes);
  files.set('recovery-elements/LICENSE.txt', readFileSync(join(root, 'LICENSE')));
  const languages = join(PLUGIN_SOURCE, 'languages');
  let template = null;
  for (const po of readdirSync(languages).filter((name) => name.endsWith('.po')).sort()) {
    const locale = po.match(/^recovery-elements-(.+)\.po$/)[1];
    const entries = parsePo(readFileSync(join(languages, po), 'utf8'));
    files.set(`recovery-elements/languages/recovery-elements-${locale}.mo`, moFile(entries));
    files.set(`recovery-elements/languages/recovery-elements-${locale}-recovery-elements-editor.json`, Buffer.from(jedJson(entries, locale)));
    template ??= entries;
  }
  if (template) files.set('recovery-elements/languages/recovery-elements.pot', Buffer.from(potFile(template)));
  // The plugin's version is the package's: one number everywhere.
  const main = files.get('recovery-elements/recovery-elements.php').toString('utf8');
  if (!main.includes(`Version:           ${facts.version}`) || !main.includes(`'RECOVERY_ELEMENTS_VERSION', '${facts.version}'`)) {
    throw new Error(`wordpress/recovery-elements/recovery-elements.php does not say version ${facts.version} (package.json)`);
  }
  return files;
}

/** The kit's files: path → bytes. */
export async function kitFiles() {
  const facts = scriptFacts();
  const site = await buildSite(join(tmpdir(), `recovery-site-${process.pid}`));
  const files = filesUnder(site);
  rmSync(site, { recursive: true, force: true });
  const pluginZip = `recovery-elements-wordpress-${facts.version}.zip`;
  const time = releaseTime();
  files.set(pluginZip, deterministicZip(pluginFiles(facts), time));
  files.set('recovery-elements.js.sha384', Buffer.from(`${facts.sha384Hex}  recovery-elements.js\n`));
  files.set(
    'INTEGRITY.txt',
    Buffer.from(
      `integrity="${facts.integrity}"\n\n` +
        `Add it, with crossorigin="anonymous", when the page loads recovery-elements.js ${facts.version} from another website:\n` +
        `<script src="https://…/recovery-elements.js" integrity="${facts.integrity}" crossorigin="anonymous" defer></script>\n` +
        'A copy on your own website (the same address as your pages) needs neither.\n',
    ),
  );
  const startHere = readFileSync(join(root, 'scripts/kit/start-here.md'), 'utf8')
    .replaceAll('{{PLUGIN_ZIP}}', pluginZip)
    .replaceAll('{{VERSION}}', facts.version)
    .replaceAll('{{SHA384}}', facts.sha384Hex);
  files.set('START-HERE.html', Buffer.from(markdownPage(startHere, 'START-HERE.html')));
  return { files, facts, time };
}

/** Writes release/recovery-elements-<version>/ and its .zip; returns their paths. */
export async function buildRelease(out = RELEASE_DIR) {
  const { files, facts, time } = await kitFiles();
  const name = `recovery-elements-${facts.version}`;
  const folder = join(out, name);
  rmSync(folder, { recursive: true, force: true });
  for (const [path, bytes] of files) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), bytes);
  }
  const zip = deterministicZip(new Map([...files].map(([path, bytes]) => [`${name}/${path}`, bytes])), time);
  const zipPath = join(out, `${name}.zip`);
  writeFileSync(zipPath, zip);
  return { folder, zipPath, zip, facts };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { folder, zipPath, zip } = await buildRelease();
  const { createHash } = await import('node:crypto');
  console.log(`release kit: ${relative(process.cwd(), zipPath)} (${zip.length} bytes)`);
  console.log(`  sha256 ${createHash('sha256').update(zip).digest('hex')}`);
  console.log(`unpacked:    ${relative(process.cwd(), folder)}/ (open START-HERE.html or index.html)`);
}
