import { expect } from '@open-wc/testing';
import {
  emulate,
  engine,
  frames,
  isChromium,
  isShown,
  openFrame,
  openPage,
  overflowing,
  part,
  styleOf,
  TAGS,
  type HostPage,
  type OurElement,
} from './host.js';

/** Our elements on the page, the sticky banner included. */
const ours = (page: HostPage) => [...page.document.querySelectorAll<OurElement>(TAGS.join())];

/** The guide on CPR with a dose timer and the record open, and every family step open: the widest our content gets. */
async function openEverything(page: HostPage) {
  const signs = page.element('overdose-signs');
  const tap = async (selector: string) => {
    signs.shadowRoot.querySelector<HTMLElement>(selector)!.click();
    await signs.updateComplete;
  };
  part(signs, 'guide-button')!.click();
  await signs.updateComplete;
  await tap('.nav .button'); // Next: the breathing check
  await tap('.choices .urgent'); // not breathing: CPR
  await tap('.gave');
  await tap('.record summary');
  page.element('family-steps').setAttribute('open', 'all');
  await page.settle();
}

/**
 * Nothing of ours sticks out of its element or the viewport, and (unless the
 * page's own sheet is the hostile one) the page does not scroll sideways.
 */
function expectNoSidewaysScroll(page: HostPage, { pageToo = true } = {}) {
  const { documentElement } = page.document;
  for (const element of ours(page)) {
    const { left, right } = element.getBoundingClientRect();
    expect(overflowing(element), `inside <${element.localName}>`).to.deep.equal([]);
    expect(left, `<${element.localName}> left edge`).to.be.at.least(-0.5);
    expect(right, `<${element.localName}> right edge`).to.be.at.most(documentElement.clientWidth + 0.5);
  }
  if (!pageToo) return;
  const wide = [...page.document.body.querySelectorAll('*')]
    .filter((element) => element.getBoundingClientRect().right > documentElement.clientWidth + 0.5)
    .map((element) => `<${element.localName}> ${element.textContent!.trim().slice(0, 30)}`);
  expect(wide, 'the page scrolls sideways').to.deep.equal([]);
  expect(documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(documentElement.clientWidth);
}

describe(`embedding: hostile environments (${engine})`, () => {
  let page: HostPage | undefined;
  afterEach(() => page?.close());

  it('a sandboxed iframe without allow-same-origin, where storage throws: the elements render, the banner closes and stays closed for the page', async () => {
    // The page may post before its load event: listen first.
    const message = new Promise<MessageEvent>((resolve) => {
      const listener = (event: MessageEvent) => {
        if (event.data?.embedding !== 'sandboxed') return;
        window.removeEventListener('message', listener);
        resolve(event);
      };
      window.addEventListener('message', listener);
    });
    const { frame } = await openFrame('sandboxed.html', { with: 'sandboxed', order: 'ours-first' }, { sandbox: 'allow-scripts' });
    const event = await message;
    expect(event.source).to.equal(frame.contentWindow);
    const { results } = event.data;
    frame.remove();
    expect(results.storageBefore, 'sessionStorage throws here').to.equal('throws SecurityError');
    expect(results.rendered).to.deep.equal(['overdose-signs: rendered', 'family-steps: rendered', 'call-banner: rendered']);
    expect(results.callHref).to.equal('tel:9735550142');
    expect(results.guideOpen).to.equal(true);
    expect(results.dismissedHidden).to.equal(true);
    expect(results.sameNumberLaterHidden).to.equal(true);
    expect(results.errors).to.deep.equal([]);
    expect(results.consoleErrors).to.deep.equal([]);
  });

  it('a page without <html lang>: English, and not a word in the console', async () => {
    page = await openPage('partner.html', { html: 'nolang' });
    expect(page.document.documentElement.hasAttribute('lang')).to.equal(false);
    for (const element of ours(page)) {
      expect(element.shadowRoot.querySelector('.root')!.getAttribute('lang'), element.localName).to.equal('en');
    }
    expect(part(page.element('overdose-signs'), 'heading')!.textContent).to.equal('Signs of an opioid overdose');
    expect(page.embedding.console.warn).to.deep.equal([]);
    expect(page.embedding.console.error).to.deep.equal([]);
  });

  it('an Arabic page (<html lang="ar" dir="rtl">): our English reads left to right, fits the page, and the console names the language once per element', async () => {
    page = await openPage('partner.html', { html: 'rtl' }, { width: 375, height: 700 });
    await openEverything(page);
    for (const element of ours(page)) {
      const root = element.shadowRoot.querySelector('.root')!;
      expect(styleOf(root).direction, element.localName).to.equal('ltr');
      expect(root.getAttribute('lang')).to.equal('en');
    }
    const sticky = page.document.getElementById('sticky')!.getBoundingClientRect();
    expect([Math.round(sticky.left), Math.round(sticky.right)], 'the sticky banner spans the viewport').to.deep.equal([
      0,
      page.document.documentElement.clientWidth,
    ]);
    expectNoSidewaysScroll(page);
    expect(page.embedding.console.warn.length).to.equal(ours(page).length);
    for (const warning of page.embedding.console.warn) expect(warning).to.include('"ar"');
  });

  for (const [name, css] of [
    ['a 320 px viewport (also a 640 px window at 200% zoom, or 1280 px at 400%)', ''],
    ['a 320 px viewport with text at 200% (text-only zoom, large phone font settings)', 'text-200'],
    ['a 320 px viewport with text at 200% under the hostile host sheet', 'text-200,hostile'],
  ]) {
    it(`${name}: the guide, its timer and every step open, and nothing scrolls sideways`, async () => {
      page = await openPage('partner.html', { css }, { width: 320, height: 640 });
      await openEverything(page);
      expectNoSidewaysScroll(page, { pageToo: !css.includes('hostile') });
    });
  }

  // Emulated through the DevTools Protocol. Firefox (WebDriver BiDi) and WebKit
  // (WebDriver) have no way to emulate these media features: Chromium only.
  if (!isChromium) return;
  describe('emulated media (Chromium only: Firefox and WebKit cannot emulate it)', () => {
    afterEach(() => emulate({}));

    it('forced colours: every button and call link keeps a visible edge and readable system colours', async () => {
      await emulate({ forcedColors: 'active' });
      page = await openPage('partner.html', { css: 'bootstrap' });
      expect(page.window.matchMedia('(forced-colors: active)').matches, 'emulated').to.equal(true);
      let checked = 0;
      for (const element of ours(page)) {
        for (const control of element.shadowRoot.querySelectorAll<HTMLElement>('.button')) {
          if (!isShown(control)) continue;
          const style = styleOf(control);
          expect(style.color, `${element.localName} ${control.textContent}`).not.to.equal(style.backgroundColor);
          expect(parseFloat(style.borderTopWidth), 'an edge').to.be.at.least(1);
          expect(style.borderTopColor, 'a visible edge').not.to.equal(style.backgroundColor);
          checked++;
        }
      }
      expect(checked).to.be.at.least(6);
    });

    it('reduced motion: the sticky banner appears in place, without animation, whether or not the reader asked for less motion', async () => {
      const animations = async (reducedMotion: 'reduce' | 'no-preference') => {
        await emulate({ reducedMotion });
        page = await openPage('empty.html');
        const banner = page.document.createElement('call-banner') as OurElement;
        banner.setAttribute('variant', 'sticky');
        page.document.body.append(banner);
        await banner.updateComplete;
        const count = banner.shadowRoot.querySelector('.root')!.getAnimations({ subtree: true }).length;
        page.close();
        return count;
      };
      expect(await animations('no-preference'), 'motion allowed').to.equal(0);
      expect(await animations('reduce'), 'reduced motion').to.equal(0);
    });

    it('print: every step prints open, the call links print, and the sticky banner prints once in the flow, not over every page', async () => {
      page = await openPage('partner.html', { css: 'bootstrap' });
      await emulate({ media: 'print' });
      await frames(page.window);
      expect(page.window.matchMedia('print').matches, 'emulated').to.equal(true);
      const steps = page.element('family-steps');
      for (const body of steps.shadowRoot.querySelectorAll('[part~="step-body"]')) {
        expect(isShown(body.firstElementChild!), body.id).to.equal(true);
      }
      expect(isShown(part(page.element('overdose-signs'), 'call-button')!)).to.equal(true);
      expect(isShown(part(page.element('call-banner'), 'call-button')!)).to.equal(true);
      expect(styleOf(page.document.getElementById('sticky')!).position).not.to.equal('fixed');
    });
  });
});
