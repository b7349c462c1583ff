import { css } from 'lit';

/**
 * The banner: message and buttons side by side where there is room, stacked on a
 * phone; small print below. Long names and numbers wrap (`overflow-wrap: anywhere`
 * also lowers the min-content width, so nothing overflows at 320 px or 200% zoom).
 */
export const callBannerStyles = css`
  :host([variant='sticky' i]) {
    position: fixed;
    inset: auto 0 0;
    z-index: 1000;
  }
  /* Fixed to the viewport's width, so its layout can follow its own width. */
  :host([variant='sticky' i]) .root {
    container-type: inline-size;
    max-width: none;
    border-top: 2px solid var(--_border);
    box-shadow: 0 -0.25rem 1rem rgb(0 0 0 / 0.2);
  }
  @media (prefers-reduced-motion: no-preference) {
    :host([variant='sticky' i]) .root {
      animation: slide-in 0.25s ease-out;
    }
  }
  @keyframes slide-in {
    from {
      transform: translateY(100%);
    }
  }
  /* Stacked: message (and close button), buttons, small print. */
  .banner {
    display: grid;
    grid-template: 'message close' 'actions actions' 'note note' 'more more' / minmax(0, 1fr) auto;
    align-items: center;
    gap: calc(var(--_space) * 0.5) 0;
    padding: var(--_space);
    overflow-wrap: anywhere;
  }
  .inline {
    border: 1px solid var(--_border);
    border-inline-start: 0.375rem solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_muted);
  }
  /*
   * Compact (the close button beside the buttons leaves the message the full
   * width), and never taller than half the screen (200% zoom, a long note): it scrolls. */
  .sticky {
    grid-template: 'message message' 'actions close' 'note note' / minmax(0, 1fr) auto;
    max-width: var(--recovery-max-width, 64rem);
    max-height: 50vh;
    overflow-y: auto;
    margin: auto;
    gap: 0.375rem 0;
    padding: 0.625rem max(0.75rem, env(safe-area-inset-right)) max(0.625rem, env(safe-area-inset-bottom))
      max(0.75rem, env(safe-area-inset-left));
    line-height: 1.35;
  }
  /* A wide screen has room for one row: words, buttons, close. */
  @container (min-width: 48em) {
    .sticky {
      grid-template: 'message actions close' 'note actions close' / minmax(0, 1fr) auto auto;
      column-gap: var(--_space);
    }
  }
  .message {
    grid-area: message;
  }
  .message > * {
    margin: 0;
  }
  [part='heading'] {
    font-size: 1.25em;
  }
  .sticky [part='heading'] {
    font-size: 1em;
  }
  .actions {
    grid-area: actions;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .actions .button {
    flex: 1 1 auto;
  }
  .note,
  .more {
    grid-area: note;
    margin: 0;
    font-size: 0.875em;
  }
  .more {
    grid-area: more;
  }
  .dismiss {
    grid-area: close;
    align-self: start;
    margin-inline-start: 0.5rem;
  }
  .sticky .dismiss {
    align-self: center;
    padding: 0;
  }
  svg {
    width: 1.25rem;
    height: 1.25rem;
    stroke: currentColor;
    stroke-width: 2;
  }
  /*
   * The shared forced-colours rule (.button) loses to .button.quiet's own colours,
   * which would leave the Text and close buttons in our dark grey on a black screen.
   */
  @media (forced-colors: active) {
    .button.quiet {
      color: ButtonText;
      border-color: ButtonText;
    }
    a.button.quiet {
      color: LinkText;
      border-color: LinkText;
    }
  }
`;
