/**
 * The words of the elements, by language. Elements import from here (and types
 * from `schema.ts`); the source citations in `sources.ts` stay out of the bundle.
 */

import type { Language } from './languages.js';
import type { Content } from './schema.js';
import { en } from './en.js';
import { es } from './es.js';

const CONTENT: Readonly<Record<Language, Content>> = { en, es };

/** Every word of every element in `language`. */
export function contentFor(language: Language): Content {
  return CONTENT[language];
}

export { consoleMessages, type ConsoleContent } from './console.js';
export type * from './schema.js';
