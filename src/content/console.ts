/**
 * What the console says to a partner's web person when an attribute value is bad.
 * English only, whatever the reader's language: the messages quote attribute
 * names and values, and a partner can search the web for them.
 */

import type { ConsoleContent } from './schema.js';

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
  phoneIsEmergency: (value) => `phone="${value}" is an emergency number, not a helpline.`,
  failed: (reason) => `could not start (${reason}), so it shows its content.`,
  alreadyDefined: (tag, existing, version) =>
    `<${tag}> is already defined by ${existing ? `recovery-elements ${existing}` : 'another script'}; ` +
    `recovery-elements ${version} leaves it in use. Load one copy per page.`,
};
