import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { RecoveryElement } from '../core/recovery-element.js';
import { consoleMessages } from '../content/index.js';
import { parseHttpsAddress } from '../core/attributes.js';
import { openingState, parseOpeningHours, wallClock, type OpeningWeek, type WallClock } from '../core/opening-hours.js';

/**
 * What `<call-banner>` offers besides the partner's own number and text line:
 * its opening hours (`open-hours`, `timezone`), after which the national
 * helpline takes the call, 988 (`crisis`), and a chat (`chat`). `CallBanner`
 * places them.
 *
 * @csspart after-hours - After hours: when the partner's line opens, and its number to leave a message.
 * @csspart message-link - The partner's number, to leave a message after hours (`tel:`).
 * @csspart crisis-button - With `crisis`: the links that call and text 988.
 * @csspart chat-button - The link to the partner's `chat`.
 */
export abstract class AfterHoursBanner extends RecoveryElement {
  /** Lit declares the reactive properties here, not with decorators: decorators cost the bundle about 800 bytes. */
  static override properties: PropertyDeclarations = {
    openHours: { attribute: 'open-hours' },
    timezone: {},
    crisis: { type: Boolean },
    chat: {},
  };

  /**
   * When the partner's line answers, in schema.org's `openingHours` form:
   * `Mo-Fr 09:00-17:00; Sa 10:00-14:00`. Days are `Mo Tu We Th Fr Sa Su`, in
   * ranges (`Mo-Fr`) or lists (`Mo,We,Fr`); an end at or before the start is the
   * next morning (`Fr 18:00-02:00`); a day without times is open all day.
   * Outside these hours the banner says the line is closed and when it opens,
   * its call button calls the national helpline, and the partner's number stays
   * as a smaller line to leave a message. It changes over by itself while the
   * page is open. A value it cannot read logs one console error, and the line
   * shows as always open. Default: always open.
   */
  openHours?: string | null;

  /**
   * The IANA time zone of `open-hours` (`America/New_York`, `Europe/London`);
   * the next opening is shown on this clock. A zone the browser does not know
   * logs one console error, and the line shows as always open. Default: the
   * reader's own zone.
   */
  timezone?: string | null;

  /**
   * Adds the 988 Suicide & Crisis Lifeline as a second way to reach someone now:
   * call or text 988, with what it is for, how to get help in Spanish (press 2,
   * or text AYUDA), and the emergency number for an overdose, which 988 does not
   * replace.
   */
  crisis?: boolean;

  /**
   * The address of the partner's chat, `https:` only: adds a Chat button. Any
   * other value logs one console error, and there is no Chat button.
   */
  chat?: string | null;

  // No initial values below: each is set before it is read, and every
  // initialiser is bytes in the script a reader downloads.
  /** The hours, from `open-hours`; null without them, or when they cannot be read. */
  private week?: OpeningWeek | null;
  /** The clock of `timezone`; null when it is not a zone. */
  private clock?: WallClock | null;
  private clockTimer?: ReturnType<typeof setTimeout>;
  /** While the partner's line is closed: when it opens next. */
  protected opensAt?: number;
  /** The chat's address, once it is known to be `https:`. */
  protected chatLink?: string | null;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.clockTimer);
    this.ownerDocument.removeEventListener('visibilitychange', this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const messages = consoleMessages;
    if (changed.has('chat')) this.chatLink = this.validated(this.chat, parseHttpsAddress, null, messages.badChat);
    if (changed.has('openHours')) this.week = this.validated(this.openHours, parseOpeningHours, null, messages.openHours);
    if (changed.has('timezone')) this.clock = this.validated(this.timezone, wallClock, null, messages.timezone);
    clearTimeout(this.clockTimer);
    // A server has no clock to trust (a page may be built once and served for
    // weeks), so it renders the partner's line as open, and hydration renders the
    // same; the next render, a moment later, reads the clock.
    // Without hours there is no clock to read (and no formatter to build on every render).
    const clock = this.week && !this.serverView && (this.timezone == null ? wallClock() : this.clock);
    const [open, change] = clock ? openingState(this.week!, clock, Date.now()) : [true, Infinity];
    this.opensAt = open ? undefined : change;
    if (change < Infinity && this.isConnected) {
      // One timer, to the next change of the hours: no polling. A sleeping phone
      // runs its timers late, so the clock is read again whenever the page is shown.
      this.clockTimer = setTimeout(() => this.requestUpdate(), change - Date.now());
      this.ownerDocument.addEventListener('visibilitychange', this);
    }
  }

  /**
   * The page was shown again (`visibilitychange`): the clock may have passed a
   * change of the hours. (The element is its own listener.)
   * @internal
   */
  handleEvent(): void {
    this.requestUpdate();
  }

  /**
   * After hours, under the helpline's note: whose line is closed, when it opens
   * next (in the reader's language, on the partner's clock: "Monday 9:00 AM",
   * "lunes, 9:00"), and its number (`dialable`, shown as `written`), to leave a
   * message. `org` is the partner's name, or empty.
   */
  protected afterHoursLine(opensAt: number, org: string, dialable: string, written: string): TemplateResult {
    const when = new Date(opensAt).toLocaleString(this.language, {
      weekday: 'long',
      hour: 'numeric',
      minute: '2-digit',
      timeZone: this.timezone ?? undefined,
    });
    return html`<p class="more" part="after-hours">${org ? html`<strong>${org}.</strong>${' '}` : nothing}${`${this.text.callBanner.closedNow(when)} `}${this.callLink(dialable, 'helpline', written, undefined, '', 'message-link')}</p>`;
  }

  /** With `crisis`: call or text 988, as quiet buttons. */
  protected crisisButtons(): TemplateResult {
    const { common } = this.text;
    return html`<span class="actions">${this.callLink('988', 'crisis', common.call('988'), undefined, 'button quiet', 'crisis-button')}${this.callLink(
      '988',
      'sms',
      common.text('988'),
      undefined,
      'button quiet',
      'crisis-button',
    )}</span>`;
  }
}
