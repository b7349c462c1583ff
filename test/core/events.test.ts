import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { TAGS } from '../../src/elements.mjs';
import type { RecoveryCallDetail } from '../../src/core/events.js';

/**
 * Our events are composed: a partner listens on `document` even when the element
 * sits inside a shadow root of the page's own (a component, a framework's wrapper).
 * A listener on the element itself, or on `document` with the element in the light
 * DOM, would hear the event either way; this one hears it only if it crosses.
 */
describe('events leave the shadow roots they are fired in', () => {
  const stopNavigation = (event: Event) => event.preventDefault();
  beforeEach(() => document.addEventListener('click', stopNavigation));
  afterEach(() => document.removeEventListener('click', stopNavigation));

  for (const tag of TAGS) {
    it(`<${tag}>'s recovery-call reaches a listener on document from inside another component's shadow root`, async () => {
      const host = await fixture(html`<div></div>`);
      const element = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
      host.attachShadow({ mode: 'open' }).append(element);
      await element.updateComplete;
      const heard: { detail: RecoveryCallDetail; target: EventTarget | null; composed: boolean }[] = [];
      const listener = (event: CustomEvent<RecoveryCallDetail>) =>
        heard.push({ detail: event.detail, target: event.target, composed: event.composed });
      document.addEventListener('recovery-call', listener);
      try {
        element.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="call-button"]')!.click();
      } finally {
        document.removeEventListener('recovery-call', listener);
      }
      expect(heard.length, 'heard on document').to.equal(1);
      expect(heard[0]!.composed).to.equal(true);
      expect(heard[0]!.detail.source).to.equal(tag.toUpperCase());
      // Retargeted to the outermost host the document can see.
      expect(heard[0]!.target).to.equal(host);
    });
  }
});
