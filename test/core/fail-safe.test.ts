import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { RecoveryElement } from '../../src/core/recovery-element.js';
import { refuseIndexedPrototypes } from '../../src/core/fail-safe.js';

/** An element that renders a heading until told to fail. */
class FragileProbe extends RecoveryElement {
  breaks = false;
  protected renderContent() {
    if (this.breaks) throw new Error('the page broke something');
    return html`<h2>Rendered</h2>`;
  }
}
customElements.define('fragile-probe', FragileProbe);

const isShown = (element: Element) => element.getClientRects().length > 0;

describe('fail safe: an element that cannot render shows its fallback', () => {
  let error: sinon.SinonStub;
  beforeEach(() => {
    error = sinon.stub(console, 'error');
  });
  afterEach(() => sinon.restore());

  it('a first render that throws: the fallback link shows, and one error names the element and the reason', async () => {
    const el = document.createElement('fragile-probe') as FragileProbe;
    el.breaks = true;
    el.innerHTML = '<a href="tel:911">Call 911 now</a><p slot="footer">Not the fallback</p>';
    const wrapper = await fixture(html`<div></div>`);
    wrapper.append(el);
    await el.updateComplete;
    expect(isShown(el.querySelector('a')!)).to.equal(true);
    expect(isShown(el.querySelector('p')!), 'a slotted child is not fallback').to.equal(false);
    expect(el.shadowRoot!.querySelector('h2')).to.equal(null);
    expect(error.callCount).to.equal(1);
    expect(error.firstCall.args[0]).to.equal('<fragile-probe>: could not start (Error: the page broke something), so it shows its content.');
    el.heading = 'Again';
    el.requestUpdate();
    await el.updateComplete;
    expect(error.callCount, 'it stays quiet').to.equal(1);
  });

  it('a later render that throws: the fallback replaces what was rendered, and its styles go', async () => {
    const el = await fixture<FragileProbe>(html`<fragile-probe theme="dark"><a href="tel:911">Call 911 now</a></fragile-probe>`);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Rendered');
    expect(isShown(el.querySelector('a')!)).to.equal(false);
    el.breaks = true;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')).to.equal(null);
    expect(el.shadowRoot!.adoptedStyleSheets).to.deep.equal([]);
    expect(isShown(el.querySelector('a')!)).to.equal(true);
    expect(error.callCount).to.equal(1);
  });

  it('refuses to start on a page that put an index on a prototype, where Lit would never finish', () => {
    expect(() => refuseIndexedPrototypes()).not.to.throw();
    (Array.prototype as unknown as Record<number, string>)[3] = 'polluted';
    try {
      expect(() => refuseIndexedPrototypes()).to.throw('a prototype has [3]');
    } finally {
      delete (Array.prototype as unknown as Record<number, string>)[3];
    }
    expect(() => refuseIndexedPrototypes()).not.to.throw();
  });
});
