import { expect } from '@open-wc/testing';
import { engine, isShown, openPage, part, TAGS, type HostPage, type OurElement } from './host.js';

/** Every element of ours on the page is upgraded, rendered, and its fallback children hidden. */
function expectRendered(page: HostPage) {
  for (const tag of TAGS) {
    expect(page.window.customElements.get(tag), `<${tag}> is defined`).not.to.equal(undefined);
  }
  const ours = [...page.document.querySelectorAll<OurElement>(TAGS.join())];
  expect(ours.length).to.be.above(0);
  for (const element of ours) {
    const rendered =
      element.localName === 'family-steps'
        ? element.shadowRoot.querySelectorAll('[part~="step"]').length
        : Number(!!part(element, 'call-button'));
    expect(rendered, `#${element.id || element.localName} rendered`).to.be.above(0);
    for (const fallback of element.querySelectorAll(':scope > :not([slot])')) {
      expect(isShown(fallback), `#${element.id}'s fallback is hidden once upgraded`).to.equal(false);
    }
  }
}

function expectQuiet(page: HostPage) {
  expect(page.embedding.errors, 'uncaught errors').to.deep.equal([]);
  expect(page.embedding.console.error, 'console errors').to.deep.equal([]);
  expect(page.embedding.console.warn, 'console warnings').to.deep.equal([]);
}

describe(`embedding: script forms and order, with the built dist/recovery-elements.js (${engine})`, () => {
  let page: HostPage | undefined;
  afterEach(() => page?.close());

  const forms: [string, Record<string, string>][] = [
    ['a classic <script defer> in <head>', { script: 'defer' }],
    ['a <script type="module"> in <head>', { script: 'module' }],
    ['an <script async> in <head>', { script: 'async' }],
    ['a plain <script> in <head>, before the elements are parsed', { script: 'sync' }],
    ['a plain <script> at the end of <body>, after the elements', { script: 'sync', at: 'end' }],
    ['a <script defer> at the end of <body>', { script: 'defer', at: 'end' }],
  ];
  for (const [form, query] of forms) {
    it(`${form}: every element upgrades and renders`, async () => {
      page = await openPage('partner.html', query);
      expectRendered(page);
      expectQuiet(page);
    });
  }

  it('elements created later with createElement render, with attributes set before and after they join the page', async () => {
    page = await openPage('empty.html');
    const { document } = page;
    const host = document.getElementById('slot-for-elements')!;
    const banner = document.createElement('call-banner') as OurElement;
    banner.setAttribute('phone', '(973) 555-0142');
    const signs = document.createElement('overdose-signs') as OurElement;
    const steps = document.createElement('family-steps') as OurElement;
    host.append(banner, signs, steps);
    signs.setAttribute('emergency-number', '112');
    steps.setAttribute('steps', '5,8');
    await page.settle();
    expect(part(banner, 'call-button')!.getAttribute('href')).to.equal('tel:9735550142');
    expect(part(signs, 'call-button')!.getAttribute('href')).to.equal('tel:112');
    expect(steps.shadowRoot.querySelectorAll('[part~="step"]').length).to.equal(2);
    expectRendered(page);
    expectQuiet(page);
  });

  it('elements written later with innerHTML (a page builder) render', async () => {
    page = await openPage('empty.html');
    page.document.getElementById('slot-for-elements')!.innerHTML =
      '<overdose-signs variant="compact"></overdose-signs><family-steps open="all"></family-steps>' +
      '<call-banner phone="988" sms="988"></call-banner>';
    await page.settle();
    expect(part(page.element('call-banner'), 'text-button')!.getAttribute('href')).to.equal('sms:988');
    expectRendered(page);
    expectQuiet(page);
  });

  it('the script loaded twice (a classic and a module copy): no error, no warning, one rendering of each element', async () => {
    page = await openPage('partner.html', { script: 'twice' });
    expect(page.document.querySelectorAll('script[src^="recovery-elements.js"]').length).to.equal(2);
    expectRendered(page);
    expectQuiet(page);
    const banner = page.element('call-banner');
    expect(banner.shadowRoot.querySelectorAll('[part~="call-button"]').length).to.equal(1);
  });

  for (const order of ['before', 'after']) {
    it(`a page that already uses its own copy of Lit, loaded ${order} ours: both render, ours keep their styles, and one of ours works inside the partner's component`, async () => {
      page = await openPage('partner.html', {
        with: 'partner-lit-module',
        ...(order === 'after' ? { order: 'ours-first' } : {}),
      });
      await page.settle();
      const widget = page.element('partner-widget');
      await (widget as OurElement).updateComplete;
      expect(widget.shadowRoot.querySelector('p')!.textContent).to.include("partner's own");
      const nested = widget.shadowRoot.querySelector('call-banner') as OurElement;
      await nested.updateComplete;
      expect(part(nested, 'call-button')!.getAttribute('href')).to.equal('tel:988');
      expect(nested.shadowRoot.querySelector('section')!.getAttribute('aria-label')).to.include('Partner Line');
      // Our styles, not the partner's, inside our element.
      const callButton = part(page.element('overdose-signs'), 'call-button')!;
      expect(page.window.getComputedStyle(callButton).backgroundColor).to.equal('rgb(179, 20, 29)');
      expectRendered(page);
      expect(page.embedding.errors).to.deep.equal([]);
    });
  }

  it('properties a page builder set before our script loaded are kept when the elements upgrade', async () => {
    page = await openPage('partner.html', { at: 'end', with: 'early-properties' });
    expect(part(page.element('overdose-signs'), 'call-button')!.getAttribute('href')).to.equal('tel:112');
    expect(page.element('family-steps').shadowRoot.querySelectorAll('[part~="step"]').length).to.equal(2);
    expect(part(page.element('call-banner'), 'call-button')!.getAttribute('href')).to.equal('tel:988');
    expectQuiet(page);
  });
});
