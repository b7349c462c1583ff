import { expect } from '@open-wc/testing';
// The sources' own elements, registered in this test page, to compare with the
// built script that the demo page loads.
import '../../src/index.js';
import { axeViolations, closePages, CONSOLE_WATCH, layOutEverything, openPage, readerView, TAGS, type Page } from './pages.js';

const DEMO = '/site/index.html';

/** The demo page's source as a partner's browser receives it, before any script runs. */
async function demoSource(): Promise<Document> {
  const text = await (await fetch(DEMO)).text();
  return new DOMParser().parseFromString(text, 'text/html');
}

/** Markup as a comparable string: elements, attributes (sorted) and text, whitespace collapsed. */
function shape(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent!.replace(/\s+/g, ' ');
  if (!(node instanceof Element)) return '';
  const attributes = [...node.attributes].map((a) => `${a.name}="${a.value}"`).sort();
  return `<${node.localName}${attributes.map((a) => ` ${a}`).join('')}>${[...node.childNodes].map(shape).join('')}</${node.localName}>`;
}
const shapeOf = (root: ParentNode) => [...root.childNodes].map(shape).join('').replace(/\s+/g, ' ').trim();

describe('the demo page', function () {
  // axe on the whole demo takes a few seconds in WebKit.
  this.timeout(30000);
  let page: Page;
  before(async () => {
    page = await openPage({ src: DEMO });
    // Console problems are recorded from the start; the checks below read the laid-out page.
    layOutEverything(page);
  });
  after(closePages);

  it('loads with no console errors or warnings, and nothing fails to load', () => {
    expect(page.problems()).to.deep.equal([]);
  });

  it('passes axe with nothing found', async () => {
    expect(await axeViolations(page)).to.deep.equal([]);
  });

  it('shows every element in each of its variants, each theme, and both languages', () => {
    const shown = page.elements().map((element) => ({
      tag: element.localName,
      variant:
        element.localName === 'call-banner'
          ? (element.getAttribute('variant') ?? 'inline')
          : element.localName === 'overdose-signs'
            ? element.hasAttribute('guide')
              ? 'guide'
              : (element.getAttribute('variant') ?? 'full')
            : element.hasAttribute('steps')
              ? 'some steps'
              : 'all steps',
      theme: element.getAttribute('theme') ?? 'light',
      lang: element.getAttribute('lang') ?? 'en',
    }));
    const variants: Record<string, string[]> = {
      'call-banner': ['inline', 'sticky'],
      'overdose-signs': ['full', 'compact', 'guide'],
      'family-steps': ['all steps', 'some steps'],
    };
    for (const tag of TAGS) {
      const ofTag = shown.filter((element) => element.tag === tag);
      expect(variants, 'this test names the variants of every element').to.have.property(tag);
      expect(new Set(ofTag.map((element) => element.variant)), tag).to.have.all.keys(variants[tag]!);
      expect(new Set(ofTag.map((element) => element.lang)), tag).to.have.all.keys('en', 'es');
    }
    expect(new Set(shown.map((element) => element.theme))).to.have.all.keys('light', 'dark', 'auto');
    // The banner with the partner's own number, and the one with none (the national helpline).
    const helpline = page.elements().filter((element) => element.localName === 'call-banner' && !element.hasAttribute('phone'));
    expect(helpline.length).to.be.greaterThan(0);
  });

  it("uses only made-up 555-01xx numbers for Hope Clinic", () => {
    const numbers = page.document.body.innerHTML.match(/\(\d{3}\) \d{3}-\d{4}/g) ?? [];
    expect(numbers.length).to.be.greaterThan(0);
    for (const number of numbers) expect(number).to.match(/555-01\d\d$/);
  });

  it('shows, under each example, exactly the code of that example', async () => {
    const source = await demoSource();
    const blocks = [...source.querySelectorAll('code[data-for]')];
    expect(blocks.length).to.equal(page.elements().length);
    for (const block of blocks) {
      const example = source.getElementById(block.getAttribute('data-for')!)!;
      const code = new DOMParser().parseFromString(`<body>${block.textContent}</body>`, 'text/html').body;
      expect(shapeOf(code), `the code for #${example.id}`).to.equal(shapeOf(example));
    }
  });

  it('gives every element a working call link to show before the script runs, hidden once it does', async () => {
    const source = await demoSource();
    for (const element of source.querySelectorAll(TAGS.join(', '))) {
      const fallback = [...element.children].filter((child) => !child.hasAttribute('slot'));
      const link = fallback.flatMap((child) => (child.matches('a') ? [child] : [...child.querySelectorAll('a')]))[0];
      expect(link?.getAttribute('href'), element.outerHTML.slice(0, 80)).to.match(/^tel:\+?\d{3,15}$/);
    }
    for (const element of page.elements()) {
      for (const child of element.children) {
        if (!child.hasAttribute('slot')) expect(child.getClientRects().length, child.outerHTML).to.equal(0);
      }
    }
  });

  it('reads, in the built script, exactly as the sources render it', async () => {
    const container = document.createElement('div');
    container.lang = 'en';
    document.body.append(container);
    try {
      for (const built of page.elements()) {
        const fromSources = document.importNode(built, true) as HTMLElement & { updateComplete: Promise<boolean> };
        container.append(fromSources);
        await fromSources.updateComplete;
        expect(readerView(built), built.outerHTML.slice(0, 120)).to.deep.equal(readerView(fromSources));
      }
    } finally {
      container.remove();
    }
  });

  it('names the national helpline apart from its note ("Helpline. Free…")', () => {
    const helpline = page.document.querySelector('#banner-helpline call-banner')!;
    expect(readerView(helpline).text).to.contain('SAMHSA National Helpline. Free, confidential');
  });

  it('links to the builder, a click away', () => {
    const link = page.document.querySelector<HTMLAnchorElement>('.for-you a[href="builder.html"]');
    expect(link?.getClientRects().length).to.be.greaterThan(0);
  });
});

describe('the demo page on a phone (375 px)', function () {
  this.timeout(30000);
  after(closePages);

  it('has no horizontal scrolling, and passes axe', async () => {
    const page = await openPage({ src: DEMO }, { width: 375, height: 800 });
    layOutEverything(page);
    expect(page.document.documentElement.scrollWidth).to.be.at.most(375);
    expect(await axeViolations(page)).to.deep.equal([]);
    expect(page.problems()).to.deep.equal([]);
  });
});

describe('the console watch these tests rely on', () => {
  after(closePages);

  it('hears console errors, warnings, uncaught errors and files that fail to load', async () => {
    const page = await openPage({
      srcdoc: `<!doctype html><html lang="en"><head>${CONSOLE_WATCH}<title>Noisy</title>
        <script src="/dist/recovery-elements.js"></script>
        <script src="/test/demo/missing-on-purpose.js"></script></head><body>
        <call-banner phone="call us"></call-banner>
        <script>console.warn('careful');</script><script>throw new Error('boom');</script></body></html>`,
    });
    const problems = page.problems().join('\n');
    expect(problems).to.contain('failed to load: ');
    expect(problems).to.contain('missing-on-purpose.js');
    expect(problems).to.contain('console.error: <call-banner>: phone="call us" is not a phone number');
    expect(problems).to.contain('console.warn: careful');
    expect(problems).to.contain('uncaught: ');
  });
});
