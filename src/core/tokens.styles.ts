import { unsafeCSS } from 'lit';
import { css } from './css.js';

/**
 * The system tokens. Partners set `--recovery-*` on the element or any ancestor;
 * inside we read them through private `--_*` properties that carry our defaults,
 * so every rule names one variable and the two themes differ in one place.
 *
 * The defaults meet WCAG 2.2 AA: text and links at least 4.5:1 on the background,
 * button text at least 4.5:1 on its fill, and fills at least 3:1 on the background.
 *
 * Tokens sit on `.root`, the element's first node inside its shadow root, not on
 * `:host`: host-page rules (even `* { color: red !important }`) can reach the
 * host but never a node inside the shadow root.
 */
// The dark tokens are written once and used twice (theme="dark", and
// theme="auto" on a dark system), so they are a constant of ours, never input.
// Written minified: the build minifies css`` literals, not plain strings.
const DARK_TOKENS =
  '--_text:var(--recovery-color-text,#f1f1f3);--_background:var(--recovery-color-background,#17181b);' +
  '--_border:var(--recovery-color-border,#8d8e96);--_accent:var(--recovery-color-accent,#a8c8ff);' +
  '--_on-accent:var(--recovery-color-on-accent,#0a1d3a);--_urgent:var(--recovery-color-urgent,#ffb4ab);' +
  '--_on-urgent:var(--recovery-color-on-urgent,#5f0007);' +
  '--_muted:color-mix(in srgb,var(--_text) 6%,var(--_background));color-scheme:dark';
const darkTheme = unsafeCSS(
  `.root.dark{${DARK_TOKENS}}@media (prefers-color-scheme:dark){.root.auto{${DARK_TOKENS}}}`,
);

const lightTheme = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none !important;
  }
  .root {
    all: initial;
    display: block;
    --_text: var(--recovery-color-text, #1b1b1f);
    --_background: var(--recovery-color-background, #ffffff);
    --_border: var(--recovery-color-border, #6f7079);
    --_accent: var(--recovery-color-accent, #0b57a4);
    --_on-accent: var(--recovery-color-on-accent, #ffffff);
    --_urgent: var(--recovery-color-urgent, #b3141d);
    --_on-urgent: var(--recovery-color-on-urgent, #ffffff);
    --_muted: color-mix(in srgb, var(--_text) 5%, var(--_background));
    --_radius: var(--recovery-radius, 0.5rem);
    --_space: var(--recovery-spacing, 1rem);
    color-scheme: light;
    box-sizing: border-box;
    max-width: var(--recovery-max-width, none);
    padding: calc(var(--_space) * 0.75);
    color: var(--_text);
    background: var(--_background);
    font-family: var(--recovery-font-family, inherit);
    font-size: var(--recovery-font-size, 1rem);
    line-height: 1.5;
    overflow-wrap: break-word;
  }
`;

export const tokenStyles = [lightTheme, darkTheme];
