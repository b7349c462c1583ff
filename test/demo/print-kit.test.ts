// The builder's print kit (demo/builder/print-kit.js, print-layouts.js, qr.js),
// in the built site as a partner opens it: the three layouts at their physical
// sizes, in CSS millimetres; QR codes that a decoder (jsQR) reads back as the
// address typed; the partner's name and number, the helpline and the emergency
// number on every layout; Spanish throughout; text no smaller than 8 pt on the
// card and 12 pt on the flyer; on paper only the sheets. In Chromium and Firefox
// each layout is also printed to PDF and read back (.tmp/artifacts/print/).
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type jsQRType from 'jsqr';
import { contentFor } from '../../src/content/index.js';
import { asPrinted, CAN_PRINT_PDF, plain, PRINT_METHOD, printToPdf, PT_PER_MM, PX_PER_MM } from '../support/print.js';
import { axeViolations, closePages, openPage, type Page } from './pages.js';

const BUILDER = '/site/builder.html';
const PAGE_URL = 'https://hopeclinic.org/overdose';
const PAPER = { letter: { width: 215.9, height: 279.4 }, a4: { width: 210, height: 297 } } as const;
type Layout = 'card' | 'flyer' | 'poster';
type Paper = keyof typeof PAPER;

async function openBuilder(): Promise<Page> {
  const page = await openPage({ src: BUILDER }, { width: 1280, height: 900 });
  await waitUntil(() => page.document.documentElement.dataset.ready === 'true', 'the builder is ready', { timeout: 8000 });
  return page;
}

/** Sets a control of the builder's form (`#builder`) or the kit's (`#print-kit-form`) as a person does, and waits for the kit. */
async function set(page: Page, formId: string, name: string, value: string): Promise<void> {
  const form = page.document.getElementById(formId) as HTMLFormElement;
  const updated = oneEvent(page.document, 'print-kit-updated');
  const radio = form.querySelector<HTMLInputElement>(`input[type="radio"][name="${name}"][value="${value}"]`);
  const input = radio ?? (form.elements.namedItem(name) as HTMLInputElement);
  if (radio) radio.checked = true;
  else input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await updated;
}

async function fillIn(page: Page, { lang = 'en', layout = 'card', paper = 'letter', country = '911' }: { lang?: string; layout?: Layout; paper?: Paper; country?: string }) {
  await set(page, 'builder', 'phone', '(973) 555-0142');
  await set(page, 'builder', 'org', 'Hope Clinic');
  await set(page, 'builder', 'lang', lang);
  await set(page, 'builder', 'country', country);
  await set(page, 'print-kit-form', 'url', PAGE_URL);
  await set(page, 'print-kit-form', 'paper', paper);
  await set(page, 'print-kit-form', 'layout', layout);
}

const all = (page: Page, selector: string) => [...page.document.querySelectorAll<HTMLElement>(`#kit-preview ${selector}`)];
/** A box's laid-out size in millimetres (transforms, such as the preview's scale, do not change it). */
function sizeInMm(node: Element): { width: number; height: number } {
  const style = node.ownerDocument.defaultView!.getComputedStyle(node);
  return { width: parseFloat(style.width) / PX_PER_MM, height: parseFloat(style.height) / PX_PER_MM };
}
const FACES: Record<Layout, string> = { card: '.card-face', flyer: '.flyer', poster: '.poster' };

/** jsQR, loaded as its own script into the test page (it ships as UMD, not an ES module). */
async function decoder(): Promise<typeof jsQRType> {
  const global = window as unknown as { jsQR?: typeof jsQRType };
  if (!global.jsQR) {
    const script = document.createElement('script');
    script.src = '/node_modules/jsqr/dist/jsQR.js';
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve);
      script.addEventListener('error', reject);
    });
    document.head.append(script);
    await loaded;
  }
  return global.jsQR!;
}

/** What a phone reads from a QR code as it is drawn: the `<svg>` rendered to pixels, then decoded. */
async function scan(svg: SVGSVGElement): Promise<string | null> {
  const markup = new XMLSerializer().serializeToString(svg);
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 400;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, 400, 400);
    context.drawImage(image, 0, 0, 400, 400);
    const pixels = context.getImageData(0, 0, 400, 400);
    return (await decoder())(pixels.data, 400, 400)?.data ?? null;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Whether any line or box inside `face` reaches past its edges (the preview's
 * scale applies to both alike). Not the scroll size: WebKit counts padding
 * beyond the full-width bands as overflow.
 */
function runsOff(face: Element): boolean {
  const edge = face.getBoundingClientRect();
  const range = face.ownerDocument.createRange();
  range.selectNodeContents(face);
  return [...range.getClientRects()].some(
    (box) => box.width > 0 && (box.right > edge.right + 0.5 || box.bottom > edge.bottom + 0.5 || box.left < edge.left - 0.5),
  );
}

/** The font size of every piece of text in `root`, in points. */
function textSizes(root: Element): { text: string; points: number }[] {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const sizes: { text: string; points: number }[] = [];
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (!node.textContent!.trim()) continue;
    const px = parseFloat(root.ownerDocument.defaultView!.getComputedStyle(node.parentElement!).fontSize);
    sizes.push({ text: node.textContent!.trim().slice(0, 40), points: (px * 72) / 96 });
  }
  return sizes;
}

describe('the print kit in the snippet builder', () => {
  afterEach(closePages);

  for (const paper of ['letter', 'a4'] as const) {
    const sheet = PAPER[paper];
    it(`wallet cards on ${paper === 'a4' ? 'A4' : 'Letter'}: two sheets of the paper's size, eight cards of 85.6 × 54 mm each, fronts then backs, with crop marks`, async () => {
      const page = await openBuilder();
      await fillIn(page, { paper, layout: 'card' });
      const sheets = all(page, '.sheet');
      expect(sheets).to.have.length(2);
      for (const each of sheets) {
        const size = sizeInMm(each);
        expect(size.width).to.be.closeTo(sheet.width, 0.05);
        expect(size.height).to.be.closeTo(sheet.height, 0.05);
        expect(each.querySelectorAll('.marks line').length, 'crop marks').to.be.greaterThan(0);
      }
      expect(all(page, '.fronts .card-face')).to.have.length(8);
      expect(all(page, '.backs .card-face')).to.have.length(8);
      for (const card of all(page, '.card-face')) {
        const size = sizeInMm(card);
        expect(size.width).to.be.closeTo(85.6, 0.05);
        expect(size.height).to.be.closeTo(54, 0.05);
      }
    });

    it(`flyers and a poster on ${paper === 'a4' ? 'A4' : 'Letter'}: two half pages on a sideways sheet, and one full page`, async () => {
      const page = await openBuilder();
      await fillIn(page, { paper, layout: 'flyer' });
      const landscape = sizeInMm(all(page, '.sheet')[0]!);
      expect(landscape.width).to.be.closeTo(sheet.height, 0.05);
      expect(landscape.height).to.be.closeTo(sheet.width, 0.05);
      const flyers = all(page, '.flyer');
      expect(flyers).to.have.length(2);
      for (const flyer of flyers) {
        expect(sizeInMm(flyer).width).to.be.closeTo(sheet.height / 2, 0.05);
        expect(sizeInMm(flyer).height).to.be.closeTo(sheet.width, 0.05);
      }
      await set(page, 'print-kit-form', 'layout', 'poster');
      const poster = sizeInMm(all(page, '.poster')[0]!);
      expect(poster.width).to.be.closeTo(sheet.width, 0.05);
      expect(poster.height).to.be.closeTo(sheet.height, 0.05);
    });
  }

  for (const layout of ['card', 'flyer', 'poster'] as const) {
    it(`the ${layout}'s QR code reads back as the address the partner typed`, async () => {
      const page = await openBuilder();
      await fillIn(page, { layout });
      const codes = all(page, 'svg.qr') as unknown as SVGSVGElement[];
      expect(codes.length).to.be.greaterThan(0);
      expect(await scan(codes[0]!)).to.equal(PAGE_URL);
      // Typed without https://, and with letters beyond ASCII in the path.
      await set(page, 'print-kit-form', 'url', 'hopeclinic.org/sobredosis-ayuda-niños');
      expect(await scan(all(page, 'svg.qr')[0] as unknown as SVGSVGElement)).to.equal('https://hopeclinic.org/sobredosis-ayuda-ni%C3%B1os');
      expect(page.document.getElementById('kit-url-status')!.textContent).to.include('https://hopeclinic.org/');
    });
  }

  for (const lang of ['en', 'es'] as const) {
    const words = contentFor(lang);
    const other = contentFor(lang === 'en' ? 'es' : 'en');
    for (const layout of ['card', 'flyer', 'poster'] as const) {
      it(`the ${layout} in ${lang === 'en' ? 'English' : 'Spanish'} throughout: the signs, what to do with the CPR line, the partner's name and number, the helpline, the emergency number; every word fits, at ${layout === 'card' ? '8' : '12'} pt or more`, async () => {
        const page = await openBuilder();
        await fillIn(page, { lang, layout, country: '112' });
        const face = all(page, FACES[layout])[0]!;
        const backs = all(page, '.backs .card-face');
        const text = plain([face, ...backs.slice(0, 1)].map((node) => node.innerText).join('\n'));
        expect(face.closest('[lang]')!.getAttribute('lang')).to.equal(lang);
        for (const sign of words.overdoseSigns.signs) expect(text).to.include(plain(sign.text));
        for (const step of words.overdoseSigns.act) expect(text).to.include(plain(step.title('112')));
        const cpr = words.overdoseSigns.act.flatMap((step) => ('cases' in step ? step.cases : []))[0]!;
        expect(text).to.include(plain(cpr.lead));
        expect(text).to.include(plain(cpr.text.split('. ')[0]!));
        expect(text).to.include('Hope Clinic');
        expect(text).to.include('(973) 555-0142');
        expect(text).to.include(words.common.helpline.name);
        expect(text).to.include(words.common.helpline.number);
        expect(text).to.include('hopeclinic.org/overdose');
        for (const foreign of [other.overdoseSigns.heading, other.overdoseSigns.actHeading, other.overdoseSigns.signs[1]!.text, other.common.helpline.name]) {
          expect(text).not.to.include(foreign);
        }
        const smallest = layout === 'card' ? 8 : 12;
        for (const node of all(page, FACES[layout])) {
          expect(runsOff(node), 'nothing runs off its edges').to.equal(false);
          const small = textSizes(node).filter(({ points }) => points < smallest - 0.01);
          expect(small, `text under ${smallest} pt`).to.deep.equal([]);
        }
        expect(page.document.getElementById('kit-fit')!.textContent).to.equal('');
      });
    }
  }

  it(`on paper only the sheets print, at full size (${PRINT_METHOD})`, async () => {
    const page = await openBuilder();
    await fillIn(page, { layout: 'card' });
    const frame = all(page, '.sheet-frame')[0]!;
    expect(frame.getBoundingClientRect().width, 'the preview is scaled down to its column').to.be.below(PAPER.letter.width * PX_PER_MM);
    const undo = await asPrinted(page.document);
    try {
      const view = page.window;
      for (const selector of ['.site', '#builder', '#print-kit-form', '#print-kit > h2']) {
        expect(page.document.querySelector(selector)!.checkVisibility(), selector).to.equal(false);
      }
      expect(frame.getBoundingClientRect().width / PX_PER_MM).to.be.closeTo(PAPER.letter.width, 0.1);
      expect(frame.firstElementChild!.getBoundingClientRect().height / PX_PER_MM).to.be.closeTo(PAPER.letter.height, 0.1);
      expect(view.getComputedStyle(frame).breakAfter).to.equal('page');
      expect(page.document.getElementById('kit-page')!.textContent).to.include(`size: ${PAPER.letter.width}mm ${PAPER.letter.height}mm`);
    } finally {
      await undo();
    }
  });

  it('the kit passes axe, and asks for a number of the partner’s own when the builder is on another element', async () => {
    const page = await openBuilder();
    expect(await axeViolations(page)).to.deep.equal([]);
    const add = page.document.getElementById('kit-add-number')!;
    await set(page, 'builder', 'element', 'overdose-signs');
    expect(add.hidden).to.equal(false);
    const updated = oneEvent(page.document, 'builder-updated');
    add.click();
    await updated;
    await waitUntil(() => page.document.activeElement?.id === 'phone', 'focus moves to the phone number');
  });

  if (CAN_PRINT_PDF) {
    for (const [layout, paper, lang] of [
      ['card', 'letter', 'en'],
      ['flyer', 'letter', 'en'],
      ['poster', 'letter', 'en'],
      ['card', 'a4', 'es'],
      ['flyer', 'a4', 'es'],
      ['poster', 'a4', 'es'],
    ] as const) {
      it(`printed to PDF (Chromium, Firefox): the ${layout} on ${paper === 'a4' ? 'A4' : 'Letter'} (${lang}), pages of the paper's size holding its words`, async () => {
        const words = contentFor(lang);
        const setup = `
          await new Promise((resolve) => (document.documentElement.dataset.ready ? resolve() : new MutationObserver(function () { if (document.documentElement.dataset.ready) { this.disconnect(); resolve(); } }).observe(document.documentElement, { attributes: true })));
          const set = (form, name, value) => {
            const radio = document.querySelector('#' + form + ' input[type="radio"][name="' + name + '"][value="' + value + '"]');
            const input = radio || document.getElementById(form).elements.namedItem(name);
            if (radio) radio.checked = true; else input.value = value;
            input.dispatchEvent(new Event('input', { bubbles: true }));
          };
          for (const [form, name, value] of ${JSON.stringify([
            ['builder', 'phone', '(973) 555-0142'],
            ['builder', 'org', 'Hope Clinic'],
            ['builder', 'lang', lang],
            ['print-kit-form', 'url', PAGE_URL],
            ['print-kit-form', 'paper', paper],
            ['print-kit-form', 'layout', layout],
          ])}) {
            const updated = new Promise((resolve) => document.addEventListener('print-kit-updated', resolve, { once: true }));
            set(form, name, value);
            await updated;
          }`;
        const landscape = layout === 'flyer';
        const pages = await printToPdf({ url: BUILDER, name: `kit-${layout}-${paper}-${lang}`, setup, format: paper, landscape });
        expect(pages).to.have.length(layout === 'card' ? 2 : 1);
        const [width, height] = landscape ? [PAPER[paper].height, PAPER[paper].width] : [PAPER[paper].width, PAPER[paper].height];
        for (const printed of pages) {
          expect(printed.width / PT_PER_MM).to.be.closeTo(width, 0.5);
          expect(printed.height / PT_PER_MM).to.be.closeTo(height, 0.5);
        }
        const text = plain(pages.map((printed) => printed.text).join(' '));
        expect(text).to.include(plain(words.overdoseSigns.signs[1]!.text));
        expect(text).to.include(plain(words.overdoseSigns.act[0]!.title('911')));
        expect(text).to.include('(973) 555-0142');
        expect(text).to.include(words.common.helpline.number);
        expect(text).not.to.include('Print or save as PDF');
      });
    }
  }
});
