/**
 * Language resolution, shared by every element.
 *
 * The rule follows GitHub's relative-time-element and the HTML spec's own
 * inheritance: the element's `lang`, else the nearest ancestor's (crossing
 * shadow roots, so an element inside another component still finds the page's
 * language), else English. Regional tags use their base language.
 */

import { SUPPORTED_LANGUAGES, type Language } from '../content/languages.js';

export { SUPPORTED_LANGUAGES, type Language };
export const DEFAULT_LANGUAGE: Language = 'en';

/** `es-MX` → `es`, ` EN ` → `en`; empty input gives an empty string. */
export function baseLanguage(tag: string): string {
  return tag.trim().split(/[-_]/, 1)[0]!.toLowerCase();
}

export function isSupportedLanguage(tag: string): tag is Language {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(tag);
}

/**
 * The language tag that applies to `element`: its own non-empty `lang`, else the
 * nearest ancestor's, walking out through shadow hosts. `null` when none is set.
 */
export function declaredLanguage(element: Element): string | null {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]:not([lang=""])');
    if (withLang) return withLang.getAttribute('lang');
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

export interface ResolvedLanguage {
  /** The language the element will show. */
  language: Language;
  /** The tag that was asked for but is not supported (so English is used), if any. */
  unsupported: string | null;
}

/** Turns a declared tag (or none) into a supported language. */
export function resolveLanguage(declared: string | null | undefined): ResolvedLanguage {
  if (!declared || !declared.trim()) return { language: DEFAULT_LANGUAGE, unsupported: null };
  const base = baseLanguage(declared);
  return isSupportedLanguage(base)
    ? { language: base, unsupported: null }
    : { language: DEFAULT_LANGUAGE, unsupported: declared };
}
