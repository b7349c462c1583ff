// Fetches WordPress's block-library styles for the embedding suite, once, into
// .cache/ (git-ignored). `npm install @wordpress/block-library` fails on this
// registry (a dependency version it does not have), so `npm pack` fetches the
// package alone and we keep only build-style/style.css: the sheet every
// WordPress site with blocks loads. `npm test` runs this before the browsers.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WORDPRESS_BLOCK_LIBRARY = '@wordpress/block-library@11.1.0';
const cacheDir = resolve(import.meta.dirname, '../../.cache/embedding');
export const wordpressStylePath = join(cacheDir, `${WORDPRESS_BLOCK_LIBRARY.replace(/[@/]/g, '-').slice(1)}.style.css`);

export function fetchWordPressStyles() {
  if (existsSync(wordpressStylePath)) return wordpressStylePath;
  const scratch = mkdtempSync(join(tmpdir(), 'recovery-wordpress-'));
  try {
    const tarball = execFileSync('npm', ['pack', WORDPRESS_BLOCK_LIBRARY, '--silent', '--pack-destination', scratch], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    })
      .trim()
      .split('\n')
      .pop();
    execFileSync('tar', ['-xzf', join(scratch, tarball), '-C', scratch, 'package/build-style/style.css']);
    mkdirSync(cacheDir, { recursive: true });
    renameSync(join(scratch, 'package/build-style/style.css'), wordpressStylePath);
    return wordpressStylePath;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(`WordPress block-library styles: ${fetchWordPressStyles()}`);
  } catch (error) {
    console.error(
      `Could not fetch ${WORDPRESS_BLOCK_LIBRARY} with npm pack, which the embedding suite's WordPress host page needs.\n` +
        `Check that the npm registry is reachable, then run: node test/embedding/setup.mjs\n${error.message}`,
    );
    process.exit(1);
  }
}
