import { css } from '../core/css.js';

/**
 * Only what `<overdose-signs>` adds to the shared sheet for its page: the big
 * call button on top and the start button. The guide's own rules are in
 * `rescue.styles.ts`. Everything wraps (no fixed widths), so 320 px and 200%
 * zoom never scroll sideways. On paper (with the shared print rules), two
 * columns under the call and the heading, so the signs, what to do and
 * naloxone fit one Letter or A4 page, in English and in Spanish.
 */
export const overdoseSignsStyles = css`
  .call,
  .start,
  .gave {
    width: 100%;
    margin-bottom: var(--_space);
  }
  .call {
    padding: 0.75em;
    font-size: 1.5em;
  }
  @media print {
    .root {
      columns: 2;
      column-gap: 2em;
      line-height: 1.35;
    }
    .call,
    [part='heading'] {
      column-span: all;
    }
  }
`;
