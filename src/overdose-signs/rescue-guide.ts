import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { emit } from '../core/events.js';
import { beep, openAudio, ScreenAwake, speak, vibrate } from './device.js';

/** The guide's screens, numbered as `recovery-guide` reports them (see `GuideContent`). */
export const CALL = 1;
export const CHECK = 2;
export const SIDE = 3;
export const CPR = 4;
export const AWAKE = 5;

/** What a line of the record says: an index into the words' `recordLines`. */
export const CALLED = 0;
export const DOSE = 1;
export const CPR_STARTED = 2;
export const WOKE = 3;

/**
 * The dose check. The naloxone label says to give another dose if there is no
 * response after 2 to 3 minutes [FDA-N]. We count 2 minutes from the tap on
 * "I gave naloxone", which comes after the spray, so the check lands 2 to 3
 * minutes after the dose: the lower end, because for someone who is not
 * breathing (fentanyl) a late dose costs more than an early one.
 */
const DOSE_CHECK_MS = 120_000;
/** 110 pushes a minute: the middle of the 100 to 120 that CPR asks for [AHA-O]. */
const BEAT_MS = 60_000 / 110;
/** The beat's count runs 1 to 30, the pushes between a trained rescuer's breaths [AHA-O]. */
const BEATS = 30;

/** `<overdose-signs>`, as the guide sees it. */
export interface RescueHost extends ReactiveControllerHost, HTMLElement {
  guide: boolean;
}

/** Where the guide is, read by the templates (rescue-view.ts). */
export interface RescueState {
  /** The screen shown (`CALL` … `AWAKE`). */
  shown: number;
  doses: number;
  /** When the current dose's check is due (ms since the epoch): a deadline, so a tab woken from the background shows the right time. */
  deadline: number;
  /** The dose timer: 0 none, 1 running, 2 one minute left, 3 time is up. */
  phase: number;
  /** The beat's count shown on the CPR screen, 0-based. */
  beats: number;
  /** The reader turned the beat's sound on. */
  loud: boolean;
  /** The record for the paramedics: what happened (`CALLED` …), when (ms), and the number or dose it names. */
  notes: [what: number, at: number, value: unknown][];
}

/**
 * The rescue guide's state and everything it holds while open: the dose timer,
 * the beat, a screen wake lock, an audio context, a speech request. Made the
 * first time the guide opens or the reader calls, so a page that never uses
 * the guide runs none of it. The state lives as long as the element, so a
 * re-render, a language switch, closing and reopening the guide, or a return
 * from the phone app find it as it was; leaving the page releases everything.
 */
export class RescueGuide implements ReactiveController {
  readonly state: RescueState = { shown: CALL, doses: 0, deadline: 0, phase: 0, beats: 0, loud: false, notes: [] };
  #host: RescueHost;
  /** After the next render: 1 report the screen (`recovery-guide`), 2 also move focus to its heading. */
  #moved = 0;
  /** The guide is open on a connected element, and holds its resources. */
  #live = false;
  #ticker?: ReturnType<typeof setInterval>;
  #metronome?: ReturnType<typeof setInterval>;
  #audio?: AudioContext;
  #awake = new ScreenAwake();
  #spoke = false;

  constructor(host: RescueHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#sync();
  }

  hostUpdated(): void {
    const title = this.#host.shadowRoot?.querySelector<HTMLElement>('.step-title');
    // Focusable by script only, so a screen reader reads the new screen.
    if (title) title.tabIndex = -1;
    if (this.#moved > 1) title?.focus();
    if (this.#moved) emit(this.#host, 'recovery-guide', { step: this.state.shown });
    this.#moved = 0;
  }

  /** The element opened the guide (`focus`: by the reader's action, so focus follows) or closed it. */
  toggled(focus: boolean): void {
    if (this.#host.guide) this.#moved = focus ? 2 : 1;
    this.#sync();
  }

  /** Goes to `screen`, noting in the record what the move means (`note`: `CPR_STARTED` …). */
  go(screen: number, note = -1): void {
    const state = this.state;
    if (note >= 0) this.note(note);
    if (note === WOKE) state.phase = 0;
    state.shown = screen;
    state.beats = 0;
    this.#moved = 2;
    this.#sync();
  }

  /** "I gave naloxone": counts the dose, restarts the timer, and unlocks sound for its end (a tap is the only time a page may). */
  gave(): void {
    const state = this.state;
    this.#audio ??= openAudio();
    state.deadline = Date.now() + DOSE_CHECK_MS;
    state.phase = 1;
    this.note(DOSE, ++state.doses);
    emit(this.#host, 'recovery-dose', { dose: state.doses });
    this.#sync();
  }

  /** Turns the beat's sound on or off; the tap unlocks sound. */
  sound(): void {
    this.#audio ??= openAudio();
    this.state.loud = !this.state.loud;
    this.#host.requestUpdate();
  }

  /** Reads the screen's heading and paragraphs aloud. */
  speak(voice: SpeechSynthesisVoice): void {
    const words = [...this.#host.shadowRoot!.querySelectorAll('.step-title, .guide p:not(.sr-only), .guide li')].map((node) => node.textContent);
    speak(words.join(' '), voice);
    this.#spoke = true;
  }

  /** Adds a line to the record: `value` is the number called or the dose's number. */
  note(what: number, value: unknown = ''): void {
    this.state.notes.push([what, Date.now(), value]);
    this.#host.requestUpdate();
  }

  /** Starts or stops what the guide holds, to match whether it is open on the page. */
  #sync(): void {
    const host = this.#host;
    const state = this.state;
    // On a server (Lit SSR) nothing is held: the browser takes the guide over when it hydrates.
    const live = !isServer && host.guide && host.isConnected;
    clearInterval(this.#ticker);
    clearInterval(this.#metronome);
    if (live && state.phase && state.phase < 3) this.#ticker = setInterval(() => this.#count(), 1000);
    if (live && state.shown === CPR) {
      this.#metronome = setInterval(() => {
        state.beats = (state.beats + 1) % BEATS;
        if (state.loud) beep(this.#audio, 1000, 0.05);
        host.requestUpdate();
      }, BEAT_MS);
    }
    if (live !== this.#live) {
      this.#live = live;
      const listen = live ? 'addEventListener' : 'removeEventListener';
      document[listen]('visibilitychange', this.#refresh);
      globalThis.speechSynthesis?.[listen]('voiceschanged', this.#refresh);
      if (live) this.#awake.hold();
      else {
        this.#awake.release();
        this.#audio?.close().catch(() => {});
        this.#audio = undefined;
        if (this.#spoke) speechSynthesis.cancel();
        this.#spoke = false;
      }
    }
    host.requestUpdate();
  }

  #count(): void {
    const state = this.state;
    const left = state.deadline - Date.now();
    if (left <= 0) {
      clearInterval(this.#ticker);
      state.phase = 3;
      // Noticed without looking: three beeps and a buzz, with the message shown and announced.
      for (const delay of [0, 0.4, 0.8]) beep(this.#audio, 880, 0.25, delay);
      vibrate([400, 200, 400, 200, 400]);
    } else if (left <= 60_000 && state.phase === 1) {
      state.phase = 2;
    }
    this.#host.requestUpdate();
  }

  /**
   * Back from the phone app (the browser let go of the wake lock and may have
   * paused the sound), or the device's voices arrived (some browsers load them
   * late: "Read aloud" can show now). One handler for both: taking the lock
   * again costs nothing, and a request while the page is hidden is refused
   * quietly.
   */
  #refresh = () => {
    this.#awake.hold();
    this.#audio?.resume().catch(() => {});
    this.#host.requestUpdate();
  };
}
