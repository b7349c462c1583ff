import { aTimeout, expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/family-steps/define.js';
import type { FamilySteps } from '../../src/family-steps/family-steps.js';

const CDC_RESPONSE = 'https://www.cdc.gov/stop-overdose/response/index.html';
const CDC_RESPONSE_ES =
  'https://www.cdc.gov/stop-overdose/es/response/que-hacer-si-cree-que-alguien-tiene-una-sobredosis.html';

const shadow = (el: Element) => el.shadowRoot!;
/** The toggle buttons, in the order shown. */
const toggles = (el: Element) => [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="step-title"] button')];
const label = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();
/** The step numbers shown, in order, as a reader reads them on the toggles. */
const shownSteps = (el: Element) => toggles(el).map((button) => Number(/\d+/.exec(label(button))![0]));
const toggleOf = (el: Element, step: number) =>
  toggles(el).find((button) => new RegExp(`^(Step|Paso) ${step}:`).test(label(button)))!;
/** A step's body, found the way assistive technology finds it: through aria-controls. */
const bodyOf = (el: Element, step: number) =>
  shadow(el).getElementById(toggleOf(el, step).getAttribute('aria-controls')!)!;
/** What a sighted reader sees: the body takes room and its words are rendered. */
const isShown = (body: HTMLElement) =>
  body.getBoundingClientRect().height > 0 && body.firstElementChild!.checkVisibility();
/** The open steps, checking that each toggle's state matches what is on screen. */
function openSteps(el: Element): number[] {
  return shownSteps(el).filter((step) => {
    const expanded = toggleOf(el, step).getAttribute('aria-expanded');
    expect(expanded, `aria-expanded of step ${step}`).to.be.oneOf(['true', 'false']);
    expect(isShown(bodyOf(el, step)), `step ${step} is shown exactly when expanded`).to.equal(expanded === 'true');
    return expanded === 'true';
  });
}

/** The toggle events a listener on the page hears while `action` runs. */
async function toggleEvents(action: () => unknown): Promise<{ step: number; open: boolean }[]> {
  const heard: { step: number; open: boolean }[] = [];
  const listener = (event: Event) => heard.push((event as CustomEvent).detail);
  document.addEventListener('recovery-toggle', listener);
  try {
    await action();
    await aTimeout(0);
  } finally {
    document.removeEventListener('recovery-toggle', listener);
  }
  return heard;
}

/**
 * `emulateMedia` needs the Chrome DevTools Protocol: Chromium has it; Firefox
 * (WebDriver BiDi) and WebKit (WebDriver) don't.
 */
const CAN_EMULATE_MEDIA = navigator.userAgent.includes('Chrome/');

/**
 * Shows the page as printed: print media where the test runner can emulate it
 * (Chromium), else (Firefox, WebKit) the element's own print rules applied to the
 * screen, which is what print media would apply. Returns a function that undoes it.
 */
async function asPrinted(el: Element): Promise<() => Promise<unknown>> {
  if (CAN_EMULATE_MEDIA) {
    await emulateMedia({ media: 'print' });
    expect(matchMedia('print').matches, 'print media is emulated').to.equal(true);
    return () => emulateMedia({ media: 'screen' });
  }
  const root = shadow(el);
  const before = [...root.adoptedStyleSheets];
  const printRules = before
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print')
    .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
  expect(printRules, 'the element has print rules').to.have.length.greaterThan(0);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(printRules.join('\n'));
  root.adoptedStyleSheets = [...before, sheet];
  return async () => {
    root.adoptedStyleSheets = before;
  };
}

describe('<family-steps>', () => {
  /** Tel links must not navigate the test page; remembers whether we had already stopped one. */
  let defaultPreventedByElement: boolean | undefined;
  const stopNavigation = (event: Event) => {
    defaultPreventedByElement = event.defaultPrevented;
    event.preventDefault();
  };
  beforeEach(() => {
    defaultPreventedByElement = undefined;
    document.addEventListener('click', stopNavigation);
  });
  afterEach(() => {
    document.removeEventListener('click', stopNavigation);
    sinon.restore();
  });

  describe('what a reader sees', () => {
    it('shows all eight steps by default, each closed, with its number, title and one-line summary', async () => {
      const el = await fixture<FamilySteps>(html`<family-steps></family-steps>`);
      expect(shownSteps(el)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(openSteps(el)).to.deep.equal([]);
      expect(label(toggleOf(el, 5))).to.equal('Step 5: Be ready for an overdose');
      const summary = toggleOf(el, 5).closest('[part~="step"]')!.querySelector('[part="step-summary"]')!;
      expect(label(summary)).to.equal('Keep naloxone at home and know what to do.');
      expect(summary.checkVisibility()).to.equal(true);
    });

    it('puts each toggle button inside a real heading one level below the element’s own', async () => {
      const el = await fixture(html`<family-steps></family-steps>`);
      expect(shadow(el).querySelector('[part="heading"]')!.localName).to.equal('h2');
      for (const button of toggles(el)) {
        expect(button.parentElement!.localName).to.equal('h3');
        expect(button.type).to.equal('button');
      }
      const deep = await fixture(html`<family-steps heading-level="4"></family-steps>`);
      expect(shadow(deep).querySelector('[part="heading"]')!.localName).to.equal('h4');
      expect(toggles(deep)[0]!.parentElement!.localName).to.equal('h5');
      const deepest = await fixture(html`<family-steps heading-level="6"></family-steps>`);
      expect(toggles(deepest)[0]!.parentElement!.localName).to.equal('h6');
    });

    it('ties each toggle to its body with aria-controls, and wraps each step in part="step"', async () => {
      const el = await fixture(html`<family-steps></family-steps>`);
      expect(shadow(el).querySelectorAll('[part~="step"]')).to.have.length(8);
      for (const step of shownSteps(el)) {
        const body = bodyOf(el, step);
        expect(body.getAttribute('part')).to.equal('step-body');
        expect(body.closest('[part~="step"]')).to.equal(toggleOf(el, step).closest('[part~="step"]'));
      }
    });

    it('hides fallback children once the element is running', async () => {
      const el = await fixture(html`<family-steps><p>Eight steps for families</p></family-steps>`);
      expect(el.querySelector('p')!.getClientRects()).to.have.length(0);
    });

    it('ends with the closing line, then the partner’s footer', async () => {
      const el = await fixture(html`<family-steps><p slot="footer">Shared by Hope Clinic</p></family-steps>`);
      const footer = shadow(el).querySelector('[part="footer"]')!;
      const slot = footer.querySelector('slot')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal('Shared by Hope Clinic');
      const closing = footer.previousElementSibling!;
      expect(label(closing)).to.equal(
        'There is no sure way to help. But steady support from family and friends makes a real difference.',
      );
      expect(el.querySelector('p')!.checkVisibility()).to.equal(true);
    });
  });

  describe('steps: which steps, in which order', () => {
    it('steps="1,5,8" shows those three, in that order', async () => {
      const el = await fixture(html`<family-steps steps="1,5,8"></family-steps>`);
      expect(shownSteps(el)).to.deep.equal([1, 5, 8]);
    });

    it('follows the order the partner wrote, and later changes', async () => {
      const el = await fixture<FamilySteps>(html`<family-steps steps="8, 1"></family-steps>`);
      expect(shownSteps(el)).to.deep.equal([8, 1]);
      el.setAttribute('steps', '3');
      await el.updateComplete;
      expect(shownSteps(el)).to.deep.equal([3]);
      el.steps = '';
      await el.updateComplete;
      expect(shownSteps(el)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8]);
    });

    it('takes a list a script sets as an array or a number', async () => {
      const el = await fixture<FamilySteps>(html`<family-steps></family-steps>`);
      Object.assign(el, { steps: [5, 8], open: 5 });
      await el.updateComplete;
      expect(shownSteps(el)).to.deep.equal([5, 8]);
      expect(openSteps(el)).to.deep.equal([5]);
    });

    it('logs one error naming a bad value, and shows the valid steps', async () => {
      const error = sinon.stub(console, 'error');
      const el = await fixture(html`<family-steps steps="1,9,abc,5"></family-steps>`);
      expect(shownSteps(el)).to.deep.equal([1, 5]);
      expect(error.callCount).to.equal(1);
      expect(error.firstCall.args[0])
        .to.include('<family-steps>')
        .and.include('steps="1,9,abc,5"')
        .and.include('9, abc');
    });

    it('shows all eight when no part of the value is a step, after one error', async () => {
      const error = sinon.stub(console, 'error');
      const el = await fixture(html`<family-steps steps="0, ten"></family-steps>`);
      expect(shownSteps(el)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(error.callCount).to.equal(1);
      expect(error.firstCall.args[0]).to.include('steps="0, ten"');
    });
  });

  describe('open: which steps start open', () => {
    it('open="5" opens only step 5', async () => {
      const el = await fixture(html`<family-steps open="5"></family-steps>`);
      expect(openSteps(el)).to.deep.equal([5]);
    });

    it('open="all" opens every step shown', async () => {
      const el = await fixture(html`<family-steps open="all" steps="2,4"></family-steps>`);
      expect(openSteps(el)).to.deep.equal([2, 4]);
    });

    it('a later change of open replaces what the reader had opened, and fires no toggle event', async () => {
      const el = await fixture<FamilySteps>(html`<family-steps open="1,5"></family-steps>`);
      toggleOf(el, 2).click();
      await el.updateComplete;
      expect(openSteps(el)).to.deep.equal([1, 2, 5]);
      const heard = await toggleEvents(async () => {
        el.open = '3';
        await el.updateComplete;
      });
      expect(openSteps(el)).to.deep.equal([3]);
      expect(heard).to.deep.equal([]);
      el.setAttribute('open', 'ALL');
      await el.updateComplete;
      expect(openSteps(el)).to.have.length(8);
      el.removeAttribute('open');
      await el.updateComplete;
      expect(openSteps(el)).to.deep.equal([]);
    });

    it('logs one error naming a bad value, and opens the valid steps', async () => {
      const error = sinon.stub(console, 'error');
      const el = await fixture(html`<family-steps open="5,x,12"></family-steps>`);
      expect(openSteps(el)).to.deep.equal([5]);
      expect(error.callCount).to.equal(1);
      expect(error.firstCall.args[0]).to.include('open="5,x,12"').and.include('x, 12');
    });
  });

  describe('opening and closing', () => {
    it('a click opens and closes a step, firing recovery-toggle with the step number each time', async () => {
      const el = await fixture<FamilySteps>(html`<family-steps steps="8,3"></family-steps>`);
      const heard = await toggleEvents(async () => {
        toggleOf(el, 3).click();
        await el.updateComplete;
        expect(openSteps(el)).to.deep.equal([3]);
        expect(toggleOf(el, 3).getAttribute('aria-expanded')).to.equal('true');
        toggleOf(el, 3).click();
        await el.updateComplete;
      });
      expect(openSteps(el)).to.deep.equal([]);
      expect(heard).to.deep.equal([
        { step: 3, open: true },
        { step: 3, open: false },
      ]);
    });

    it('the event bubbles out of the shadow root to the page', async () => {
      const el = await fixture(html`<family-steps></family-steps>`);
      setTimeout(() => toggleOf(el, 6).click());
      const event = await oneEvent(document, 'recovery-toggle');
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({ step: 6, open: true });
    });

    it('Enter opens and Space closes the focused step, with an event each time', async () => {
      const el = await fixture<FamilySteps>(html`<family-steps></family-steps>`);
      toggleOf(el, 4).focus();
      const heard = await toggleEvents(async () => {
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(openSteps(el)).to.deep.equal([4]);
        await sendKeys({ press: ' ' });
        await el.updateComplete;
      });
      expect(openSteps(el)).to.deep.equal([]);
      expect(heard).to.deep.equal([
        { step: 4, open: true },
        { step: 4, open: false },
      ]);
      expect(shadow(el).activeElement).to.equal(toggleOf(el, 4));
    });

    it('Tab moves from toggle to toggle, and into an open step’s links', async () => {
      const el = await fixture<FamilySteps>(html`<family-steps steps="4,5,6" open="5"></family-steps>`);
      toggleOf(el, 4).focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(toggleOf(el, 5));
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement!.getAttribute('href')).to.equal('tel:911');
    });

    it('closed steps keep their words findable: hidden="until-found", opened by find-in-page (beforematch)', async () => {
      const el = await fixture<FamilySteps>(html`<family-steps></family-steps>`);
      const body = bodyOf(el, 4);
      expect(body.getAttribute('hidden')).to.equal('until-found');
      expect(isShown(body)).to.equal(false);
      expect(shadow(el).textContent).to.include('Collapsed veins');
      const heard = await toggleEvents(async () => {
        // What the browser does when a find-in-page match is in a closed step.
        body.removeAttribute('hidden');
        body.dispatchEvent(new Event('beforematch'));
        await el.updateComplete;
      });
      expect(heard).to.deep.equal([{ step: 4, open: true }]);
      expect(openSteps(el)).to.deep.equal([4]);
      toggleOf(el, 4).click();
      await el.updateComplete;
      expect(body.getAttribute('hidden')).to.equal('until-found');
      expect(isShown(body)).to.equal(false);
    });

    // Only Firefox's window.find() reveals hidden="until-found" text as its
    // find-in-page does; the test above stands in for it in the other engines.
    if (navigator.userAgent.includes('Firefox/')) {
      it('opens a closed step when find-in-page finds its words (Firefox: window.find)', async () => {
        const el = await fixture<FamilySteps>(html`<family-steps></family-steps>`);
        // On a painted page, as a reader searches it.
        await nextFrame();
        await nextFrame();
        const heard = await toggleEvents(async () => {
          expect((window as unknown as { find(text: string): boolean }).find('Collapsed veins')).to.equal(true);
          await el.updateComplete;
        });
        expect(heard).to.deep.equal([{ step: 4, open: true }]);
        expect(openSteps(el)).to.deep.equal([4]);
      });
    }

    it('plays no open or close animation, so there is none left for reduced motion to stop', async () => {
      const el = await fixture<FamilySteps>(html`<family-steps></family-steps>`);
      toggleOf(el, 1).click();
      await el.updateComplete;
      const animations = [...shadow(el).querySelectorAll('*')].flatMap((node) => node.getAnimations());
      expect(animations).to.have.length(0);
    });
  });

  describe('step 3: talk to a treatment professional', () => {
    it('links to FindTreatment.gov, naming the site, and gives the helpline’s ZIP-code text', async () => {
      for (const lang of ['en', 'es']) {
        const el = await fixture(html`<family-steps open="3" lang=${lang}></family-steps>`);
        const links = [...bodyOf(el, 3).querySelectorAll<HTMLAnchorElement>('a[href]')];
        expect(links.map((link) => [link.getAttribute('href'), label(link)])).to.deep.equal([
          ['https://findtreatment.gov/', 'FindTreatment.gov'],
        ]);
        expect(label(bodyOf(el, 3))).to.include('435748').and.include(lang === 'en' ? 'English only' : 'solo en inglés');
      }
    });
  });

  describe('step 5: be ready for an overdose', () => {
    it('dials 911 by default, and fires recovery-call', async () => {
      const el = await fixture(html`<family-steps open="5"></family-steps>`);
      const call = bodyOf(el, 5).querySelector<HTMLAnchorElement>('[part="call-button"]')!;
      expect(call.getAttribute('href')).to.equal('tel:911');
      expect(label(call)).to.equal('If you think it is an overdose, call 911 right away.');
      setTimeout(() => call.click());
      const event = await oneEvent(document, 'recovery-call');
      expect(event.detail).to.deep.equal({ number: '911', kind: 'emergency', source: 'FAMILY-STEPS' });
    });

    it('dials the emergency number the partner set, and names no other', async () => {
      const el = await fixture(html`<family-steps emergency-number="112" lang="es"></family-steps>`);
      const call = bodyOf(el, 5).querySelector<HTMLAnchorElement>('[part="call-button"]')!;
      expect(call.getAttribute('href')).to.equal('tel:112');
      expect(label(call)).to.equal('Si cree que es una sobredosis, llame al 112 de inmediato.');
      expect(shadow(el).textContent).to.not.include('911');
    });

    it('points to CDC’s overdose guidance in the reader’s language when the page has no <overdose-signs>', async () => {
      const el = await fixture<FamilySteps>(html`<family-steps open="5"></family-steps>`);
      const link = () => bodyOf(el, 5).querySelector<HTMLAnchorElement>(`a[href^="https:"]`)!;
      expect(label(link())).to.equal('Signs of an overdose and what to do (cdc.gov)');
      expect(link().getAttribute('href')).to.equal(CDC_RESPONSE);
      link().click();
      expect(defaultPreventedByElement, 'the link is left to do its job').to.equal(false);
      el.lang = 'es';
      await el.updateComplete;
      expect(link().getAttribute('href')).to.equal(CDC_RESPONSE_ES);
    });

    it('takes the reader to the page’s <overdose-signs> instead, with focus on its call button', async () => {
      const page = await fixture(html`<div>
        <overdose-signs></overdose-signs>
        <div style="height: 3000px"></div>
        <family-steps open="5"></family-steps>
      </div>`);
      // A stand-in for the real element: a shadow root with its call button.
      const signs = page.querySelector('overdose-signs')!;
      const call = document.createElement('a');
      call.setAttribute('part', 'call-button');
      call.href = 'tel:911';
      call.textContent = 'Call 911';
      signs.attachShadow({ mode: 'open' }).append(call);
      const el = page.querySelector('family-steps')!;
      el.scrollIntoView();
      bodyOf(el, 5).querySelector<HTMLAnchorElement>('a[href^="https:"]')!.click();
      expect(defaultPreventedByElement, 'the link does not leave the page').to.equal(true);
      expect(signs.shadowRoot!.activeElement).to.equal(call);
      const top = signs.getBoundingClientRect().top;
      expect(top).to.be.within(-1, innerHeight / 2);
    });

    it('finds an <overdose-signs> in the same shadow root as itself (both inside a page’s own component)', async () => {
      const host = await fixture(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      const signs = document.createElement('overdose-signs');
      const call = document.createElement('a');
      call.setAttribute('part', 'call-button');
      call.href = 'tel:911';
      call.textContent = 'Call 911';
      signs.attachShadow({ mode: 'open' }).append(call);
      const el = document.createElement('family-steps') as FamilySteps;
      el.setAttribute('open', '5');
      root.append(signs, el);
      await el.updateComplete;
      bodyOf(el, 5).querySelector<HTMLAnchorElement>('a[href^="https:"]')!.click();
      expect(defaultPreventedByElement, 'the link does not leave the page').to.equal(true);
      expect(signs.shadowRoot!.activeElement).to.equal(call);
    });

    it('focuses the <overdose-signs> element itself when it shows no call button', async () => {
      const page = await fixture(html`<div>
        <overdose-signs>Signs of an overdose</overdose-signs>
        <family-steps open="5"></family-steps>
      </div>`);
      const el = page.querySelector('family-steps')!;
      bodyOf(el, 5).querySelector<HTMLAnchorElement>('a[href^="https:"]')!.click();
      expect(document.activeElement).to.equal(page.querySelector('overdose-signs'));
    });

    it('follows the link to CDC when the page’s <overdose-signs> is hidden', async () => {
      const page = await fixture(html`<div>
        <overdose-signs hidden>Signs of an overdose</overdose-signs>
        <family-steps open="5"></family-steps>
      </div>`);
      const el = page.querySelector('family-steps')!;
      bodyOf(el, 5).querySelector<HTMLAnchorElement>('a[href^="https:"]')!.click();
      expect(defaultPreventedByElement).to.equal(false);
    });
  });

  describe('step 8: have help ready', () => {
    it('shows the partner’s resources above the built-in ones', async () => {
      const el = await fixture(html`<family-steps open="8">
        <ul slot="resources">
          <li>Hope Clinic family group, Tuesdays at 7</li>
        </ul>
      </family-steps>`);
      const body = bodyOf(el, 8);
      const wrapper = body.querySelector('[part="resources"]')!;
      const slot = wrapper.querySelector<HTMLSlotElement>('slot[name="resources"]')!;
      const partners = el.querySelector('ul')!;
      expect(slot.assignedElements()).to.deep.equal([partners]);
      expect(partners.checkVisibility()).to.equal(true);
      const builtIn = [...body.querySelectorAll('li')].map(label);
      expect(builtIn[0]).to.equal('Narcotics Anonymous (NA) and other 12-step groups');
      expect(builtIn.join(' ')).to.include('Faith communities').and.include('peer recovery groups');
      const na = [...body.querySelectorAll('li')][0]!;
      expect(wrapper.compareDocumentPosition(na) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    });

    it('keeps the partner’s resources hidden while step 8 is closed', async () => {
      const el = await fixture(html`<family-steps><p slot="resources">Hope Clinic</p></family-steps>`);
      expect(el.querySelector('p')!.checkVisibility()).to.equal(false);
    });

    it('offers the family itself support: the family helpline as a call link like the others, its site, family groups, 988', async () => {
      const el = await fixture(html`<family-steps open="8"></family-steps>`);
      const body = bodyOf(el, 8);
      const headings = [...body.querySelectorAll('[part="resources-heading"]')];
      expect(headings.map(label)).to.deep.equal(['Places to find help', 'Support for you, too']);
      expect(headings[1]!.localName).to.equal('h4');
      const calls = [...body.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')];
      expect(calls.map((call) => call.getAttribute('part'))).to.deep.equal(['helpline-button', 'helpline-button']);
      const family = calls[1]!;
      expect(family.getAttribute('href')).to.equal('tel:18553784373');
      expect(label(family)).to.equal('Call 1\u2011855\u2011378\u20114373');
      expect(family.getAttribute('aria-label')).to.equal('Call 1-855-378-4373, Partnership to End Addiction');
      expect(family.className).to.equal(calls[0]!.className);
      // After the second heading, in reading order: the family helpline, its site, the groups, 988.
      expect(headings[1]!.compareDocumentPosition(family) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      const text = label(body);
      expect(text.replace(/\u00a0/g, ' ')).to.include('Partnership to End Addiction (drugfree.org): Help for families, in English and Spanish.');
      expect(text).to.include('Nar-Anon').and.include('SMART Recovery Family & Friends').and.include('CRAFT');
      const sites = [...body.querySelectorAll<HTMLAnchorElement>('a[href^="https:"]')].map((link) => [link.getAttribute('href'), label(link)]);
      expect(sites).to.deep.equal([
        ['https://drugfree.org/', 'drugfree.org'],
        ['https://988lifeline.org/', '988lifeline.org'],
      ]);
      setTimeout(() => family.click());
      const event = await oneEvent(document, 'recovery-call');
      expect(event.detail).to.deep.equal({ number: '18553784373', kind: 'helpline', source: 'FAMILY-STEPS' });
    });

    it('offers the national helpline as a call link that fires recovery-call', async () => {
      const el = await fixture(html`<family-steps open="8"></family-steps>`);
      const helpline = bodyOf(el, 8).querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
      expect(helpline.getAttribute('href')).to.equal('tel:18006624357');
      // The number's hyphens are non-breaking, so it stays on one line where it fits.
      expect(label(helpline)).to.equal('Call 1\u2011800\u2011662\u20114357');
      expect(helpline.getAttribute('aria-label')).to.equal('Call 1-800-662-4357, SAMHSA National Helpline');
      setTimeout(() => helpline.click());
      const event = await oneEvent(document, 'recovery-call');
      expect(event.detail).to.deep.equal({ number: '18006624357', kind: 'helpline', source: 'FAMILY-STEPS' });
    });
  });

  describe('links that leave the page', () => {
    for (const lang of ['en', 'es']) {
      it(`go only to official sites, over https, each naming the site it leads to (${lang})`, async () => {
        const el = await fixture(html`<family-steps open="all" lang=${lang}></family-steps>`);
        const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('a[href]')];
        const away = links.filter((link) => !link.getAttribute('href')!.startsWith('tel:'));
        expect(away.map((link) => new URL(link.href).hostname)).to.deep.equal([
          'findtreatment.gov',
          'www.cdc.gov',
          'drugfree.org',
          '988lifeline.org',
        ]);
        for (const link of away) {
          const url = new URL(link.href);
          expect(url.protocol).to.equal('https:');
          // What a reader sees, and what a screen reader says, names the site: it leaves this page.
          expect(label(link).toLowerCase()).to.include(url.hostname.replace(/^www\./, ''));
          expect(link.hasAttribute('aria-label')).to.equal(false);
        }
      });
    }
  });

  describe('printing', () => {
    for (const theme of ['light', 'dark']) {
      it(`prints every step open, in black, with no button chrome and the links’ addresses shown: ${theme} theme (${CAN_EMULATE_MEDIA ? 'print media emulated' : 'the print rules applied to the screen: this engine cannot emulate print'})`, async () => {
        const el = await fixture<FamilySteps>(html`<family-steps open="2" theme=${theme}></family-steps>`);
        toggleOf(el, 2).click();
        await el.updateComplete;
        const undo = await asPrinted(el);
        try {
          for (const step of shownSteps(el)) {
            const body = bodyOf(el, step);
            expect(getComputedStyle(body).display, `step ${step}`).to.not.equal('none');
            expect(isShown(body), `step ${step} is printed`).to.equal(true);
            expect(getComputedStyle(body.firstElementChild!).color, `step ${step}`).to.equal('rgb(0, 0, 0)');
          }
          const toggle = getComputedStyle(toggleOf(el, 1));
          expect(toggle.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
          expect(toggle.borderTopWidth).to.equal('0px');
          expect(toggle.color).to.equal('rgb(0, 0, 0)');
          expect(getComputedStyle(toggleOf(el, 1), '::after').content).to.be.oneOf(['none', 'normal']);
          const call = bodyOf(el, 5).querySelector('[part="call-button"]')!;
          expect(getComputedStyle(call).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
          expect(getComputedStyle(call).color).to.equal('rgb(0, 0, 0)');
          expect(label(call)).to.include('911');
          const cdc = bodyOf(el, 5).querySelector('a[href^="https:"]')!;
          expect(getComputedStyle(cdc, '::after').content).to.include('(');
        } finally {
          await undo();
        }
        expect(openSteps(el)).to.deep.equal([]);
      });
    }
  });

  describe('small screens and large text', () => {
    for (const [name, fontSize, lang, width] of [
      ['at 320 px wide', '1rem', 'es', 320],
      ['at 320 px wide with text at 200%', '2rem', 'es', 320],
      ['in a 320 px page (288 px inside its margins) with text at 200%, in English: "professional" and its chevron', '2rem', 'en', 288],
    ] as const) {
      it(`nothing runs off the side ${name}, open or closed`, async () => {
        const wrapper = await fixture(html`<div style="width: ${width}px; --recovery-font-size: ${fontSize}">
          <family-steps open="all" lang=${lang}><p slot="resources">Grupo de familias de Hope Clinic</p></family-steps>
        </div>`);
        const el = wrapper.querySelector('family-steps')!;
        await (el as FamilySteps).updateComplete;
        const right = wrapper.getBoundingClientRect().right;
        const overflowing = [...shadow(el).querySelectorAll('*')].filter(
          (node) => node.getBoundingClientRect().right > right + 0.5,
        );
        expect(overflowing.map((node) => node.localName)).to.deep.equal([]);
        const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        const wide: string[] = [];
        while (walker.nextNode()) {
          range.selectNodeContents(walker.currentNode);
          for (const rect of range.getClientRects()) if (rect.right > right + 0.5) wide.push(walker.currentNode.textContent!);
        }
        expect(wide).to.deep.equal([]);
        expect(shadow(el).querySelector('.root')!.scrollWidth).to.be.at.most(width);
      });
    }
  });

  describe('languages', () => {
    it('switches language when lang changes, keeping which steps are open', async () => {
      const el = await fixture<FamilySteps>(html`<family-steps open="5"></family-steps>`);
      el.lang = 'es';
      await el.updateComplete;
      expect(label(shadow(el).querySelector('[part="heading"]')!)).to.equal(
        '8 pasos para ayudar a un ser querido que consume opioides',
      );
      expect(label(toggleOf(el, 5))).to.equal('Paso 5: Prepárese para una sobredosis');
      expect(openSteps(el)).to.deep.equal([5]);
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(label(toggleOf(el, 1))).to.equal('Step 1: Learn about the disease');
    });

    it('logs bad values in English for the partner’s web person, whatever the reader’s language', async () => {
      const error = sinon.stub(console, 'error');
      await fixture(html`<family-steps lang="es" steps="9"></family-steps>`);
      expect(error.firstCall.args[0]).to.include('steps="9"').and.include('ignoring 9');
    });
  });

  describe('accessibility (axe)', () => {
    for (const theme of ['light', 'dark']) {
      for (const lang of ['en', 'es']) {
        for (const open of ['', 'all']) {
          it(`passes axe: ${theme} theme, ${lang}, ${open ? 'every step open' : 'steps closed'}`, async () => {
            const el = await fixture(html`<family-steps theme=${theme} lang=${lang} open=${open}>
              <p slot="resources">Hope Clinic family group</p>
            </family-steps>`);
            await expect(el).to.be.accessible();
          });
        }
      }
    }
  });
});
