import { expect } from '@open-wc/testing';
import { engine, isShown, openPage, overflowing, part, stayOnPage, styleOf, type HostPage } from './host.js';

/**
 * What a reader sees of our buttons and headings. Not the font family: that is
 * the page's to choose (`--recovery-font-family` defaults to `inherit`).
 */
const BOX = ['padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'margin-top', 'margin-right', 'margin-bottom', 'margin-left'];
const TEXT = ['font-size', 'font-weight', 'font-style', 'line-height', 'letter-spacing', 'word-spacing', 'text-transform', 'text-align', 'text-indent', 'white-space', 'color'];
const BUTTON = [
  ...TEXT,
  ...BOX,
  'display',
  'box-sizing',
  'background-color',
  'min-height',
  'text-decoration-line',
  'border-top-width',
  'border-top-left-radius',
  'border-top-right-radius',
  'border-bottom-left-radius',
  'border-bottom-right-radius',
];
const HEADING = [...TEXT, ...BOX, 'display'];

/** The parts compared on every page: [label, element id, part, properties]. */
const TARGETS: [string, string, string, string[]][] = [
  ['<overdose-signs> call button', 'signs', 'call-button', BUTTON],
  ['<overdose-signs> guide button', 'signs', 'guide-button', BUTTON],
  ['<overdose-signs> heading', 'signs', 'heading', HEADING],
  ['<overdose-signs> section heading', 'signs', 'section-heading', HEADING],
  ['<overdose-signs> sign', 'signs', 'sign', TEXT],
  ['<family-steps> heading', 'steps', 'heading', HEADING],
  ['<family-steps> step title', 'steps', 'step-title', HEADING],
  ['<family-steps> step 5 call button', 'steps', 'call-button', BUTTON],
  ['<family-steps> step 8 helpline button', 'steps', 'helpline-button', BUTTON],
  ['<call-banner> heading', 'banner', 'heading', HEADING],
  ['<call-banner> call button', 'banner', 'call-button', BUTTON],
  ['<call-banner> close button', 'banner', 'dismiss-button', BUTTON],
  ['sticky <call-banner> call button', 'sticky', 'call-button', BUTTON],
];

function snapshot(page: HostPage): Record<string, Record<string, string>> {
  const result: Record<string, Record<string, string>> = {};
  for (const [label, id, name, properties] of TARGETS) {
    const element = part(page.document.getElementById(id)!, name);
    if (!element) throw new Error(`no ${label}`);
    const style = styleOf(element);
    result[label] = Object.fromEntries(properties.map((property) => [property, style.getPropertyValue(property)]));
  }
  // The step's own button, inside its heading.
  const stepButton = page.document.getElementById('steps')!.shadowRoot!.querySelector('[part~="step-title"] button')!;
  const style = styleOf(stepButton);
  result['<family-steps> step button'] = Object.fromEntries(BUTTON.map((property) => [property, style.getPropertyValue(property)]));
  return result;
}

/** The partner's own page is styled by the sheet: proof that the sheet loaded and applies. */
function partnerHeadingSize(page: HostPage) {
  return styleOf(page.document.querySelector('main h2')!).fontSize;
}

describe(`embedding: real host CSS, compared with a bare page (${engine})`, () => {
  let bare: Record<string, Record<string, string>>;
  let bareHeadingSize: string;
  let page: HostPage | undefined;

  before(async () => {
    const barePage = await openPage('partner.html');
    bare = snapshot(barePage);
    bareHeadingSize = partnerHeadingSize(barePage);
    barePage.close();
  });
  afterEach(() => page?.close());

  const sheets: [string, string][] = [
    ['Bootstrap 5 (bootstrap.css)', 'bootstrap'],
    ["Tailwind 4's preflight.css", 'tailwind'],
    ["WordPress block-library's build-style/style.css", 'wordpress'],
    ['a hostile sheet (global *, a, button, h1–h6, ul, p, div, [hidden] rules, all !important)', 'hostile'],
    ['all four at once', 'bootstrap,tailwind,wordpress,hostile'],
  ];
  for (const [name, css] of sheets) {
    it(`${name}: buttons and headings look exactly as on a bare page, and the elements work`, async () => {
      page = await openPage('partner.html', { css });
      // The sheet is there and styles the partner's own content.
      expect(page.document.styleSheets.length).to.be.at.least(css.split(',').length);
      if (css !== 'tailwind' && css !== 'wordpress') expect(partnerHeadingSize(page)).not.to.equal(bareHeadingSize);

      const seen = snapshot(page);
      for (const label of Object.keys(bare)) {
        expect(seen[label], label).to.deep.equal(bare[label]);
      }

      // And they work: a step opens, the banner closes and stays closed, fallbacks stay hidden.
      stayOnPage(page);
      const steps = page.element('family-steps');
      const button = steps.shadowRoot.querySelector<HTMLElement>('[part~="step-title"] button')!;
      button.click();
      await steps.updateComplete;
      expect(isShown(steps.shadowRoot.querySelector('[part~="step-body"] > *')!)).to.equal(true);
      const banner = page.element('call-banner');
      part(banner, 'dismiss-button')!.click();
      await banner.updateComplete;
      expect(isShown(banner), 'the closed banner stays closed, even under [hidden] { display: block !important }').to.equal(false);
      for (const fallback of page.document.querySelectorAll('overdose-signs > p, family-steps > p, call-banner > a')) {
        expect(isShown(fallback), 'fallback children stay hidden').to.equal(false);
      }
      for (const element of page.document.querySelectorAll('overdose-signs, family-steps, call-banner')) {
        expect(overflowing(element), `inside <${element.localName}>`).to.deep.equal([]);
      }
    });
  }

  it('a theme with a 10 px rem (html { font-size: 62.5% }) shrinks our text; the rem tokens ×1.6 in its sheet restore buttons and headings (README says so)', async () => {
    page = await openPage('partner.html', { css: 'root-62' });
    expect(styleOf(part(page.element('call-banner'), 'call-button')!).fontSize).to.equal('10px');
    page.close();
    page = await openPage('partner.html', { css: 'root-62,root-62-tokens' });
    // The sizes a reader sees (a few small gaps inside the banner stay in fixed rem).
    const sizes = (values: Record<string, string>) =>
      Object.fromEntries(Object.entries(values).filter(([property]) => !/^margin-(left|right)$/.test(property)));
    const seen = snapshot(page);
    for (const label of Object.keys(bare)) expect(sizes(seen[label]), label).to.deep.equal(sizes(bare[label]));
  });
});
