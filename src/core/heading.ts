import { html, type TemplateResult } from 'lit';

/**
 * Lit cannot bind a tag name, so each level needs its own template. Instead of
 * writing six, we build each level's strings once, from constants and a level
 * that is a whole number from 1 to 6, the way Lit's own `static-html` does: an
 * array with a `raw` property, kept so Lit's template cache finds it again.
 */
// Every slot filled from the start: an empty one would be read from the prototype
// chain, where a page's `Object.prototype[2] = …` is found instead of a template.
const templates: (TemplateStringsArray | undefined)[] = Array(7).fill(undefined);
const raw = (strings: string[]) => Object.assign(strings, { raw: strings });

/**
 * A real `<h1>`–`<h6>` at `level` (clamped to that range), so the element's
 * headings fit the partner's outline. `part` is the name partners style with
 * `::part()`.
 */
export function heading(level: number, content: unknown, part = 'heading', className = ''): TemplateResult {
  const n = Math.min(6, Math.max(1, Math.trunc(level) || 2));
  return html((templates[n] ??= raw([`<h${n} part="`, '" class="', '">', `</h${n}>`])), part, className, content);
}
