import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { axeViolations, closePages, CONSOLE_WATCH, openPage, readerView, type Page } from './pages.js';

const BUILDER = '/site/builder.html';
const BUILT_SCRIPT = `${location.origin}/dist/recovery-elements.js`;

async function openBuilder(size?: { width: number; height: number }): Promise<Page> {
  const page = await openPage({ src: BUILDER }, size);
  await waitUntil(() => page.document.documentElement.dataset.ready === 'true', 'the builder is ready', {
    timeout: 8000,
  });
  return page;
}

const control = (page: Page, name: string) =>
  page.document.querySelector<HTMLInputElement>(`#builder [name="${name}"]`)!;
const text = (page: Page, selector: string) => page.document.querySelector(selector)!.textContent!.trim();
const preview = (page: Page) => page.document.querySelector('#preview')!.querySelector('call-banner, overdose-signs, family-steps')!;

/** Changes a control the way a person does (one `input` event), and waits for the builder to catch up. */
async function setControl(page: Page, name: string, value: string | boolean): Promise<void> {
  const updated = oneEvent(page.document, 'builder-updated');
  let input: HTMLInputElement | null;
  const option = typeof value === 'string' ? CSS.escape(value) : '';
  if (typeof value === 'boolean') {
    input = control(page, name);
    input.checked = value;
  } else if (page.document.querySelector(`#builder input[type="radio"][name="${name}"]`)) {
    input = page.document.querySelector<HTMLInputElement>(`#builder input[name="${name}"][value="${option}"]`);
    input!.checked = true;
  } else if (page.document.querySelector(`#builder input[type="checkbox"][name="${name}"][value="${option}"]`)) {
    input = page.document.querySelector(`#builder input[type="checkbox"][name="${name}"][value="${option}"]`);
    input!.checked = !input!.checked;
  } else {
    input = control(page, name);
    input.value = value;
  }
  input!.dispatchEvent(new Event('input', { bubbles: true }));
  await updated;
}

/** Sets several controls in order, as a person would fill in the form. */
async function setControls(page: Page, settings: [name: string, value: string | boolean][]): Promise<void> {
  for (const [name, value] of settings) await setControl(page, name, value);
}

/** The builder's "my own copy of the script" pointed at this build, so the pasted page runs it. */
const USE_BUILT_SCRIPT: [string, string][] = [
  ['source', 'own'],
  ['ownUrl', BUILT_SCRIPT],
];

/** Presses Copy with the page's clipboard replaced by a stub; returns what was copied. */
async function copySnippet(page: Page): Promise<string> {
  let copied = '';
  Object.defineProperty(page.window.navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async (value: string) => void (copied = value) },
  });
  page.document.querySelector<HTMLButtonElement>('#copy')!.click();
  await waitUntil(() => text(page, '#copy-status').startsWith('Copied'), 'the builder says it copied');
  return copied;
}

/** A bare page, as a partner's site with nothing else on it, holding the pasted snippet. */
const barePage = (snippet: string) =>
  openPage({
    srcdoc: `<!doctype html><html lang="en"><head>${CONSOLE_WATCH}<meta charset="utf-8"><title>Pasted</title></head><body>\n${snippet}</body></html>`,
  });

/** The styles a reader sees on the parts that matter, from the element's shadow root. */
function paintedStyles(element: Element, withFont: boolean): Record<string, string> {
  const styles: Record<string, string> = {};
  const nodes = {
    root: element.shadowRoot!.querySelector('.root'),
    heading: element.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6'),
    'call-button': element.shadowRoot!.querySelector('[part~="call-button"], [part~="helpline-button"]'),
    link: element.shadowRoot!.querySelector('a:not(.button)'),
  };
  for (const [name, node] of Object.entries(nodes)) {
    if (!node) continue;
    const computed = getComputedStyle(node);
    styles[`${name} color`] = computed.color;
    styles[`${name} background`] = computed.backgroundColor;
    styles[`${name} border`] = computed.borderTopColor;
    styles[`${name} radius`] = computed.borderTopLeftRadius;
    styles[`${name} size`] = computed.fontSize;
    if (withFont) styles[`${name} font`] = computed.fontFamily;
  }
  return styles;
}

/** The element's own attributes, but for `style` (the preview sets inline what the snippet puts in <style>). */
const attributesOf = (element: Element) =>
  Object.fromEntries(
    [...element.attributes].filter((attribute) => attribute.name !== 'style').map((a) => [a.name, a.value]),
  );
/** Its light-DOM children (the fallback and slotted content), as markup. */
const childrenOf = (element: Element) => element.innerHTML.replace(/\s+/g, ' ').replace(/> </g, '><').trim();

async function expectPastedToMatchPreview(page: Page, { withFont = false } = {}): Promise<Page> {
  const snippet = await copySnippet(page);
  expect(snippet, 'the copied text is the snippet shown').to.equal(page.document.querySelector<HTMLTextAreaElement>('#snippet')!.value);
  const pasted = await barePage(snippet);
  const shown = preview(page);
  const [element] = pasted.elements();
  expect(element?.localName).to.equal(shown.localName);
  expect(attributesOf(element)).to.deep.equal(attributesOf(shown));
  expect(childrenOf(element)).to.equal(childrenOf(shown));
  expect(readerView(element)).to.deep.equal(readerView(shown));
  expect(paintedStyles(element, withFont)).to.deep.equal(paintedStyles(shown, withFont));
  expect(pasted.problems()).to.deep.equal([]);
  return pasted;
}

describe('the snippet builder', function () {
  // axe on the whole builder takes a few seconds in WebKit.
  this.timeout(30000);
  afterEach(closePages);

  it('loads with no console errors or warnings, and passes axe', async () => {
    const page = await openBuilder();
    expect(page.problems()).to.deep.equal([]);
    expect(await axeViolations(page)).to.deep.equal([]);
  });

  it('passes axe for each element, with own colours and every optional field showing', async () => {
    const page = await openBuilder();
    await setControl(page, 'ownColours', true);
    await setControl(page, 'source', 'own');
    await setControl(page, 'country', 'other');
    for (const element of ['call-banner', 'overdose-signs', 'family-steps']) {
      await setControl(page, 'element', element);
      expect(await axeViolations(page), element).to.deep.equal([]);
    }
  });

  it('on a phone (375 px): no horizontal scrolling, and axe finds nothing', async () => {
    const page = await openBuilder({ width: 375, height: 800 });
    expect(page.document.documentElement.scrollWidth).to.be.at.most(375);
    expect(await axeViolations(page)).to.deep.equal([]);
  });

  it('starts with the national helpline and the script from a copy on the partner\'s own site', async () => {
    const page = await openBuilder();
    const snippet = page.document.querySelector<HTMLTextAreaElement>('#snippet')!.value;
    expect(snippet).to.match(/^<script src="\/recovery-elements\.js" defer><\/script>\n/);
    expect(snippet).to.contain('<call-banner lang="en">');
    expect(snippet).to.contain('<a href="tel:18006624357">Call 1-800-662-4357, SAMHSA National Helpline</a>');
    expect(readerView(preview(page)).links[0]).to.equal('tel:18006624357');
    expect(text(page, '#own-field')).to.contain('Download the script');
  });

  describe('where the script comes from', () => {
    const sha384 = async (bytes: ArrayBuffer) =>
      `sha384-${btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-384', bytes))))}`;
    const siteScript = async () => (await fetch('/site/recovery-elements.js')).arrayBuffer();
    const scriptTag = (page: Page) => page.document.querySelector<HTMLTextAreaElement>('#snippet')!.value.split('\n')[0];

    it('"Download the script" saves the exact file, under the name the snippet gives it', async () => {
      const page = await openBuilder();
      await setControl(page, 'ownUrl', '/js/recovery-elements-0.1.js');
      expect(scriptTag(page)).to.equal('<script src="/js/recovery-elements-0.1.js" defer></script>');
      const link = page.document.querySelector<HTMLAnchorElement>('#download')!;
      expect(link.download).to.equal('recovery-elements-0.1.js');
      expect(link.textContent).to.contain('recovery-elements-0.1.js');
      const saved = await (await fetch(link.href)).arrayBuffer();
      expect(await sha384(saved)).to.equal(await sha384(await siteScript()));
    });

    it('pins the file with integrity and crossorigin when the address may be another origin, and only then', async () => {
      const page = await openBuilder();
      const integrity = await sha384(await siteScript());
      await setControl(page, 'ownUrl', 'https://files.example.org/recovery-elements.js');
      expect(scriptTag(page)).to.equal(
        `<script src="https://files.example.org/recovery-elements.js" integrity="${integrity}" crossorigin="anonymous" defer></script>`,
      );
      expect(text(page, '#ownUrl-status')).to.contain('pins this exact file');
      await setControl(page, 'ownUrl', 'recovery-elements.js');
      expect(scriptTag(page)).to.equal('<script src="recovery-elements.js" defer></script>');
      await setControl(page, 'source', 'cdn');
      expect(scriptTag(page)).to.match(
        new RegExp(`^<script src="https://cdn\\.jsdelivr\\.net/npm/recovery-elements@\\d+\\.\\d+\\.\\d+/dist/recovery-elements\\.js" integrity="${integrity.replace(/[+/]/g, '\\$&')}" crossorigin="anonymous" defer></script>$`),
      );
      expect(text(page, '#builder')).to.contain('once the package is published');
    });

    it('says what is wrong with an address it cannot use, and warns before copying', async () => {
      const page = await openBuilder();
      for (const [address, says] of [
        ['http://example.org/recovery-elements.js', 'https://'],
        ['https://example.org/scripts/', "the file's name"],
        ['javascript:alert(1)', 'web address'],
        ['', 'Write where your copy is'],
      ]) {
        await setControl(page, 'ownUrl', address);
        expect(text(page, '#ownUrl-status'), address).to.contain(says);
        expect(control(page, 'ownUrl').getAttribute('aria-invalid'), address).to.equal('true');
        expect(text(page, '#snippet-warning'), address).to.contain('the address of your copy');
      }
    });
  });

  describe('checks phone numbers as the banner does', () => {
    it('shows the digits a phone will dial, vanity letters included', async () => {
      const page = await openBuilder();
      await setControl(page, 'phone', '1-800-662-HELP');
      expect(text(page, '#phone-status')).to.equal('Phones will dial 18006624357.');
      expect(control(page, 'phone').getAttribute('aria-invalid')).to.equal('false');
      await setControl(page, 'phone', '+44 (0)300 123 6600');
      expect(text(page, '#phone-status')).to.equal('Phones will dial +443001236600.');
    });

    it('says plainly when a phone number is not one, in a live region, and warns before copying', async () => {
      const page = await openBuilder();
      await setControl(page, 'phone', 'call us');
      const status = page.document.querySelector('#phone-status')!;
      expect(status.getAttribute('aria-live')).to.equal('polite');
      expect(status.textContent).to.contain('This is not a phone number yet');
      expect(control(page, 'phone').getAttribute('aria-invalid')).to.equal('true');
      expect(control(page, 'phone').getAttribute('aria-describedby')).to.contain('phone-status');
      expect(text(page, '#snippet-warning')).to.contain('the phone number');
      // The preview shows what a reader would get: the national helpline, never a broken link.
      expect(readerView(preview(page)).links[0]).to.equal('tel:18006624357');
      expect(page.document.querySelector<HTMLTextAreaElement>('#snippet')!.value).to.contain('href="tel:18006624357"');
    });
  });

  it('warns when colours fall below WCAG AA contrast', async () => {
    const page = await openBuilder();
    await setControl(page, 'ownColours', true);
    await setControl(page, 'colour-accent', '#ffdd00');
    const summary = page.document.querySelector('#contrast-summary')!;
    expect(summary.className).to.contain('bad');
    const failing = [...page.document.querySelectorAll('#contrast-list .fail')].map((item) => item.textContent);
    expect(failing.join('\n')).to.contain('Button text on the brand colour');
    expect(failing.join('\n')).to.contain('Links on the background');
    expect(text(page, '#snippet-warning')).to.contain('colours');
    await setControl(page, 'colour-accent', '#7a1f5c');
    expect(summary.className).to.contain('good');
    expect(page.document.querySelectorAll('#contrast-list .fail').length).to.equal(0);
  });

  describe('its snippet, pasted into a bare page, shows exactly what the preview showed', () => {
    it('a call banner: own number, Spanish, own colours and font', async () => {
      const page = await openBuilder();
      await setControls(page, [
        ['phone', '(973) 555-0142'],
        ['org', 'Hope Clinic'],
        ['sms', '(973) 555-0143'],
        ['hours', 'lunes a viernes, de 9 a 5'],
        ['lang', 'es'],
        ['ownColours', true],
        ['colour-accent', '#7a1f5c'],
        ['colour-background', '#fffaf2'],
        ['font', 'Georgia, \'Times New Roman\', serif'],
        ['radius', '0'],
        ...USE_BUILT_SCRIPT,
      ]);
      expect(text(page, '#snippet-warning')).to.equal('');
      const snippet = page.document.querySelector<HTMLTextAreaElement>('#snippet')!.value;
      expect(snippet).to.contain('--recovery-color-accent: #7a1f5c;');
      expect(snippet).to.contain('<a href="tel:9735550142">Llamar al (973) 555-0142, Hope Clinic</a>');
      const pasted = await expectPastedToMatchPreview(page, { withFont: true });
      expect(readerView(pasted.elements()[0]).links).to.include.members(['tel:9735550142', 'sms:9735550143']);
    });

    it('overdose signs: compact, dark, UK emergency number, a line of the partner\'s own', async () => {
      const page = await openBuilder();
      await setControls(page, [
        ['element', 'overdose-signs'],
        ['signsVariant', 'compact'],
        ['theme', 'dark'],
        ['country', '999'],
        ['goodSamaritan', false],
        ['footer', 'Free naloxone at our front desk & no questions <asked>.'],
        ['fontSize', '1.25rem'],
        ...USE_BUILT_SCRIPT,
      ]);
      const pasted = await expectPastedToMatchPreview(page);
      const [element] = pasted.elements();
      expect(readerView(element).links[0]).to.equal('tel:999');
      expect(element.querySelector('[slot="footer"]')!.textContent).to.equal('Free naloxone at our front desk & no questions <asked>.');
    });

    it('family steps: some steps, one open, local groups, another emergency number', async () => {
      const page = await openBuilder();
      await setControl(page, 'element', 'family-steps');
      for (const step of ['2', '3', '4', '6', '7']) await setControl(page, 'steps', step);
      await setControls(page, [
        ['open', '5'],
        ['resources', 'Hope Clinic Family Group, Tuesdays 7 pm\nNaloxone kits at the front desk'],
        ['country', 'other'],
        ['emergency', '112'],
        ['headingLevel', '3'],
        ['theme', 'auto'],
        ...USE_BUILT_SCRIPT,
      ]);
      const snippet = page.document.querySelector<HTMLTextAreaElement>('#snippet')!.value;
      expect(snippet).to.contain('steps="1,5,8"');
      expect(snippet).to.contain('open="5"');
      expect(snippet).to.contain('emergency-number="112"');
      const pasted = await expectPastedToMatchPreview(page);
      expect(readerView(pasted.elements()[0]).links).to.include('tel:112');
    });
  });

  it('works from the keyboard: arrow keys choose the element, Tab reaches every control and Copy', async () => {
    const page = await openBuilder();
    const first = page.document.querySelector<HTMLInputElement>('#builder input[name="element"]:checked')!;
    first.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => preview(page)?.localName === 'overdose-signs', 'the arrow key chose overdose signs');
    const visited: Element[] = [];
    for (let press = 0; press < 60 && page.document.activeElement?.id !== 'copy'; press++) {
      await sendKeys({ press: 'Tab' });
      visited.push(page.document.activeElement!);
    }
    expect(page.document.activeElement?.id, 'Tab reaches the copy button').to.equal('copy');
    for (const element of visited) {
      // The preview's own links and buttons are the elements' (tested with them).
      if (element.closest('#preview')) continue;
      expect(element.matches('input, select, textarea, button, a[href], summary'), element.outerHTML.slice(0, 80)).to.equal(true);
      expect(element.getClientRects().length, `${element.outerHTML.slice(0, 80)} is visible`).to.be.greaterThan(0);
    }
    const reached = new Set(visited.map((element) => element.id || element.getAttribute('name')));
    for (const name of ['signsVariant', 'guide', 'goodSamaritan', 'footer', 'heading', 'lang', 'country', 'theme', 'ownColours', 'font', 'source', 'snippet']) {
      expect(reached, name).to.include(name);
    }
  });
});
