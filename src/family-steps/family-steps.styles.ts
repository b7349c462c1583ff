import { css } from '../core/css.js';

/**
 * The steps as a plain list of disclosures. A step's toggle looks like the
 * heading it sits in, with a chevron drawn in `currentColor` (so it survives
 * forced colours). There is no open/close animation, so none to turn off for
 * reduced motion. Closed bodies get no `display` or padding of ours: `hidden`
 * hides them (as `hidden="until-found"`, with `content-visibility: hidden`, where
 * supported). Long numbers in large text, and a title's longest word beside its
 * chevron, may break anywhere rather than run off a phone. On paper every body
 * shows, in black on white, with the links' addresses (the shared print rules in
 * `shared.styles.ts`), and the toggles print as headings, without their chevron. A step may
 * run on to the next page (only its lines and list items are kept whole), so
 * the page before it is not left half empty.
 */
export const familyStepsStyles = css`
  ul {
    list-style: disc;
  }
  ol {
    list-style: none;
    padding: 0;
    border-bottom: 1px solid var(--_border);
  }
  .step {
    margin: 0;
    border-top: 1px solid var(--_border);
  }
  [part='step-title'] {
    margin: 0;
    font-size: 1.125em;
  }
  [part='step-title'] button {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1em;
    width: 100%;
    min-height: 44px;
    padding: 0.75em 0 0.25em;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  [part='step-title'] button::after {
    content: '';
    flex: none;
    width: 0.5em;
    height: 0.5em;
    margin-inline-end: 0.25em;
    border: solid currentColor;
    border-width: 0 0.15em 0.15em 0;
    transform: translateY(-25%) rotate(45deg);
  }
  [part='step-title'] [aria-expanded='true']::after {
    transform: translateY(25%) rotate(-135deg);
  }
  [part='step-title'] button:hover {
    text-decoration: underline;
  }
  [part='step-body'] .button {
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    [part='step-title'] button {
      border-bottom: 1px solid ButtonText;
    }
  }
  @media print {
    [part='step-title'] button::after {
      content: none;
    }
    .step {
      break-inside: auto;
    }
  }
`;
