// The script's first task: every element renders in it, so each call link is there at
// once and the page never paints one element drawn above another's fallback (a layout
// shift). Splitting the first renders into tasks was measured and left out (README,
// Size and speed).
import { expect, fixtureCleanup } from '@open-wc/testing';
import '../../src/index.js';

const callLink = (el: Element) => el.shadowRoot!.querySelector('a[href^="tel:"]');

describe('the first render', () => {
  afterEach(() => {
    fixtureCleanup();
    document.querySelector('#first-render')?.remove();
  });

  it('draws every element, each with its call link, in the task the elements start in', async () => {
    const page = document.createElement('div');
    page.id = 'first-render';
    const elements = ['call-banner', 'overdose-signs', 'family-steps'].map((tag) => document.createElement(tag));
    page.append(...elements);
    document.body.append(page);
    // A task queued now runs right after the one the elements start in.
    const afterFirstTask = await new Promise<string[]>((done) =>
      setTimeout(() => done(elements.map((el) => `${el.localName}: ${callLink(el) ? 'call link' : 'nothing yet'}`))),
    );
    expect(afterFirstTask).to.deep.equal(['call-banner: call link', 'overdose-signs: call link', 'family-steps: call link']);
  });
});
