import { css } from './css.js';

/**
 * Pieces every element uses: headings, lists, links, the call and text buttons,
 * focus rings and the screen-reader-only text. Kept in one sheet so the bundle
 * carries them once.
 *
 * Paper, one set of rules for the three elements: black on white whatever the
 * theme (printers drop backgrounds, and a brand colour may print pale grey);
 * every call link as plain text, which always holds the number as it is dialled
 * ("Call 911"); the addresses of links that leave the page; what is `hidden`
 * on screen for a reader's convenience shown (every step of `<family-steps>`,
 * the full guidance behind `<overdose-signs>`' rescue guide); no buttons, and
 * no guide, which is something to tap, not to read. Headings stay with what
 * follows them, and a list item is not split across two pages.
 */
export const sharedStyles = css`
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h1, h2, h3, h4, h5, h6 {
    margin: 0 0 calc(var(--_space) * 0.5);
    font: inherit;
    font-weight: 700;
    line-height: 1.25;
  }
  [part='heading'] {
    font-size: 1.25em;
  }
  p, ul, ol {
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  ul, ol {
    padding-inline-start: 1.5em;
  }
  li + li {
    margin-top: 0.25em;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 3px solid var(--_text);
    outline-offset: 3px;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 44px;
    min-height: 44px;
    max-width: 100%;
    padding: 0.625em 1.25em;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    font: inherit;
    font-weight: 700;
    line-height: 1.2;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .button.urgent {
    background: var(--_urgent);
    color: var(--_on-urgent);
  }
  .button.quiet {
    background: transparent;
    color: var(--_text);
    border-color: var(--_border);
  }
  .button:hover {
    text-decoration: underline;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* The repeated class outranks .button.urgent and .button.quiet. */
  @media (forced-colors: active) {
    .button.button.button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
      forced-color-adjust: none;
    }
    a.button.button.button {
      color: LinkText;
      border-color: LinkText;
    }
  }
  @media print {
    .root.root {
      --_text: #000;
      --_accent: #000;
      --_border: #000;
      --_background: #fff;
      --_muted: #fff;
      color-scheme: light;
    }
    [hidden] {
      display: block !important;
      content-visibility: visible !important;
    }
    button.button,
    .guide {
      display: none !important;
    }
    .root .button {
      display: inline;
      padding: 0;
      border: 0;
      background: none;
      color: inherit;
      min-height: 0;
      text-align: start;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
    }
    h2, h3, h4, h5, h6 {
      break-after: avoid;
    }
    li {
      break-inside: avoid;
    }
  }
`;
