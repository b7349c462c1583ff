// Paper, in the tests: print media where the test runner can emulate it, and
// real PDFs where the browser can print to one (test/support/print-pdf-plugin.mjs).
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';

/**
 * `emulateMedia` needs the Chrome DevTools Protocol: Chromium has it; Firefox
 * (WebDriver BiDi) and WebKit (WebDriver) don't.
 */
export const CAN_EMULATE_PRINT = navigator.userAgent.includes('Chrome/');

/** Printing to a PDF needs puppeteer's `page.pdf()`: Chromium and Firefox, not WebKit's WebDriver. */
export const CAN_PRINT_PDF = !/AppleWebKit/.test(navigator.userAgent) || navigator.userAgent.includes('Chrome/');

/** How this engine shows the tests a printed page, for their titles. */
export const PRINT_METHOD = CAN_EMULATE_PRINT
  ? 'print media emulated'
  : 'the print rules applied to the screen: this engine cannot emulate print media through the test runner';

const printRulesOf = (sheets: Iterable<CSSStyleSheet>) =>
  [...sheets]
    .flatMap((sheet) => [...sheet.cssRules])
    // Not `instanceof`: a page in an iframe has its own CSSMediaRule.
    .filter((rule): rule is CSSMediaRule => (rule as CSSMediaRule).media?.mediaText === 'print')
    .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));

/**
 * Shows `roots` as printed: print media where the test runner can emulate it
 * (Chromium), else (Firefox, WebKit) each root's own `@media print` rules
 * applied to the screen, which is what print media would apply. A document's
 * rules come from its style sheets, a shadow root's from its adopted sheets.
 * Returns a function that undoes it.
 */
export async function asPrinted(...roots: (ShadowRoot | Document)[]): Promise<() => Promise<unknown>> {
  if (CAN_EMULATE_PRINT) {
    await emulateMedia({ media: 'print' });
    if (!matchMedia('print').matches) throw new Error('print media is not emulated');
    return () => emulateMedia({ media: 'screen' });
  }
  const undo = roots.map((root) => {
    const before = [...root.adoptedStyleSheets];
    // By node type, not `instanceof`: a page in an iframe has its own Document.
    const isDocument = root.nodeType === Node.DOCUMENT_NODE;
    const own = isDocument ? [...root.styleSheets] : before;
    const rules = printRulesOf(own as CSSStyleSheet[]);
    if (!rules.length) throw new Error('no print rules to apply');
    const View = (isDocument ? (root as Document).defaultView : (root as ShadowRoot).ownerDocument.defaultView)!;
    const sheet = new View.CSSStyleSheet();
    sheet.replaceSync(rules.join('\n'));
    root.adoptedStyleSheets = [...before, sheet];
    return () => {
      root.adoptedStyleSheets = before;
    };
  });
  return async () => undo.forEach((each) => each());
}

export interface PrintedPage {
  width: number;
  height: number;
  text: string;
}

/**
 * Prints `url` (after `setup`, a function body run in the page and awaited) to
 * a PDF in this browser, saved as .tmp/artifacts/print/<name>-<engine>.pdf; returns its
 * pages, sizes in points.
 */
export async function printToPdf(payload: { url: string; name: string; setup?: string; format?: string; landscape?: boolean }): Promise<PrintedPage[]> {
  const result = await executeServerCommand<{ pages: PrintedPage[] }, typeof payload>('print-pdf', payload);
  if (!result?.pages) throw new Error(`this browser could not print ${payload.name} to PDF`);
  return result.pages;
}

/** Text as a reader reads it off the page: one space for any run of spaces and line ends, plain hyphens. */
export const plain = (text: string) => text.replace(/[\u2010\u2011\u00ad]/g, '-').replace(/\s+/g, ' ').trim();

/** Points in a millimetre, and CSS pixels in one. */
export const PT_PER_MM = 72 / 25.4;
export const PX_PER_MM = 96 / 25.4;
