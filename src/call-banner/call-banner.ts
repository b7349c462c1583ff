import { html, nothing, type PropertyValues } from 'lit';
import { AfterHoursBanner } from './after-hours.js';
import { consoleMessages } from '../content/index.js';
import { heading } from '../core/heading.js';
import { dialableNumber, phoneText } from '../core/phone.js';
import { oneOf, textOf } from '../core/attributes.js';
import { callBannerStyles } from './call-banner.styles.js';
import { dismissalKey, rememberDismissed, wasDismissed } from './dismissals.js';
import { reserveRoom } from './page-room.js';

const VARIANTS = ['inline', 'sticky'] as const;
export type CallBannerVariant = (typeof VARIANTS)[number];

/**
 * The close button's ×, bound as a string so the build can write it as \xd7: the
 * script stays pure ASCII and reads right on a page served in any character set.
 */
const MULTIPLICATION_SIGN = '\u00d7';

/**
 * `inline` or `sticky` in any case, without spaces around it: the host's
 * `:host([variant='sticky' i])` rule, which fixes it to the viewport, must agree.
 */
const parseVariant = (value: string): CallBannerVariant | null => (value === value.trim() ? oneOf(value, VARIANTS) : null);

/** Watches the size of every sticky banner on the page (see `watchSize()`). */
let stickyBanners: ResizeObserver | undefined;

/**
 * A tap-to-call banner that connects a reader to a person: the partner's own line,
 * or by default the SAMHSA National Helpline (free, confidential, 24/7, English and
 * Spanish).
 *
 * The number is shown as written and dialled exactly, by the phone rules in README
 * (an extension dials after a pause). A `phone` that is not one phone number logs
 * one console error and the banner shows the national helpline under its own name:
 * then none of the partner's words (`org`, `message`, `heading`, `note`, `hours`,
 * `sms`, the `note` slot) appear, because they were written for a number the
 * reader cannot reach. With no `phone` at all, the partner chose the helpline:
 * `message`, `heading`, `note` and `sms` still apply, while `org` and `hours`
 * (which describe a line of their own) do not. Outside the partner's `open-hours`,
 * the call button calls the national helpline under its own name, and the
 * partner's number stays as a smaller line to leave a message.
 *
 * `variant="sticky"` fixes the banner to the bottom of the viewport and adds its
 * height below the page's `<body>` (a transparent border: the page's own padding
 * still counts), so the end of the page can be scrolled into view above it. A
 * second sticky banner stacks above the first, so both stay in reach. Notes:
 * - On phones with a notch or a home bar, the banner keeps its content inside the
 *   safe area. Browsers report a safe area only when the page's viewport meta tag
 *   has `viewport-fit=cover`; without it the browser itself keeps the page (and
 *   the banner) out of those areas.
 * - A `position: fixed` element is fixed to the viewport only when no ancestor has
 *   a `transform`, `filter` or `contain`: place the banner directly in `<body>`,
 *   where it falls in the reading order (last is usual).
 * - It sits at `z-index: 1000`; set `call-banner { z-index: … }` to change that.
 *
 * @tag call-banner
 * @summary A tap-to-call banner: the partner's number or the national helpline.
 *
 * @slot note - Small print under the call button (used when the `note` attribute is not set).
 *
 * @csspart heading - The message, a real heading at `heading-level`.
 * @csspart call-button - The call link (`tel:`).
 * @csspart text-button - The text link (`sms:`), shown when `sms` is set.
 * @csspart note - The small print.
 * @csspart emergency-link - "In an overdose, call 911." (inline, or with `crisis`).
 * @csspart dismiss-button - The close button, with `dismissible`.
 *
 * @cssproperty --recovery-font-family - Font; default: the page's.
 * @cssproperty --recovery-font-size - Base size; default `1rem`.
 * @cssproperty --recovery-color-text - Text colour.
 * @cssproperty --recovery-color-background - Background colour.
 * @cssproperty --recovery-color-border - Border colour.
 * @cssproperty --recovery-color-accent - Fill of the call button, and the inline banner's edge.
 * @cssproperty --recovery-color-on-accent - Text on the call button.
 * @cssproperty --recovery-color-urgent - Emergency colour.
 * @cssproperty --recovery-color-on-urgent - Text on the emergency colour.
 * @cssproperty --recovery-radius - Corner radius.
 * @cssproperty --recovery-spacing - Spacing unit.
 * @cssproperty --recovery-max-width - Largest width of the content.
 *
 * @fires {CustomEvent<RecoveryCallDetail>} recovery-call - A call or text link was activated: `{ number, kind: 'helpline' | 'crisis' | 'sms' | 'emergency', source: 'CALL-BANNER' }`: `helpline` for the call button (the helpline's number after hours) and the number to leave a message, `crisis` for a call to 988, `sms` for a text (988's too). `source` is the element's `tagName`.
 * @fires {CustomEvent<RecoveryDismissDetail>} recovery-dismiss - The reader closed the banner: `{}`.
 */
export class CallBanner extends AfterHoursBanner {
  static override styles = [...AfterHoursBanner.styles, callBannerStyles];
  /** Lit declares the reactive properties here, not with decorators: decorators cost the bundle about 800 bytes. */
  static override properties = {
    phone: {},
    org: {},
    message: {},
    note: {},
    sms: {},
    hours: {},
    variant: { reflect: true },
    dismissible: { type: Boolean },
    slottedNote: { state: true },
  };

  /**
   * The number to call, as the partner writes it: `(973) 555-0142`, `+44 300 123
   * 6600`, `1-800-662-HELP (4357)`, `988`, `555-0142 ext. 12`. Shown as written.
   * Default: the SAMHSA National Helpline, 1-800-662-4357.
   */
  phone?: string | null;

  /** The partner's name, shown in the default message ("…someone at Hope Clinic…"). */
  org?: string | null;

  /** Headline text, replacing the built-in message. `heading`, if set, wins. */
  message?: string | null;

  /** Small print under the call button. Default for the national helpline: its own note. */
  note?: string | null;

  /** A number to text, as the partner writes it: adds a Text button (`sms:`). */
  sms?: string | null;

  /** When the partner's line answers, as free text: `Mon–Fri 9–5`. Shown only. */
  hours?: string | null;

  /**
   * `inline` (in the page's flow) or `sticky` (fixed to the bottom of the viewport).
   * Reflected, because the host's own position follows it.
   */
  variant: CallBannerVariant = 'inline';

  /**
   * Adds a close button. The choice is remembered for the browser session (per
   * number and variant) where storage allows, and for the life of the page where
   * it does not.
   */
  dismissible = false;

  // No initial values below: each is set before it is read, and every
  // initialiser is bytes in the script a reader downloads.
  /** @internal */
  private slottedNote?: boolean;
  private resolvedVariant?: CallBannerVariant;
  /** The partner's number, dialable; null when absent or rejected. */
  private dialPhone?: string | null;
  private phoneRejected?: boolean;
  private dialSms?: string | null;
  private dismissKey?: string;
  private hiddenByDismissal?: boolean;
  /** Where keyboard focus was before it entered the banner: where it goes back to. */
  private cameFrom?: HTMLElement;

  constructor() {
    super();
    this.addEventListener('focusin', (event) => {
      // Moves within the banner (retargeted to the host, or slotted) are not where the reader came from.
      const from = event.relatedTarget;
      if (from instanceof HTMLElement && !this.contains(from)) this.cameFrom = from;
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.watchSize();
    // Moving a banner (`body.append(banner)`) disconnects and connects it in one go:
    // its room is given back only if it is still gone, so the page never jumps.
    queueMicrotask(() => this.reserveRoom());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { common } = this.text;
    if (changed.has('variant')) {
      this.resolvedVariant = this.validated(this.variant, parseVariant, 'inline', (value, fallback) =>
        consoleMessages.variant(value, VARIANTS.join(', '), fallback),
      );
    }

    const phone = textOf(this.phone);
    this.dialPhone = phone ? dialableNumber(phone) : null;
    this.phoneRejected = !!phone && !this.dialPhone;
    if (changed.has('phone')) {
      if (this.phoneRejected) {
        this.reportInvalid(consoleMessages.phone(phone, `${common.helpline.name}, ${common.helpline.number}`));
      } else if (/^(911|112|999|000)$/.test(this.dialPhone!) || this.dialPhone === this.dialEmergencyNumber) {
        this.reportInvalid(consoleMessages.phoneIsEmergency(phone), 'warn');
      }
    }

    // The partner's text number goes with their own words: never beside a fallback.
    // An extension takes no text messages.
    const sms = this.phoneRejected ? '' : textOf(this.sms);
    this.dialSms = sms ? dialableNumber(sms)?.replace(/.*,.*/, '') || null : null;
    if (sms && !this.dialSms && changed.has('sms')) this.reportInvalid(consoleMessages.sms(sms));

    if (changed.has('phone') || changed.has('dismissible') || changed.has('variant')) {
      this.dismissKey = dismissalKey(this.dialPhone ?? dialableNumber(common.helpline.number)!, this.resolvedVariant!);
      const dismissed = this.dismissible && wasDismissed(this.dismissKey);
      // Only undo a `hidden` we set: the partner may hide the banner themselves.
      if (dismissed || this.hiddenByDismissal) this.hidden = this.hiddenByDismissal = dismissed;
    }
  }

  protected override updated(): void {
    this.watchSize();
    this.reserveRoom();
  }

  /**
   * Only a sticky banner takes room, so only a sticky banner is watched, by one
   * observer for the page. It reports on observe, then on every change of size
   * (content, zoom, hidden). The room is written in the next frame: a change made
   * in the observer's callback would be a "ResizeObserver loop" error.
   */
  private watchSize(): void {
    stickyBanners ??= new ResizeObserver((entries) =>
      requestAnimationFrame(() => entries.forEach(({ target }) => (target as CallBanner).reserveRoom())),
    );
    stickyBanners[this.isConnected && this.resolvedVariant === 'sticky' ? 'observe' : 'unobserve'](this);
  }

  private reserveRoom(): void {
    const sticky = this.isConnected && this.resolvedVariant === 'sticky';
    reserveRoom(this, sticky ? this.getBoundingClientRect().height : 0);
  }

  private dismiss(): void {
    const focusWasInside = !!this.shadowRoot?.activeElement;
    rememberDismissed(this.dismissKey!);
    this.hidden = this.hiddenByDismissal = true;
    this.reserveRoom();
    // The close button is gone. Focus goes back where the reader was before the
    // banner, and Tab carries on from there: not the hidden host (it cannot hold
    // focus), not <body> (Tab would restart at the top, a screen reader lose its
    // place). Coming from the address bar, the browser's own rule applies.
    if (focusWasInside && this.cameFrom?.isConnected) this.cameFrom.focus();
    this.emit('recovery-dismiss', {});
  }

  protected renderContent(): unknown {
    const { common, callBanner: words } = this.text;
    const { helpline } = common;
    const closedUntil = this.dialPhone && this.opensAt;
    const own = !!this.dialPhone && !closedUntil; // the partner's line is the call button
    const partnerWords = !this.phoneRejected && !closedUntil;
    const sticky = this.resolvedVariant === 'sticky';
    const org = textOf(this.org);
    const written = own ? phoneText(this.phone) : helpline.number;
    const who = own ? org : helpline.name;
    const whose = this.dialPhone ? org : helpline.name; // after hours too: the banner holds their number
    const builtIn = own && who ? words.messageFor(who) : words.message;
    // A rejected phone shows none of the partner's words, their heading included.
    const headline = partnerWords ? this.topHeading(textOf(this.message) || builtIn) : heading(this.resolvedHeadingLevel, builtIn);
    const note = partnerWords && textOf(this.note);
    const hours = own && textOf(this.hours);
    const helplineNote = sticky ? helpline.note.text : `${helpline.note.text} ${helpline.services.text}`;
    const quiet = 'button quiet';

    // The space after the helpline's name is an expression: the bundle's minifier
    // trims whitespace at the end of a template ("Helpline.Free and…").
    // A named region, not <aside>: a banner may sit inside the page's <main> or an
    // article, and more than once, where a complementary landmark (meant to be
    // top-level) would be wrong. Its name says whose line it is.
    // Templates are written tight: their whitespace ships as it is.
    return html`<section class="banner ${this.resolvedVariant}" aria-label=${whose ? `${words.label}: ${whose}` : words.label}>
<div class="message">${headline}${hours ? html`<p>${words.hours(hours)}</p>` : nothing}</div>
<div class="actions">${this.callLink(
      own ? this.dialPhone! : dialableNumber(helpline.number)!,
      'helpline',
      common.call(written),
      who ? words.callName(written, who) : undefined,
      'button',
    )}${this.dialSms && !closedUntil
      ? this.callLink(this.dialSms, 'sms', common.text(phoneText(this.sms)), undefined, quiet, 'text-button')
      : nothing}${partnerWords && this.chatLink ? html`<a class=${quiet} part="chat-button" href=${this.chatLink}>${words.chatLabel}</a>` : nothing}</div>
<div class="note" part="note" ?hidden=${own && !note && !this.slottedNote}>${own ? nothing : html`<strong>${helpline.name}.</strong>${' '}`}${note ||
    (partnerWords
      ? html`<slot name="note" @slotchange=${this.onNoteSlotChange}>${own ? nothing : helplineNote}</slot>`
      : helplineNote)}</div>
${closedUntil ? this.afterHoursLine(closedUntil, org, this.dialPhone!, phoneText(this.phone)) : nothing}
${sticky && !this.crisis
  ? nothing
  : html`<p class="more">${own && !this.crisis ? nothing : `${words.lifeline.text} `}${this.crisis
      ? this.crisisButtons()
      : nothing}${this.callLink(this.dialEmergencyNumber, 'emergency', words.emergency.text(this.dialEmergencyNumber), undefined, '', 'emergency-link')}</p>`}
${this.dismissible
  ? html`<button class="button quiet dismiss" part="dismiss-button" aria-label=${words.dismiss} @click=${this.dismiss}>${MULTIPLICATION_SIGN}</button>`
  : nothing}
</section>`;
  }

  private onNoteSlotChange(event: Event): void {
    this.slottedNote = (event.target as HTMLSlotElement).assignedNodes().length > 0;
  }
}
