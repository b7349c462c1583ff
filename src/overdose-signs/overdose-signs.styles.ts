import { css } from 'lit';

/**
 * Only what `<overdose-signs>` adds to the shared sheet: the big call button on
 * top, the guide's large type, and the second-dose countdown. Everything wraps
 * (no fixed widths), so 320 px and 200% zoom never scroll sideways.
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
  .guide {
    margin-bottom: var(--_space);
    padding: var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  .bar,
  .nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
  }
  .bar {
    justify-content: space-between;
  }
  .bar p {
    margin: 0;
  }
  .nav .button {
    flex: 1 1 7em;
  }
  .step-title {
    margin-top: 0.5em;
    font-size: 1.75em;
  }
  .step-title:focus {
    outline: none;
  }
  .guide p,
  .gave {
    font-size: 1.25em;
  }
  .timer {
    margin-bottom: var(--_space);
    padding: 0.75em;
    border: 3px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_muted);
  }
  .timer.done {
    border-color: var(--_urgent);
  }
  [role='timer'] strong {
    font-size: 1.5em;
    font-variant-numeric: tabular-nums;
  }
`;
