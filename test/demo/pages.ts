// Opens a page (the demo, the builder, or a bare page holding a pasted snippet)
// in an iframe of the test page, waits until its elements have rendered, and
// runs axe-core inside it. The demo pages get a first script that records
// console errors (see web-test-runner.config.mjs and console-watch.ts); a bare
// page built here gets it too (`CONSOLE_WATCH`).
import { waitUntil } from '@open-wc/testing';
import { TAGS } from '../../src/elements.mjs';

export { TAGS };

/** The first script of a page whose console the tests read. */
export const CONSOLE_WATCH = '<script src="/test/demo/console-watch.ts"></script>';
const SELECTOR = TAGS.join(', ');

type RecoveryElementLike = HTMLElement & { updateComplete: Promise<boolean> };

interface AxeResults {
  violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
}

export type PageWindow = Window &
  typeof globalThis & {
    __pageProblems?: string[];
    axe?: { run(context: Node, options: object): Promise<AxeResults> };
  };

export interface Page {
  frame: HTMLIFrameElement;
  window: PageWindow;
  document: Document;
  /** Console errors and warnings, uncaught errors and failed loads, in order. */
  problems(): string[];
  /** Every element of ours on the page. */
  elements(): RecoveryElementLike[];
}

/** Resolves when every element of ours in `root` has defined and rendered. */
export async function rendered(page: Page): Promise<void> {
  await Promise.all(TAGS.map((tag) => page.window.customElements.whenDefined(tag)));
  await Promise.all(page.elements().map((element) => element.updateComplete));
}

/** Loads `src` (a URL) or `srcdoc` (a whole HTML document) in a new iframe. */
export async function openPage(
  { src, srcdoc }: { src?: string; srcdoc?: string },
  { width = 1024, height = 900 } = {},
): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.title = 'Page under test';
  frame.style.cssText = `display:block;width:${width}px;height:${height}px;border:0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  if (src) frame.src = src;
  else frame.srcdoc = srcdoc ?? '';
  document.body.append(frame);
  await loaded;
  const page: Page = {
    frame,
    window: frame.contentWindow as PageWindow,
    document: frame.contentDocument!,
    problems: () => {
      // A page without the watch would report no problems, whatever happened: fail instead.
      if (!page.window.__pageProblems) throw new Error('This page has no console watch (console-watch.ts).');
      return [...page.window.__pageProblems];
    },
    elements: () => [...page.document.querySelectorAll<RecoveryElementLike>(SELECTOR)],
  };
  await waitUntil(() => page.window.customElements.get('call-banner'), 'the script defined the elements', {
    timeout: 8000,
  });
  await rendered(page);
  return page;
}

export function closePages(): void {
  for (const frame of document.querySelectorAll('iframe[title="Page under test"]')) frame.remove();
}

/**
 * Lays out the whole page. The demo lets the browser skip the layout of sections
 * far from the screen (`content-visibility: auto`), where `innerText` is empty and
 * axe cannot judge colours: a reader scrolling there gets them laid out.
 */
export function layOutEverything(page: Page): void {
  const style = page.document.createElement('style');
  style.textContent = '* { content-visibility: visible !important; }';
  page.document.head.append(style);
}

/** axe-core's violations on the whole page, one line each; empty when it finds nothing. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!page.window.axe) {
    const script = page.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve);
      script.addEventListener('error', reject);
    });
    page.document.head.append(script);
    await loaded;
  }
  const results = await page.window.axe!.run(page.document, { resultTypes: ['violations'] });
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')})`,
  );
}

/** What a reader gets from an element: its rendered text, and where its links go. */
export function readerView(element: Element): { text: string; links: string[] } {
  const root = element.shadowRoot!;
  const top = root.querySelector<HTMLElement>('.root')!;
  const slotted = [...root.querySelectorAll('slot')].flatMap((slot) =>
    slot.assignedElements({ flatten: true }).map((node) => (node as HTMLElement).innerText),
  );
  return {
    text: [top.innerText, ...slotted].join('\n').replace(/[ \t]+/g, ' ').trim(),
    links: [...root.querySelectorAll('a')].map((link) => link.getAttribute('href') ?? ''),
  };
}
