// The print kit: wallet cards, a flyer and a poster, made from the choices in
// the builder's form (language, the partner's number and name, the emergency
// number, colours) and a page address for the QR code, shown as a preview at
// scale and printed by the browser's own dialog (which also saves a PDF).
//
// It has its own section and form on the page (#print-kit), and follows the
// builder's form through the `builder-updated` event main.js fires after each
// change, so the builder's own code does not know it is there. The layouts are
// in print-layouts.js, the QR codes in qr.js.
import { contentFor } from '../../lib/content/index.js';
import { SUPPORTED_LANGUAGES } from '../../lib/core/language.js';
import { dialableNumber, phoneText } from '../../lib/core/phone.js';
import { $, say, value } from './dom.js';
import { themeDefaults } from './probe.js';
import { layoutSheets, PAPER } from './print-layouts.js';
import { qrCode } from './qr.js';
import { emergencyNumber, readSpec } from './spec.js';

/** CSS pixels in a millimetre: CSS fixes 96 px to the inch. */
export const PX_PER_MM = 96 / 25.4;

const kitForm = () => document.querySelector('#print-kit-form');
const kitValue = (name) => (kitForm().elements.namedItem(name)?.value ?? '').trim();

/**
 * The address a partner typed for the QR code → `{ href, display }`, or
 * `{ problem }`. A bare `hopeclinic.org/help` is read as https; `display` is
 * the address as a reader would type it, without `https://`.
 */
export function pageAddress(typed) {
  if (!typed) return { problem: '' };
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(typed) ? typed : `https://${typed}`;
  let url;
  try {
    url = new URL(withScheme);
  } catch {
    return { problem: 'This is not a web address yet. Write it like https://hopeclinic.org/overdose.' };
  }
  if (!/^https?:$/.test(url.protocol) || !/\.[a-z]{2,}$/i.test(url.hostname) || /\s/.test(typed)) {
    return { problem: 'Use the address of a page on the web, like https://hopeclinic.org/overdose.' };
  }
  return { href: url.href, display: url.href.replace(/^https:\/\//, '').replace(/\/$/, '') };
}

/** The colours the partner chose for buttons and the emergency call, or the light theme's own: paper is white. */
function paperColours(spec) {
  const defaults = themeDefaults('light');
  const own = new Map(spec.styles);
  const colour = (key, variable) => own.get(variable) ?? defaults[key];
  return {
    '--kit-accent': colour('accent', '--recovery-color-accent'),
    '--kit-on-accent': colour('onAccent', '--recovery-color-on-accent'),
    '--kit-urgent': colour('urgent', '--recovery-color-urgent'),
    '--kit-on-urgent': colour('onUrgent', '--recovery-color-on-urgent'),
  };
}

/** What the layouts need, read from both forms. */
function readKit() {
  const lang = SUPPORTED_LANGUAGES.includes(value('lang')) ? value('lang') : 'en';
  const written = phoneText(value('phone'));
  const address = pageAddress(kitValue('url'));
  return {
    lang,
    words: contentFor(lang),
    emergency: emergencyNumber() ?? '911',
    partner: { name: value('org'), phone: written && dialableNumber(written) ? written : '' },
    phoneRejected: !!written && !dialableNumber(written),
    url: address.href ? address : null,
    addressProblem: address.problem,
    qr: qrCode,
  };
}

/** Scales each sheet of the preview to the width it has; print shows them at full size. */
function fitPreview() {
  const preview = $('#kit-preview');
  const room = preview.clientWidth;
  for (const frame of preview.querySelectorAll('.sheet-frame')) {
    const sheet = frame.firstElementChild;
    const width = parseFloat(sheet.style.width) * PX_PER_MM;
    const height = parseFloat(sheet.style.height) * PX_PER_MM;
    const scale = Math.min(1, room / width);
    frame.style.width = `${width * scale}px`;
    frame.style.height = `${height * scale}px`;
    sheet.style.transform = `scale(${scale})`;
  }
}

/**
 * Whether anything in `face` (a card, a flyer, the poster) runs past its edges:
 * the boxes of its words against its own. (Its scroll size would not do: WebKit
 * counts the padding beyond the bands, which reach the edges, as overflow.)
 */
export function runsOff(face) {
  const edge = face.getBoundingClientRect();
  const range = document.createRange();
  range.selectNodeContents(face);
  return [...range.getClientRects()].some(
    (box) => box.width > 0 && (box.right > edge.right + 0.5 || box.bottom > edge.bottom + 0.5 || box.left < edge.left - 0.5),
  );
}

/** The faces whose words run past their edges. */
const overflowing = () =>
  [...document.querySelectorAll('#kit-preview .card-face, #kit-preview .flyer, #kit-preview .poster')].filter(runsOff);

const LAYOUT_NAMES = { card: 'wallet cards', flyer: 'flyers', poster: 'poster' };

function describe(layout, paper, pages) {
  const sides =
    layout === 'card'
      ? ['Page 1: the fronts of eight wallet cards, with crop marks', 'Page 2: their backs, for the other side of the sheet']
      : layout === 'flyer'
        ? ['Two half-page flyers side by side on a sideways sheet, with a dashed line to cut along']
        : ['A poster, one page'];
  return sides.slice(0, pages).map((side) => `${side} (${PAPER[paper].name}).`);
}

function render() {
  const spec = readSpec();
  const kit = readKit();
  const layout = kitValue('layout') || 'card';
  const paper = kitValue('paper') || 'letter';
  const { sheets, page } = layoutSheets(layout, kit, paper);
  const preview = $('#kit-preview');
  for (const [property, colour] of Object.entries(paperColours(spec))) preview.style.setProperty(property, colour);
  preview.lang = kit.lang;
  const labels = describe(layout, paper, sheets.length);
  preview.replaceChildren(
    ...sheets.map((sheet, index) => {
      const frame = document.createElement('div');
      frame.className = 'sheet-frame';
      // A picture of the page to a screen reader: eight identical cards read out are noise.
      frame.setAttribute('role', 'img');
      frame.setAttribute('aria-label', labels[index]);
      frame.append(sheet);
      return frame;
    }),
  );
  $('#kit-page').textContent = `@page { size: ${page.width}mm ${page.height}mm; margin: 0; }`;
  fitPreview();

  const urlInput = kitForm().elements.namedItem('url');
  urlInput.setAttribute('aria-invalid', kit.addressProblem ? 'true' : 'false');
  say('kit-url-status', kit.addressProblem || (kit.url ? `The QR code opens ${kit.url.href}` : 'Without an address, the layouts have no QR code.'), kit.addressProblem ? 'bad' : kit.url ? 'good' : '');
  const { helpline } = kit.words.common;
  const uses = [
    kit.lang === 'es' ? 'in Spanish' : 'in English',
    kit.partner.phone ? `${kit.partner.name || 'your number'}: ${kit.partner.phone}` : `no number of your own (only ${helpline.name}, ${helpline.number})`,
    `emergency number ${kit.emergency}`,
  ];
  say('kit-uses', `They use your choices above: ${uses.join('; ')}.`);
  $('#kit-add-number').hidden = !!kit.partner.phone || value('element') === 'call-banner';
  const tooLong = overflowing().length > 0;
  say(
    'kit-fit',
    kit.phoneRejected
      ? 'Your phone number above is not a number yet, so the layouts show only the national helpline.'
      : tooLong
        ? `Some words do not fit on the ${LAYOUT_NAMES[layout]}: make your organisation's name or the page address shorter.`
        : '',
    'bad',
  );
  document.dispatchEvent(new CustomEvent('print-kit-updated'));
}

/** "Add your number": the number and name fields are with the call button's details. */
function showNumberField() {
  const callBanner = document.querySelector('#builder input[name="element"][value="call-banner"]');
  callBanner.checked = true;
  callBanner.dispatchEvent(new Event('input', { bubbles: true }));
  document.addEventListener('builder-updated', () => $('#phone').focus(), { once: true });
}

function start() {
  document.addEventListener('builder-updated', render);
  kitForm().addEventListener('input', render);
  kitForm().addEventListener('submit', (event) => event.preventDefault());
  $('#kit-print').addEventListener('click', () => window.print());
  $('#kit-add-number').addEventListener('click', showNumberField);
  new ResizeObserver(fitPreview).observe($('#kit-preview'));
}

start();
