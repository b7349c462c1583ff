import { css } from '../core/css.js';

// Notes on the rules, in order:
// - sticky host: fixed to the bottom, or above the page's other sticky banners
//   (`--_below`, set by page-room.ts); its .root is as wide as the viewport, so it is
//   the container its layout follows (one row on a wide screen). It appears
//   without animation: nothing moves, whatever the reader's motion setting.
// - .banner: stacked (message and close button, buttons, small print);
//   `overflow-wrap: anywhere` also lowers the min-content width, so long names and
//   numbers wrap at 320 px and 200% zoom instead of overflowing.
// - print: a fixed box prints on every page, over the content's last lines, and
//   paper has no close button: a sticky banner prints once, where it sits.
// - .sticky: compact (the close button beside the buttons leaves the message the
//   full width), inside the safe area, never taller than half the screen (it
//   scrolls).
export const callBannerStyles = css`
:host([variant='sticky' i]) { position: fixed; inset: auto 0 var(--_below, 0); z-index: 1000 }
.root { padding: 0 }
:host([variant='sticky' i]) .root { container-type: inline-size; max-width: none; border-top: 2px solid var(--_border); box-shadow: 0 -.25rem 1rem rgb(0 0 0 / .2) }
@media print { :host([variant='sticky' i]) { position: static } }
.banner { display: grid; grid-template: 'message close' 'actions actions' / minmax(0, 1fr) auto; align-items: center; gap: calc(var(--_space) / 2) 0; padding: var(--_space); overflow-wrap: anywhere }
.inline { border: 1px solid var(--_border); border-inline-start: .375rem solid var(--_accent); border-radius: var(--_radius); background: var(--_muted) }
.sticky { grid-template: 'message message' 'actions close' / minmax(0, 1fr) auto; max-width: var(--recovery-max-width, 64rem); max-height: 50vh; overflow-y: auto; margin: auto; gap: .375rem 0; line-height: 1.35;
  padding: .625rem max(.75rem, env(safe-area-inset-right)) max(.625rem, env(safe-area-inset-bottom)) max(.75rem, env(safe-area-inset-left)) }
@container (min-width: 48em) { .sticky { grid-template: 'message actions close' 'note actions close' / minmax(0, 1fr) auto auto; column-gap: var(--_space) } .sticky .note { grid-area: note } }
.message { grid-area: message }
.message > * { margin: 0 }
.sticky [part='heading'] { font-size: 1em }
.actions { grid-area: actions; display: flex; flex-wrap: wrap; gap: .5rem }
.actions .button { flex: 1 1 auto; max-width: 24rem }
.note, .more { grid-column: 1 / -1; margin: 0; font-size: .875em }
.more .actions { margin: .5rem 0 }
.dismiss { grid-area: close; align-self: start; margin-inline-start: .5rem; padding: 0; font-size: 1.5em; line-height: 1 }
.sticky .dismiss { align-self: center }
`;
