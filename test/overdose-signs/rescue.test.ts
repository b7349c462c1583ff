import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/overdose-signs/define.js';
import type { OverdoseSigns } from '../../src/overdose-signs/overdose-signs.js';
import { en } from '../../src/content/en.js';
import { es } from '../../src/content/es.js';
import type { Content } from '../../src/content/schema.js';
import { fakeAudio, fakeSpeech, fakeVibrate, fakeWakeLock, removeDevices, restoreDevices, setProperty } from './device-fakes.js';

/** The guide's words as its screens show them (911): its own, and the "what to do" steps it shows again. */
function guideWords({ overdoseSigns: { guide, act } }: Content) {
  const [call, , check, secondDose, stay] = act;
  const [notBreathing, breathing] = check.cases;
  return {
    ...guide,
    callTitle: call.title,
    callSay: [call.text('911'), check.text('911')],
    checkTitle: check.title('911'),
    breathingYes: breathing.lead,
    breathingNo: notBreathing.lead,
    sideSteps: [breathing.text, `${stay.title('911')}.`],
    awakeTitle: stay.title('911'),
    timeIsUp: `${guide.timer.done.text} ${secondDose.text('911')}`,
  };
}
const words = guideWords(en);
const spanish = guideWords(es);
const isChromium = navigator.userAgent.includes('Chrome/');

const find = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const findAll = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
/** What the guide shows, spaces collapsed. */
const guideText = (el: Element) => squash(find(el, '[part="guide"]')?.textContent);
const title = (el: Element) => find(el, '[part="step-title"]')!;
const callLink = (el: Element) => find<HTMLAnchorElement>(el, '[part~="call-button"]')!;
const liveRegion = (el: Element) => find(el, '[aria-live="polite"]')!;
const timerText = (el: Element) => squash(find(el, '[part="timer"]')?.textContent);
const focused = (el: Element) => el.shadowRoot!.activeElement;
/** The guide's control a reader would find by its name. */
const control = (el: Element, name: string) =>
  findAll(el, 'button, summary').find((candidate) => squash(candidate.textContent) === name);

async function tap(el: OverdoseSigns, name: string) {
  const target = control(el, name);
  expect(target, `a button named "${name}"`).not.to.equal(undefined);
  target!.click();
  await el.updateComplete;
}

/** A page with the element, its guide opened by the reader. */
async function openGuide(lang = 'en', theme = 'light') {
  const el = await fixture<OverdoseSigns>(html`<overdose-signs lang=${lang} theme=${theme}></overdose-signs>`);
  await tap(el, (lang === 'es' ? spanish : words).start);
  return el;
}

/** The screens, walked as a reader would: the call, the check, then a branch. */
async function toCheck(el: OverdoseSigns, text = words) {
  await tap(el, text.next);
}
async function toCpr(el: OverdoseSigns, text = words) {
  await toCheck(el, text);
  await tap(el, text.breathingNo);
}
async function toSide(el: OverdoseSigns, text = words) {
  await toCheck(el, text);
  await tap(el, text.breathingYes);
}

/** The record for the paramedics, as lines of text. */
const recordLines = (el: Element) => findAll(el, '.record li').map((item) => squash(item.textContent));
const at = (time: number, lang = 'en') => new Date(time).toLocaleTimeString(lang, { timeStyle: 'short' });

/** Lets resolved promises (a wake lock's grant) run, with or without a fake clock. */
const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('<overdose-signs> rescue guide', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({
      now: new Date(2026, 0, 15, 21, 40).getTime(),
      toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'Date'],
    });
  });
  afterEach(() => {
    clock.restore();
    sinon.restore();
    restoreDevices();
  });

  describe('the call screen', () => {
    it('opens on the call: heading focused, what to say, the address, the speaker; the call link stays first', async () => {
      const el = await openGuide();
      expect(title(el).textContent).to.equal('Call 911 now');
      expect(focused(el)).to.equal(title(el));
      for (const line of words.callSay) expect(guideText(el)).to.include(line);
      expect(guideText(el)).to.include('address').and.include('speaker');
      // The call link is the first thing in the element, above the guide.
      const link = callLink(el);
      expect(findAll(el, 'a[href], button')[0]).to.equal(link);
      expect(link.getBoundingClientRect().bottom).to.be.at.most(find(el, '[part="guide"]')!.getBoundingClientRect().top);
      expect(link.getBoundingClientRect().height).to.be.at.least(56);
    });

    it('a call made before or during the guide starts the record for the paramedics', async () => {
      const el = await fixture<OverdoseSigns>(html`<overdose-signs emergency-number="112"></overdose-signs>`);
      el.shadowRoot!.addEventListener('click', (event) => event.preventDefault(), { capture: true });
      const called = Date.now();
      callLink(el).click();
      await clock.tickAsync(60_000);
      await tap(el, words.start);
      expect(recordLines(el)).to.deep.equal([`${at(called)} ${words.recordLines[0]} 112`]);
    });
  });

  describe('the breathing check', () => {
    it('asks one question with two large choices, the whole width of the guide', async () => {
      const el = await openGuide();
      await toCheck(el);
      expect(title(el).textContent).to.equal(words.checkTitle);
      expect(focused(el)).to.equal(title(el));
      expect(guideText(el)).to.include(words.checkHow.text);
      const choices = findAll(el, '.choices button');
      expect(choices.map((choice) => choice.textContent!.trim())).to.deep.equal([words.breathingYes, words.breathingNo]);
      const width = find(el, '.choices')!.getBoundingClientRect().width;
      for (const choice of choices) {
        expect(choice.getBoundingClientRect().height).to.be.at.least(56);
        expect(choice.getBoundingClientRect().width).to.equal(width);
      }
    });

    it('breathing leads to the side position with its drawing; not breathing leads to CPR with its drawing', async () => {
      const el = await openGuide();
      await toSide(el);
      expect(title(el).textContent).to.equal(words.sideTitle);
      for (const step of words.sideSteps) expect(guideText(el)).to.include(step);
      await tap(el, words.breathingNo);
      expect(title(el).textContent).to.equal(words.cprTitle);
      for (const step of words.cprSteps) expect(guideText(el)).to.include(step.text);
      expect(guideText(el)).to.include('100 to 120');
    });

    it('each drawing is an image named by the step it shows, drawn in the text colour', async () => {
      const el = await openGuide('es');
      await toSide(el, spanish);
      const named = () =>
        findAll(el, 'svg').map((drawing) => {
          expect(drawing.getAttribute('role')).to.equal('img');
          expect(getComputedStyle(drawing).stroke).to.equal(getComputedStyle(find(el, '.guide')!).color);
          return el.shadowRoot!.getElementById(drawing.getAttribute('aria-labelledby')!)!.textContent;
        });
      expect(named()).to.deep.equal([spanish.sideSteps[0], spanish.naloxoneHow.text]);
      await tap(el, spanish.breathingNo);
      expect(named()).to.deep.equal([spanish.cprSteps[0].text, spanish.naloxoneHow.text]);
    });

    it('switches branch at any time, and from the end, noting each time CPR starts', async () => {
      const el = await openGuide();
      const steps: number[] = [];
      el.addEventListener('recovery-guide', (event) => steps.push(event.detail.step));
      await toSide(el);
      await tap(el, words.breathingNo);
      expect(title(el).textContent).to.equal(words.cprTitle);
      expect(focused(el)).to.equal(title(el));
      await tap(el, words.breathingYes);
      expect(title(el).textContent).to.equal(words.sideTitle);
      await tap(el, words.wokeUp);
      expect(title(el).textContent).to.equal(words.awakeTitle);
      await tap(el, words.breathingNo);
      expect(title(el).textContent).to.equal(words.cprTitle);
      await tap(el, words.back);
      expect(title(el).textContent).to.equal(words.checkTitle);
      await tap(el, words.back);
      expect(title(el).textContent).to.equal('Call 911 now');
      expect(steps).to.deep.equal([2, 3, 4, 3, 5, 4, 2, 1]);
      const time = at(Date.now());
      expect(recordLines(el)).to.deep.equal([
        `${time} ${words.recordLines[2]}`,
        `${time} ${words.recordLines[3]}`,
        `${time} ${words.recordLines[2]}`,
      ]);
    });

    it('a keyboard reaches every choice, and focus lands on each new screen’s heading', async () => {
      const el = await fixture<OverdoseSigns>(html`<overdose-signs></overdose-signs>`);
      control(el, words.start)!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(focused(el)).to.equal(title(el));
      const tabTo = async (name: string) => {
        for (let presses = 0; presses < 12 && squash(focused(el)?.textContent) !== name; presses++) {
          await sendKeys({ press: 'Tab' });
        }
        expect(squash(focused(el)?.textContent)).to.equal(name);
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(focused(el)).to.equal(title(el));
      };
      await tabTo(words.next);
      await tabTo(words.breathingNo);
      await tabTo(words.breathingYes);
      await tabTo(words.wokeUp);
      expect(title(el).textContent).to.equal(words.awakeTitle);
    });
  });

  describe('CPR', () => {
    const beat = (el: Element) => find(el, '.beat')!;

    it('beats 110 times a minute, counting 1 to 30 for the eye, hidden from screen readers', async () => {
      const el = await openGuide();
      await toCpr(el);
      expect(beat(el).textContent).to.equal('1');
      expect(beat(el).getAttribute('aria-hidden')).to.equal('true');
      await clock.tickAsync(60_100);
      await el.updateComplete;
      // 110 beats after the first one shown: the count runs 1 to 30, so 111 shows as 21.
      expect(beat(el).textContent).to.equal(String((110 % 30) + 1));
      const fills = new Set<string>();
      for (let i = 0; i < 2; i++) {
        await clock.tickAsync(60_000 / 110);
        await el.updateComplete;
        fills.add(getComputedStyle(beat(el)).backgroundColor);
      }
      expect(fills.size, 'the fill changes with each beat').to.equal(2);
    });

    it(`the beat changes colour, never moves${isChromium ? ' (also with reduced motion emulated)' : ''}`, async () => {
      const el = await openGuide();
      await toCpr(el);
      const still = () => {
        for (const node of findAll(el, '*')) {
          const style = getComputedStyle(node);
          expect(style.animationName, node.localName).to.equal('none');
          expect(parseFloat(style.transitionDuration) || 0, node.localName).to.equal(0);
        }
        expect(getComputedStyle(beat(el)).transform).to.equal('none');
      };
      still();
      if (isChromium) {
        await emulateMedia({ reducedMotion: 'reduce' });
        try {
          await clock.tickAsync(60_000 / 110);
          await el.updateComplete;
          still();
        } finally {
          await emulateMedia({ reducedMotion: 'no-preference' });
        }
      }
    });

    it('is silent until the reader turns the sound on: that tap unlocks audio, then one short tone a beat', async () => {
      const audio = fakeAudio();
      const el = await openGuide();
      await toCpr(el);
      await clock.tickAsync(5000);
      expect(audio.contexts).to.have.length(0);
      await tap(el, words.beatSound[0]);
      expect(audio.contexts).to.have.length(1);
      expect(audio.contexts[0]!.state).to.equal('running');
      await clock.tickAsync(60_000);
      const tones = audio.tones();
      expect(tones).to.have.length(110);
      expect(tones.every((tone) => tone.hertz === 1000 && tone.stop - tone.start < 0.1)).to.equal(true);
      await tap(el, words.beatSound[1]);
      await clock.tickAsync(60_000);
      expect(audio.tones()).to.have.length(110);
      expect(control(el, words.beatSound[0])).not.to.equal(undefined);
    });

    it('offers no sound where there is no Web Audio', async () => {
      removeDevices();
      const el = await openGuide();
      await toCpr(el);
      expect(control(el, words.beatSound[0])).to.equal(undefined);
      expect(beat(el)).not.to.equal(null);
    });

    it('stops beating when the reader leaves CPR', async () => {
      const el = await openGuide();
      await toCpr(el);
      expect(clock.countTimers()).to.equal(1);
      await tap(el, words.breathingYes);
      expect(clock.countTimers()).to.equal(0);
    });
  });

  describe('naloxone doses', () => {
    it('counts three doses in a row: each restarts the 2-minute timer and fires recovery-dose; it keeps offering another', async () => {
      const el = await openGuide();
      await toCpr(el);
      const doses: unknown[] = [];
      el.addEventListener('recovery-dose', (event) => doses.push(event.detail));
      expect(find(el, '[part="timer"]')).to.equal(null);
      await tap(el, words.gaveNaloxone);
      expect(timerText(el)).to.equal(`${words.recordLines[1]} 1. ${words.timer.label} 2:00`);
      await clock.tickAsync(30_000);
      await el.updateComplete;
      expect(timerText(el)).to.equal(`${words.recordLines[1]} 1. ${words.timer.label} 1:30`);
      await tap(el, words.gaveAnother);
      expect(timerText(el)).to.equal(`${words.recordLines[1]} 2. ${words.timer.label} 2:00`);
      await clock.tickAsync(130_000);
      await el.updateComplete;
      expect(timerText(el)).to.include(words.timer.done.text);
      await tap(el, words.gaveAnother);
      expect(timerText(el)).to.equal(`${words.recordLines[1]} 3. ${words.timer.label} 2:00`);
      expect(doses).to.deep.equal([{ dose: 1 }, { dose: 2 }, { dose: 3 }]);
      expect(control(el, words.gaveAnother)).not.to.equal(undefined);
      expect(recordLines(el).filter((line) => line.includes(words.recordLines[1]))).to.have.length(3);
    });

    it('at the end of the timer: three beeps and a buzz, with the instruction shown and announced', async () => {
      const audio = fakeAudio();
      const buzzes = fakeVibrate();
      const el = await openGuide();
      await toSide(el);
      await tap(el, words.gaveNaloxone);
      // The tap unlocked sound: one context, running, and nothing heard yet.
      expect(audio.contexts).to.have.length(1);
      expect(audio.contexts[0]!.state).to.equal('running');
      await clock.tickAsync(119_000);
      expect(audio.tones()).to.have.length(0);
      expect(buzzes).to.have.length(0);
      await clock.tickAsync(1_000);
      await el.updateComplete;
      expect(audio.tones().map((tone) => tone.hertz)).to.deep.equal([880, 880, 880]);
      expect(buzzes).to.have.length(1);
      const instruction = words.timeIsUp;
      expect(timerText(el)).to.equal(instruction);
      expect(squash(liveRegion(el).textContent)).to.equal(instruction);
      expect(find(el, '.timer.done')).not.to.equal(null);
      await clock.tickAsync(60_000);
      expect(audio.tones()).to.have.length(3);
      expect(buzzes).to.have.length(1);
    });

    it('announces each dose, one minute left and the end: never every second', async () => {
      const el = await openGuide();
      await toSide(el);
      const region = liveRegion(el);
      const heard: string[] = [];
      const observer = new MutationObserver(() => {
        const text = squash(region.textContent);
        if (text !== heard[heard.length - 1]) heard.push(text);
      });
      observer.observe(region, { subtree: true, characterData: true, childList: true });
      await tap(el, words.gaveNaloxone);
      for (let second = 0; second < 150; second++) {
        await clock.tickAsync(1000);
        await el.updateComplete;
      }
      await tap(el, words.gaveAnother);
      await el.updateComplete;
      observer.disconnect();
      expect(liveRegion(el)).to.equal(region);
      expect(heard).to.deep.equal([
        `${words.recordLines[1]} 1`,
        words.timer.oneMinute,
        words.timeIsUp,
        `${words.recordLines[1]} 2`,
      ]);
    });

    it('“They woke up” ends the timer', async () => {
      const el = await openGuide();
      await toSide(el);
      await tap(el, words.gaveNaloxone);
      await tap(el, words.wokeUp);
      expect(clock.countTimers()).to.equal(0);
      expect(squash(liveRegion(el).textContent)).to.equal('');
    });
  });

  describe('the record for the paramedics', () => {
    it('lists the call, CPR, each dose and waking, in local time, and is open at the end', async () => {
      const el = await openGuide();
      el.shadowRoot!.addEventListener('click', (event) => event.preventDefault(), { capture: true });
      const start = Date.now();
      callLink(el).click();
      await el.updateComplete;
      await toCpr(el);
      await clock.tickAsync(90_000);
      await tap(el, words.gaveNaloxone);
      await clock.tickAsync(150_000);
      await tap(el, words.gaveAnother);
      await clock.tickAsync(60_000);
      await tap(el, words.wokeUp);
      const expected = [
        `${at(start)} ${words.recordLines[0]} 911`,
        `${at(start)} ${words.recordLines[2]}`,
        `${at(start + 90_000)} ${words.recordLines[1]} 1`,
        `${at(start + 240_000)} ${words.recordLines[1]} 2`,
        `${at(start + 300_000)} ${words.recordLines[3]}`,
      ];
      expect(recordLines(el)).to.deep.equal(expected);
      expect(expected[4]).to.match(/^9:45\sPM Woke up$/);
      const record = find<HTMLDetailsElement>(el, 'details.record')!;
      expect(record.open).to.equal(true);
      expect(squash(record.querySelector('summary')!.textContent)).to.equal(words.recordTitle);
      // In Spanish, with Spanish times.
      el.lang = 'es';
      await el.updateComplete;
      expect(recordLines(el)[0]).to.equal(`${at(start, 'es')} ${spanish.recordLines[0]} 911`);
      expect(recordLines(el)[3]).to.equal(`${at(start + 240_000, 'es')} ${spanish.recordLines[1]} 2`);
    });

    it('can be opened from any screen once something is in it, and keeps nothing in storage', async () => {
      const stored = [localStorage.length, sessionStorage.length, document.cookie];
      const el = await openGuide();
      expect(find(el, '.record')).to.equal(null);
      await toSide(el);
      expect(find(el, '.record')).to.equal(null);
      await tap(el, words.gaveNaloxone);
      const record = find<HTMLDetailsElement>(el, 'details.record')!;
      expect(record.open).to.equal(false);
      await tap(el, words.recordTitle);
      expect(record.open).to.equal(true);
      expect(recordLines(el)).to.deep.equal([`${at(Date.now())} ${words.recordLines[1]} 1`]);
      expect([localStorage.length, sessionStorage.length, document.cookie]).to.deep.equal(stored);
    });
  });

  describe('the screen stays awake', () => {
    it('asks for a wake lock while the guide is open, lets go on close, asks again back from the phone app', async () => {
      const lock = fakeWakeLock();
      setProperty(document, 'visibilityState', 'visible');
      const el = await fixture<OverdoseSigns>(html`<overdose-signs></overdose-signs>`);
      await settle();
      expect(lock.requests).to.have.length(0);
      await tap(el, words.start);
      await settle();
      expect(lock.requests.map(({ type }) => type)).to.deep.equal(['screen']);
      expect(lock.held()).to.equal(1);
      // The phone app takes the screen: the browser drops the lock; back on the page, the guide asks again.
      lock.requests[0]!.sentinel.released = true;
      document.dispatchEvent(new Event('visibilitychange'));
      await settle();
      expect(lock.requests).to.have.length(2);
      expect(lock.held()).to.equal(1);
      await tap(el, words.close);
      await settle();
      expect(lock.held()).to.equal(0);
      // Closed, it no longer listens.
      document.dispatchEvent(new Event('visibilitychange'));
      await settle();
      expect(lock.requests).to.have.length(2);
    });

    it('a page that never opens the guide runs none of it: no wake lock, timer, sound or listener', async () => {
      const lock = fakeWakeLock();
      const audio = fakeAudio();
      const speech = fakeSpeech([{ lang: 'en-US', localService: true, name: 'Samantha' }]);
      const listen = sinon.spy(document, 'addEventListener');
      const el = await fixture<OverdoseSigns>(html`<overdose-signs></overdose-signs>`);
      el.shadowRoot!.addEventListener('click', (event) => event.preventDefault(), { capture: true });
      callLink(el).click();
      await el.updateComplete;
      await clock.tickAsync(300_000);
      await settle();
      expect(lock.requests).to.have.length(0);
      expect(audio.contexts).to.have.length(0);
      expect(speech.listeners.size).to.equal(0);
      expect(clock.countTimers()).to.equal(0);
      expect(listen.getCalls().map((call) => call.args[0])).not.to.include('visibilitychange');
    });
  });

  describe('read aloud', () => {
    it('is offered only where the device has a voice for the language, and speaks the screen', async () => {
      const speech = fakeSpeech([
        { lang: 'en-US', localService: false, name: 'Cloud English' },
        { lang: 'es-MX', localService: true, name: 'Paulina' },
      ]);
      const el = await openGuide();
      expect(control(el, words.readAloud)).to.equal(undefined);
      el.lang = 'es';
      await el.updateComplete;
      await tap(el, spanish.readAloud);
      expect(speech.spoken).to.have.length(1);
      expect(speech.spoken[0]!.voice.name).to.equal('Paulina');
      expect(speech.spoken[0]!.lang).to.equal('es-MX');
      expect(speech.spoken[0]!.text).to.equal(
        [spanish.callTitle('911'), ...spanish.callSay].join(' '),
      );
    });

    it('appears when the device’s voices arrive late, and goes quiet when the guide closes', async () => {
      const speech = fakeSpeech([]);
      const el = await openGuide();
      expect(control(el, words.readAloud)).to.equal(undefined);
      speech.setVoices([{ lang: 'en-GB', localService: true, name: 'Daniel' }]);
      await el.updateComplete;
      await tap(el, words.readAloud);
      expect(speech.spoken).to.have.length(1);
      const cancels = speech.cancels();
      await tap(el, words.close);
      expect(speech.cancels()).to.equal(cancels + 1);
      expect(speech.listeners.size).to.equal(0);
    });
  });

  describe('leaving and coming back', () => {
    it('keeps its timer and record through a re-render, a language switch, closing and reopening, and the phone app', async () => {
      const el = await openGuide();
      await toCpr(el);
      await tap(el, words.gaveNaloxone);
      await clock.tickAsync(20_000);
      el.heading = 'Overdose? Act now';
      el.lang = 'es';
      await el.updateComplete;
      expect(title(el).textContent).to.equal(spanish.cprTitle);
      expect(timerText(el)).to.equal(`${spanish.recordLines[1]} 1. ${spanish.timer.label} 1:40`);
      await tap(el, spanish.close);
      await clock.tickAsync(10_000);
      await tap(el, spanish.start);
      // It reopens where the reader was.
      expect(title(el).textContent).to.equal(spanish.cprTitle);
      expect(focused(el)).to.equal(title(el));
      expect(timerText(el)).to.equal(`${spanish.recordLines[1]} 1. ${spanish.timer.label} 1:30`);
      // The phone app: the tab sleeps and runs no timer, but the clock moves on.
      clock.setSystemTime(Date.now() + 60_000);
      document.dispatchEvent(new Event('visibilitychange'));
      await clock.tickAsync(1000);
      await el.updateComplete;
      expect(timerText(el)).to.equal(`${spanish.recordLines[1]} 1. ${spanish.timer.label} 0:29`);
      expect(recordLines(el)).to.have.length(2);
    });

    it('removed mid-timer, it leaves no timer, sound or wake lock behind; put back, it carries on', async () => {
      const lock = fakeWakeLock();
      const audio = fakeAudio();
      const speech = fakeSpeech([{ lang: 'en-US', localService: true, name: 'Samantha' }]);
      const el = await openGuide();
      const parent = el.parentElement!;
      await toCpr(el);
      await tap(el, words.beatSound[0]);
      await tap(el, words.gaveNaloxone);
      await tap(el, words.readAloud);
      await settle();
      expect(clock.countTimers()).to.equal(2);
      expect(lock.held()).to.equal(1);
      const cancels = speech.cancels();
      el.remove();
      await settle();
      expect(clock.countTimers()).to.equal(0);
      expect(audio.contexts.map((context) => context.state)).to.deep.equal(['closed']);
      expect(lock.held()).to.equal(0);
      expect(speech.cancels()).to.equal(cancels + 1);
      expect(speech.listeners.size).to.equal(0);
      await clock.tickAsync(20_000);
      parent.append(el);
      await el.updateComplete;
      await settle();
      expect(clock.countTimers()).to.equal(2);
      expect(lock.held()).to.equal(1);
      await clock.tickAsync(1000);
      await el.updateComplete;
      expect(timerText(el)).to.equal(`${words.recordLines[1]} 1. ${words.timer.label} 1:39`);
    });
  });

  it('with no wake lock, vibration, speech or Web Audio, the whole guide works without an error', async () => {
    removeDevices();
    const errors = sinon.spy(console, 'error');
    const failures: unknown[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => failures.push('reason' in event ? event.reason : event.error);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    try {
      const el = await openGuide();
      expect(control(el, words.readAloud)).to.equal(undefined);
      await toCpr(el);
      await tap(el, words.gaveNaloxone);
      await clock.tickAsync(125_000);
      await el.updateComplete;
      expect(timerText(el)).to.include(words.timer.done.text);
      document.dispatchEvent(new Event('visibilitychange'));
      await tap(el, words.gaveAnother);
      await tap(el, words.wokeUp);
      await tap(el, words.close);
      el.remove();
      await settle();
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
    expect(failures).to.deep.equal([]);
    expect(errors.callCount).to.equal(0);
  });

  describe('accessibility', () => {
    /** Every screen, and what makes it: the timer running on the side screen, ended on CPR, the record open at the end. */
    const screens: [string, (el: OverdoseSigns, text: typeof words) => Promise<void>][] = [
      ['the call', async () => {}],
      ['the breathing check', (el, text) => toCheck(el, text)],
      [
        'the side position, dose timer running',
        async (el, text) => {
          await toSide(el, text);
          await tap(el, text.gaveNaloxone);
          await clock.tickAsync(30_000);
        },
      ],
      [
        'CPR, dose timer ended',
        async (el, text) => {
          await toCpr(el, text);
          await tap(el, text.gaveNaloxone);
          await clock.tickAsync(121_000);
        },
      ],
      [
        'awake, with the record',
        async (el, text) => {
          await toSide(el, text);
          await tap(el, text.gaveNaloxone);
          await tap(el, text.wokeUp);
        },
      ],
    ];
    for (const lang of ['en', 'es']) {
      for (const theme of ['light', 'dark']) {
        for (const [name, reach] of screens) {
          it(`axe finds nothing: ${name}, ${theme}, ${lang}`, async () => {
            fakeSpeech([{ lang: `${lang}-US`, localService: true, name: 'Voice' }]);
            fakeAudio();
            const el = await openGuide(lang, theme);
            await reach(el, lang === 'es' ? spanish : words);
            await el.updateComplete;
            // axe runs on the real clock (restoring twice, in afterEach, is harmless).
            clock.restore();
            await expect(el).to.be.accessible();
          });
        }
      }
    }
  });
});

describe('<overdose-signs> rescue guide: sound that never got going', () => {
  it('closing the guide while its sound is still being unlocked leaves no unhandled rejection on the page', async () => {
    // What a browser does when the context is closed before resume() completes
    // (Chromium without a reader's gesture): both promises reject.
    const refused = () => Promise.reject(new DOMException('AudioContext closed before a pending resume() could complete.', 'InvalidStateError'));
    const resume = sinon.stub(AudioContext.prototype, 'resume').callsFake(refused);
    const close = sinon.stub(AudioContext.prototype, 'close').callsFake(refused);
    const unhandled: unknown[] = [];
    const listener = (event: PromiseRejectionEvent) => {
      unhandled.push(event.reason);
      event.preventDefault();
    };
    window.addEventListener('unhandledrejection', listener);
    try {
      const el = await openGuide();
      await toSide(el);
      await tap(el, words.gaveNaloxone);
      document.dispatchEvent(new Event('visibilitychange'));
      el.guide = false;
      await el.updateComplete;
      expect(resume.called && close.called, 'the guide opened and closed its sound').to.equal(true);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', listener);
      resume.restore();
      close.restore();
    }
  });
});
