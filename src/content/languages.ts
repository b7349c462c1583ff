/**
 * The languages the elements speak: one content module each (`en.ts`, `es.ts`).
 * It lives with the words, so adding a language is a change to this folder only;
 * `core/language.ts` resolves a page's `lang` against this list.
 */

export const SUPPORTED_LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
