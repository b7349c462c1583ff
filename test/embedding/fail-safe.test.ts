import { expect } from '@open-wc/testing';
import { engine, frames, isShown, openFrame, openPage, part, TAGS, type HostWindow, type OurElement } from './host.js';

/**
 * Pages that break what our script relies on, before it runs (pages/sabotage.js).
 * Whatever fails while an element starts, the reader must see its fallback
 * children (a call link), never a blank box, and the console says why, once.
 */
const SABOTAGES: [what: string, sabotage: string][] = [
  ['Object.prototype[2] set (an old array shim): Lit would never finish its first render', 'index-2'],
  ['String.prototype.normalize broken', 'broken-normalize'],
  ['an attachShadow wrapper that returns nothing', 'attach-shadow-returns-nothing'],
  ['adoptedStyleSheets blocked', 'blocked-adopted-style-sheets'],
];

/** Every key Lit reads from a property's options, as a page could put it on Object.prototype. */
const POLLUTED_KEYS = ['state', 'attribute', 'type', 'reflect', 'converter', 'noAccessor', 'hasChanged', 'useDefault'];

/** Our elements on a page: each shows its fallback, with a link a reader can see, and one error says why. */
function expectFallbacks(window: HostWindow, document: Document, count: number) {
  const elements = [...document.querySelectorAll<OurElement>(TAGS.join())];
  expect(elements.length).to.equal(count);
  for (const element of elements) {
    const name = `<${element.localName}${element.id ? `#${element.id}` : ''}>`;
    expect(element.getBoundingClientRect().height, `${name} is not blank`).to.be.above(10);
    const fallback = [...element.querySelectorAll(':scope > :not([slot])')];
    expect(fallback.length, `${name} has fallback children`).to.be.above(0);
    for (const child of fallback) expect(isShown(child), `${name}'s fallback shows`).to.equal(true);
    const link = element.querySelector('a[href^="tel:"]')!;
    expect(isShown(link), `${name}'s call link shows`).to.equal(true);
  }
  const { error } = window.embedding.console;
  expect(error.length, error.join('\n')).to.equal(count);
  for (const element of elements) {
    expect(error.filter((message) => message.startsWith(`<${element.localName}>: could not start (`)).length).to.be.above(0);
  }
  expect(window.embedding.errors, 'uncaught errors').to.deep.equal([]);
}

describe(`embedding: fail safe, whatever breaks during the first render (${engine})`, () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  for (const [what, sabotage] of SABOTAGES) {
    it(`${what}: every element shows its fallback call link, and one console error each says why`, async () => {
      ({ frame } = await openFrame('partner.html', { with: 'sabotage', sabotage }));
      const window = frame.contentWindow as HostWindow;
      await frames(window);
      expectFallbacks(window, frame.contentDocument!, 4);
      // It stays so, quietly: a later change neither renders nor logs again.
      const banner = frame.contentDocument!.querySelector<OurElement>('#banner')!;
      banner.setAttribute('phone', 'call us');
      await frames(window);
      expect(window.embedding.console.error.length).to.equal(4);
      expect(isShown(banner.querySelector('a')!)).to.equal(true);
    });
  }

  // Lit marks its bindings in the markup it parses (attributes named `…$lit$`,
  // `<?lit$…$>` nodes). In an XML document that markup is parsed as XML, where `$`
  // may not stand in a name: every template with a binding is refused. The limit is
  // Lit's and the platform's; what we can promise is the fallback.
  it('on a page served as application/xhtml+xml, where Lit cannot parse its templates, every element shows its fallback and says why once', async () => {
    ({ frame } = await openFrame('xhtml.html', { type: 'xhtml' }));
    const window = frame.contentWindow as HostWindow;
    expect(frame.contentDocument!.contentType).to.equal('application/xhtml+xml');
    await frames(window);
    expectFallbacks(window, frame.contentDocument!, 3);
  });
});

describe(`embedding: a page that puts property options on Object.prototype (${engine})`, () => {
  for (const key of POLLUTED_KEYS) {
    it(`Object.prototype.${key}: the partner's banner still calls the partner, and every element renders, quietly`, async () => {
      const page = await openPage('partner.html', { with: 'sabotage', sabotage: `pollute-${key}` });
      try {
        const banner = page.element('call-banner');
        expect(part(banner, 'call-button')!.getAttribute('href')).to.equal('tel:9735550142');
        expect(part(banner, 'call-button')!.textContent!.trim()).to.equal('Call (973) 555-0142');
        expect(part(banner, 'heading')!.textContent).to.contain('Hope Clinic');
        banner.setAttribute('phone', '988');
        await banner.updateComplete;
        expect(part(banner, 'call-button')!.getAttribute('href'), 'an attribute change re-renders').to.equal('tel:988');
        const sticky = page.document.getElementById('sticky')!;
        expect(page.window.getComputedStyle(sticky).position).to.equal('fixed');
        expect(sticky.getAttribute('variant'), 'no attribute reflected that was not asked for').to.equal('sticky');
        expect(page.element('overdose-signs').hasAttribute('emergency-number')).to.equal(false);
        expect(part(page.element('overdose-signs'), 'call-button')!.getAttribute('href')).to.equal('tel:911');
        const opened = [...page.element('family-steps').shadowRoot.querySelectorAll('[aria-expanded="true"]')];
        expect(opened.length, 'open="5,8"').to.equal(2);
        expect(page.embedding.console.error).to.deep.equal([]);
        expect(page.embedding.console.warn).to.deep.equal([]);
        expect(page.embedding.errors).to.deep.equal([]);
      } finally {
        page.close();
      }
    });
  }
});
