/**
 * Phone numbers as partners write them → dialable `tel:` and `sms:` URIs.
 *
 * A link we build must dial exactly the number the partner meant, or nothing:
 * so the accepted characters are few (digits, a leading `+`, the separators people
 * type, and letters of a US vanity number) and anything else is rejected rather
 * than cleaned up. The output holds only digits and at most a leading `+`.
 */

/** Letters a–z on a phone keypad. */
const KEYPAD = '22233344455566677778889999';
/** Separators people type between groups: spaces, brackets, dots, slashes, dashes. */
const SEPARATORS = /[ ().\/\-\u2010-\u2015\u2212]/g;
const ALLOWED = /^\+?[0-9A-Za-z ().\/\-\u2010-\u2015\u2212]+$/;
/** E.164 allows at most 15 digits; 3 covers short codes like 988, 911 and 000. */
const MAX_DIGITS = 15;
const MIN_DIGITS = 3;
const MIN_INTERNATIONAL_DIGITS = 7;
const MAX_INPUT_LENGTH = 40;

/**
 * The digits to dial (with a leading `+` for an international number), or `null`
 * when `input` is not a phone number.
 */
export function dialableNumber(input: string | null | undefined): string | null {
  if (typeof input !== 'string') return null;
  // NFKC turns full-width digits and no-break spaces into their plain forms.
  const text = input.normalize('NFKC').trim();
  if (text.length > MAX_INPUT_LENGTH || !ALLOWED.test(text)) return null;
  const international = text.startsWith('+');
  // "+44 (0)300…": the bracketed trunk 0 is not dialled from abroad.
  const compact = text
    .replace(/^\+/, '')
    .replace(international ? /\(0\)/ : /^$/, '')
    .replace(SEPARATORS, '');
  // Letters only as the tail of a number that starts with digits: 1-800-662-HELP.
  if (!/^[0-9]+[0-9A-Za-z]*$/.test(compact)) return null;
  const hasLetters = /[A-Za-z]/.test(compact);
  const digits = compact.toLowerCase().replace(/[a-z]/g, (letter) => KEYPAD[letter.charCodeAt(0) - 97]!);
  if (hasLetters && !isNorthAmerican(digits)) return null;
  const min = international ? MIN_INTERNATIONAL_DIGITS : MIN_DIGITS;
  if (digits.length < min || digits.length > MAX_DIGITS) return null;
  return (international ? '+' : '') + digits;
}

/** Vanity letters are a North American habit: 10 digits, or 11 starting with 1. */
function isNorthAmerican(digits: string): boolean {
  return digits.length === 10 || (digits.length === 11 && digits.startsWith('1'));
}

export function telUri(dialable: string): string {
  return `tel:${dialable}`;
}

export function smsUri(dialable: string): string {
  return `sms:${dialable}`;
}
