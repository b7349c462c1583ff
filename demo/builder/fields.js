// The form's controls that are made, not written in builder.html: the step
// checkboxes, the languages the elements speak, and the colour fields.
import { SUPPORTED_LANGUAGES } from '../../lib/core/language.js';
import { COLOURS } from './colours.js';
import { $ } from './dom.js';

export const STEP_COUNT = 8;

/** Builds the step checkboxes (1–8) for `steps` and `open`. */
export function stepChoices(container, name, checked) {
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
export function languageOptions() {
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

export function colourFields() {
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
