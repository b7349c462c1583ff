// The snippet builder. The form is the one source of truth: every change reads
// it into a spec (element, attributes, CSS variables, children), which renders
// the preview and writes the snippet, so the two cannot disagree.
//
// Phone and emergency numbers are checked with the same code the elements use,
// imported from the npm build (lib/), so the builder adds no bytes to the
// script readers download. The words of the no-script fallback come from the
// elements' own content modules.
import { dialableNumber } from '../lib/core/phone.js';
import { parseEmergencyNumber } from '../lib/core/attributes.js';
import { contentFor } from '../lib/content/index.js';
import { SUPPORTED_LANGUAGES } from '../lib/core/language.js';
import { VERSION } from '../lib/core/version.js';

export const CDN_URL = `https://cdn.jsdelivr.net/npm/recovery-elements@${VERSION}/dist/recovery-elements.js`;
const TAGS = ['call-banner', 'overdose-signs', 'family-steps'];
const STEP_COUNT = 8;

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

const form = document.querySelector('#builder');
const preview = document.querySelector('#preview');
const output = document.querySelector('#snippet');
const $ = (selector) => document.querySelector(selector);

/* ------------------------------------------------------------------ helpers */

/** Text for an HTML attribute value in double quotes. */
const attributeText = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
/** Text for HTML element content. */
const contentText = (value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

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

const toHex = (rgb) => `#${rgb.map((part) => Math.round(part).toString(16).padStart(2, '0')).join('')}`;

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

/* ------------------------------------------------------------- form → spec */

/** Builds the step checkboxes (1–8) for `steps` and `open`. */
function stepChoices(container, name, checked) {
  for (let step = 1; step <= STEP_COUNT; step++) {
    const label = document.createElement('label');
    label.className = 'choice';
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.name = name;
    input.value = String(step);
    input.checked = checked(step);
    const text = document.createElement('span');
    text.textContent = `Step ${step}`;
    label.append(input, text);
    container.append(label);
  }
}

/** One option per language the elements speak, named in English and in itself; English first. */
function languageOptions() {
  const select = $('#lang');
  const inEnglish = new Intl.DisplayNames(['en'], { type: 'language' });
  const options = SUPPORTED_LANGUAGES.map((code) => {
    const own = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    const english = inEnglish.of(code) ?? code;
    const option = document.createElement('option');
    option.value = code;
    option.lang = code;
    option.textContent = own === english ? english : `${own[0].toUpperCase()}${own.slice(1)} (${english})`;
    return option;
  });
  select.prepend(...options);
  select.value = 'en';
}

function colourFields() {
  const container = $('#colours');
  for (const { key, label, hint } of COLOURS) {
    const field = document.createElement('div');
    field.className = 'colour';
    const text = document.createElement('label');
    text.htmlFor = `colour-${key}`;
    text.textContent = label;
    if (hint) {
      const small = document.createElement('span');
      small.className = 'hint';
      small.textContent = hint;
      text.append(' ', small);
    }
    const picker = document.createElement('input');
    picker.type = 'color';
    picker.id = `pick-${key}`;
    picker.dataset.colour = key;
    picker.setAttribute('aria-label', `${label}: pick a colour`);
    const hex = document.createElement('input');
    hex.type = 'text';
    hex.id = `colour-${key}`;
    hex.name = `colour-${key}`;
    hex.dataset.colour = key;
    hex.autocomplete = 'off';
    hex.spellcheck = false;
    hex.setAttribute('aria-describedby', `colour-${key}-status`);
    const status = document.createElement('p');
    status.className = 'status';
    status.id = `colour-${key}-status`;
    status.setAttribute('aria-live', 'polite');
    field.append(text, picker, hex, status);
    container.append(field);
  }
}

const value = (name) => (form.elements.namedItem(name)?.value ?? '').trim();
const checked = (name) => !!form.elements.namedItem(name)?.checked;
const checkedValues = (name) => [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((input) => input.value);

/** The emergency number the form asks for, or null while "another number" is not valid yet. */
function emergencyNumber() {
  const choice = value('country');
  return choice === 'other' ? parseEmergencyNumber(value('emergency')) : choice;
}

/** The colours the partner set that differ from the theme's own (read from the probe). */
function colourOverrides(defaults) {
  if (!checked('ownColours')) return [];
  const overrides = [];
  for (const { key, variable } of COLOURS) {
    const hex = parseHex(value(`colour-${key}`));
    if (hex && defaults[key] && hex !== defaults[key]) overrides.push([variable, hex]);
  }
  return overrides;
}

/**
 * What the form describes: the element's tag, its attributes in the order they
 * are written, its CSS variables, and its children (the no-script fallback, and
 * slotted content).
 */
export function readSpec() {
  const tag = value('element');
  const attributes = [];
  const set = (name, attributeValue) => {
    if (attributeValue !== '' && attributeValue !== undefined && attributeValue !== null) attributes.push([name, attributeValue]);
  };
  const flag = (name) => attributes.push([name, true]);
  const lang = value('lang');
  const words = contentFor(SUPPORTED_LANGUAGES.includes(lang) ? lang : 'en');
  const emergency = emergencyNumber() ?? '911';
  const children = [];

  if (tag === 'call-banner') {
    const phone = value('phone');
    const dialPhone = phone ? dialableNumber(phone) : null;
    set('phone', phone);
    set('org', value('org'));
    set('message', value('message'));
    set('note', value('note'));
    set('sms', value('sms'));
    set('hours', value('hours'));
    if (value('bannerVariant') === 'sticky') set('variant', 'sticky');
    if (checked('dismissible')) flag('dismissible');
    // The fallback names the number the banner will call: the partner's, or the helpline's.
    const { helpline } = words.common;
    const org = value('org');
    children.push({
      tag: 'a',
      href: `tel:${dialPhone ?? dialableNumber(helpline.number)}`,
      text: dialPhone
        ? org
          ? words.callBanner.callName(phone, org)
          : words.common.call(phone)
        : words.callBanner.callName(helpline.number, helpline.name),
    });
  } else if (tag === 'overdose-signs') {
    if (value('signsVariant') === 'compact') set('variant', 'compact');
    if (checked('guide')) flag('guide');
    if (!checked('goodSamaritan')) set('good-samaritan', 'off');
    set('heading', value('heading'));
    children.push({ tag: 'a', href: `tel:${emergency}`, text: words.common.callEmergency(emergency) });
    if (value('footer')) children.push({ tag: 'p', slot: 'footer', text: value('footer') });
  } else {
    const steps = checkedValues('steps');
    const open = checkedValues('open');
    if (steps.length && steps.length < STEP_COUNT) set('steps', steps.join(','));
    if (open.length === STEP_COUNT) set('open', 'all');
    else set('open', open.join(','));
    set('heading', value('heading'));
    const { helpline } = words.common;
    children.push({
      tag: 'a',
      href: `tel:${dialableNumber(helpline.number)}`,
      text: words.callBanner.callName(helpline.number, helpline.name),
    });
    const lines = value('resources')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    if (lines.length) children.push({ tag: 'ul', slot: 'resources', items: lines });
  }

  set('lang', lang);
  if (value('theme') !== 'light') set('theme', value('theme'));
  if (value('headingLevel') !== '2') set('heading-level', value('headingLevel'));
  if (emergency !== '911') set('emergency-number', emergency);

  const styles = [...colourOverrides(themeDefaults(value('theme')))];
  if (value('font')) styles.push(['--recovery-font-family', value('font')]);
  if (value('fontSize')) styles.push(['--recovery-font-size', value('fontSize')]);
  if (value('radius')) styles.push(['--recovery-radius', value('radius')]);

  const script = value('source') === 'own' ? value('ownUrl') : CDN_URL;
  return { tag, attributes, styles, children, script };
}

/* ----------------------------------------------------------- spec → output */

/** The snippet a partner pastes: the script tag, the CSS variables, the element and its children. */
export function snippetFor({ tag, attributes, styles, children, script }) {
  const lines = [`<script src="${attributeText(script)}" defer></script>`];
  if (styles.length) {
    lines.push('<style>', `  ${tag} {`, ...styles.map(([name, css]) => `    ${name}: ${css};`), '  }', '</style>');
  }
  const attributeList = attributes.map(([name, v]) => (v === true ? name : `${name}="${attributeText(v)}"`));
  lines.push(`<${tag}${attributeList.map((a) => ` ${a}`).join('')}>`);
  for (const child of children) {
    const slot = child.slot ? ` slot="${child.slot}"` : '';
    if (child.tag === 'a') lines.push(`  <a href="${attributeText(child.href)}">${contentText(child.text)}</a>`);
    else if (child.tag === 'p') lines.push(`  <p${slot}>${contentText(child.text)}</p>`);
    else lines.push(`  <ul${slot}>`, ...child.items.map((item) => `    <li>${contentText(item)}</li>`), '  </ul>');
  }
  lines.push(`</${tag}>`);
  return `${lines.join('\n')}\n`;
}

/** A fresh element for the preview, built with DOM calls (never parsed HTML). */
function elementFor({ tag, attributes, styles, children }) {
  const element = document.createElement(tag);
  for (const [name, v] of attributes) element.setAttribute(name, v === true ? '' : v);
  for (const [name, css] of styles) element.style.setProperty(name, css);
  for (const child of children) {
    const node = document.createElement(child.tag);
    if (child.slot) node.slot = child.slot;
    if (child.tag === 'a') {
      node.href = child.href;
      node.textContent = child.text;
    } else if (child.tag === 'p') {
      node.textContent = child.text;
    } else {
      for (const item of child.items) {
        const li = document.createElement('li');
        li.textContent = item;
        node.append(li);
      }
    }
    element.append(node);
  }
  return element;
}

/* ------------------------------------------------------------ colour probe */

// Hidden elements, rendered by the real script, from which the builder reads the
// colours it checks: the theme's defaults, and the partner's colours as the
// elements actually paint them (so the check never guesses at the styles).
const probe = document.createElement('div');
probe.hidden = true;
document.body.append(probe);

function probeFor(theme, overrides) {
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
function themeDefaults(theme) {
  return defaultsByTheme.get(theme === 'dark' ? 'dark' : 'light') ?? {};
}

async function readDefaults() {
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

async function updateContrast(spec) {
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

/* ----------------------------------------------------------- live checks */

/** Shows one field's message; says it again only when it changes (a live region). */
function say(id, text, tone = '') {
  const node = $(`#${id}`);
  if (node.textContent !== text) node.textContent = text;
  node.className = `status ${tone}`.trim();
}

function checkPhone(name, emptyText) {
  const input = form.elements.namedItem(name);
  const written = input.value.trim();
  const dial = written ? dialableNumber(written) : null;
  input.setAttribute('aria-invalid', written && !dial ? 'true' : 'false');
  if (!written) say(`${name}-status`, emptyText);
  else if (dial) say(`${name}-status`, `Phones will dial ${dial}.`, 'good');
  else {
    say(
      `${name}-status`,
      name === 'phone'
        ? 'This is not a phone number yet. Use digits, spaces, brackets and dashes, like (973) 555-0142 or +44 300 123 6600. Until it is, the banner shows the national helpline.'
        : 'This is not a phone number yet, so there is no Text button. Write it like (973) 555-0143.',
      'bad',
    );
  }
  return !written || !!dial;
}

function checkEmergency() {
  const other = value('country') === 'other';
  $('#other-field').hidden = !other;
  const number = emergencyNumber();
  const input = form.elements.namedItem('emergency');
  input.setAttribute('aria-invalid', other && !number ? 'true' : 'false');
  if (other) say('emergency-status', number ? `Phones will dial ${number}.` : 'Use 2 to 6 digits, like 112. Until then: 911.', number ? 'good' : 'bad');
  const outsideUs = number && number !== '911';
  const tag = value('element');
  say(
    'country-note',
    outsideUs
      ? tag === 'call-banner'
        ? 'Outside the US, put your national drug helpline in “Your phone number”: the default helpline is for the US.'
        : tag === 'overdose-signs'
          ? 'Outside the US, consider turning off the note about Good Samaritan laws: they are US laws.'
          : 'Step 8 names SAMHSA, a US helpline: add your own national helpline to “Your own local groups”.'
      : '',
  );
  return !other || !!number;
}

function syncColourFields(source) {
  const key = source?.dataset.colour;
  if (!key) return;
  const hexInput = $(`#colour-${key}`);
  const picker = $(`#pick-${key}`);
  if (source === picker) hexInput.value = picker.value;
  const hex = parseHex(hexInput.value);
  if (hex) picker.value = hex;
  hexInput.setAttribute('aria-invalid', hex ? 'false' : 'true');
  say(`colour-${key}-status`, hex ? '' : 'Use a colour code like #0b57a4.', hex ? '' : 'bad');
}

/** Fills the colour fields with the chosen theme's own colours. */
function fillColours(theme) {
  const defaults = themeDefaults(theme);
  for (const { key } of COLOURS) {
    $(`#colour-${key}`).value = defaults[key] ?? '';
    $(`#pick-${key}`).value = defaults[key] || '#000000';
    syncColourFields($(`#colour-${key}`));
  }
}

/* ------------------------------------------------------------------ update */

let previewElement;
let lastTheme = 'light';

async function update(event) {
  const tag = value('element');
  for (const group of form.querySelectorAll('[data-for]')) group.hidden = !group.dataset.for.split(' ').includes(tag);
  const target = event?.target;
  if (target?.dataset?.colour) syncColourFields(target);
  // Turning own colours on, or changing theme while on, starts from that theme's colours.
  const theme = value('theme');
  if (target?.name === 'ownColours' || (target?.name === 'theme' && theme !== lastTheme)) fillColours(theme);
  lastTheme = theme;
  $('#colour-fields').hidden = !checked('ownColours');
  $('#auto-colours').hidden = theme !== 'auto';
  $('#own-field').hidden = value('source') !== 'own';

  const problems = [];
  if (tag === 'call-banner') {
    if (!checkPhone('phone', '')) problems.push('the phone number');
    if (!checkPhone('sms', '')) problems.push('the number for text messages');
  }
  if (!checkEmergency()) problems.push('the emergency number');
  if (tag === 'family-steps') {
    const none = checkedValues('steps').length === 0;
    say('steps-status', none ? 'No step is chosen, so all eight will show.' : '', none ? 'bad' : '');
  }
  if (value('source') === 'own') {
    const url = value('ownUrl');
    const ok = /^(https:\/\/|\/)/i.test(url) || /^http:\/\/(localhost|127\.0\.0\.1)[:/]/i.test(url);
    form.elements.namedItem('ownUrl').setAttribute('aria-invalid', ok ? 'false' : 'true');
    say('ownUrl-status', ok ? '' : 'Give the full address of your copy, starting with https://', ok ? '' : 'bad');
    if (!ok) problems.push('the address of your copy of the script');
  }

  const spec = readSpec();
  const element = elementFor(spec);
  preview.classList.toggle('sticky', spec.attributes.some(([name, v]) => name === 'variant' && v === 'sticky'));
  const pageText = document.createElement('p');
  pageText.className = 'page-text';
  pageText.textContent = 'Your page. The bar stays at the bottom of the screen as readers scroll.';
  preview.replaceChildren(...(preview.classList.contains('sticky') ? [pageText, element] : [element]));
  previewElement = element;
  element.addEventListener('recovery-dismiss', () =>
    say('preview-note', 'You closed the banner. On your site, it now stays closed until the reader closes the tab. Reload this page to see it again.'),
  );
  output.value = snippetFor(spec);

  const failures = await updateContrast(spec);
  if (failures.length) problems.push('the colours (see the contrast check)');
  say('snippet-warning', problems.length ? `Check ${problems.join(', ')} before you copy.` : '', 'bad');
  document.dispatchEvent(new CustomEvent('builder-updated'));
}

async function copy() {
  const text = output.value;
  try {
    await navigator.clipboard.writeText(text);
    say('copy-status', 'Copied. Now paste it into your site.', 'good');
  } catch {
    output.focus();
    output.select();
    const done = document.execCommand?.('copy');
    say(
      'copy-status',
      done ? 'Copied. Now paste it into your site.' : 'Your browser did not let this page copy. The code is selected: press Ctrl+C (⌘C on a Mac).',
      done ? 'good' : 'bad',
    );
  }
}

/** The preview's element, for tests. */
export const currentPreview = () => previewElement;

async function start() {
  stepChoices($('#steps-choices'), 'steps', () => true);
  stepChoices($('#open-choices'), 'open', () => false);
  colourFields();
  languageOptions();
  await customElements.whenDefined('call-banner');
  await Promise.all(TAGS.map((tag) => customElements.whenDefined(tag)));
  await readDefaults();
  fillColours('light');
  // Every control fires `input` (text, selects, radios, checkboxes, colour pickers).
  // Updates run one after another: each replaces the preview and reads the probe.
  let queue = Promise.resolve();
  const schedule = (event) => (queue = queue.then(() => update(event)));
  form.addEventListener('input', schedule);
  form.addEventListener('submit', (event) => event.preventDefault());
  $('#copy').addEventListener('click', copy);
  await schedule();
  document.documentElement.dataset.ready = 'true';
}

start();
