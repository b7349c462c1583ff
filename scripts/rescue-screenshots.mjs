// Screenshots of every screen of the rescue guide (<overdose-signs guide>) on a
// 375 px phone, in English and Spanish, light and dark, to look at before a
// change ships: a reader sees the page, not the test report.
//
//   npm run build && node scripts/rescue-screenshots.mjs
//
// Writes .tmp/artifacts/rescue/<lang>-<theme>-<n>-<screen>.png (gitignored). Uses
// Debian's Chromium (CHROMIUM=… for another) through puppeteer-core, and the
// built script from a file: page, so nothing is served. The page's clock is
// moved forward by hand to show the dose timer running and ended, and a
// speech voice is faked so "Read aloud" shows.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const OUT = resolve('.tmp/artifacts/rescue');
mkdirSync(OUT, { recursive: true });

const page = (lang, theme) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<script>
  // A clock the script can move, and a voice in each language.
  const realNow = Date.now;
  window.shift = 0;
  Date.now = () => realNow() + window.shift;
  if (window.speechSynthesis) {
    speechSynthesis.getVoices = () => [{ lang: 'en-US', localService: true }, { lang: 'es-US', localService: true }];
  }
</script>
<script src="${pathToFileURL(resolve('dist/recovery-elements.js'))}"></script>
<style>body { margin: 0; font-family: system-ui, sans-serif; background: ${theme === 'dark' ? '#000' : '#fff'} }</style>
</head><body><overdose-signs guide theme="${theme}"></overdose-signs></body></html>`;

/** Clicks the guide's button whose text starts with one of `names` (both languages). */
const click = (tab, ...names) =>
  tab.evaluate(async (names) => {
    const el = document.querySelector('overdose-signs');
    const target = [...el.shadowRoot.querySelectorAll('button, summary, a')].find((node) =>
      names.some((name) => node.textContent.trim().startsWith(name)),
    );
    if (!target) throw new Error(`no button ${names.join(' / ')}`);
    target.click();
    await el.updateComplete;
  }, names);

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--allow-file-access-from-files'],
});
try {
  for (const lang of ['en', 'es']) {
    for (const theme of ['light', 'dark']) {
      const tab = await browser.newPage();
      await tab.setViewport({ width: 375, height: 800, deviceScaleFactor: 1 });
      const file = resolve(OUT, `page-${lang}-${theme}.html`);
      writeFileSync(file, page(lang, theme));
      await tab.goto(pathToFileURL(file).href);
      await tab.waitForFunction(() => document.querySelector('overdose-signs')?.shadowRoot?.querySelector('.guide'));
      // Keep the test page from following tel: when the call link is tapped.
      await tab.evaluate(() =>
        document.querySelector('overdose-signs').shadowRoot.addEventListener('click', (event) => {
          if (event.target.closest('a')) event.preventDefault();
        }, true),
      );
      let n = 0;
      const shot = async (name) => {
        await new Promise((done) => setTimeout(done, 150));
        await tab.screenshot({ path: resolve(OUT, `${lang}-${theme}-${++n}-${name}.png`), fullPage: true });
      };
      await shot('call');
      await click(tab, 'Call', 'Llamar');
      await click(tab, 'Next', 'Siguiente');
      await shot('check');
      await click(tab, 'Not breathing', '¿No respira');
      await shot('cpr');
      await click(tab, 'I gave', 'Ya le di');
      await click(tab, 'Turn on', 'Activar');
      await tab.evaluate(() => (window.shift = 75_000));
      await new Promise((done) => setTimeout(done, 1100));
      await shot('cpr-dose-timer');
      await click(tab, 'Breathing, but', '¿Respira, pero');
      await tab.evaluate(() => (window.shift = 125_000));
      await new Promise((done) => setTimeout(done, 1100));
      await shot('side-time-up');
      await click(tab, 'For the paramedics', 'Para los paramédicos');
      await shot('side-record');
      await click(tab, 'They woke up', 'Se despertó');
      await shot('awake');
      await tab.close();
    }
  }
} finally {
  await browser.close();
}
console.log(`screenshots in ${OUT}`);
