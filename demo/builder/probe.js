// The colour probe: hidden elements, rendered by the real script, from which
// the builder reads the colours it checks: the theme's defaults, and the
// partner's colours as the elements actually paint them (so the check never
// guesses at the styles).
import { COLOURS, contrastChecks, parseColour, toHex } from './colours.js';
import { $ } from './dom.js';

let probe;
function probeFor(theme, overrides) {
  if (!probe) {
    probe = document.createElement('div');
    probe.hidden = true;
    document.body.append(probe);
  }
  const banner = document.createElement('call-banner');
  const signs = document.createElement('overdose-signs');
  signs.setAttribute('variant', 'compact');
  for (const element of [banner, signs]) {
    element.setAttribute('theme', theme);
    for (const [name, css] of overrides) element.style.setProperty(name, css);
  }
  probe.replaceChildren(banner, signs);
  return { banner, signs };
}

/** The colours an element paints, read from its shadow root. */
function paintedColours({ banner, signs }) {
  const part = (element, name) => element.shadowRoot?.querySelector(`[part~="${name}"]`);
  const root = banner.shadowRoot?.querySelector('.root');
  const panel = banner.shadowRoot?.querySelector('.banner');
  if (!root || !panel) return null;
  const style = (node) => getComputedStyle(node);
  const read = (text) => parseColour(text);
  return {
    text: read(style(root).color),
    background: read(style(root).backgroundColor),
    panel: read(style(panel).backgroundColor),
    border: read(style(panel).borderTopColor),
    accent: read(style(part(banner, 'call-button')).backgroundColor),
    onAccent: read(style(part(banner, 'call-button')).color),
    link: read(style(part(banner, 'emergency-link')).color),
    urgent: read(style(part(signs, 'call-button')).backgroundColor),
    onUrgent: read(style(part(signs, 'call-button')).color),
  };
}

const defaultsByTheme = new Map();
/** The built-in colours of a theme, as hex, keyed like COLOURS. */
export function themeDefaults(theme) {
  return defaultsByTheme.get(theme === 'dark' ? 'dark' : 'light') ?? {};
}

export async function readDefaults() {
  for (const theme of ['light', 'dark']) {
    const elements = probeFor(theme, []);
    await Promise.all([elements.banner.updateComplete, elements.signs.updateComplete]);
    const painted = paintedColours(elements);
    const defaults = {};
    for (const { key } of COLOURS) defaults[key] = painted?.[key] ? toHex(painted[key]) : '';
    defaultsByTheme.set(theme, defaults);
  }
  probe.replaceChildren();
}

export async function updateContrast(spec) {
  const summary = $('#contrast-summary');
  const list = $('#contrast-list');
  const overrides = spec.styles.filter(([name]) => name.startsWith('--recovery-color-'));
  if (!overrides.length) {
    summary.className = 'status good';
    summary.textContent = 'The built-in colours pass the WCAG AA contrast check, in light and dark.';
    list.replaceChildren();
    return [];
  }
  // With "follow the reader's phone", the partner's colours meet both themes' other colours.
  const themes = spec.attributes.some(([name, v]) => name === 'theme' && v === 'auto') ? ['light', 'dark'] : [themeOf(spec)];
  const failures = [];
  const items = [];
  for (const theme of themes) {
    const elements = probeFor(theme, overrides);
    await Promise.all([elements.banner.updateComplete, elements.signs.updateComplete]);
    const painted = paintedColours(elements);
    if (!painted) continue;
    for (const check of contrastChecks(painted)) {
      const where = themes.length > 1 ? ` (${theme} mode)` : '';
      const pass = check.ratio >= check.min;
      const item = document.createElement('li');
      item.className = pass ? 'pass' : 'fail';
      item.textContent = `${pass ? '✓' : '✗'} ${check.name}${where}: ${check.ratio.toFixed(1)}:1${pass ? '' : `, needs at least ${check.min}:1`}`;
      items.push(item);
      if (!pass) failures.push(`${check.name}${where}`);
    }
  }
  probe.replaceChildren();
  list.replaceChildren(...items);
  summary.className = failures.length ? 'status bad' : 'status good';
  summary.textContent = failures.length
    ? `${failures.length === 1 ? 'One colour pair is' : `${failures.length} colour pairs are`} below the WCAG AA contrast check: some readers will not be able to read ${failures.length === 1 ? 'it' : 'them'}.`
    : 'Your colours pass the WCAG AA contrast check.';
  return failures;
}

const themeOf = (spec) => spec.attributes.find(([name]) => name === 'theme')?.[1] ?? 'light';
