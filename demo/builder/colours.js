// Colours: the ones a partner can change, parsing what people type and what
// browsers compute, and WCAG 2.2 contrast. Pure functions, no page.

/** The colours a partner can change: CSS variable, label, hint. */
export const COLOURS = [
  { key: 'text', variable: '--recovery-color-text', label: 'Text colour', hint: '' },
  { key: 'background', variable: '--recovery-color-background', label: 'Background colour', hint: '' },
  { key: 'accent', variable: '--recovery-color-accent', label: 'Brand colour', hint: 'Buttons and links.' },
  { key: 'onAccent', variable: '--recovery-color-on-accent', label: 'Text on the brand colour', hint: '' },
  { key: 'urgent', variable: '--recovery-color-urgent', label: 'Emergency colour', hint: 'The button that calls the emergency number.' },
  { key: 'onUrgent', variable: '--recovery-color-on-urgent', label: 'Text on the emergency colour', hint: '' },
  { key: 'border', variable: '--recovery-color-border', label: 'Lines and outlines', hint: '' },
];

/** `#abc` or `#aabbcc` → `#aabbcc`; anything else → null. */
export function parseHex(value) {
  const text = value.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(text)) return text;
  if (/^#[0-9a-f]{3}$/.test(text)) return `#${[...text.slice(1)].map((c) => c + c).join('')}`;
  return null;
}

/** A computed colour (`rgb()`, `rgba()`, `color(srgb …)` or hex) → [r, g, b] in 0–255. */
export function parseColour(text) {
  const value = text.trim();
  const hex = parseHex(value);
  if (hex) return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let match = value.match(/^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/);
  if (match) return match.slice(1, 4).map(Number);
  match = value.match(/^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/);
  if (match) return match.slice(1, 4).map((part) => Number(part) * 255);
  return null;
}

export const toHex = (rgb) => `#${rgb.map((part) => Math.round(part).toString(16).padStart(2, '0')).join('')}`;

/** WCAG 2.2 relative luminance and contrast ratio. */
function luminance(rgb) {
  const [r, g, b] = rgb.map((part) => {
    const c = part / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
export function contrast(a, b) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The contrast checks of WCAG 2.2 AA on the colours the elements paint. */
export function contrastChecks(c) {
  return [
    { name: 'Text on the background', a: c.text, b: c.background, min: 4.5 },
    { name: 'Text on the shaded panels', a: c.text, b: c.panel, min: 4.5 },
    { name: 'Links on the background', a: c.accent, b: c.background, min: 4.5 },
    { name: 'Links on the shaded panels', a: c.link, b: c.panel, min: 4.5 },
    { name: 'Button text on the brand colour', a: c.onAccent, b: c.accent, min: 4.5 },
    { name: 'Button text on the emergency colour', a: c.onUrgent, b: c.urgent, min: 4.5 },
    { name: 'Emergency button against the background', a: c.urgent, b: c.background, min: 3 },
    { name: 'Lines and outlines against the background', a: c.border, b: c.background, min: 3 },
  ].map((check) => ({ ...check, ratio: check.a && check.b ? contrast(check.a, check.b) : 0 }));
}
