/**
 * Pure parsers for attribute values. Each returns the usable value, or `null`
 * when the value is bad, so the element can log one error and fall back.
 */

import { phoneText, plainPhoneText } from './phone.js';

/**
 * A text attribute's value, trimmed. Its property may hold anything a partner's
 * script put there (`banner.phone = 9735550142`): that is text too, not an error.
 */
export const textOf = (value: unknown): string => (value == null ? '' : String(value)).trim();

/** The levels of `heading-level`: `<h1>` to `<h6>`. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
export const DEFAULT_HEADING_LEVEL: HeadingLevel = 2;
export const DEFAULT_EMERGENCY_NUMBER = '911';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];
export const DEFAULT_THEME: Theme = 'light';

/** A heading level is a whole number from 1 to 6. */
export function parseHeadingLevel(value: unknown): number | null {
  const level = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= 6
    ? level
    : null;
}

/**
 * `value` as one of `allowed` (each written in lower case): in any case, with
 * spaces around it. `null` when it is none of them.
 */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | null {
  const choice = String(value).trim().toLowerCase() as T;
  return allowed.includes(choice) ? choice : null;
}

export const parseTheme = (value: string): Theme | null => oneOf(value, THEMES);

/**
 * An emergency number is short and digits only (911, 112, 999, 000, 111, 1122),
 * written in any script and with the separators a phone number may have
 * (`１１２`, `1 1 2`, `1-1-2`): anything else could dial the wrong place in an
 * emergency.
 */
export function parseEmergencyNumber(value: string): string | null {
  const number = plainPhoneText(phoneText(value)).replace(/[ .-]/g, '');
  return /^[0-9]{2,6}$/.test(number) ? number : null;
}

/**
 * Emergency numbers are three digits (911, 112, 999, 000, 110), or short ones that
 * start with 1 (15, 17 and 18 in France, 1122 in Pakistan, 10111 in South Africa).
 * Anything else (`08`, `123456`) is dialled as written, with a warning to check it.
 */
export const isPlausibleEmergencyNumber = (number: string): boolean => /^([0-9]{3}|1[0-9]{1,4})$/.test(number);

/**
 * An `https:` address (a partner's chat), as written less spaces around it;
 * null for anything else (`http:`, `javascript:`, a relative path).
 */
export const parseHttpsAddress = (value: string): string | null => /^\s*(https:\/\/\S+?)\s*$/i.exec(value)?.[1] ?? null;

export interface NumberList {
  /** The valid numbers, in the order written, without repeats. */
  numbers: number[];
  /** The parts that were not whole numbers from 1 to `max`, as written. */
  invalid: string[];
}

/** Parses a comma list such as "1, 5,8" of whole numbers from 1 to `max`. */
export function parseNumberList(value: string, max: number): NumberList {
  const numbers: number[] = [];
  const invalid: string[] = [];
  for (const raw of value.split(',')) {
    const part = raw.trim();
    if (!part) continue;
    const number = /^[0-9]+$/.test(part) ? Number(part) : NaN;
    if (number >= 1 && number <= max) {
      if (!numbers.includes(number)) numbers.push(number);
    } else {
      invalid.push(part);
    }
  }
  return { numbers, invalid };
}
