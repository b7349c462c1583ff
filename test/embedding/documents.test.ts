import { expect } from '@open-wc/testing';
import { engine, frames, openPage, type HostPage, type OurElement } from './host.js';

/** The language an element shows its words in (its top node's `lang`). */
const languageOf = (element: OurElement) => element.shadowRoot.querySelector('.root')!.getAttribute('lang');

/**
 * Pages that take the document apart under our elements: `document.body.remove()`,
 * `document.open()` with `write()`. Nothing may throw, and what comes back works.
 */
describe(`embedding: a page that replaces its own document (${engine})`, () => {
  let page: HostPage | undefined;
  afterEach(() => page?.close());

  it('document.body.remove() under a sticky banner throws nothing; the banner put into a new body reserves room there', async () => {
    page = await openPage('partner.html');
    const { document, window } = page;
    const sticky = document.getElementById('sticky') as OurElement;
    const oldBody = document.body;
    oldBody.remove();
    await frames(window);
    expect(page.embedding.errors).to.deep.equal([]);
    expect(oldBody.style.borderBottom, 'the room it took is given back').to.equal('');
    const body = document.createElement('body');
    document.documentElement.append(body);
    body.append(sticky);
    await sticky.updateComplete;
    await frames(window);
    expect(parseFloat(window.getComputedStyle(body).borderBottomWidth)).to.be.closeTo(sticky.getBoundingClientRect().height, 1);
    expect(page.embedding.errors).to.deep.equal([]);
  });

  it('document.open(), write() and close() under a sticky banner throw nothing; an element put into the new page speaks its language and follows it', async () => {
    page = await openPage('partner.html');
    const { document, window } = page;
    const signs = page.element('overdose-signs');
    expect(languageOf(signs)).to.equal('en');
    const errors: string[] = [];
    document.open();
    // document.open() erased the page's listeners (harness.js's among them): listen again.
    window.addEventListener('error', (event) => errors.push(String(event.message)));
    document.write('<!doctype html><html lang="es"><head><title>Nueva</title></head><body><p>Nueva página</p></body></html>');
    document.close();
    await frames(window);
    expect(errors).to.deep.equal([]);
    document.body.append(signs);
    await signs.updateComplete;
    expect(languageOf(signs)).to.equal('es');
    document.documentElement.lang = 'en';
    await new Promise((resolve) => window.setTimeout(resolve));
    await signs.updateComplete;
    expect(languageOf(signs)).to.equal('en');
    expect(errors).to.deep.equal([]);
  });
});
