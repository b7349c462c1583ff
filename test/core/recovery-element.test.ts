import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { RecoveryElement } from '../../src/core/recovery-element.js';

/** The smallest element on the shared base: a heading and an emergency link. */
class BaseProbe extends RecoveryElement {
  protected renderContent() {
    return html`${this.topHeading(this.language === 'es' ? 'Hola' : 'Hello')}<a href="tel:${this.dialEmergencyNumber}">${this.dialEmergencyNumber}</a>`;
  }
}
customElements.define('base-probe', BaseProbe);

const rootOf = (el: Element) => el.shadowRoot!.querySelector('.root')!;
const headingOf = (el: Element) => el.shadowRoot!.querySelector('[part="heading"]')!;

describe('the shared base of every element', () => {
  afterEach(() => sinon.restore());

  describe('language', () => {
    it('defaults to English when nothing says otherwise', async () => {
      const el = await fixture(html`<base-probe></base-probe>`);
      expect(rootOf(el).getAttribute('lang')).to.equal('en');
      expect(headingOf(el).textContent).to.equal('Hello');
    });

    it("follows the element's own lang, with regional tags using their base", async () => {
      const el = await fixture(html`<base-probe lang="es-MX"></base-probe>`);
      expect(rootOf(el).getAttribute('lang')).to.equal('es');
      expect(headingOf(el).textContent).to.equal('Hola');
    });

    it("follows the nearest ancestor's lang", async () => {
      const wrapper = await fixture(html`<div lang="es"><p><base-probe></base-probe></p></div>`);
      const el = wrapper.querySelector<BaseProbe>('base-probe')!;
      await el.updateComplete;
      expect(headingOf(el).textContent).to.equal('Hola');
    });

    it('follows <html lang>, and re-renders when the page language changes', async () => {
      const html_ = document.documentElement;
      const original = html_.getAttribute('lang');
      html_.setAttribute('lang', 'es');
      try {
        const el = await fixture<BaseProbe>(html`<base-probe></base-probe>`);
        expect(headingOf(el).textContent).to.equal('Hola');
        html_.setAttribute('lang', 'en');
        await new Promise((resolve) => setTimeout(resolve));
        await el.updateComplete;
        expect(headingOf(el).textContent).to.equal('Hello');
      } finally {
        if (original === null) html_.removeAttribute('lang');
        else html_.setAttribute('lang', original);
      }
    });

    it('re-renders when the page changes lang on an ancestor <div> after load', async () => {
      const page = await fixture(html`<div lang="en"><section><base-probe></base-probe></section></div>`);
      const el = page.querySelector<BaseProbe>('base-probe')!;
      await el.updateComplete;
      expect(headingOf(el).textContent).to.equal('Hello');
      page.setAttribute('lang', 'es');
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(headingOf(el).textContent).to.equal('Hola');
      page.querySelector('section')!.lang = 'en';
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(headingOf(el).textContent).to.equal('Hello');
    });

    it('re-resolves its language when moved into a <div lang="es">, and back out', async () => {
      const page = await fixture(html`<div><base-probe></base-probe><div lang="es"></div></div>`);
      const el = page.querySelector<BaseProbe>('base-probe')!;
      await el.updateComplete;
      expect(headingOf(el).textContent).to.equal('Hello');
      page.querySelector('[lang="es"]')!.append(el);
      await el.updateComplete;
      expect(headingOf(el).textContent).to.equal('Hola');
      page.append(el);
      await el.updateComplete;
      expect(headingOf(el).textContent).to.equal('Hello');
    });

    it("follows a lang changed on a wrapper inside another component's shadow root", async () => {
      const host = await fixture(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      const wrapper = document.createElement('div');
      wrapper.lang = 'en';
      const el = document.createElement('base-probe') as BaseProbe;
      wrapper.append(el);
      root.append(wrapper);
      await el.updateComplete;
      expect(headingOf(el).textContent).to.equal('Hello');
      wrapper.lang = 'es';
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(headingOf(el).textContent).to.equal('Hola');
    });

    it("moved into an iframe's document keeps its styles and takes that page's language, and again when moved back", async () => {
      const frame = await fixture<HTMLIFrameElement>(html`<iframe title="Another page"></iframe>`);
      const other = frame.contentDocument!;
      other.documentElement.lang = 'es';
      const el = await fixture<BaseProbe>(html`<base-probe></base-probe>`);
      const home = el.parentElement!;
      const textColour = (element: Element) => element.ownerDocument.defaultView!.getComputedStyle(rootOf(element)).color;
      const styled = textColour(el);
      expect(styled, 'the theme colours the text').not.to.equal(getComputedStyle(document.body).color);
      other.body.append(other.adoptNode(el));
      await el.updateComplete;
      expect(el.ownerDocument).to.equal(other);
      expect(textColour(el), 'in the iframe').to.equal(styled);
      expect(headingOf(el).textContent).to.equal('Hola');
      home.append(document.adoptNode(el));
      await el.updateComplete;
      expect(textColour(el), 'back home').to.equal(styled);
      expect(headingOf(el).textContent).to.equal('Hello');
    });

    it("made on this page but first connected in an iframe's document renders there with its styles, not its fallback", async () => {
      const frame = await fixture<HTMLIFrameElement>(html`<iframe title="Another page"></iframe>`);
      const other = frame.contentDocument!;
      const reference = await fixture<BaseProbe>(html`<base-probe></base-probe>`);
      const el = document.createElement('base-probe') as BaseProbe;
      const errors = sinon.stub(console, 'error');
      try {
        other.body.append(el);
        await el.updateComplete;
      } finally {
        errors.restore();
      }
      expect(errors.called, 'no console error').to.equal(false);
      expect(headingOf(el).textContent).to.equal('Hello');
      expect(other.defaultView!.getComputedStyle(rootOf(el)).color).to.equal(getComputedStyle(rootOf(reference)).color);
    });

    it('re-renders when lang is changed by attribute or by property', async () => {
      const el = await fixture<BaseProbe>(html`<base-probe lang="en"></base-probe>`);
      el.setAttribute('lang', 'es');
      await el.updateComplete;
      expect(headingOf(el).textContent).to.equal('Hola');
      el.lang = 'en';
      await el.updateComplete;
      expect(headingOf(el).textContent).to.equal('Hello');
      expect(rootOf(el).getAttribute('lang')).to.equal('en');
    });

    it('warns once for an unsupported language and shows English', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<BaseProbe>(html`<base-probe lang="fr"></base-probe>`);
      el.heading = 'Bonjour';
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.include('fr');
      expect(rootOf(el).getAttribute('lang')).to.equal('en');
    });
  });

  describe('below the viewport', () => {
    // An element far from the viewport (which a browser may skip laying out) still
    // holds its words, in its language, and its real room once a reader scrolls to it.
    it('holds its words and follows a page-wide language switch, and takes its real height when scrolled to', async () => {
      const page = await fixture(html`<div lang="en"><base-probe></base-probe><div style="height: 300vh"></div><base-probe></base-probe></div>`);
      const [near, far] = [...page.querySelectorAll<BaseProbe>('base-probe')] as [BaseProbe, BaseProbe];
      await far.updateComplete;
      expect(headingOf(far).textContent).to.equal('Hello');
      page.setAttribute('lang', 'es');
      await new Promise((resolve) => setTimeout(resolve));
      await far.updateComplete;
      expect(headingOf(far).textContent).to.equal('Hola');
      far.scrollIntoView();
      // Engines place it in their own time (Chromium in the next frame, Firefox later).
      await waitUntil(
        () => far.getBoundingClientRect().height === near.getBoundingClientRect().height,
        'laid out at its real height once near the screen',
      );
      expect((rootOf(far) as HTMLElement).innerText).to.include('Hola');
    });
  });

  describe('heading', () => {
    it('is an h2 by default, and follows heading-level', async () => {
      const el = await fixture(html`<base-probe></base-probe>`);
      expect(headingOf(el).localName).to.equal('h2');
      for (const level of [1, 3, 6]) {
        const other = await fixture(html`<base-probe heading-level=${level}></base-probe>`);
        expect(headingOf(other).localName).to.equal(`h${level}`);
      }
    });

    it('reads back heading-level as a number, as the headingLevel property', async () => {
      const el = await fixture<BaseProbe>(html`<base-probe heading-level="4"></base-probe>`);
      expect(el.headingLevel).to.equal(4);
      el.setAttribute('heading-level', ' 5 ');
      await el.updateComplete;
      expect(el.headingLevel).to.equal(5);
      expect(headingOf(el).localName).to.equal('h5');
      el.removeAttribute('heading-level');
      await el.updateComplete;
      expect(headingOf(el).localName).to.equal('h2');
    });

    for (const bad of ['0', '7', 'abc', '2.5']) {
      it(`logs one error naming heading-level="${bad}" and falls back to h2`, async () => {
        const error = sinon.stub(console, 'error');
        const el = await fixture(html`<base-probe heading-level=${bad}></base-probe>`);
        expect(headingOf(el).localName).to.equal('h2');
        expect(error.callCount).to.equal(1);
        expect(error.firstCall.args[0]).to.include('heading-level').and.include(`"${bad}"`);
      });
    }

    it('shows the partner’s heading text instead of the built-in one', async () => {
      const el = await fixture<BaseProbe>(html`<base-probe heading="If someone won't wake up"></base-probe>`);
      expect(headingOf(el).textContent).to.equal("If someone won't wake up");
      el.heading = '';
      await el.updateComplete;
      expect(headingOf(el).textContent).to.equal('Hello');
    });
  });

  describe('theme', () => {
    it('is light by default, and dark or auto when asked', async () => {
      const light = await fixture(html`<base-probe></base-probe>`);
      expect(rootOf(light).className).to.include('light');
      const dark = await fixture(html`<base-probe theme="dark"></base-probe>`);
      expect(rootOf(dark).className).to.include('dark');
      expect(getComputedStyle(rootOf(dark)).colorScheme).to.equal('dark');
      const auto = await fixture(html`<base-probe theme="auto"></base-probe>`);
      expect(rootOf(auto).className).to.include('auto');
    });

    it('paints different colours in the light and dark themes', async () => {
      const light = await fixture(html`<base-probe></base-probe>`);
      const dark = await fixture(html`<base-probe theme="dark"></base-probe>`);
      expect(getComputedStyle(rootOf(light)).backgroundColor).not.to.equal(
        getComputedStyle(rootOf(dark)).backgroundColor,
      );
    });

    it('logs one error for an unknown theme and uses light', async () => {
      const error = sinon.stub(console, 'error');
      const el = await fixture(html`<base-probe theme="neon"></base-probe>`);
      expect(rootOf(el).className).to.include('light');
      expect(error.callCount).to.equal(1);
      expect(error.firstCall.args[0]).to.include('theme').and.include('neon');
    });

    it('lets a partner colour the text through --recovery-color-text', async () => {
      const wrapper = await fixture(html`<div style="--recovery-color-text: rgb(1, 2, 3)"><base-probe></base-probe></div>`);
      const el = wrapper.querySelector('base-probe')!;
      await (el as BaseProbe).updateComplete;
      expect(getComputedStyle(rootOf(el)).color).to.equal('rgb(1, 2, 3)');
    });
  });

  describe('emergency number', () => {
    it('is 911 by default and follows emergency-number', async () => {
      const el = await fixture<BaseProbe>(html`<base-probe></base-probe>`);
      expect(el.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('tel:911');
      el.emergencyNumber = '112';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('tel:112');
    });

    for (const written of ['\uff11\uff11\uff12', '1 1 2', '1-1-2', '\u0661\u0661\u0662']) {
      it(`reads ${JSON.stringify(written)} as 112, quietly`, async () => {
        const error = sinon.stub(console, 'error');
        const warn = sinon.stub(console, 'warn');
        const el = await fixture(html`<base-probe emergency-number=${written}></base-probe>`);
        expect(el.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('tel:112');
        expect(error.callCount + warn.callCount).to.equal(0);
      });
    }

    for (const unusual of ['08', '123456']) {
      it(`dials an unusual emergency-number="${unusual}" as written, with one warning naming it`, async () => {
        const error = sinon.stub(console, 'error');
        const warn = sinon.stub(console, 'warn');
        const el = await fixture<BaseProbe>(html`<base-probe emergency-number=${unusual}></base-probe>`);
        expect(el.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal(`tel:${unusual}`);
        el.heading = 'Again';
        await el.updateComplete;
        expect(error.callCount).to.equal(0);
        expect(warn.callCount).to.equal(1);
        expect(warn.firstCall.args[0]).to.include(`emergency-number="${unusual}"`);
      });
    }

    it('logs one error naming a bad value and dials 911 instead', async () => {
      const error = sinon.stub(console, 'error');
      const el = await fixture(html`<base-probe emergency-number="call 9-1-1"></base-probe>`);
      expect(el.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('tel:911');
      expect(error.callCount).to.equal(1);
      expect(error.firstCall.args[0]).to.include('emergency-number').and.include('call 9-1-1');
    });
  });
});
