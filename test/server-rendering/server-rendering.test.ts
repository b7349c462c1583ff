// Server rendering as a Next.js, Astro or Eleventy site does it: each page is
// rendered with Lit SSR (render.mjs, from the package's lib/) to declarative
// shadow DOM, served, and loaded in a frame. Before any script runs the element
// is already painted, styled and usable (its call link is a real link); then the
// page loads Lit's hydration support and the elements, and each element takes
// over the server's DOM in place: the same shadow root and nodes, the same boxes
// to the pixel, its events working, no request but the scripts, and no error.
import { expect } from '@open-wc/testing';

const TAGS = ['overdose-signs', 'family-steps', 'call-banner'];
const cases: string[] = await (await fetch('/server-rendering/cases.json')).json();

interface RecoveryHost extends HTMLElement {
  updateComplete: Promise<boolean>;
}

interface Page {
  window: Window & typeof globalThis;
  document: Document;
  element: RecoveryHost;
  errors: string[];
}

async function openPage(name: string): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 400px; height: 2000px; border: 0; display: block';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/server-rendering/${name}.html`;
  document.body.append(frame);
  await loaded;
  const view = frame.contentWindow as Window & typeof globalThis;
  const errors: string[] = [];
  view.addEventListener('error', (event) => errors.push(String(event.message)));
  view.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  const consoleError = view.console.error.bind(view.console);
  view.console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    consoleError(...args);
  };
  // Links would leave the page: the test follows none.
  view.document.addEventListener('click', (event) => event.preventDefault());
  const element = view.document.querySelector<RecoveryHost>(TAGS.join(','))!;
  return { window: view, document: view.document, element, errors };
}

const nextFrame = (view: Window) => new Promise((resolve) => view.requestAnimationFrame(resolve));

/** The element's boxes (its own, every node in its shadow root) and the page's text after it, to the half pixel. */
function boxes(page: Page): string[] {
  const nodes = [page.element, ...page.element.shadowRoot!.querySelectorAll('*'), page.document.getElementById('after')!];
  const round = (value: number) => Math.round(value * 2) / 2;
  return nodes.map((node) => {
    const { x, y, width, height } = node.getBoundingClientRect();
    return `${node.localName}.${node.getAttribute('part') ?? ''}: ${round(x)},${round(y)} ${round(width)}x${round(height)}`;
  });
}

async function hydrate(page: Page): Promise<void> {
  const script = page.document.createElement('script');
  script.type = 'module';
  script.src = '/test/server-rendering/hydrate.js';
  page.document.head.append(script);
  await page.window.customElements.whenDefined(page.element.localName);
  // The first update hydrates; a second one follows it (the page's language).
  await page.element.updateComplete;
  await page.element.updateComplete;
  await nextFrame(page.window);
  await nextFrame(page.window);
}

describe('server rendering with Lit SSR', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('renders every element', () => {
    for (const tag of TAGS) expect(cases.some((name) => name.startsWith(tag)), tag).to.equal(true);
  });

  for (const name of cases.filter((name) => !['page-language', 'slotted-note', 'after-hours'].includes(name))) {
    it(`${name}: paints before the script runs, then hydrates in place with no layout shift`, async () => {
      const page = await openPage(name);
      const { element } = page;
      const root = element.shadowRoot!;
      expect(page.window.customElements.get(element.localName), 'not yet defined').to.equal(undefined);
      expect(root, 'a declarative shadow root').to.not.equal(null);
      const heading = root.querySelector('[part~="heading"]')!;
      expect(heading.textContent!.trim()).to.not.equal('');
      expect(heading.getBoundingClientRect().height).to.be.greaterThan(0);
      // Our styles are painted too: the call button is a 44-px target only through them.
      const callButtons = [...root.querySelectorAll<HTMLAnchorElement>('a[part~="call-button"]')].filter(
        (link) => link.getClientRects().length > 0,
      );
      if (element.localName !== 'family-steps') expect(callButtons.length, 'a call button in view').to.be.greaterThan(0);
      for (const link of callButtons) {
        expect(link.href).to.match(/^tel:\+?[0-9]+$/);
        expect(link.getBoundingClientRect().height).to.be.at.least(44);
      }
      const nodes = [...root.querySelectorAll('*')];
      // As painted: the boxes a reader sees after the browser's first rendering step.
      await new Promise((painted) => page.window.requestAnimationFrame(() => page.window.requestAnimationFrame(painted)));
      const before = boxes(page);
      const language = root.querySelector('.root')!.getAttribute('lang');

      await hydrate(page);

      expect(element.shadowRoot, 'the same shadow root').to.equal(root);
      expect(nodes.filter((node) => node.getRootNode() !== root), 'nodes the hydration replaced').to.deep.equal([]);
      expect(boxes(page)).to.deep.equal(before);
      expect(root.querySelector('.root')!.getAttribute('lang')).to.equal(language);
      expect(page.errors).to.deep.equal([]);
      // The page loaded its scripts and nothing else: no second request for the page or its words.
      const requests = page.window.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      expect(requests.length, 'the scripts are listed').to.be.greaterThan(0);
      expect(requests.filter((entry) => !/\.m?js(\?|$)/.test(new URL(entry.name).pathname + new URL(entry.name).search))).to.deep.equal([]);

      // Hydrated means live: a tap on a call link fires the element's event.
      const calls: CustomEvent[] = [];
      page.document.addEventListener('recovery-call', (event) => calls.push(event as CustomEvent));
      root.querySelector<HTMLAnchorElement>('a[href^="tel:"]')?.click();
      if (root.querySelector('a[href^="tel:"]')) {
        expect(calls.map((event) => event.detail.source)).to.deep.equal([element.tagName]);
      }
    });
  }

  it("an element without its own lang takes the page's language once it runs", async () => {
    const page = await openPage('page-language');
    const root = page.element.shadowRoot!;
    const served = root.querySelector('[part~="heading"]')!.textContent;
    expect(root.querySelector('.root')!.getAttribute('lang'), 'the server sees only the element').to.equal('en');
    const nodes = [...root.querySelectorAll('*')];

    await hydrate(page);

    expect(root.querySelector('.root')!.getAttribute('lang')).to.equal('es');
    expect(root.querySelector('[part~="heading"]')!.textContent).to.not.equal(served);
    expect(nodes.filter((node) => node.getRootNode() !== root)).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });

  it('after hours: the server, with no clock to trust, renders the line open; the banner reads the clock once it runs', async () => {
    const page = await openPage('after-hours');
    const root = page.element.shadowRoot!;
    const call = () => root.querySelector<HTMLAnchorElement>('a[part~="call-button"]')!;
    expect(call().getAttribute('href')).to.equal('tel:9735550142');
    expect(root.querySelector('[part~="after-hours"]')).to.equal(null);
    const section = root.querySelector('section');

    await hydrate(page);

    expect(page.element.shadowRoot, 'the same shadow root').to.equal(root);
    expect(root.querySelector('section'), 'hydrated in place, then changed').to.equal(section);
    expect(call().getAttribute('href')).to.equal('tel:18006624357');
    expect(root.querySelector('[part~="after-hours"]')!.textContent).to.contain('Closed now.');
    expect(page.errors).to.deep.equal([]);
  });

  it("a partner's slotted note, which the server cannot see, shows once the banner runs", async () => {
    const page = await openPage('slotted-note');
    expect(page.element.shadowRoot!.querySelector<HTMLElement>('[part~="note"]')!.hidden).to.equal(true);
    await hydrate(page);
    const note = page.element.shadowRoot!.querySelector<HTMLElement>('[part~="note"]')!;
    expect(note.hidden).to.equal(false);
    expect(note.getBoundingClientRect().height).to.be.greaterThan(0);
  });
});
