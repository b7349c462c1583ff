/**
 * What the console says to a partner's web person when an attribute value is bad
 * (or the page gets in the way). The element prefixes its tag (`<call-banner>: `);
 * `value` is the attribute as written. English only, whatever the reader's
 * language: the messages quote attribute names and values, which are English on
 * every page, and a partner can search the web for them.
 */
export interface ConsoleContent {
  readonly emergencyNumber: (value: string, fallback: string) => string;
  /** A warning: the number is used (`dialled`, as the link dials it), but is not like any emergency number. */
  readonly unusualEmergencyNumber: (value: string, dialled: string) => string;
  readonly headingLevel: (value: string, fallback: string) => string;
  readonly theme: (value: string, fallback: string) => string;
  /** `supported`: the supported tags, e.g. "en, es". English is shown instead. */
  readonly lang: (value: string, supported: string) => string;
  /** `allowed`: e.g. "full, compact". */
  readonly variant: (value: string, allowed: string, fallback: string) => string;
  /** `ignored`: the parts that are not step numbers, e.g. "9, x". */
  readonly steps: (value: string, ignored: string) => string;
  readonly open: (value: string, ignored: string) => string;
  /** `fallback`: what is shown instead, e.g. "SAMHSA National Helpline, 1-800-662-4357". */
  readonly phone: (value: string, fallback: string) => string;
  /** The Text button is left out. */
  readonly sms: (value: string) => string;
  /** `chat` is not an `https:` address: the Chat button is left out. */
  readonly badChat: (value: string) => string;
  /** `open-hours` cannot be read: the partner's line is shown at all hours. */
  readonly openHours: (value: string) => string;
  /** `timezone` is not a zone `Intl` knows: the partner's line is shown at all hours. */
  readonly timezone: (value: string) => string;
  /** A warning: the banner's `phone` is an emergency number (it is still dialled). */
  readonly phoneIsEmergency: (value: string) => string;
  /** The element could not render (`reason`: the error) and shows its fallback children. */
  readonly failed: (reason: string) => string;
  /**
   * A warning, without the tag prefix: another script registered `tag` first
   * (`existing`: its recovery-elements version, if it is one), and stays in use.
   */
  readonly alreadyDefined: (tag: string, existing: string | undefined, version: string) => string;
}

export const consoleMessages: ConsoleContent = {
  emergencyNumber: (value, fallback) =>
    `emergency-number="${value}": use digits only, like 911 or 112. Using ${fallback}.`,
  unusualEmergencyNumber: (value, dialled) => `emergency-number="${value}" is unusual: check it. Dialling ${dialled}.`,
  headingLevel: (value, fallback) => `heading-level="${value}": use 1 to 6. Using ${fallback}.`,
  theme: (value, fallback) => `theme="${value}": use light, dark or auto. Using ${fallback}.`,
  lang: (value, supported) => `lang="${value}" is not available yet (${supported}). Using English.`,
  variant: (value, allowed, fallback) => `variant="${value}": use ${allowed}. Using ${fallback}.`,
  steps: (value, ignored) => `steps="${value}": ignoring ${ignored}. Use step numbers 1 to 8, like "1,5,8".`,
  open: (value, ignored) =>
    `open="${value}": ignoring ${ignored}. Use "all" or step numbers 1 to 8, like "1,5".`,
  phone: (value, fallback) =>
    `phone="${value}" is not a phone number. Write it as you dial it, like (973) 555-0142 or +44 300 123 6600. Using ${fallback}.`,
  sms: (value) => `sms="${value}" is not a phone number, so there is no Text button.`,
  badChat: (value) => `chat="${value}" is not an https: address, so there is no Chat button.`,
  openHours: (value) => `open-hours="${value}" cannot be read, so your number shows at all hours.`,
  timezone: (value) => `timezone="${value}" is not a time zone, so your number shows at all hours.`,
  phoneIsEmergency: (value) => `phone="${value}" is an emergency number, not a helpline.`,
  failed: (reason) => `could not start (${reason}), so it shows its content.`,
  alreadyDefined: (tag, existing, version) =>
    `<${tag}> is already defined by ${existing ? `recovery-elements ${existing}` : 'another script'}; ` +
    `recovery-elements ${version} leaves it in use. Load one copy per page.`,
};
