import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { RecoveryElement } from '../core/recovery-element.js';
import { consoleMessages } from '../content/index.js';
import { heading } from '../core/heading.js';
import type { ActStep, BreathingStep, Sourced } from '../content/schema.js';
import { overdoseSignsStyles } from './overdose-signs.styles.js';

const VARIANTS = ['full', 'compact'];
export type OverdoseSignsVariant = 'full' | 'compact';

/**
 * The second-dose check. The naloxone label says to give another dose if there
 * is no response after 2 to 3 minutes [FDA-N]. We count 2 minutes from the tap on
 * "I gave naloxone", which comes after the spray, so the check lands 2 to 3
 * minutes after the dose. The lower end, because the instruction at the end is
 * only "if they are not breathing or not awake", and for someone who is not
 * breathing (fentanyl) a late dose costs more than an early one.
 */
const SECOND_DOSE_SECONDS = 120;
/** The guide's steps (1-based) where a dose is given: they offer "I gave naloxone". */
const NALOXONE_STEP = 2;
const SECOND_DOSE_STEP = 4;

/** What the countdown has announced so far; `''` when no timer was started. */
type TimerPhase = '' | 'started' | 'minute' | 'done';

/** `off`, `false` and `no`, in any case, turn a boolean-ish attribute off. */
const isOff = (value: unknown) => value === false || /^\s*(off|false|no)\s*$/i.test(String(value));

const paragraph = (item: Sourced) => html`<p>${item.text}</p>`;

/** The breathing check's two branches, as a list under its step. */
const breathingCases = (step: ActStep | BreathingStep) =>
  'cases' in step
    ? html`<ul>
        ${step.cases.map((branch) => html`<li><strong>${branch.lead}</strong> ${branch.text}</li>`)}
      </ul>`
    : nothing;

/**
 * What an opioid overdose looks like and what to do, right now: a large emergency
 * call link first, then the signs, what to do in order (CPR when they are not
 * breathing, a dose every 2 to 3 minutes), what not to do, naloxone, fentanyl and
 * other drugs, and a step-by-step guide with a second-dose timer.
 *
 * Children without a `slot` are the fallback shown before the script runs (put a
 * plain `<a href="tel:911">` there); they are hidden once the element upgrades.
 *
 * @tagname overdose-signs
 * @summary The signs of an opioid overdose and what to do, with a step-by-step guide.
 *
 * @slot footer - Partner text under the guidance, e.g. "Free naloxone at our front desk".
 *
 * @csspart call-button - The emergency call link, always first.
 * @csspart heading - The top heading.
 * @csspart section-heading - The headings of the sections (signs, what to do, …).
 * @csspart sign - Each sign of an overdose.
 * @csspart guide-button - The button that starts the step-by-step guide.
 * @csspart guide - The step-by-step guide.
 * @csspart step-title - The heading of the guide's current step.
 * @csspart timer - The second-dose countdown and, when it ends, the instruction.
 * @csspart footer - The wrapper of the `footer` slot.
 *
 * @cssproperty --recovery-font-family - Font; defaults to the page's.
 * @cssproperty --recovery-font-size - Base size; defaults to 1rem.
 * @cssproperty --recovery-color-text - Text colour.
 * @cssproperty --recovery-color-background - Background colour.
 * @cssproperty --recovery-color-border - Border colour of the guide and outlined buttons.
 * @cssproperty --recovery-color-accent - Fill of the guide's buttons.
 * @cssproperty --recovery-color-on-accent - Text on the accent fill.
 * @cssproperty --recovery-color-urgent - Fill of the emergency call button.
 * @cssproperty --recovery-color-on-urgent - Text on the urgent fill.
 * @cssproperty --recovery-radius - Corner radius.
 * @cssproperty --recovery-spacing - Space between blocks.
 * @cssproperty --recovery-max-width - Widest the element grows.
 *
 * @fires {CustomEvent<RecoveryCallDetail>} recovery-call - The emergency link was activated: `{ number, kind: 'emergency', source: 'OVERDOSE-SIGNS' }` (`source` is the element's `tagName`).
 * @fires {CustomEvent<RecoveryGuideDetail>} recovery-guide - The step-by-step guide opened or moved to a step: `{ step }` (1-based).
 */
export class OverdoseSigns extends RecoveryElement {
  static override styles = [...RecoveryElement.styles, overdoseSignsStyles];
  /** Lit declares the reactive properties here, not with decorators: decorators cost the bundle about 800 bytes. */
  static override properties = {
    variant: {},
    guide: { type: Boolean, reflect: true },
    goodSamaritan: { attribute: 'good-samaritan' },
  };

  /** `full`, or `compact`: the signs and the call button only, for a sidebar. */
  variant: OverdoseSignsVariant = 'full';

  /**
   * Step-by-step mode: one step a screen, with the call button kept on top. Set it
   * to open the guide (the page does not move focus when it starts in the guide);
   * the guide's Close button and Esc turn it off.
   */
  guide = false;

  /** `off` (or `false`, `no`) hides the note about Good Samaritan laws. */
  goodSamaritan: boolean | 'on' | 'off' = true;

  private compact = false;
  private step = 1;
  private moved = false;
  /** What to focus after the next render: the step's heading, or the start button. */
  private focusNext: '' | '.step-title' | '.start' = '';
  /** When the second-dose check is due (ms since the epoch): a deadline, not a count, so a tab woken from the background shows the right time. */
  private deadline = 0;
  private phase: TimerPhase = '';
  private ticker?: ReturnType<typeof setInterval>;

  constructor() {
    super();
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.guide) this.guide = false;
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-attached mid-countdown: carry on towards the same deadline.
    if (this.phase && this.phase !== 'done') this.runTimer();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.ticker);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('variant')) {
      const variant = this.validated(
        this.variant,
        (value) => (VARIANTS.includes(value.trim().toLowerCase()) ? value.trim().toLowerCase() : null),
        'full',
        (value, fallback) => consoleMessages.variant(value, VARIANTS.join(', '), fallback),
      );
      this.compact = variant === 'compact';
    }
    if (changed.has('guide')) {
      if (this.guide) {
        this.step = 1;
        this.moved = true;
        // Only a reader's action moves focus: a page that opens in the guide keeps its own.
        this.focusNext = this.hasUpdated ? '.step-title' : '';
      } else if (changed.get('guide') && this.shadowRoot?.activeElement) {
        this.focusNext = '.start';
      }
    }
  }

  protected override updated(): void {
    const title = this.renderRoot.querySelector<HTMLElement>('.step-title');
    // Focusable by script only, so a screen reader reads the new step.
    if (title) title.tabIndex = -1;
    if (this.focusNext) this.renderRoot.querySelector<HTMLElement>(this.focusNext)?.focus();
    this.focusNext = '';
    if (this.moved) this.emit('recovery-guide', { step: this.step });
    this.moved = false;
  }

  private goTo(step: number): void {
    this.step = step;
    this.moved = true;
    this.focusNext = '.step-title';
    this.requestUpdate();
  }

  private startTimer(): void {
    this.deadline = Date.now() + SECOND_DOSE_SECONDS * 1000;
    this.phase = 'started';
    this.runTimer();
    this.requestUpdate();
  }

  private runTimer(): void {
    clearInterval(this.ticker);
    this.ticker = setInterval(() => {
      const left = this.deadline - Date.now();
      if (left <= 0) {
        clearInterval(this.ticker);
        this.phase = 'done';
      } else if (left <= 60_000 && this.phase === 'started') {
        this.phase = 'minute';
      }
      this.requestUpdate();
    }, 1000);
  }

  protected renderContent(): TemplateResult {
    const text = this.text.overdoseSigns;
    const number = this.dialEmergencyNumber;
    const level = this.resolvedHeadingLevel + 1;
    const section = (title: string) => heading(level, title, 'section-heading');
    return html`${this.callLink({
        dialable: number,
        kind: 'emergency',
        label: this.text.common.call(number),
        accessibleName: this.text.common.callEmergency(number),
        className: 'button urgent call',
      })}
      ${heading(this.resolvedHeadingLevel, this.headingText(text.heading), 'heading')}
      ${this.guide
        ? this.renderGuide(level)
        : html`<p>${text.intro.text}</p>
            ${this.compact
              ? nothing
              : html`<button class="button start" part="guide-button" @click=${() => (this.guide = true)}>
                  ${text.guide.start}
                </button>`}
            ${section(text.signsHeading)}
            <ul>
              ${text.signs.map((sign) => html`<li part="sign">${sign.text}</li>`)}
            </ul>
            ${this.compact
              ? nothing
              : html`${section(text.actHeading)}
                  <ol>
                    ${text.act.map(
                      (item) => html`<li><strong>${item.title(number)}.</strong> ${item.text(number)}${breathingCases(item)}</li>`,
                    )}
                  </ol>
                  ${section(text.dontHeading)}
                  <ul>
                    ${text.donts.map((item) => html`<li>${item.text}</li>`)}
                  </ul>
                  ${section(text.naloxoneHeading)} ${text.naloxone.map(paragraph)} ${section(text.drugsHeading)}
                  ${text.drugs.map(paragraph)} ${section(text.moreHeading)} ${paragraph(text.waking)}
                  ${isOff(this.goodSamaritan) ? nothing : paragraph(text.goodSamaritan)}`}`}
      <div part="footer"><slot name="footer"></slot></div>`;
  }

  private renderGuide(level: number): TemplateResult {
    const guide = this.text.overdoseSigns.guide;
    const { timer } = guide;
    const steps = this.text.overdoseSigns.act;
    const number = this.dialEmergencyNumber;
    const { step, phase } = this;
    const last = step === steps.length;
    const current = steps[step - 1]!;
    const close = (className: string) =>
      html`<button class=${className} @click=${() => (this.guide = false)}>${guide.close}</button>`;
    const left = Math.max(0, Math.ceil((this.deadline - Date.now()) / 1000));
    return html`<section class="guide" part="guide" aria-label=${guide.label}>
      <div class="bar">
        <p>${guide.stepOf(step, steps.length)}</p>
        ${last ? nothing : close('button quiet')}
      </div>
      ${heading(level, current.title(number), 'step-title', 'step-title')}
      <p>${current.text(number)}</p>
      ${breathingCases(current)}
      ${step === NALOXONE_STEP || step === SECOND_DOSE_STEP
        ? html`<button class="button gave" @click=${this.startTimer}>${guide.gaveNaloxone}</button>`
        : nothing}
      ${phase === 'done'
        ? html`<div class="timer done" part="timer">
            <p>${timer.done}</p>
            <p><strong>${timer.instruction.text}</strong></p>
            ${step === SECOND_DOSE_STEP
              ? nothing
              : html`<button class="button" @click=${() => this.goTo(SECOND_DOSE_STEP)}>
                  ${steps[SECOND_DOSE_STEP - 1].title(number)}
                </button>`}
          </div>`
        : phase
          ? html`<div class="timer" part="timer">
              <p role="timer">
                ${timer.label} <strong>${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}</strong>
              </p>
            </div>`
          : nothing}
      <div class="nav">
        ${step > 1
          ? html`<button class="button quiet" @click=${() => this.goTo(step - 1)}>${guide.back}</button>`
          : nothing}
        ${last ? close('button') : html`<button class="button" @click=${() => this.goTo(step + 1)}>${guide.next}</button>`}
      </div>
      <p class="sr-only" aria-live="polite">
        ${phase === 'started'
          ? timer.started(SECOND_DOSE_SECONDS / 60)
          : phase === 'minute'
            ? timer.oneMinute
            : phase === 'done'
              ? `${timer.done} ${timer.instruction.text}`
              : ''}
      </p>
    </section>`;
  }
}
