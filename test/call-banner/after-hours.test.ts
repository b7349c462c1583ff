import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import sinon from 'sinon';
import '../../src/call-banner/define.js';
import type { CallBanner } from '../../src/call-banner/call-banner.js';
import { en } from '../../src/content/en.js';
import { es } from '../../src/content/es.js';

/**
 * Issue 16: a frightened reader is never sent to voicemail. Outside the partner's
 * `open-hours` the banner hands over to the national helpline, says when the line
 * opens, and keeps the partner's number to leave a message; `crisis` adds 988, and
 * `chat` a chat link. The clock is sinon's: every time below is chosen, none waited for.
 */
const HELPLINE = '18006624357';
const NY = 'America/New_York';
// Monday 6 January 2025: New York is on EST (UTC-5), so 9:00 there is 14:00 UTC.
const MONDAY_9 = Date.parse('2025-01-06T14:00:00Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const part = <T extends HTMLElement = HTMLElement>(el: Element, name: string) =>
  el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
const parts = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>(`[part~="${name}"]`)];
const callButton = (el: Element) => part<HTMLAnchorElement>(el, 'call-button')!;
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const shown = (el: Element) => squash(el.shadowRoot!.textContent);
const nameOf = (node: Element) => node.getAttribute('aria-label') ?? squash(node.textContent);
const stayOnPage = (event: Event) => event.preventDefault();

/** The recovery-call details fired while `action` runs. */
function callsDuring(action: () => void) {
  const calls: unknown[] = [];
  const listener = (event: Event) => calls.push((event as CustomEvent).detail);
  document.addEventListener('recovery-call', listener);
  action();
  document.removeEventListener('recovery-call', listener);
  return calls;
}

const hopeClinic = (attributes: { hours?: string; zone?: string | null; lang?: string; variant?: string; crisis?: boolean } = {}) => {
  const { hours = 'Mo-Fr 09:00-17:00', zone = NY, lang = 'en', variant = 'inline', crisis = false } = attributes;
  return fixture<CallBanner>(html`<call-banner
    phone="(973) 555-0142"
    org="Hope Clinic"
    sms="973-555-0199"
    chat="https://example.org/chat"
    hours="Mon–Fri 9–5"
    note="Ask for Maria."
    message="Talk to Hope Clinic tonight."
    open-hours=${hours}
    timezone=${ifDefined(zone ?? undefined)}
    lang=${lang}
    variant=${variant}
    ?crisis=${crisis}
  ></call-banner>`);
};

/** Lets Lit render what the clock changed. */
async function rendered(el: CallBanner) {
  for (let i = 0; i < 3; i++) await el.updateComplete;
}

describe('<call-banner> opening hours, 988 and chat (issue 16)', () => {
  let clock: sinon.SinonFakeTimers;
  let errors: sinon.SinonStub;

  before(() => window.addEventListener('click', stayOnPage, true));
  after(() => window.removeEventListener('click', stayOnPage, true));
  beforeEach(() => {
    errors = sinon.stub(console, 'error');
  });
  afterEach(() => {
    clock?.restore();
    sinon.restore();
  });
  const setClock = (now: number) => {
    clock = sinon.useFakeTimers({ now, toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  };

  describe('within the hours', () => {
    it("calls the partner's line, with the partner's words, Text and Chat buttons", async () => {
      setClock(MONDAY_9 + 2 * HOUR);
      const el = await hopeClinic();
      expect(callButton(el).getAttribute('href')).to.equal('tel:9735550142');
      expect(nameOf(callButton(el))).to.equal('Call (973) 555-0142, Hope Clinic');
      expect(squash(part(el, 'heading')!.textContent)).to.equal('Talk to Hope Clinic tonight.');
      expect(shown(el)).to.contain('Hours: Mon–Fri 9–5').and.contain('Ask for Maria.');
      expect(part(el, 'text-button')!.getAttribute('href')).to.equal('sms:9735550199');
      expect(part(el, 'chat-button')!.getAttribute('href')).to.equal('https://example.org/chat');
      expect(part(el, 'after-hours')).to.equal(null);
      expect(shown(el)).not.to.contain('SAMHSA');
      expect(errors.callCount).to.equal(0);
    });

    it('without open-hours reads no clock: no date formatter is built as it renders', async () => {
      const formatters = sinon.spy(Intl, 'DateTimeFormat');
      const el = await fixture<CallBanner>(html`<call-banner phone="(973) 555-0142" org="Hope Clinic"></call-banner>`);
      el.lang = 'es';
      await el.updateComplete;
      expect(formatters.callCount).to.equal(0);
      el.setAttribute('open-hours', 'Mo-Su 00:00-24:00');
      await el.updateComplete;
      expect(formatters.callCount, 'with hours, it reads the reader\'s clock').to.be.greaterThan(0);
      expect(callButton(el).getAttribute('href')).to.equal('tel:9735550142');
    });

    it('is open from the first minute to the last', async () => {
      setClock(MONDAY_9);
      expect(callButton(await hopeClinic()).getAttribute('href')).to.equal('tel:9735550142');
      clock.restore();
      setClock(MONDAY_9 + 8 * HOUR - 1);
      expect(callButton(await hopeClinic()).getAttribute('href')).to.equal('tel:9735550142');
    });
  });

  describe('after hours', () => {
    it('says the line is closed and when it opens, and the call button calls the national helpline under its own name', async () => {
      setClock(Date.parse('2025-01-04T07:00:00Z')); // Saturday, 2 a.m. in New York
      const el = await hopeClinic();
      const call = callButton(el);
      expect(call.getAttribute('href')).to.equal(`tel:${HELPLINE}`);
      expect(nameOf(call)).to.equal('Call 1-800-662-4357, SAMHSA National Helpline');
      expect(squash(part(el, 'heading')!.textContent)).to.equal(en.callBanner.message);
      expect(shown(el)).to.contain(`SAMHSA National Helpline. ${en.common.helpline.note.text}`);
      const line = squash(part(el, 'after-hours')!.textContent);
      expect(line).to.match(/^Hope Clinic\. Closed now\. Opens Monday 9:00\sAM\. Leave a message: \(973\) 555-0142$/);
      const leave = part<HTMLAnchorElement>(el, 'message-link')!;
      expect(leave.getAttribute('href')).to.equal('tel:9735550142');
      expect(squash(leave.textContent)).to.equal('(973) 555-0142');
      // The partner's words were written for their own line, which is closed.
      for (const partners of ['Talk to Hope Clinic tonight.', 'Ask for Maria.', 'Hours: Mon–Fri', '555-0199']) {
        expect(shown(el)).not.to.contain(partners);
      }
      expect(part(el, 'text-button')).to.equal(null);
      expect(part(el, 'chat-button')).to.equal(null);
      // The region is still the partner's banner (and stays apart from a helpline banner on the same page).
      expect(el.shadowRoot!.querySelector('section')!.getAttribute('aria-label')).to.equal('Help by phone: Hope Clinic');
      expect(errors.callCount).to.equal(0);
    });

    it('keeps the call action first, and the line to leave a message after it', async () => {
      setClock(Date.parse('2025-01-04T07:00:00Z'));
      const el = await hopeClinic({ crisis: true });
      const links = [...el.shadowRoot!.querySelectorAll('a')];
      expect(links[0]).to.equal(callButton(el));
      expect(links.indexOf(part<HTMLAnchorElement>(el, 'message-link')!)).to.be.greaterThan(0);
      expect(callButton(el).getBoundingClientRect().height).to.be.at.least(44);
    });

    it('reports the handover: kind helpline with the helpline’s number, and the partner’s number to leave a message', async () => {
      setClock(Date.parse('2025-01-04T07:00:00Z'));
      const el = await hopeClinic();
      expect(callsDuring(() => callButton(el).click())).to.deep.equal([{ number: HELPLINE, kind: 'helpline', source: 'CALL-BANNER' }]);
      expect(callsDuring(() => part(el, 'message-link')!.click())).to.deep.equal([
        { number: '9735550142', kind: 'helpline', source: 'CALL-BANNER' },
      ]);
    });

    it('says when it opens in Spanish, on the partner’s clock', async () => {
      setClock(Date.parse('2025-01-06T13:30:00Z')); // Monday, 8:30 in New York
      const el = await hopeClinic({ lang: 'es' });
      expect(nameOf(callButton(el))).to.equal('Llamar al 1-800-662-4357, Línea Nacional de Ayuda de SAMHSA');
      expect(squash(part(el, 'after-hours')!.textContent)).to.equal(
        'Hope Clinic. Ahora está cerrado. Abre el lunes, 9:00. Deje un mensaje: (973) 555-0142',
      );
      expect(squash(part(el, 'heading')!.textContent)).to.equal(es.callBanner.message);
    });

    it('names the next opening after a weekend, past midnight, and in another zone', async () => {
      setClock(Date.parse('2025-01-03T22:30:00Z')); // Friday, 17:30 in New York
      const saturday = await hopeClinic({ hours: 'Mo-Fr 09:00-17:00; Sa 10:00-14:00' });
      expect(squash(part(saturday, 'after-hours')!.textContent)).to.match(/Opens Saturday 10:00\sAM\./);
      const night = await hopeClinic({ hours: 'Fr 18:00-02:00' });
      expect(squash(part(night, 'after-hours')!.textContent)).to.match(/Opens Friday 6:00\sPM\./);
      // The same instant is 22:30 in London: its line opens on Monday, on London's clock.
      const london = await hopeClinic({ hours: 'Mo-Fr 09:00-17:00', zone: 'Europe/London' });
      expect(squash(part(london, 'after-hours')!.textContent)).to.match(/Opens Monday 9:00\sAM\./);
    });

    it("without org, says only that the line is closed", async () => {
      setClock(Date.parse('2025-01-04T07:00:00Z'));
      const el = await fixture<CallBanner>(html`<call-banner phone="988" open-hours="Mo-Fr 09:00-17:00" timezone=${NY}></call-banner>`);
      expect(squash(part(el, 'after-hours')!.textContent)).to.match(/^Closed now\. Opens Monday 9:00\sAM\. Leave a message: 988$/);
    });

    it('means nothing without a number of the partner’s own: the helpline stays, with no closed line', async () => {
      setClock(Date.parse('2025-01-04T07:00:00Z'));
      const el = await fixture<CallBanner>(html`<call-banner open-hours="Mo-Fr 09:00-17:00" timezone=${NY}></call-banner>`);
      expect(callButton(el).getAttribute('href')).to.equal(`tel:${HELPLINE}`);
      expect(part(el, 'after-hours')).to.equal(null);
    });
  });

  describe('on time while the page stays open', () => {
    it('hands over at closing time and back at opening time, with one timer to the next change', async () => {
      setClock(MONDAY_9 + 8 * HOUR - MINUTE); // Monday 16:59 in New York
      const el = await hopeClinic();
      expect(callButton(el).getAttribute('href')).to.equal('tel:9735550142');
      expect(clock.countTimers()).to.equal(1);

      clock.tick(MINUTE - 1);
      await rendered(el);
      expect(callButton(el).getAttribute('href')).to.equal('tel:9735550142');
      clock.tick(1);
      await rendered(el);
      expect(callButton(el).getAttribute('href')).to.equal(`tel:${HELPLINE}`);
      expect(squash(part(el, 'after-hours')!.textContent)).to.match(/Opens Tuesday 9:00\sAM\./);
      expect(clock.countTimers()).to.equal(1);

      clock.tick(16 * HOUR);
      await rendered(el);
      expect(callButton(el).getAttribute('href')).to.equal('tel:9735550142');
      expect(part(el, 'after-hours')).to.equal(null);
      expect(clock.countTimers()).to.equal(1);
    });

    it('crosses the night the clocks go forward at the right moment: 9:00 EDT, not EST', async () => {
      setClock(Date.parse('2025-03-08T23:00:00Z')); // Saturday 18:00 EST
      const el = await hopeClinic({ hours: 'Su 09:00-17:00' });
      expect(callButton(el).getAttribute('href')).to.equal(`tel:${HELPLINE}`);
      clock.tick(Date.parse('2025-03-09T13:00:00Z') - Date.now() - 1);
      await rendered(el);
      expect(callButton(el).getAttribute('href')).to.equal(`tel:${HELPLINE}`);
      clock.tick(1);
      await rendered(el);
      expect(callButton(el).getAttribute('href')).to.equal('tel:9735550142');
    });

    it('clears its timer when it leaves the page, and sets it again when it comes back', async () => {
      setClock(MONDAY_9);
      const el = await hopeClinic();
      const parent = el.parentElement!;
      expect(clock.countTimers()).to.equal(1);
      el.remove();
      expect(clock.countTimers()).to.equal(0);
      clock.tick(9 * HOUR);
      parent.append(el);
      await rendered(el);
      expect(callButton(el).getAttribute('href')).to.equal(`tel:${HELPLINE}`);
      expect(clock.countTimers()).to.equal(1);
    });

    it('reads the clock again when the page is shown: a sleeping phone runs its timers late', async () => {
      setClock(MONDAY_9);
      const el = await hopeClinic();
      // The phone slept through closing time: the time moved on, its timer did not fire.
      clock.setSystemTime(MONDAY_9 + 12 * HOUR);
      document.dispatchEvent(new Event('visibilitychange'));
      await rendered(el);
      expect(callButton(el).getAttribute('href')).to.equal(`tel:${HELPLINE}`);
    });

    it('sets no timer for hours that never change, or without hours', async () => {
      setClock(MONDAY_9);
      const always = await hopeClinic({ hours: 'Mo-Su 00:00-24:00' });
      expect(callButton(always).getAttribute('href')).to.equal('tel:9735550142');
      await fixture<CallBanner>(html`<call-banner phone="988"></call-banner>`);
      expect(clock.countTimers()).to.equal(0);
    });
  });

  describe('hours it cannot read', () => {
    for (const bad of ['Mon-Fri 9-5', '24/7', 'Mo-Fr 09:00-25:00', 'Mo-Fr 09:00-17:00, Sa 10:00-14:00']) {
      it(`open-hours=${JSON.stringify(bad)}: one error naming it, and the partner's line at all hours`, async () => {
        setClock(Date.parse('2025-01-04T07:00:00Z'));
        const el = await hopeClinic({ hours: bad });
        expect(errors.callCount).to.equal(1);
        expect(errors.firstCall.args[0]).to.contain(`open-hours="${bad}"`);
        expect(callButton(el).getAttribute('href')).to.equal('tel:9735550142');
        expect(part(el, 'after-hours')).to.equal(null);
        expect(clock.countTimers()).to.equal(0);
      });
    }

    it('an unknown time zone: one error naming it, and the partner’s line at all hours', async () => {
      setClock(Date.parse('2025-01-04T07:00:00Z'));
      const el = await hopeClinic({ zone: 'America/Newark' });
      expect(errors.callCount).to.equal(1);
      expect(errors.firstCall.args[0]).to.contain('timezone="America/Newark"');
      expect(callButton(el).getAttribute('href')).to.equal('tel:9735550142');
      el.lang = 'es';
      await el.updateComplete;
      expect(errors.callCount).to.equal(1);
      el.timezone = NY;
      await el.updateComplete;
      expect(callButton(el).getAttribute('href')).to.equal(`tel:${HELPLINE}`);
    });

    it("without timezone, reads the hours on the reader's own clock", async () => {
      setClock(Date.parse('2025-01-08T12:00:00Z'));
      const here = new Date();
      const today = ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'][here.getDay()];
      const minutes = here.getHours() * 60 + here.getMinutes();
      // Local times from now, in minutes; a span past midnight is read as the next morning.
      const time = (from: number) => `${String(Math.floor(from / 60) % 24).padStart(2, '0')}:${String(from % 60).padStart(2, '0')}`;
      const open = await hopeClinic({ hours: `${today} ${time(minutes)}-${time(minutes + 30)}`, zone: null });
      expect(callButton(open).getAttribute('href')).to.equal('tel:9735550142');
      const closed = await hopeClinic({ hours: `${today} ${time(minutes + 30)}-${time(minutes + 45)}`, zone: null });
      expect(callButton(closed).getAttribute('href')).to.equal(`tel:${HELPLINE}`);
      expect(errors.callCount).to.equal(0);
    });
  });

  describe('crisis: 988 as a second way to reach someone now', () => {
    for (const [lang, words, call, text] of [
      ['en', en, 'Call 988', 'Text 988'],
      ['es', es, 'Llamar al 988', 'Mensaje de texto al 988'],
    ] as const) {
      it(`${lang}: call or text 988, what it is for, and the emergency number in an overdose`, async () => {
        for (const variant of ['inline', 'sticky']) {
          const el = await fixture<CallBanner>(html`<call-banner phone="(973) 555-0142" lang=${lang} variant=${variant} crisis></call-banner>`);
          const [voice, sms] = parts(el, 'crisis-button');
          expect(voice!.getAttribute('href')).to.equal('tel:988');
          expect(squash(voice!.textContent)).to.equal(call);
          expect(sms!.getAttribute('href')).to.equal('sms:988');
          expect(squash(sms!.textContent)).to.equal(text);
          expect(shown(el)).to.contain(words.callBanner.lifeline.text);
          expect(part(el, 'emergency-link')!.getAttribute('href')).to.equal('tel:911');
          // The partner's line is still the call button, and first.
          expect(el.shadowRoot!.querySelector('a')).to.equal(callButton(el));
          expect(voice!.getBoundingClientRect().height, variant).to.be.at.least(44);
        }
      });
    }

    it('in Spanish: press 2, or text AYUDA', async () => {
      const el = await fixture<CallBanner>(html`<call-banner lang="es" crisis></call-banner>`);
      expect(shown(el)).to.contain('marque 2').and.contain('AYUDA');
    });

    it('reports kind crisis for a call to 988, and sms for a text', async () => {
      const el = await fixture<CallBanner>(html`<call-banner phone="(973) 555-0142" crisis></call-banner>`);
      const [voice, sms] = parts(el, 'crisis-button');
      expect(callsDuring(() => voice!.click())).to.deep.equal([{ number: '988', kind: 'crisis', source: 'CALL-BANNER' }]);
      expect(callsDuring(() => sms!.click())).to.deep.equal([{ number: '988', kind: 'sms', source: 'CALL-BANNER' }]);
    });

    it('is off unless asked', async () => {
      const el = await fixture<CallBanner>(html`<call-banner phone="(973) 555-0142"></call-banner>`);
      expect(part(el, 'crisis-button')).to.equal(null);
      expect(shown(el)).not.to.contain('988');
    });
  });

  describe('chat', () => {
    it('links to the partner’s https: chat, after the call button', async () => {
      const el = await fixture<CallBanner>(html`<call-banner phone="988" chat="https://example.org/chat?from=banner"></call-banner>`);
      const chat = part<HTMLAnchorElement>(el, 'chat-button')!;
      expect(chat.getAttribute('href')).to.equal('https://example.org/chat?from=banner');
      expect(squash(chat.textContent)).to.equal('Chat');
      expect(chat.getBoundingClientRect().height).to.be.at.least(44);
      expect(el.shadowRoot!.querySelector('a')).to.equal(callButton(el));
      el.lang = 'es';
      await el.updateComplete;
      expect(squash(chat.textContent)).to.equal('Chatear');
    });

    for (const bad of ['http://example.org/chat', 'javascript:alert(1)', '/chat', 'example.org', 'https://example.org/live chat']) {
      it(`chat=${JSON.stringify(bad)}: one error naming it, and no Chat button`, async () => {
        const el = await fixture<CallBanner>(html`<call-banner phone="988" chat=${bad}></call-banner>`);
        expect(errors.callCount).to.equal(1);
        expect(errors.firstCall.args[0]).to.contain(`chat="${bad}"`);
        expect(part(el, 'chat-button')).to.equal(null);
        expect(el.shadowRoot!.querySelector('a:not([href^="tel:"]):not([href^="sms:"])')).to.equal(null);
      });
    }

    it("goes with the partner's words: not beside the helpline a bad phone falls back to", async () => {
      const el = await fixture<CallBanner>(html`<call-banner phone="call us" chat="https://example.org/chat"></call-banner>`);
      expect(part(el, 'chat-button')).to.equal(null);
    });
  });

  describe('stays accessible and inside the screen with the extra lines', () => {
    // Saturday 2 a.m. in New York: closed. Monday 11:00: open.
    const times = { closed: Date.parse('2025-01-04T07:00:00Z'), open: MONDAY_9 + 2 * HOUR };
    const everything = (variant: string, theme: string, lang: string) => html`<call-banner
      variant=${variant}
      theme=${theme}
      lang=${lang}
      phone="(973) 555-0142"
      org="Hope Clinic"
      sms="973-555-0199"
      chat="https://example.org/chat"
      hours="Mon–Fri 9–5"
      open-hours="Mo-Fr 09:00-17:00"
      timezone=${NY}
      crisis
      dismissible
    ></call-banner>`;

    for (const [state, now] of Object.entries(times)) {
      for (const variant of ['inline', 'sticky']) {
        for (const theme of ['light', 'dark']) {
          for (const lang of ['en', 'es']) {
            it(`${state}, ${variant}, ${theme}, ${lang}: axe finds nothing`, async () => {
              // Only Date is faked: axe runs on real timers.
              clock = sinon.useFakeTimers({ now, toFake: ['Date'] });
              const el = await fixture<CallBanner>(everything(variant, theme, lang));
              expect(!!part(el, 'after-hours'), 'closed').to.equal(state === 'closed');
              await expect(el).to.be.accessible();
            });
          }
        }
      }
    }

    for (const [state, now] of Object.entries(times)) {
      it(`${state}: nothing overflows 320 px, in English and Spanish, at 100% and 200% text size, inline and sticky`, async () => {
        setClock(now);
        for (const lang of ['en', 'es']) {
          for (const size of ['1rem', '2rem']) {
            for (const variant of ['inline', 'sticky']) {
              // A transformed box is the containing block of a fixed element: a 320 px "screen".
              const screen = await fixture<HTMLElement>(html`<div style="width: 320px; height: 640px; transform: scale(1); --recovery-font-size: ${size}">
                ${everything(variant, 'light', lang)}
              </div>`);
              const el = screen.querySelector('call-banner')!;
              const edge = screen.getBoundingClientRect().right;
              for (const node of el.shadowRoot!.querySelectorAll('section, section *')) {
                expect(node.getBoundingClientRect().right, `${lang} ${size} ${variant}: ${node.localName}.${node.className}`).to.be.at.most(edge + 0.5);
              }
              // The call action is still first, large and in view.
              expect(el.shadowRoot!.querySelector('a')).to.equal(callButton(el));
              expect(callButton(el).getBoundingClientRect().height).to.be.at.least(44);
              // A sticky banner scrolls rather than take more than half the window (and its 2 px top border).
              if (variant === 'sticky') expect(el.getBoundingClientRect().height, 'at most half the window').to.be.at.most(innerHeight / 2 + 2.5);
            }
          }
        }
      });
    }
  });
});
