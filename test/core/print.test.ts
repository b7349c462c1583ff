// The three elements on paper: what a reader holding the printed page gets.
// Two ways, each saying in its title which engines it covers:
// - in every engine, the element as printed (print media emulated in Chromium;
//   Firefox and WebKit cannot emulate it through the test runner, so there the
//   elements' own print rules are applied to the screen);
// - in Chromium and Firefox, a real print to PDF of a page holding the built
//   script, read back page by page (WebKit's WebDriver cannot print). The PDFs
//   stay in .tmp/artifacts/print/ to look at.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { contentFor } from '../../src/content/index.js';
import type { RecoveryElement } from '../../src/core/recovery-element.js';
import { asPrinted, CAN_PRINT_PDF, plain, PRINT_METHOD, printToPdf, PT_PER_MM } from '../support/print.js';

type Element_ = RecoveryElement & HTMLElement;
const shadow = (el: Element) => el.shadowRoot!;
const shown = (node: Element) => node.checkVisibility() && node.getClientRects().length > 0;
const textOf = (el: Element) => plain((shadow(el).querySelector('.root') as HTMLElement).innerText);

/** Everything a reader could tap: none of it belongs on paper (a step's title is a heading there). */
function interactiveShown(el: Element): string[] {
  return [...shadow(el).querySelectorAll('button, summary, details, [role="timer"], [part~="guide"]')]
    .filter((node) => shown(node) && !node.closest('[part~="step-title"]'))
    .map((node) => node.outerHTML.slice(0, 80));
}

/** Every call and text link shows the number it dials, digit for digit, on the page. */
function numbersWrittenOut(el: Element): void {
  for (const link of shadow(el).querySelectorAll<HTMLAnchorElement>('a[href^="tel:"], a[href^="sms:"]')) {
    if (!shown(link)) continue;
    const dialled = link.getAttribute('href')!.replace(/^\w+:/, '').replace(/\D/g, '');
    expect(link.innerText.replace(/\D/g, ''), `${link.getAttribute('href')} is written out`).to.include(dialled);
    const style = getComputedStyle(link);
    expect(style.color, 'in black').to.equal('rgb(0, 0, 0)');
    expect(style.backgroundColor, 'with no button fill').to.equal('rgba(0, 0, 0, 0)');
  }
}

/** A page's width inside the print dialog's default margins (about 10 mm), A4 being the narrower. */
const PRINTABLE_WIDTH = '190mm';

describe('on paper', () => {
  for (const lang of ['en', 'es'] as const) {
    const words = contentFor(lang);
    const text = words.overdoseSigns;
    for (const [theme, guide] of [
      ['light', false],
      ['dark', true],
    ] as const) {
      it(`<overdose-signs> (${lang}, ${theme}${guide ? ', printed while the rescue guide is open' : ''}): the call number, every sign, what to do with the CPR line, naloxone, in black on white, with nothing to tap (${PRINT_METHOD})`, async () => {
        const wrapper = await fixture(html`<div style="width: ${PRINTABLE_WIDTH}">
          <overdose-signs lang=${lang} theme=${theme} emergency-number="112" ?guide=${guide}></overdose-signs>
        </div>`);
        const el = wrapper.firstElementChild as Element_;
        await el.updateComplete;
        const undo = await asPrinted(shadow(el));
        try {
          const printed = textOf(el);
          expect(printed).to.include(plain(words.common.call('112')));
          for (const sign of text.signs) expect(printed).to.include(plain(sign.text));
          for (const step of text.act) expect(printed).to.include(plain(step.title('112')));
          const cpr = text.act.flatMap((step) => ('cases' in step ? step.cases : []))[0]!;
          expect(printed).to.include(plain(`${cpr.lead} ${cpr.text}`));
          for (const paragraph of text.naloxone) expect(printed).to.include(plain(paragraph.text));
          expect(printed).not.to.include(text.guide.start);
          expect(interactiveShown(el)).to.deep.equal([]);
          numbersWrittenOut(el);
          const root = shadow(el).querySelector('.root')!;
          expect(getComputedStyle(root).color).to.equal('rgb(0, 0, 0)');
          expect(getComputedStyle(root).backgroundColor).to.equal('rgb(255, 255, 255)');
          expect(root.scrollWidth, 'fits the page’s width').to.be.at.most(root.clientWidth + 1);
        } finally {
          await undo();
        }
        expect(shown(shadow(el).querySelector(guide ? '[part~="guide"]' : '[part~="guide-button"]')!), 'the screen is as it was').to.equal(true);
      });
    }

    it(`<family-steps> (${lang}): every step open, the helplines' numbers and the sites' addresses written out, no chevrons (${PRINT_METHOD})`, async () => {
      const el = await fixture<Element_>(html`<family-steps lang=${lang} theme="dark"></family-steps>`);
      const undo = await asPrinted(shadow(el));
      try {
        const printed = textOf(el);
        for (const step of words.familySteps.steps) {
          expect(printed).to.include(plain(step.title));
          const first = step.body[0]!;
          expect(printed).to.include(plain(typeof first === 'string' ? first : 'text' in first ? first.text : ''));
        }
        expect(printed).to.include(words.common.helpline.number);
        expect(interactiveShown(el)).to.deep.equal([]);
        numbersWrittenOut(el);
        for (const title of shadow(el).querySelectorAll('[part~="step-title"] button')) {
          expect(getComputedStyle(title, '::after').content).to.be.oneOf(['none', 'normal']);
        }
        for (const link of shadow(el).querySelectorAll<HTMLAnchorElement>('a[href^="https:"]')) {
          // Firefox gives the value as written, `attr(href)`; the PDF test below reads the address off the page.
          const after = getComputedStyle(link, '::after').content;
          expect(after.includes(link.getAttribute('href')!) || after.includes('attr(href)'), `${link.href}: ${after}`).to.equal(true);
        }
      } finally {
        await undo();
      }
    });

    it(`<call-banner> (${lang}): the partner's number and the text number written out, no close button, and a sticky banner in the flow (${PRINT_METHOD})`, async () => {
      const wrapper = await fixture(html`<div>
        <call-banner lang=${lang} phone="(973) 555-0142" org="Hope Clinic" sms="973-555-0143" dismissible></call-banner>
        <call-banner lang=${lang} variant="sticky" dismissible></call-banner>
      </div>`);
      const [inline, sticky] = [...wrapper.children] as Element_[];
      await Promise.all([inline!.updateComplete, sticky!.updateComplete]);
      const undo = await asPrinted(shadow(inline!), shadow(sticky!));
      try {
        expect(textOf(inline!)).to.include('(973) 555-0142');
        expect(textOf(inline!)).to.include('973-555-0143');
        expect(textOf(sticky!)).to.include(words.common.helpline.number);
        for (const el of [inline!, sticky!]) {
          expect(interactiveShown(el)).to.deep.equal([]);
          numbersWrittenOut(el);
        }
        expect(getComputedStyle(sticky!).position).to.equal('static');
      } finally {
        await undo();
      }
    });
  }

  if (CAN_PRINT_PDF) {
    /** A page holding `elements` (tag, attributes), printed to PDF. */
    const printPage = (name: string, lang: string, format: string, elements: [string, Record<string, string>][]) =>
      printToPdf({
        url: '/test/core/print-page.html',
        name,
        format,
        setup: `document.documentElement.lang = ${JSON.stringify(lang)};
          for (const [tag, attributes] of ${JSON.stringify(elements)}) {
            const node = document.createElement(tag);
            for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
            if (tag === 'p') node.textContent = 'Text of the partner\\'s page.';
            document.body.append(node);
          }
          await Promise.all(['overdose-signs', 'family-steps', 'call-banner'].map((tag) => customElements.whenDefined(tag)));
          await Promise.all([...document.querySelectorAll('overdose-signs, family-steps, call-banner')].map((el) => el.updateComplete));`,
      });

    for (const [lang, format] of [
      ['en', 'letter'],
      ['es', 'a4'],
    ] as const) {
      const words = contentFor(lang);
      const text = words.overdoseSigns;
      const paperWidth = format === 'a4' ? 210 : 215.9;

      for (const guide of [false, true]) {
        it(`printed to PDF (Chromium, Firefox): <overdose-signs> on one ${format === 'a4' ? 'A4' : 'Letter'} page holds the call, the signs, what to do with the CPR line and naloxone (${lang}${guide ? ', with the rescue guide open' : ''})`, async () => {
          const pages = await printPage(`overdose-signs-${lang}-${format}${guide ? '-guide' : ''}`, lang, format, [
            ['overdose-signs', guide ? { guide: '' } : {}],
          ]);
          expect(pages[0]!.width / PT_PER_MM).to.be.closeTo(paperWidth, 1);
          const first = plain(pages[0]!.text);
          expect(first).to.include(plain(words.common.call('911')));
          for (const sign of text.signs) expect(first).to.include(plain(sign.text));
          for (const step of text.act) expect(first).to.include(plain(step.title('911')));
          const cpr = text.act.flatMap((step) => ('cases' in step ? step.cases : []))[0]!;
          expect(first).to.include(plain(cpr.text));
          for (const paragraph of text.naloxone) expect(first).to.include(plain(paragraph.text));
          const all = plain(pages.map((page) => page.text).join(' '));
          for (const control of [text.guide.start, text.guide.close, text.guide.gaveNaloxone, text.guide.next]) {
            expect(all).not.to.include(control);
          }
        });
      }

      it(`printed to PDF (Chromium, Firefox): <family-steps> prints every step open, and no page ends on a step's title (${lang}, ${format === 'a4' ? 'A4' : 'Letter'})`, async () => {
        const pages = await printPage(`family-steps-${lang}-${format}`, lang, format, [['family-steps', {}]]);
        const all = plain(pages.map((page) => page.text).join(' '));
        const titles = words.familySteps.steps.map((step, index) => plain(`${words.familySteps.stepLabel(index + 1)}: ${step.title}`));
        for (const [index, step] of words.familySteps.steps.entries()) {
          expect(all).to.include(titles[index]!);
          expect(all).to.include(plain(step.summary));
        }
        expect(all).to.include(words.common.helpline.number);
        expect(all).to.include('https://findtreatment.gov/');
        for (const page of pages.slice(0, -1)) {
          const lines = page.text.split('\n').map(plain).filter(Boolean);
          expect(titles, `page ends with “${lines.at(-1)}”`).not.to.include(lines.at(-1));
        }
      });

      it(`printed to PDF (Chromium, Firefox): a sticky banner prints once, in place, with its number; an inline one with the partner's number; no close button (${lang})`, async () => {
        const pages = await printPage(`call-banner-${lang}-${format}`, lang, format, [
          ['p', {}],
          ['call-banner', { phone: '(973) 555-0142', org: 'Hope Clinic', dismissible: '' }],
          ['p', {}],
          ['call-banner', { variant: 'sticky', dismissible: '' }],
        ]);
        expect(pages).to.have.length(1);
        const all = plain(pages[0]!.text);
        expect(all).to.include('(973) 555-0142');
        expect(all.split(words.common.helpline.number).length - 1, 'the helpline’s number, once').to.equal(1);
        expect(all.split(plain(words.callBanner.message)).length - 1, 'the sticky banner, once').to.equal(1);
        expect(all).not.to.include('\u00d7');
      });
    }
  }
});
