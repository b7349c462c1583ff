// Renders the server-rendering suite's partner pages with Lit SSR (@lit-labs/ssr),
// from the built lib/ that the package ships, and prints them as JSON by case name.
// server.mjs runs it in a child process: the elements register in Lit's Node DOM
// shim, which has no place in the test runner's own process.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../../lib/index.js';

/**
 * One page per case. `lang` is the page's; the elements say their own where the
 * page's would differ, as docs/server-rendering.md asks, except in `page-language`,
 * which shows what happens when they do not; `slotted-note` shows a slot's content
 * the server cannot see; `after-hours` has hours that are closed for two days from
 * now, which the server (no clock to trust) renders as open.
 */
const inTwoDays = ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'][(new Date().getUTCDay() + 2) % 7];
const cases = {
  'overdose-signs': {
    lang: 'en',
    body: html`<overdose-signs heading-level="2"><a href="tel:911">Overdose? Call 911</a></overdose-signs>`,
  },
  'overdose-signs-guide': {
    lang: 'en',
    body: html`<overdose-signs guide emergency-number="112" theme="dark"></overdose-signs>`,
  },
  'family-steps': {
    lang: 'en',
    body: html`<family-steps open="1,5" lang="es"></family-steps>`,
  },
  'call-banner': {
    lang: 'en',
    body: html`<call-banner phone="(973) 555-0142" org="Hope Clinic" sms="9735550142" note="Open Monday to Friday, 9 to 5." dismissible
      ><a href="tel:9735550142">Call Hope Clinic, (973) 555-0142</a></call-banner
    >`,
  },
  'call-banner-helpline': {
    lang: 'es',
    body: html`<call-banner lang="es" heading-level="3"></call-banner>`,
  },
  // Open at every hour: the same before and after the clock is read.
  'call-banner-open-hours': {
    lang: 'en',
    body: html`<call-banner phone="(973) 555-0142" org="Hope Clinic" open-hours="Mo-Su 00:00-24:00" timezone="America/New_York" crisis chat="https://example.org/chat"
      ><a href="tel:9735550142">Call Hope Clinic, (973) 555-0142</a></call-banner
    >`,
  },
  'after-hours': {
    lang: 'en',
    body: html`<call-banner phone="(973) 555-0142" org="Hope Clinic" open-hours=${`${inTwoDays} 09:00-17:00`} timezone="UTC"></call-banner>`,
  },
  // The server cannot see a partner's slotted note: it shows once the banner runs.
  'slotted-note': {
    lang: 'en',
    body: html`<call-banner phone="(973) 555-0142"><p slot="note">Open Monday to Friday, 9 to 5.</p></call-banner>`,
  },
  'page-language': {
    lang: 'es',
    body: html`<call-banner></call-banner>`,
  },
};

const page = async ({ lang, body }) => `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Server-rendered</title></head>
<body style="margin: 0 8px; font: 16px/1.5 serif">
<h1>A partner's page</h1>
${await collectResult(render(body))}
<p id="after">The partner's text after the element.</p>
</body>
</html>`;

const pages = {};
for (const [name, entry] of Object.entries(cases)) pages[name] = await page(entry);
process.stdout.write(JSON.stringify(pages));
