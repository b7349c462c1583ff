// Form → spec: what the form describes, read in one place, so the preview and
// the snippet cannot disagree. Phone and emergency numbers are read with the
// same code the elements use (from lib/, so no byte reaches the readers'
// script); the words of the no-script fallback come from the elements' content.
import { dialableNumber } from '../../lib/core/phone.js';
import { parseEmergencyNumber } from '../../lib/core/attributes.js';
import { contentFor } from '../../lib/content/index.js';
import { SUPPORTED_LANGUAGES } from '../../lib/core/language.js';
import { COLOURS, parseHex } from './colours.js';
import { checked, checkedValues, value } from './dom.js';
import { STEP_COUNT } from './fields.js';
import { openHoursValue } from './hours.js';
import { themeDefaults } from './probe.js';
import { scriptSource } from './script-source.js';

/** The emergency number the form asks for, or null while "another number" is not valid yet. */
export function emergencyNumber() {
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
    set('open-hours', openHoursValue());
    if (openHoursValue()) set('timezone', value('timezone'));
    if (checked('crisis')) flag('crisis');
    set('chat', value('chat'));
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

  return { tag, attributes, styles, children, script: scriptSource() };
}
