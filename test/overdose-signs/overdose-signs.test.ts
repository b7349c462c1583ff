import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/overdose-signs/define.js';
import type { OverdoseSigns } from '../../src/overdose-signs/overdose-signs.js';
import { en } from '../../src/content/en.js';
import { es } from '../../src/content/es.js';
import type { Content } from '../../src/content/schema.js';

/** The guide's buttons: its own words, and the breathing step's two cases as its choices. */
const guideButtons = ({ overdoseSigns: { guide, act } }: Content) => ({
  ...guide,
  breathingYes: act[2].cases[1].lead,
  breathingNo: act[2].cases[0].lead,
});
const guideText = guideButtons(en);
const act = en.overdoseSigns.act;
const isChromium = navigator.userAgent.includes('Chrome/');
const isWebKit = !isChromium && navigator.userAgent.includes('AppleWebKit');

const shadow = (el: Element) => el.shadowRoot!;
const find = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  shadow(el).querySelector<T>(selector);
const findAll = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...shadow(el).querySelectorAll<T>(selector),
];
const callLink = (el: Element) => find<HTMLAnchorElement>(el, '[part~="call-button"]')!;
/** What a reader sees in the element, spaces collapsed. */
const textOf = (el: Element) => find(el, '.root')!.textContent!.replace(/\s+/g, ' ').trim();
/** The button a reader would find by its name. */
const button = (el: Element, name: string) =>
  findAll<HTMLButtonElement>(el, 'button').find((candidate) => candidate.textContent!.trim() === name);
const focused = (el: Element) => shadow(el).activeElement;
const stepTitle = (el: Element) => find(el, '[part="step-title"]')!;
const liveRegion = (el: Element) => find(el, '[aria-live="polite"]');
const sameScreen = (a: Element, b: Element) => a.textContent === b.textContent;

async function click(el: OverdoseSigns, name: string) {
  const target = button(el, name);
  expect(target, `a button named "${name}"`).not.to.equal(undefined);
  target!.click();
  await el.updateComplete;
}

/**
 * Walks the open guide through every screen as a reader would, giving a dose on
 * the way (so the timer shows), and calls `visit` on each: the call, the
 * breathing check, the side position, CPR, awake. (test/overdose-signs/rescue.test.ts
 * tests the guide itself.)
 */
async function everyScreen(el: OverdoseSigns, visit: (screen: string) => unknown, text = guideText) {
  await visit('the call');
  await click(el, text.next);
  await visit('the breathing check');
  await click(el, text.breathingYes);
  await click(el, text.gaveNaloxone);
  await visit('the side position');
  await click(el, text.breathingNo);
  await visit('CPR');
  await click(el, text.wokeUp);
  await visit('awake');
}

/** Every tab stop inside the element, in order (no positive tabindex is used). */
const tabStops = (el: Element) =>
  findAll(el, 'a[href], button:not([disabled]), [tabindex]:not([tabindex="-1"])').filter(
    (candidate) => candidate.getClientRects().length > 0,
  );

describe('<overdose-signs>', () => {
  afterEach(() => sinon.restore());

  describe('the emergency call', () => {
    it('is the first stop in tab order, says "Call 911" and dials 911', async () => {
      const wrapper = await fixture(html`<div><button>before</button><overdose-signs></overdose-signs></div>`);
      const el = wrapper.querySelector('overdose-signs')!;
      await el.updateComplete;
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(el);
      expect(focused(el)).to.equal(callLink(el));
      expect(callLink(el).textContent!.trim()).to.equal('Call 911');
      expect(callLink(el).getAttribute('href')).to.equal('tel:911');
      expect(callLink(el).getAttribute('aria-label')).to.match(/^Call 911\b/);
      expect(tabStops(el)[0]).to.equal(callLink(el));
    });

    it('is the first thing a reader sees, at least 44 × 44 px and larger than any other control', async () => {
      for (const variant of ['full', 'compact']) {
        const el = await fixture<OverdoseSigns>(html`<overdose-signs variant=${variant}></overdose-signs>`);
        const link = callLink(el).getBoundingClientRect();
        expect(link.width).to.be.at.least(44);
        expect(link.height).to.be.at.least(44);
        for (const other of findAll(el, '.root *')) {
          if (other === callLink(el) || !other.getClientRects().length) continue;
          expect(other.getBoundingClientRect().top, other.outerHTML).to.be.at.least(link.top);
        }
        for (const control of findAll(el, 'button')) {
          expect(control.getBoundingClientRect().height).to.be.below(link.height);
        }
        expect(parseFloat(getComputedStyle(callLink(el)).fontSize)).to.be.above(
          parseFloat(getComputedStyle(find(el, 'li')!).fontSize),
        );
      }
    });

    it('dials the number set by emergency-number', async () => {
      const el = await fixture<OverdoseSigns>(html`<overdose-signs emergency-number="999"></overdose-signs>`);
      expect(callLink(el).getAttribute('href')).to.equal('tel:999');
      expect(callLink(el).textContent!.trim()).to.equal('Call 999');
      el.emergencyNumber = '000';
      await el.updateComplete;
      expect(callLink(el).getAttribute('href')).to.equal('tel:000');
    });

    it('emergency-number="112" leaves no 911 anywhere: text, links or labels, in every view and screen', async () => {
      const noNineOneOne = (el: OverdoseSigns, where: string) => {
        expect(textOf(el), where).not.to.include('911');
        for (const node of findAll(el, '*')) {
          for (const attribute of node.getAttributeNames()) {
            expect(node.getAttribute(attribute), `${where}: ${attribute}`).not.to.include('911');
          }
        }
      };
      for (const lang of ['en', 'es']) {
        for (const variant of ['full', 'compact']) {
          const el = await fixture<OverdoseSigns>(
            html`<overdose-signs emergency-number="112" variant=${variant} lang=${lang}></overdose-signs>`,
          );
          expect(callLink(el).getAttribute('href')).to.equal('tel:112');
          noNineOneOne(el, `${lang} ${variant}`);
        }
        const el = await fixture<OverdoseSigns>(html`<overdose-signs emergency-number="112" lang=${lang} guide></overdose-signs>`);
        shadow(el).addEventListener('click', (event) => event.preventDefault(), { capture: true });
        // The record for the paramedics names the number called.
        callLink(el).click();
        await el.updateComplete;
        await everyScreen(
          el,
          (screen) => {
            noNineOneOne(el, `${lang} guide: ${screen}`);
            expect(textOf(el)).to.include('112');
          },
          lang === 'en' ? guideText : guideButtons(es),
        );
      }
    });

    it('fires recovery-call with the number, the kind and the source when it is activated', async () => {
      const el = await fixture<OverdoseSigns>(html`<overdose-signs></overdose-signs>`);
      // Keep the test page from following tel: (the link itself stays untouched).
      shadow(el).addEventListener('click', (event) => event.preventDefault(), { capture: true });
      const heard = oneEvent(document, 'recovery-call');
      callLink(el).click();
      const event = await heard;
      expect(event.detail).to.deep.equal({ number: '911', kind: 'emergency', source: 'OVERDOSE-SIGNS' });
      expect(event.composed).to.equal(true);
    });

    it('a bad emergency number logs one error naming it and falls back to 911', async () => {
      const error = sinon.stub(console, 'error');
      const el = await fixture<OverdoseSigns>(html`<overdose-signs emergency-number="91l"></overdose-signs>`);
      expect(callLink(el).getAttribute('href')).to.equal('tel:911');
      expect(textOf(el)).to.include('Call 911');
      expect(error.callCount).to.equal(1);
      expect(error.firstCall.args[0]).to.include('emergency-number').and.include('"91l"');
    });
  });

  describe('the guidance', () => {
    it('shows the signs, each a part="sign", under real headings that follow heading-level', async () => {
      const el = await fixture<OverdoseSigns>(html`<overdose-signs heading-level="3"></overdose-signs>`);
      expect(find(el, '[part="heading"]')!.localName).to.equal('h3');
      expect(find(el, '[part="heading"]')!.textContent).to.equal(en.overdoseSigns.heading);
      const signs = findAll(el, '[part="sign"]');
      expect(signs.map((sign) => sign.textContent)).to.deep.equal(en.overdoseSigns.signs.map((sign) => sign.text));
      expect(signs[0]!.localName).to.equal('li');
      const sections = findAll(el, '[part="section-heading"]');
      expect(sections.map((section) => section.textContent)).to.deep.equal([
        en.overdoseSigns.signsHeading,
        en.overdoseSigns.actHeading,
        en.overdoseSigns.dontHeading,
        en.overdoseSigns.naloxoneHeading,
        en.overdoseSigns.drugsHeading,
        en.overdoseSigns.moreHeading,
      ]);
      expect(sections.every((section) => section.localName === 'h4')).to.equal(true);
    });

    it('lists what to do in order, calling first; then the don’ts, naloxone, fentanyl and other drugs, waking', async () => {
      const el = await fixture<OverdoseSigns>(html`<overdose-signs></overdose-signs>`);
      // As read on screen: innerText puts the breathing step's two branches on lines of their own.
      const steps = findAll(el, 'ol > li').map((item) => item.innerText.replace(/\s+/g, ' ').trim());
      expect(steps).to.deep.equal(
        act.map((item) =>
          [`${item.title('911')}. ${item.text('911')}`, ...('cases' in item ? item.cases.map((branch) => `${branch.lead} ${branch.text}`) : [])].join(' '),
        ),
      );
      expect(steps[0]).to.match(/^Call 911 now/);
      const text = textOf(el);
      for (const item of [...en.overdoseSigns.donts, ...en.overdoseSigns.naloxone, ...en.overdoseSigns.drugs]) {
        expect(text).to.include(item.text);
      }
      expect(text).to.include(en.overdoseSigns.waking.text);
      expect(text).to.include(en.overdoseSigns.intro.text);
    });

    for (const [lang, words] of [['en', en], ['es', es]] as const) {
      it(`step 3 splits in two, as a list a frightened reader can scan: not breathing → CPR, breathing → their side (${lang})`, async () => {
        const el = await fixture<OverdoseSigns>(html`<overdose-signs lang=${lang}></overdose-signs>`);
        const breathing = findAll(el, 'ol > li')[2]!;
        const branches = [...breathing.querySelectorAll('ul > li')];
        const [notBreathing, breathingCase] = words.overdoseSigns.act[2].cases;
        expect(branches.map((branch) => branch.querySelector('strong')!.textContent)).to.deep.equal([notBreathing.lead, breathingCase.lead]);
        expect(branches[0]!.textContent).to.include(lang === 'en' ? 'CPR' : 'RCP').and.include('100');
        expect(breathing.textContent).to.include(words.overdoseSigns.act[2].text('911'));
      });
    }

    it('shows the Good Samaritan note unless good-samaritan is off, false or no, in any case', async () => {
      const note = en.overdoseSigns.goodSamaritan.text;
      const shown = await fixture<OverdoseSigns>(html`<overdose-signs></overdose-signs>`);
      expect(textOf(shown)).to.include(note);
      for (const off of ['off', 'OFF', 'false', 'No']) {
        const el = await fixture<OverdoseSigns>(html`<overdose-signs good-samaritan=${off}></overdose-signs>`);
        expect(textOf(el), off).not.to.include(note);
      }
      shown.goodSamaritan = false;
      await shown.updateComplete;
      expect(textOf(shown)).not.to.include(note);
      shown.goodSamaritan = 'on';
      await shown.updateComplete;
      expect(textOf(shown)).to.include(note);
    });

    it('shows the partner’s footer, in a part="footer" wrapper', async () => {
      const el = await fixture<OverdoseSigns>(
        html`<overdose-signs><p slot="footer">Free naloxone at our front desk</p></overdose-signs>`,
      );
      const slot = find<HTMLSlotElement>(el, 'slot[name="footer"]')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal('Free naloxone at our front desk');
      expect(slot.parentElement!.getAttribute('part')).to.equal('footer');
      expect(el.querySelector('p')!.getClientRects().length).to.be.above(0);
    });

    it('hides fallback children (for readers without scripts) once it runs', async () => {
      const el = await fixture<OverdoseSigns>(
        html`<overdose-signs><a href="tel:911">Call 911</a></overdose-signs>`,
      );
      expect(el.querySelector('a')!.getClientRects().length).to.equal(0);
    });

    it('speaks Spanish when lang="es", and re-renders when lang changes', async () => {
      const el = await fixture<OverdoseSigns>(html`<overdose-signs lang="es"></overdose-signs>`);
      expect(callLink(el).textContent!.trim()).to.equal(es.common.call('911'));
      expect(callLink(el).getAttribute('aria-label')).to.satisfy((name: string) => name.startsWith(es.common.call('911')));
      expect(find(el, '[part="heading"]')!.textContent).to.equal(es.overdoseSigns.heading);
      expect(find(el, '[part="sign"]')!.textContent).to.equal(es.overdoseSigns.signs[0].text);
      el.lang = 'en';
      await el.updateComplete;
      expect(callLink(el).textContent!.trim()).to.equal('Call 911');
      expect(find(el, '[part="heading"]')!.textContent).to.equal(en.overdoseSigns.heading);
      expect(find(el, '.root')!.getAttribute('lang')).to.equal('en');
    });
  });

  describe('variants', () => {
    it('compact shows the signs and the call button only', async () => {
      const el = await fixture<OverdoseSigns>(html`<overdose-signs variant="compact"></overdose-signs>`);
      expect(findAll(el, '[part="sign"]')).to.have.length(en.overdoseSigns.signs.length);
      expect(callLink(el).getAttribute('href')).to.equal('tel:911');
      expect(find(el, 'ol')).to.equal(null);
      expect(findAll(el, 'button')).to.have.length(0);
      const text = textOf(el);
      for (const hidden of [
        en.overdoseSigns.actHeading,
        en.overdoseSigns.naloxoneHeading,
        en.overdoseSigns.donts[0].text,
        en.overdoseSigns.goodSamaritan.text,
        guideText.start,
      ]) {
        expect(text).not.to.include(hidden);
      }
    });

    it('goes back to the full guidance when the variant is changed to full', async () => {
      const el = await fixture<OverdoseSigns>(html`<overdose-signs variant="compact"></overdose-signs>`);
      el.variant = 'full';
      await el.updateComplete;
      expect(find(el, 'ol')).not.to.equal(null);
      expect(button(el, guideText.start)).not.to.equal(undefined);
    });

    it('an unknown variant logs one error naming it and falls back to full', async () => {
      const error = sinon.stub(console, 'error');
      const el = await fixture<OverdoseSigns>(html`<overdose-signs variant="sidebar"></overdose-signs>`);
      expect(find(el, 'ol')).not.to.equal(null);
      expect(button(el, guideText.start)).not.to.equal(undefined);
      expect(error.callCount).to.equal(1);
      expect(error.firstCall.args[0]).to.include('variant').and.include('"sidebar"').and.include('full');
    });
  });

  describe('the step-by-step guide', () => {
    it('opens from its button on the call: focus on its heading, recovery-guide {step: 1}, the page’s sections gone from the screen', async () => {
      const el = await fixture<OverdoseSigns>(html`<overdose-signs></overdose-signs>`);
      const heard = oneEvent(el, 'recovery-guide');
      await click(el, guideText.start);
      expect((await heard).detail).to.deep.equal({ step: 1 });
      expect(el.guide).to.equal(true);
      expect(el.hasAttribute('guide')).to.equal(true);
      expect(stepTitle(el).textContent).to.equal('Call 911 now');
      expect(stepTitle(el).localName).to.equal('h3');
      expect(focused(el)).to.equal(stepTitle(el));
      expect(stepTitle(el).getAttribute('tabindex')).to.equal('-1');
      // Kept in the page for paper (see test/print/), but neither seen nor read on screen.
      expect(find(el, '[part="sign"]')!.checkVisibility()).to.equal(false);
      expect(find(el, '[part="guide"]')!.getAttribute('aria-label')).to.equal(guideText.label);
    });

    it('keeps the call link first, on top and at full size on every screen', async () => {
      const el = await fixture<OverdoseSigns>(html`<overdose-signs guide></overdose-signs>`);
      const titles: string[] = [];
      await everyScreen(el, () => {
        titles.push(stepTitle(el).textContent!);
        expect(tabStops(el)[0]).to.equal(callLink(el));
        const link = callLink(el).getBoundingClientRect();
        expect(link.height).to.be.at.least(44);
        expect(find(el, '[part="guide"]')!.getBoundingClientRect().top).to.be.at.least(link.bottom);
      });
      expect(new Set(titles).size).to.equal(5);
    });

    it('Esc leaves the guide and gives focus back to the start button', async () => {
      const el = await fixture<OverdoseSigns>(html`<overdose-signs></overdose-signs>`);
      await click(el, guideText.start);
      await click(el, guideText.next);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(el.guide).to.equal(false);
      expect(el.hasAttribute('guide')).to.equal(false);
      expect(focused(el)).to.equal(button(el, guideText.start));
    });

    it('its Close button leaves the guide and gives focus back to the start button; it reopens where the reader was', async () => {
      const el = await fixture<OverdoseSigns>(html`<overdose-signs></overdose-signs>`);
      await click(el, guideText.start);
      await click(el, guideText.next);
      const check = stepTitle(el).cloneNode(true) as Element;
      button(el, guideText.close)!.focus();
      await click(el, guideText.close);
      expect(el.guide).to.equal(false);
      expect(focused(el)).to.equal(button(el, guideText.start));
      await click(el, guideText.start);
      expect(sameScreen(stepTitle(el), check)).to.equal(true);
    });

    it('the guide attribute opens it without taking focus from the page, and the property closes it', async () => {
      const heard = oneEvent(document, 'recovery-guide');
      const el = await fixture<OverdoseSigns>(html`<overdose-signs guide></overdose-signs>`);
      expect((await heard).detail).to.deep.equal({ step: 1 });
      expect(stepTitle(el)).not.to.equal(null);
      expect(focused(el)).to.equal(null);
      el.guide = false;
      await el.updateComplete;
      expect(find(el, '[part="guide"]')).to.equal(null);
      expect(focused(el)).to.equal(null);
      el.setAttribute('guide', '');
      await el.updateComplete;
      expect(stepTitle(el).textContent).to.equal('Call 911 now');
      expect(focused(el)).to.equal(stepTitle(el));
    });

    it('has a polite live region from the moment it opens', async () => {
      const el = await fixture<OverdoseSigns>(html`<overdose-signs guide></overdose-signs>`);
      expect(liveRegion(el)).not.to.equal(null);
      expect(liveRegion(el)!.textContent!.trim()).to.equal('');
    });
  });

  describe('accessibility', () => {
    for (const lang of ['en', 'es']) {
      for (const theme of ['light', 'dark', 'auto']) {
        for (const variant of ['full', 'compact']) {
          it(`axe finds nothing: ${variant}, ${theme}, ${lang}`, async () => {
            const el = await fixture(
              html`<overdose-signs variant=${variant} theme=${theme} lang=${lang}><p slot="footer">Free naloxone here</p></overdose-signs>`,
            );
            await expect(el).to.be.accessible();
          });
        }
      }
    }

    it(`theme="auto" follows a dark system and stays clean for axe${isChromium ? ' (emulated)' : ' (this engine cannot emulate it: the theme="dark" runs above check the same colours)'}`, async () => {
      if (!isChromium) {
        const el = await fixture(html`<overdose-signs theme="auto"></overdose-signs>`);
        expect(find(el, '.root')!.classList.contains('auto')).to.equal(true);
        return;
      }
      await emulateMedia({ colorScheme: 'dark' });
      try {
        const el = await fixture<OverdoseSigns>(html`<overdose-signs theme="auto"></overdose-signs>`);
        expect(getComputedStyle(find(el, '.root')!).colorScheme).to.equal('dark');
        await expect(el).to.be.accessible();
        el.guide = true;
        await el.updateComplete;
        await expect(el).to.be.accessible();
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });

    it('the dark theme uses the dark colours', async () => {
      const el = await fixture(html`<overdose-signs theme="dark"></overdose-signs>`);
      expect(find(el, '.root')!.classList.contains('dark')).to.equal(true);
      expect(getComputedStyle(find(el, '.root')!).colorScheme).to.equal('dark');
    });

    for (const width of [320, 160]) {
      it(`never scrolls sideways ${width} px wide (${width === 160 ? '320 px at 200% zoom' : 'a small phone'})`, async () => {
        for (const view of ['full', 'compact', 'guide']) {
          for (const lang of ['en', 'es']) {
            const wrapper = await fixture(html`<div style="width: ${width}px">
              <overdose-signs lang=${lang} variant=${view === 'compact' ? 'compact' : 'full'} ?guide=${view === 'guide'}></overdose-signs>
            </div>`);
            const el = wrapper.querySelector<OverdoseSigns>('overdose-signs')!;
            await el.updateComplete;
            const fits = (where: string) => {
              const root = find(el, '.root')!;
              expect(root.scrollWidth, where).to.be.at.most(root.clientWidth);
              for (const node of findAll(el, '.root *')) {
                const box = node.getBoundingClientRect();
                if (box.width) expect(box.right, `${where}: ${node.outerHTML.slice(0, 80)}`).to.be.at.most(root.getBoundingClientRect().right + 0.5);
              }
            };
            if (view === 'guide') {
              await everyScreen(el, (screen) => fits(`${lang} guide: ${screen}`), lang === 'en' ? guideText : guideButtons(es));
            } else fits(`${view} ${lang}`);
            el.remove();
          }
        }
      });
    }

    if (!isWebKit) {
      it('has no horizontal scroll on a 320 px viewport (setViewport)', async () => {
        await setViewport({ width: 320, height: 640 });
        try {
          await fixture(html`<overdose-signs lang="es"></overdose-signs>`);
          expect(document.documentElement.scrollWidth).to.be.at.most(320);
        } finally {
          await setViewport({ width: 800, height: 600 });
        }
      });
    }

    /** The rules of the element's own style sheets inside `@media` blocks that match `condition`. */
    const mediaRules = (el: Element, condition: string) =>
      shadow(el)
        .adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
        .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes(condition))
        .flatMap((rule) => [...rule.cssRules] as CSSStyleRule[]);

    /** Nothing on screen moves on its own: the countdown changes its digits once a second, the CPR beat its colour, and that is all. */
    const expectNothingMoves = (el: Element) => {
      for (const node of findAll(el, '*')) {
        const style = getComputedStyle(node);
        expect(style.animationName, node.localName).to.equal('none');
        expect(parseFloat(style.transitionDuration) || 0, node.localName).to.equal(0);
      }
    };

    it(`no screen of the guide animates anything${isChromium ? ', also with reduced motion emulated' : ' (this engine cannot emulate reduced motion, and nothing depends on it)'}`, async () => {
      const el = await fixture<OverdoseSigns>(html`<overdose-signs guide></overdose-signs>`);
      await everyScreen(el, () => expectNothingMoves(el));
      if (isChromium) {
        await emulateMedia({ reducedMotion: 'reduce' });
        try {
          const again = await fixture<OverdoseSigns>(html`<overdose-signs guide></overdose-signs>`);
          await everyScreen(again, () => expectNothingMoves(again));
        } finally {
          await emulateMedia({ reducedMotion: 'no-preference' });
        }
      }
    });

    it('in forced-colours mode the call link keeps a visible border, like a button (read from the style sheet: no engine here can emulate it)', async () => {
      const el = await fixture(html`<overdose-signs></overdose-signs>`);
      const link = callLink(el);
      expect(parseFloat(getComputedStyle(link).borderTopWidth)).to.be.at.least(2);
      expect(getComputedStyle(link).borderTopStyle).to.equal('solid');
      const rules = mediaRules(el, 'forced-colors: active').filter((rule) => link.matches(rule.selectorText));
      expect(rules.some((rule) => rule.style.borderColor && rule.style.borderColor !== 'transparent')).to.equal(true);
    });
  });
});
