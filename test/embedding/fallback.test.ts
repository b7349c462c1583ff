import { expect } from '@open-wc/testing';
import { engine, isShown, openFrame, openPage, part, TAGS } from './host.js';

/** A way for a reader to act without our script: call, or read CDC's guidance. */
const USEFUL_LINK = /^(tel:\+?[0-9]{3,15}|https:\/\/www\.cdc\.gov\/)/;

/** The fallback children of our elements: the children without a slot. */
const fallbacks = (document: Document) =>
  [...document.querySelectorAll(TAGS.join())].flatMap((element) => [...element.querySelectorAll(':scope > :not([slot])')]);

describe(`embedding: the README's snippets and their no-script fallback (${engine})`, () => {
  it("with scripts blocked (a page of the README's snippets, under \"default-src 'none'\"), each element's fallback shows a way to call or to CDC's guidance", async () => {
    const { frame } = await openFrame('readme.html', { script: 'none', policy: 'no-script' });
    const document = frame.contentDocument!;
    try {
      for (const tag of TAGS) {
        const elements = [...document.querySelectorAll(tag)];
        expect(elements.length, `README has a <${tag}> snippet`).to.be.above(0);
        for (const element of elements) {
          expect(frame.contentWindow!.customElements.get(tag), 'no script ran').to.equal(undefined);
          expect(element.shadowRoot).to.equal(null);
          const children = [...element.querySelectorAll(':scope > :not([slot])')];
          expect(children.length, `<${tag}> has fallback children`).to.be.above(0);
          for (const child of children) expect(isShown(child), `<${tag}>'s fallback shows`).to.equal(true);
          const links = children.flatMap((child) => [...child.querySelectorAll('a[href]'), ...(child.matches('a[href]') ? [child] : [])]);
          expect(links.length, `<${tag}>'s fallback has a link`).to.be.above(0);
          for (const link of links) {
            expect(link.getAttribute('href'), `<${tag}>'s fallback link`).to.match(USEFUL_LINK);
            expect(isShown(link) && link.textContent!.trim().length > 5, 'a link a reader can see and read').to.equal(true);
          }
        }
      }
    } finally {
      frame.remove();
    }
  });

  it("with the script, under the strict policy README gives partners, the same snippets upgrade and hide their fallback", async () => {
    const page = await openPage('readme.html', { script: 'built', policy: 'strict' });
    try {
      expect(fallbacks(page.document).length).to.be.above(2);
      for (const child of fallbacks(page.document)) expect(isShown(child), 'fallback hidden').to.equal(false);
      for (const tag of TAGS) {
        const element = page.element(tag);
        const rendered = part(element, 'step') ?? part(element, 'call-button');
        expect(rendered && isShown(rendered), `<${tag}> rendered`).to.equal(true);
      }
      await page.embedding.fence();
      expect(page.embedding.violations).to.deep.equal([]);
    } finally {
      page.close();
    }
  });
});
