/**
 * Helpers of the embedding suite: open a partner page (test/embedding/pages/,
 * served by ./server.mjs with our *built* script) in an iframe, wait for our
 * elements, and look inside them.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { TAGS } from '../../src/elements.mjs';

export const engine = navigator.userAgent.includes('Chrome/')
  ? 'Chromium'
  : navigator.userAgent.includes('Firefox/')
    ? 'Firefox'
    : 'WebKit';
export const isChromium = engine === 'Chromium';

export { TAGS };

/** What harness.js records in every page. */
export interface Embedding {
  globals: string[];
  violations: string[];
  errors: string[];
  console: { error: string[]; warn: string[] };
  executed: string[];
  before: { cookie: string; session: Entries; local: Entries };
  storageEntries(storage: () => Storage): Entries;
  fence(): Promise<void>;
}
type Entries = Record<string, string> | string;

export type HostWindow = Window & typeof globalThis & { embedding: Embedding };

/** One of our elements, as the page's realm sees it. */
export type OurElement = HTMLElement & {
  updateComplete: Promise<boolean>;
  shadowRoot: ShadowRoot;
};

export interface RecordedRequest {
  method: string;
  /** The path under the page's own folder, e.g. `partner.html`, `recovery-elements.js`. */
  path: string;
  query: string;
  referer: string;
  cookie: string;
  destination: string;
}

export interface HostPage {
  frame: HTMLIFrameElement;
  window: HostWindow;
  document: Document;
  embedding: Embedding;
  run: string;
  /** The first element with this tag (in the page, or in a partner's shadow root). */
  element(tag: string): OurElement;
  /** Every request the page made so far, as the server saw it. */
  requests(): Promise<RecordedRequest[]>;
  /** Waits until every element of ours is rendered, and two frames. */
  settle(): Promise<void>;
  close(): void;
}

export interface FrameOptions {
  width?: number;
  height?: number;
  /** The iframe's `sandbox` attribute: the parent can then not look inside. */
  sandbox?: string;
}

let opened = 0;

/** The iframe for `page` (with the server's query: css, script, policy, …), loaded. */
export async function openFrame(
  page: string,
  query: Record<string, string> = {},
  { width = 800, height = 900, sandbox }: FrameOptions = {},
): Promise<{ frame: HTMLIFrameElement; run: string }> {
  const run = `${engine.toLowerCase()}-${Date.now().toString(36)}-${++opened}`;
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  frame.style.border = '0';
  frame.style.display = 'block';
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.src = `/embed/${run}/${page}?${new URLSearchParams(query)}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, run };
}

export async function openPage(
  page: string,
  query: Record<string, string> = {},
  options: FrameOptions = {},
): Promise<HostPage> {
  const { frame, run } = await openFrame(page, query, options);
  const window = frame.contentWindow as HostWindow;
  const hostPage: HostPage = {
    frame,
    window,
    document: frame.contentDocument!,
    embedding: window.embedding,
    run,
    element(tag) {
      const found = deepElements(this.document).find((element) => element.localName === tag);
      if (!found) throw new Error(`no <${tag}> in ${page}`);
      return found as OurElement;
    },
    async requests() {
      const response = await fetch(`/__embedding/requests?run=${run}`);
      return response.json();
    },
    async settle() {
      const ours = deepElements(this.document).filter(
        (element) => (TAGS as readonly string[]).includes(element.localName) && window.customElements.get(element.localName),
      );
      await Promise.all(ours.map((element) => (element as OurElement).updateComplete));
      await frames(window);
    },
    close() {
      frame.remove();
    },
  };
  await hostPage.settle();
  return hostPage;
}

/** Two animation frames of `window`: layout and resize observers have run. */
export function frames(window: Window): Promise<void> {
  return new Promise((resolve) => window.requestAnimationFrame(() => window.requestAnimationFrame(() => resolve())));
}

/** Every element in `root`, in light DOM and in every open shadow root below it. */
export function deepElements(root: Document | ShadowRoot | Element): Element[] {
  const found: Element[] = [];
  const visit = (node: Document | ShadowRoot | Element) => {
    for (const element of node.querySelectorAll('*')) {
      found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root);
  return found;
}

/** `[part~=name]` inside an element's shadow root. */
export function part(element: Element, name: string): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/**
 * The element is rendered: it has a box, and no ancestor hides its content
 * (`display: none`, or the `content-visibility: hidden` of `hidden="until-found"`).
 */
export const isShown = (element: Element) => element.checkVisibility() && element.getClientRects().length > 0;

/** The computed values of `properties` on `element`, in its own realm. */
export function computed(element: Element, properties: readonly string[]): Record<string, string> {
  const style = element.ownerDocument.defaultView!.getComputedStyle(element);
  return Object.fromEntries(properties.map((property) => [property, style.getPropertyValue(property)]));
}

/** Chromium only: real forced colours, reduced motion or print, through the DevTools Protocol. */
export function emulate(media: { forcedColors?: 'active' | 'none'; reducedMotion?: 'reduce' | 'no-preference'; media?: string }) {
  return executeServerCommand('embedding-emulate', media);
}

/** Clicks without following tel:, sms: or https: links (the browser would leave the page). */
export function stayOnPage(page: HostPage): void {
  page.window.addEventListener('click', (event) => {
    if ((event.composedPath()[0] as Element).closest?.('a[href]')) event.preventDefault();
  }, true);
}

/** The computed style of an element, from its own window. */
export const styleOf = (element: Element) => element.ownerDocument.defaultView!.getComputedStyle(element);

/**
 * What sticks out of `host` sideways: elements of its shadow root, and text,
 * whose boxes reach past the host's own left or right edge (half a pixel of
 * rounding allowed), and anything that makes its top node scroll sideways.
 * Screen-reader-only text is clipped to 1 px and left out.
 */
export function overflowing(host: Element): string[] {
  const { left, right } = host.getBoundingClientRect();
  const out: string[] = [];
  const check = (what: string, rects: DOMRectList | DOMRect[]) => {
    for (const rect of rects) {
      if (rect.width === 0 && rect.height === 0) continue;
      if (rect.right > right + 0.5 || rect.left < left - 0.5) {
        out.push(`${what} spans ${Math.round(rect.left)}–${Math.round(rect.right)}, the host ${Math.round(left)}–${Math.round(right)}`);
        break;
      }
    }
  };
  // Pseudo-elements (a chevron pushed out by a long word) have no rects: the top node's scroll width shows them.
  const root = host.shadowRoot!.querySelector('.root')!;
  if (root.scrollWidth > root.clientWidth + 1) out.push(`.root scrolls ${root.scrollWidth} px in ${root.clientWidth} px`);
  const walker = host.ownerDocument.createTreeWalker(host.shadowRoot!, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('.sr-only') || (node as Element).classList?.contains('sr-only')) continue;
    if (node.nodeType === Node.TEXT_NODE) {
      if (!node.textContent!.trim()) continue;
      const range = host.ownerDocument.createRange();
      range.selectNodeContents(node);
      check(`text "${node.textContent!.trim().slice(0, 40)}"`, range.getClientRects());
    } else {
      const element = node as Element;
      check(`<${element.localName} part="${element.getAttribute('part') ?? ''}" class="${element.getAttribute('class') ?? ''}">`, element.getClientRects());
    }
  }
  return out;
}
