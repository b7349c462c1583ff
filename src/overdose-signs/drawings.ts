import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

/**
 * Line drawings for the steps a frightened reader would rather see than read.
 * Strokes only: their colour is `currentColor` and their width comes from the
 * guide's style sheet, so themes and forced colours draw them too. Each is an
 * image named by the step it shows (`labelledBy`: the id of the step's text), so
 * its text alternative says just what the step says, in the reader's language,
 * at no cost in words. One path each (circles are two arcs): a few commands,
 * because every reader downloads them, and no sibling elements, which the
 * build's literal minifier would leave without their self-closing slash.
 */
const drawing = (viewBox: string, labelledBy: string, content: SVGTemplateResult): TemplateResult =>
  html`<svg viewBox=${viewBox} role="img" aria-labelledby=${labelledBy}>${content}</svg>`;

/** A face in profile, the spray's tip in the nostril, a thumb under the plunger. */
export const sprayDrawing = (labelledBy: string) =>
  drawing(
    '0 0 48 48',
    labelledBy,
    svg`<path d="M14 2c8 2 10 8 10 12l12 11-8 3 1 3-2 1 2 2-1 4c-1 4-7 5-14 4M34 26v8m-3 0h6m-5 0v9h4v-9m-5 12q3-2 6 0" />`,
  );

/** Lying on the side: top knee bent, head on a hand, on the floor. */
export const sideDrawing = (labelledBy: string) =>
  drawing(
    '0 0 48 26',
    labelledBy,
    svg`<path d="M1 25h46M10 16q10-3 20 1l15 5M30 17q6-9 9-5l-1 12M13 16l4 6H3M2 12a4 4 0 0 0 8 0a4 4 0 0 0-8 0" />`,
  );

/** Hands-only CPR: straight arms over the chest of a person lying on their back. */
export const handsDrawing = (labelledBy: string) =>
  drawing(
    '0 3 64 45',
    labelledBy,
    svg`<path d="M2 46h60M12 40h46M18 40q8-5 16-2M32 14v20m-4 0h8m-8 2h8M32 14l12 14-6 18h14M24 16v10m-3-3 3 3 3-3M4 39a4 4 0 0 0 8 0a4 4 0 0 0-8 0M28 8a4 4 0 0 0 8 0a4 4 0 0 0-8 0" />`,
  );
