import { css } from '../core/css.js';

/**
 * The rescue guide: large type, large choices, drawings drawn in the text's
 * colour, and a beat that changes colour without moving. Everything wraps (no fixed
 * widths), so 320 px and 200% zoom never scroll sideways.
 */
export const rescueStyles = css`
  .guide {
    margin-bottom: var(--_space);
    padding: var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  .bar,
  .nav,
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
  }
  .close {
    margin-inline-start: auto;
  }
  summary.button {
    display: flex;
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
  .choices,
  .nav,
  .gave,
  .record {
    font-size: 1.25em;
  }
  .row p {
    flex: 1 1 10em;
  }
  .choices {
    display: grid;
    gap: 0.75em;
  }
  .choices,
  .record {
    margin: var(--_space) 0;
  }
  .choices .button {
    min-height: 3em;
  }
  .row {
    margin-bottom: var(--_space);
  }
  svg {
    width: 10em;
    max-width: 100%;
    max-height: 7em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .beat {
    display: grid;
    place-items: center;
    width: 3em;
    height: 3em;
    border: 3px solid var(--_urgent);
    border-radius: 50%;
    font-size: 2em;
    font-weight: 700;
    forced-color-adjust: none;
  }
  /* The beat: the fill turns on and off with each push. A change of colour, not motion. */
  .b1 {
    background: var(--_urgent);
    color: var(--_on-urgent);
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
