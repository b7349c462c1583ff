import { css } from 'lit';

/**
 * Only what `<overdose-signs>` adds to the shared sheet for its page: the big
 * call button on top and the start button. The guide's own rules are in
 * `rescue.styles.ts`. Everything wraps (no fixed widths), so 320 px and 200%
 * zoom never scroll sideways.
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
`;
