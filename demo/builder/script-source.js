// Where the partner's page gets the script, and the file itself: the builder
// carries the script's exact bytes (bundled in by scripts/site.mjs), so "Download
// the script" works from a web server and from a folder on disk alike, with no
// request, and saves the very file the snippet names.
import { SCRIPT_INTEGRITY, SCRIPT_TEXT, VERSION } from 'recovery-elements:script';
import { $, form, say, value } from './dom.js';

/** The public CDN's copy, for when the npm package is published. */
export const CDN_URL = `https://cdn.jsdelivr.net/npm/recovery-elements@${VERSION}/dist/recovery-elements.js`;
export const SCRIPT_NAME = 'recovery-elements.js';

/**
 * Whether an address can point at another origin than the page's: a full
 * address can (`https://…`, `//…`); a path (`/recovery-elements.js`,
 * `js/recovery-elements.js`) cannot. From another origin the snippet pins the
 * file with `integrity`, which needs `crossorigin` to be checked at all.
 */
export const mayBeAnotherOrigin = (address) => /^([a-z][a-z0-9+.-]*:)?\/\//i.test(address);

/** The file name an address ends with, or null when it does not end with a `.js` file. */
export function fileNameOf(address) {
  const path = address.split(/[?#]/)[0];
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    const decoded = decodeURIComponent(name);
    return /^[^\\:*?"<>|]+\.js$/i.test(decoded) ? decoded : null;
  } catch {
    return null;
  }
}

/** What is wrong with the address of the partner's copy, or '' when nothing is. */
export function addressProblem(address) {
  if (!address) return `Write where your copy is, for example /${SCRIPT_NAME}`;
  if (/^http:\/\//i.test(address) && !/^http:\/\/(localhost|127\.0\.0\.1)[:/]/i.test(address)) {
    return 'Use https://: browsers block scripts from http:// on https:// pages.';
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(address) && !/^https?:\/\//i.test(address)) return 'Give a web address (https://…) or a path (/…).';
  if (/\s/.test(address)) return 'An address has no spaces.';
  if (!fileNameOf(address)) return `The address ends with the file's name, for example /${SCRIPT_NAME}`;
  return '';
}

/** The script tag's source: `{ src, integrity }` (integrity only from another origin). */
export function scriptSource() {
  if (value('source') === 'cdn') return { src: CDN_URL, integrity: SCRIPT_INTEGRITY };
  const src = value('ownUrl');
  return { src, integrity: mayBeAnotherOrigin(src) ? SCRIPT_INTEGRITY : '' };
}

/** Shows the fields of the chosen source and checks the address; returns false when it is not usable. */
export function checkSource() {
  const own = value('source') === 'own';
  $('#own-field').hidden = !own;
  const input = form().elements.namedItem('ownUrl');
  const problem = own ? addressProblem(value('ownUrl')) : '';
  input.setAttribute('aria-invalid', problem ? 'true' : 'false');
  if (problem) say('ownUrl-status', problem, 'bad');
  else if (own && mayBeAnotherOrigin(value('ownUrl'))) {
    say('ownUrl-status', 'A full address may be another website, so the snippet pins this exact file (integrity). When you update the file, make a new snippet.', '');
  } else say('ownUrl-status', '');
  return !problem;
}

let downloadUrl;

/** Points the download link at the script's bytes, under the name the snippet uses. */
export function updateDownload(script) {
  const link = $('#download');
  downloadUrl ??= URL.createObjectURL(new Blob([SCRIPT_TEXT], { type: 'text/javascript' }));
  const name = fileNameOf(script.src) ?? SCRIPT_NAME;
  link.href = downloadUrl;
  link.download = name;
  link.querySelector('.file-name').textContent = name;
  say('download-note', `Version ${VERSION}, ${Math.round(SCRIPT_TEXT.length / 1000)} KB.`);
}
