import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface HeadingOptions {
  /** The `part` name partners style with `::part()`. */
  part?: string;
  id?: string;
  className?: string;
}

/**
 * A real `<h1>`–`<h6>` at `level` (clamped to that range), so the element's
 * headings fit the partner's outline. Lit cannot bind a tag name, hence one
 * template per level.
 */
export function heading(
  level: number,
  content: unknown,
  { part = 'heading', id, className = '' }: HeadingOptions = {},
): TemplateResult {
  switch (Math.min(6, Math.max(1, Math.trunc(level) || 2))) {
    case 1:
      return html`<h1 part=${part} id=${ifDefined(id)} class=${className}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} id=${ifDefined(id)} class=${className}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${ifDefined(id)} class=${className}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${ifDefined(id)} class=${className}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${ifDefined(id)} class=${className}>${content}</h5>`;
    default:
      return html`<h6 part=${part} id=${ifDefined(id)} class=${className}>${content}</h6>`;
  }
}
