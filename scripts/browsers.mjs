// Finds the three Debian browsers the tests run in, and installs them when
// they are missing and we can (root with apt-get). Used by scripts/test.mjs
// and web-test-runner.config.mjs, so the paths live in one place.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

// poppler-utils: pdfinfo and pdftotext read back the PDFs the print tests make.
const DEBIAN_PACKAGES = ['chromium', 'firefox-esr', 'webkit2gtk-driver', 'xvfb', 'xauth', 'poppler-utils'];

function which(command) {
  const result = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

/** WebKitGTK's MiniBrowser lives beside the library, not on PATH. */
function findMiniBrowser() {
  for (const libDir of ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib']) {
    if (!existsSync(libDir)) continue;
    const webkitDirs = readdirSync(libDir)
      .filter((name) => /^webkit2?gtk-[0-9.]+$/.test(name))
      .sort()
      .reverse();
    for (const dir of webkitDirs) {
      const binary = `${libDir}/${dir}/MiniBrowser`;
      if (existsSync(binary)) return binary;
    }
  }
  return null;
}

export function findBrowsers() {
  return {
    chromium: process.env.CHROMIUM_PATH || which('chromium'),
    firefox: process.env.FIREFOX_PATH || which('firefox-esr'),
    webkitDriver: process.env.WEBKIT_DRIVER_PATH || which('WebKitWebDriver'),
    miniBrowser: process.env.MINIBROWSER_PATH || findMiniBrowser(),
    xvfbRun: which('xvfb-run'),
    pdftotext: which('pdftotext'),
  };
}

function missingOf(found) {
  return Object.entries(found)
    .filter(([, path]) => !path)
    .map(([name]) => name);
}

/**
 * Returns the browser paths, installing Debian's packages first when any is
 * missing and this process may. Exits with one clear message otherwise.
 */
export function ensureBrowsers() {
  let found = findBrowsers();
  let missing = missingOf(found);
  if (missing.length === 0) return found;

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && which('apt-get')) {
    console.log(`Test browsers missing (${missing.join(', ')}): installing Debian packages ${DEBIAN_PACKAGES.join(' ')}…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...DEBIAN_PACKAGES], {
      stdio: 'inherit',
      env,
    });
    found = findBrowsers();
    missing = missingOf(found);
    if (missing.length === 0) return found;
  }
  console.error(
    `The tests need Chromium, Firefox ESR and WebKitGTK's WebDriver under Xvfb, and poppler's pdftotext; missing: ${missing.join(', ')}.\n` +
      `Install them with: sudo apt-get install ${DEBIAN_PACKAGES.join(' ')}`,
  );
  process.exit(1);
}
