// A test-runner command that prints a page to PDF the way the browser's own
// print dialog would, and reads the PDF back: `print-pdf` opens `url` (a page of
// the test server) in a new tab of the browser running the test, runs `setup`
// there (a function body, awaited), prints it with `page.pdf()` (Chromium's
// DevTools Protocol; Firefox's WebDriver BiDi `browsingContext.print`), saves
// it to .tmp/artifacts/print/<name>-<engine>.pdf (gitignored) to look at, and returns
// each page's size in points and its text, as poppler's pdfinfo and pdftotext
// read them (Debian's poppler-utils, installed with the test browsers).
//
// Only the puppeteer-driven browsers can do this: WebKit's WebDriver has no
// print command, so the print tests say which engines print for real.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ARTIFACTS = resolve('.tmp/artifacts/print');

/** Each page's size (points) and text: pdftotext with form feeds between pages. */
export function readPdf(file) {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', file], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map(([, width, height]) => ({
    width: Number(width),
    height: Number(height),
  }));
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const pages = text.split('\f').slice(0, sizes.length);
  return sizes.map((size, index) => ({ ...size, text: pages[index] ?? '' }));
}

export function printPdfPlugin() {
  return {
    name: 'print-pdf',
    async executeCommand({ command, payload, session }) {
      if (command !== 'print-pdf') return undefined;
      if (session.browser.type !== 'puppeteer') return { unsupported: true };
      const testPage = session.browser.getPage(session.id);
      const page = await testPage.browser().newPage();
      try {
        await page.goto(new URL(payload.url, testPage.url()).href, { waitUntil: 'load' });
        if (payload.setup) await page.evaluate(`(async () => { ${payload.setup} })()`);
        mkdirSync(ARTIFACTS, { recursive: true });
        // One file per engine: `overdose-signs-en-letter-chromium.pdf`, `…-firefox.pdf`.
        const engine = /firefox/i.test(session.browser.name) ? 'firefox' : 'chromium';
        const file = join(ARTIFACTS, `${payload.name}-${engine}.pdf`);
        // As the print dialog's defaults: no background graphics (the kit's bands ask for theirs with print-color-adjust).
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false, format: payload.format ?? 'letter', landscape: !!payload.landscape });
        writeFileSync(file, pdf);
        return { file, pages: readPdf(file) };
      } finally {
        await page.close();
      }
    },
  };
}
