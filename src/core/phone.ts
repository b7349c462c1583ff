/**
 * Phone numbers as partners write them → the digits a `tel:` or `sms:` link dials.
 *
 * A link we build must dial exactly the number the partner meant, or nothing: one
 * number per value, read by the rules below, and anything a reader could take two
 * ways is refused (the element then logs one error naming the value) rather than
 * guessed at. README's "Security and privacy" states the same rules for partners.
 *
 * - Shown as written, less what no reader can see: zero-width characters and
 *   direction marks a copy and paste brings along, runs of spaces, tabs and line
 *   breaks (one space), and a `tel:` before the number.
 * - Digits in any script (full-width, Arabic-Indic, Persian, Devanagari) dial as
 *   0–9; spaces, dots, dashes and one pair of brackets separate groups.
 * - Letters only as the tail of a whole North American number (`1-800-662-HELP`,
 *   `1-800-GOT-JUNK`), optionally followed by the same digits in brackets
 *   (`1-800-662-HELP (4357)`). Letters among digits (`555-O142`) are refused.
 * - An extension (`x12`, `ext. 12`, `extension 12`, RFC 3966's `;ext=12`) dials as
 *   a pause, `,12`: the form iOS and Android both dial. Android reads `;ext=12`
 *   as the keypad digits of "ext" (`39612`), so that form is never written out.
 * - "(0)" right after the country code is the trunk zero, not dialled from abroad
 *   (`+44 (0)300…` → `+44300…`), except where numbers really begin with 0 and
 *   there is no trunk prefix (Italy, San Marino, Côte d'Ivoire, Republic of the
 *   Congo: `+39 (0)6…` → `+3906…`). A 0 written elsewhere in brackets, or written
 *   bare after a country code that has a trunk prefix (`+44 0300…`), is refused.
 * - A slash only after a first group that starts with 0, as in `030/1234567`;
 *   `988 / 741741` and `24/7 973-555-0142` are two things, not one number.
 * - A complete North American number (`973-555-0142`) followed by more digits is
 *   two things (`973-555-0142 2024`); so are brackets at the end (`… (24/7)`).
 *   Elsewhere, digits that could be one number are one (`116 123 988`): without a
 *   table of every country's numbering, nothing tells them apart.
 */

/**
 * Invisible characters that come along with a copy and paste: soft hyphen, Arabic
 * letter mark, zero-width space, non-joiner and joiner, left-to-right and
 * right-to-left marks, word joiner, byte order mark. Direction overrides and
 * isolates are not among them: they reorder what a reader sees, so they are refused.
 */
const DEBRIS = /[\u00ad\u061c\u200b-\u200f\u2060\ufeff]/g;
/** Letters a–z on a phone keypad. */
const KEYPAD = '22233344455566677778889999';

/**
 * The number as the element shows it: the partner's text without invisible
 * copy-and-paste debris or a `tel:` prefix, with whitespace as single spaces.
 */
export function phoneText(input: unknown): string {
  return String(input ?? '').replace(DEBRIS, '').replace(/^\s*tel:/i, '').replace(/\s+/g, ' ').trim();
}

/**
 * `text` with full-width and compatibility forms folded (NFKC), Arabic-Indic,
 * Persian and Devanagari digits as 0–9 (each block runs from 0 to 9), and every
 * dash and minus sign as `-`.
 */
export function plainPhoneText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f]/g, (digit) => String((digit.charCodeAt(0) % 16) - (digit > '\u0900' ? 6 : 0)))
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}

/** Where numbers really begin with 0 and there is no trunk prefix: Italy, San Marino, Côte d'Ivoire, Republic of the Congo. */
const ZERO_IS_NUMBER = /^(39|378|225|242)$/;

/**
 * What a `tel:` link dials for `input`: digits, a leading `+` for an international
 * number, and `,` before an extension. `null` when `input` is not one phone number.
 */
export function dialableNumber(input: unknown): string | null {
  const text = plainPhoneText(phoneText(input));
  // An extension: ` x12`, ` ext. 12`, ` extension 12`, `;ext=12`.
  const [, withoutExtension = text, extension] = /^(.+?),?\s*(?:;ext=|(?:x|ext\.?|extension)\s*)(\d{1,6})$/i.exec(text) ?? [];
  // Letters, then the same digits in brackets: `1-800-662-HELP (4357)`.
  const [, written = withoutExtension, repeated] = /^(.*[a-z])\s*\(([\d .-]+)\)$/i.exec(withoutExtension) ?? [];
  // "(0)" after the country code: the trunk zero, left out where it is not part of the number.
  const number = written.replace(/^(\+(\d{1,3})[ .-]*)\(0\)/, (_, start: string, country: string) => start + (ZERO_IS_NUMBER.test(country) ? 0 : ''));
  const compact = number.replace(/[^+\da-z]/gi, '');
  const letters = compact.replace(/[^a-z]/gi, '').length;
  const digits = compact.toLowerCase().replace(/[a-z]/g, (letter) => KEYPAD[letter.charCodeAt(0) - 97]!);
  const repeats = repeated?.replace(/\D/g, '');
  return text.length > 40 ||
    // Digits, keypad letters, separators, brackets and slashes, from a digit or a bracket on.
    !/^\+?[\d(][\da-z ().\/-]*$/i.test(number) ||
    // At most one pair of brackets, holding digits, with more digits after it.
    !/^[^()]*(\(\d+\)[^()]*\d[^()]*)?$/.test(number) ||
    // Refused, in order: a (0) anywhere else; in an international number, any
    // bracket starting with 0; a bare 0 after a country code that has a trunk prefix
    // (`+44 0300…`: dialled from abroad or not?); a slash anywhere but after a first
    // group that starts with 0 (`030/1234567`); a whole North American number, then
    // more digits (`973-555-0142 2024`).
    /\(0\)|^\+.*\(0|^\+(?!(39|378|225|242)\D)\d{1,3}[ .-]+0|^(?!0\d* ?\/[^/]*$).*\/|^(\+?1[ .-]*)?\(?[2-9]\d\d\)?[ .-]*\d{3}[ .-]+\d{4}\D+\d/.test(number) ||
    // Letters other than the last 4 or 7 digits of a 10-digit North American number.
    (letters && !/^(\+1|1?)\d{3}(\d{3}[a-z]{4}|[a-z]{7})$/i.test(compact)) ||
    (repeats != null && !(repeats.length >= letters && digits.endsWith(repeats))) ||
    // E.164 allows at most 15 digits; 3 covers short codes like 988, 911 and 000.
    !/^(\+\d{7,15}|\d{3,15})$/.test(digits)
    ? null
    : digits + (extension ? `,${extension}` : '');
}
