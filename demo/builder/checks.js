// The live checks beside the fields: phone numbers, the emergency number, and
// the colour fields (a text box and a picker that follow each other).
import { dialableNumber } from '../../lib/core/phone.js';
import { COLOURS, parseHex } from './colours.js';
import { $, form, say, value } from './dom.js';
import { themeDefaults } from './probe.js';
import { emergencyNumber } from './spec.js';

export function checkPhone(name, emptyText) {
  const input = form().elements.namedItem(name);
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

export function checkEmergency() {
  const other = value('country') === 'other';
  $('#other-field').hidden = !other;
  const number = emergencyNumber();
  const input = form().elements.namedItem('emergency');
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

export function syncColourFields(source) {
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
export function fillColours(theme) {
  const defaults = themeDefaults(theme);
  for (const { key } of COLOURS) {
    $(`#colour-${key}`).value = defaults[key] ?? '';
    $(`#pick-${key}`).value = defaults[key] || '#000000';
    syncColourFields($(`#colour-${key}`));
  }
}
