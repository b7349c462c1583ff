import { expect } from '@open-wc/testing';
import { engine, isShown, openPage, part, stayOnPage, styleOf, type HostPage } from './host.js';

/** Engines with Trusted Types enforce `require-trusted-types-for` (Chromium; Firefox and WebKit since 2025). */
const hasTrustedTypes = 'trustedTypes' in window;
const URGENT_FILL = 'rgb(179, 20, 29)';

/** Does the page's policy stop a string reaching an HTML sink? */
function enforcesTrustedTypes(page: HostPage): boolean {
  try {
    page.document.createElement('div').innerHTML = '<b>probe</b>';
    return false;
  } catch {
    return true;
  }
}

/** The reader's path through each element: every one still works under the policy. */
async function useEveryElement(page: HostPage) {
  stayOnPage(page);
  const signs = page.element('overdose-signs');
  const callButton = part(signs, 'call-button')!;
  expect(callButton.getAttribute('href')).to.equal('tel:911');
  expect(styleOf(callButton).backgroundColor, 'the call button is styled').to.equal(URGENT_FILL);
  expect(parseFloat(styleOf(callButton).minHeight)).to.be.at.least(44);
  part(signs, 'guide-button')!.click();
  await signs.updateComplete;
  expect(part(signs, 'guide'), 'the step-by-step guide opened').not.to.equal(null);

  const steps = page.element('family-steps');
  const firstStep = steps.shadowRoot.querySelector<HTMLButtonElement>('[part~="step-title"] button')!;
  const firstBody = steps.shadowRoot.querySelector<HTMLElement>('[part~="step-body"] > *')!;
  expect(isShown(firstBody), 'a closed step hides its body').to.equal(false);
  firstStep.click();
  await steps.updateComplete;
  expect(firstStep.getAttribute('aria-expanded')).to.equal('true');
  expect(isShown(firstBody), 'an opened step shows its body').to.equal(true);

  const banner = page.element('call-banner');
  expect(parseFloat(styleOf(part(banner, 'call-button')!).minHeight)).to.be.at.least(44);
  part(banner, 'dismiss-button')!.click();
  await banner.updateComplete;
  expect(isShown(banner), 'the dismissed banner is gone').to.equal(false);

  // The sticky banner reserves room below the page through the CSSOM, which no policy blocks.
  expect(parseFloat(styleOf(page.document.body).borderBottomWidth)).to.be.above(40);
}

describe(`embedding: strict policies (${engine})`, () => {
  let page: HostPage | undefined;
  afterEach(() => page?.close());

  it(`under "default-src 'none'; script-src 'self'; style-src 'self'" the elements are styled, work, and cause no violation`, async () => {
    page = await openPage('partner.html', { policy: 'strict' });
    await useEveryElement(page);
    await page.embedding.fence();
    expect(page.embedding.violations).to.deep.equal([]);
    expect(page.embedding.errors).to.deep.equal([]);
    expect(page.embedding.console.error).to.deep.equal([]);
  });

  it(`with Trusted Types, "require-trusted-types-for 'script'; trusted-types lit-html" (${hasTrustedTypes ? 'enforced by this engine' : 'this engine has no Trusted Types: CSP alone'}): styled, working, no violation`, async () => {
    page = await openPage('partner.html', { policy: 'tt' });
    await useEveryElement(page);
    await page.embedding.fence();
    expect(page.embedding.violations).to.deep.equal([]);
    expect(page.embedding.errors).to.deep.equal([]);
    expect(enforcesTrustedTypes(page), 'the engine enforces the policy').to.equal(hasTrustedTypes);
  });

  it(`Trusted Types must allow the lit-html policy: without it ${hasTrustedTypes ? 'the engine stops our script (what README warns of)' : 'nothing changes in this engine'}`, async () => {
    page = await openPage('partner.html', { policy: 'tt-no-lit' });
    await page.embedding.fence();
    const rendered = !!page.window.customElements.get('call-banner') && !!part(page.element('call-banner'), 'call-button');
    expect(rendered).to.equal(!hasTrustedTypes);
    if (hasTrustedTypes) expect(page.embedding.violations.join('\n')).to.include('trusted-types');
  });

  it(`the script loaded twice under Trusted Types ("trusted-types lit-html"): the second copy stands aside without an error`, async () => {
    page = await openPage('partner.html', { policy: 'tt', script: 'twice' });
    await useEveryElement(page);
    await page.embedding.fence();
    expect(page.embedding.violations).to.deep.equal([]);
    expect(page.embedding.errors).to.deep.equal([]);
  });

  it(`a page with its own copy of Lit under Trusted Types needs "trusted-types lit-html 'allow-duplicates'": both render, no violation`, async () => {
    page = await openPage('partner.html', { policy: 'tt-duplicates', with: 'partner-lit-module' });
    await page.settle();
    const widget = page.element('partner-widget');
    expect(widget.shadowRoot.querySelector('p')!.textContent).to.include("partner's own");
    expect(part(page.element('call-banner'), 'call-button')).not.to.equal(null);
    await page.embedding.fence();
    expect(page.embedding.violations).to.deep.equal([]);
    expect(page.embedding.errors).to.deep.equal([]);
  });

  describe('window.litNonce, for engines without constructable style sheets (simulated: the page removes them)', () => {
    it(`with "style-src 'self' 'nonce-…'" and window.litNonce, Lit's <style> elements carry the nonce: styled, no violation`, async () => {
      page = await openPage('partner.html', { policy: 'nonce', with: 'no-adopted-stylesheets,lit-nonce' });
      const banner = page.element('call-banner');
      const style = banner.shadowRoot.querySelector('style');
      expect(style, 'Lit fell back to <style> elements').not.to.equal(null);
      expect(style!.nonce).to.equal(page.window.litNonce);
      await useEveryElement(page);
      await page.embedding.fence();
      expect(page.embedding.violations).to.deep.equal([]);
    });

    it('without window.litNonce the same page is unstyled and reports violations (so the nonce is what matters)', async () => {
      page = await openPage('partner.html', { policy: 'nonce', with: 'no-adopted-stylesheets' });
      const callButton = part(page.element('overdose-signs'), 'call-button')!;
      expect(styleOf(callButton).backgroundColor).not.to.equal(URGENT_FILL);
      await page.embedding.fence();
      expect(page.embedding.violations.join('\n')).to.include('style-src');
    });
  });
});

declare global {
  interface Window {
    litNonce?: string;
  }
}
