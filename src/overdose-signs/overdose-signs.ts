import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { RecoveryElement } from '../core/recovery-element.js';
import { consoleMessages } from '../content/index.js';
import { oneOf } from '../core/attributes.js';
import { heading } from '../core/heading.js';
import type { ActStep, BreathingStep, Sourced } from '../content/schema.js';
import { overdoseSignsStyles } from './overdose-signs.styles.js';
import { rescueStyles } from './rescue.styles.js';
import { CALLED, RescueGuide } from './rescue-guide.js';
import { renderRescue } from './rescue-view.js';

const VARIANTS = ['full', 'compact'] as const;
export type OverdoseSignsVariant = (typeof VARIANTS)[number];

/** `off`, `false` and `no`, in any case, turn a boolean-ish attribute off. */
const isOff = (value: unknown) => value === false || !!oneOf(value, ['off', 'false', 'no']);

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
 * other drugs, and a step-by-step guide that stays with the reader until help arrives.
 *
 * The guide (rescue mode) shows one screen at a time under the call link: what
 * to say on the call; are they breathing? (two large choices); the side position,
 * or hands-only CPR with a beat to follow (seen, and heard if the reader turns
 * the sound on); naloxone, where each "I gave naloxone" counts a dose and starts
 * a 2-minute timer that ends with a beep, a vibration and an announced message;
 * what to do once they wake up; and a record for the paramedics (the call, each
 * dose, CPR, waking) in local time. While it is open it keeps the screen awake.
 * Where the device allows, "Read aloud" speaks the screen with an on-device
 * voice. Whatever the browser lacks (vibration, wake lock, voices, Web Audio) is
 * skipped. The record stays in memory only: closing and reopening the guide, or
 * a language change, keeps it; leaving the page loses it.
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
 * @csspart step-title - The heading of the guide's current screen.
 * @csspart timer - The dose countdown and, when it ends, the instruction.
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
 * @fires {CustomEvent<RecoveryGuideDetail>} recovery-guide - The guide opened or showed another screen: `{ step }`, the screen's number: 1 the call, 2 the breathing check, 3 breathing (side position), 4 not breathing (CPR), 5 awake.
 * @fires {CustomEvent<RecoveryDoseDetail>} recovery-dose - The reader tapped "I gave naloxone": `{ dose }`, the dose's number (1, 2, …). No time or other data.
 */
export class OverdoseSigns extends RecoveryElement {
  static override styles = [...RecoveryElement.styles, overdoseSignsStyles, rescueStyles];
  /** Lit declares the reactive properties here, not with decorators: decorators cost the bundle about 800 bytes. */
  static override properties = {
    variant: {},
    guide: { type: Boolean, reflect: true },
    goodSamaritan: { attribute: 'good-samaritan' },
  };

  /** `full`, or `compact`: the signs and the call button only, for a sidebar. */
  variant: OverdoseSignsVariant = 'full';

  /**
   * Step-by-step mode (the rescue guide): one screen at a time, with the call
   * button kept on top. Set it to open the guide (the page does not move focus
   * when it starts in the guide); the guide's Close button and Esc turn it off.
   */
  guide = false;

  /** `off` (or `false`, `no`) hides the note about Good Samaritan laws. */
  goodSamaritan: boolean | 'on' | 'off' = true;

  // No initial values: each is set before it is read (bytes in the reader's script).
  private compact?: boolean;
  /** Focus the start button after the next render: the reader just closed the guide. */
  private focusStart?: boolean;
  #rescueGuide?: RescueGuide;

  constructor() {
    super();
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.guide) this.guide = false;
    });
    // The record for the paramedics starts with the call, made before or during the guide.
    this.addEventListener('recovery-call', (event) => this.#rescue.note(CALLED, event.detail.number));
  }

  /** The guide's state and resources, made on first use: a page that never opens the guide runs none of it. */
  get #rescue(): RescueGuide {
    return (this.#rescueGuide ??= new RescueGuide(this));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('variant')) {
      const variant = this.validated(this.variant, (value) => oneOf(value, VARIANTS), 'full', (value, fallback) =>
        consoleMessages.variant(value, VARIANTS.join(', '), fallback),
      );
      this.compact = variant === 'compact';
    }
    if (changed.has('guide') && (this.guide || this.#rescueGuide)) {
      // Only a reader's action moves focus: a page that opens in the guide keeps its own.
      this.#rescue.toggled(this.hasUpdated);
      this.focusStart = !this.guide && !!this.shadowRoot?.activeElement;
    }
  }

  protected override updated(): void {
    if (this.focusStart) this.renderRoot.querySelector<HTMLElement>('.start')?.focus();
    this.focusStart = false;
  }

  protected renderContent(): TemplateResult {
    const text = this.text.overdoseSigns;
    const number = this.dialEmergencyNumber;
    const level = this.resolvedHeadingLevel + 1;
    const section = (title: string) => heading(level, title, 'section-heading');
    return html`${this.callLink(
        number,
        'emergency',
        this.text.common.call(number),
        this.text.common.callEmergency(number),
        'button urgent call',
      )}
      ${this.topHeading(text.heading)}
      ${this.guide ? this.renderGuide(level) : nothing}
      <div ?hidden=${this.guide}>
        <p>${text.intro.text}</p>
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
              ${isOff(this.goodSamaritan) ? nothing : paragraph(text.goodSamaritan)}`}
      </div>
      <div part="footer"><slot name="footer"></slot></div>`;
  }

  private renderGuide(level: number): TemplateResult {
    return renderRescue(this.#rescue, this.text.overdoseSigns, this.dialEmergencyNumber, level, this.language, () => {
      this.guide = false;
    });
  }
}
