// The snippet builder. The form is the one source of truth: every change reads
// it into a spec (element, attributes, CSS variables, children, script source),
// which renders the preview and writes the snippet, so the two cannot disagree.
//
// Each part lives in its own module: fields.js (controls made at start),
// spec.js (form → spec), output.js (spec → snippet and preview), probe.js
// (colours as the elements paint them), checks.js (messages beside the fields),
// script-source.js (where the script comes from, and its download), hours.js
// (the banner's opening hours, 988 and chat).
// The print kit (print-kit.js) follows the form from its own section.
// scripts/site.mjs bundles them into the site's one classic builder.js.
import { checkEmergency, checkPhone, fillColours, syncColourFields } from './checks.js';
import { $, checked, checkedValues, form, say, value } from './dom.js';
import { colourFields, languageOptions, stepChoices } from './fields.js';
import { checkChat, checkHours, hoursFields } from './hours.js';
import { elementFor, snippetFor } from './output.js';
import { readDefaults, updateContrast } from './probe.js';
import { checkSource, updateDownload } from './script-source.js';
import { readSpec } from './spec.js';
import { TAGS } from '../../src/elements.mjs';
import './print-kit.js';

let lastTheme = 'light';

async function update(event) {
  const tag = value('element');
  for (const group of form().querySelectorAll('[data-for]')) group.hidden = !group.dataset.for.split(' ').includes(tag);
  const target = event?.target;
  if (target?.dataset?.colour) syncColourFields(target);
  // Turning own colours on, or changing theme while on, starts from that theme's colours.
  const theme = value('theme');
  if (target?.name === 'ownColours' || (target?.name === 'theme' && theme !== lastTheme)) fillColours(theme);
  lastTheme = theme;
  $('#colour-fields').hidden = !checked('ownColours');
  $('#auto-colours').hidden = theme !== 'auto';

  const problems = [];
  if (tag === 'call-banner') {
    if (!checkPhone('phone', '')) problems.push('the phone number');
    if (!checkPhone('sms', '')) problems.push('the number for text messages');
    if (!checkHours()) problems.push('the opening hours');
    if (!checkChat()) problems.push("your chat's address");
  }
  if (!checkEmergency()) problems.push('the emergency number');
  if (tag === 'family-steps') {
    const none = checkedValues('steps').length === 0;
    say('steps-status', none ? 'No step is chosen, so all eight will show.' : '', none ? 'bad' : '');
  }
  if (!checkSource()) problems.push('the address of your copy of the script');

  const spec = readSpec();
  const element = elementFor(spec);
  const preview = $('#preview');
  preview.classList.toggle('sticky', spec.attributes.some(([name, v]) => name === 'variant' && v === 'sticky'));
  const pageText = document.createElement('p');
  pageText.className = 'page-text';
  pageText.textContent = 'Your page. The bar stays at the bottom of the screen as readers scroll.';
  preview.replaceChildren(...(preview.classList.contains('sticky') ? [pageText, element] : [element]));
  element.addEventListener('recovery-dismiss', () =>
    say('preview-note', 'You closed the banner. On your site, it now stays closed until the reader closes the tab. Reload this page to see it again.'),
  );
  $('#snippet').value = snippetFor(spec);
  updateDownload(spec.script);

  const failures = await updateContrast(spec);
  if (failures.length) problems.push('the colours (see the contrast check)');
  say('snippet-warning', problems.length ? `Check ${problems.join(', ')} before you copy.` : '', 'bad');
  document.dispatchEvent(new CustomEvent('builder-updated'));
}

async function copy() {
  const text = $('#snippet').value;
  try {
    await navigator.clipboard.writeText(text);
    say('copy-status', 'Copied. Now paste it into your site.', 'good');
  } catch {
    $('#snippet').focus();
    $('#snippet').select();
    const done = document.execCommand?.('copy');
    say(
      'copy-status',
      done ? 'Copied. Now paste it into your site.' : 'Your browser did not let this page copy. The code is selected: press Ctrl+C (⌘C on a Mac).',
      done ? 'good' : 'bad',
    );
  }
}

async function start() {
  stepChoices($('#steps-choices'), 'steps', () => true);
  stepChoices($('#open-choices'), 'open', () => false);
  colourFields();
  hoursFields();
  languageOptions();
  await customElements.whenDefined('call-banner');
  await Promise.all(TAGS.map((tag) => customElements.whenDefined(tag)));
  await readDefaults();
  fillColours('light');
  // Every control fires `input` (text, selects, radios, checkboxes, colour pickers).
  // Updates run one after another: each replaces the preview and reads the probe.
  let queue = Promise.resolve();
  const schedule = (event) => (queue = queue.then(() => update(event)));
  form().addEventListener('input', schedule);
  form().addEventListener('submit', (event) => event.preventDefault());
  $('#copy').addEventListener('click', copy);
  await schedule();
  document.documentElement.dataset.ready = 'true';
}

start();
