// The banner's ways to reach someone besides the partner's phone (issue 16): the
// opening hours, as a row per day that writes `open-hours`, and the time zone
// that goes with them (filled in from this computer); 988 (`crisis`); a chat
// link (`chat`). The hours and the chat address are checked with the banner's
// own code (from lib/), so what the builder writes, the banner reads.
import { parseHttpsAddress } from '../../lib/core/attributes.js';
import { parseOpeningHours, wallClock } from '../../lib/core/opening-hours.js';
import { $, checked, form, say, value } from './dom.js';

const DAYS = [
  ['Mo', 'Monday'],
  ['Tu', 'Tuesday'],
  ['We', 'Wednesday'],
  ['Th', 'Thursday'],
  ['Fr', 'Friday'],
  ['Sa', 'Saturday'],
  ['Su', 'Sunday'],
];

/** Builds a row per day (open or not, from, to: Monday to Friday 9 to 5 to start) and fills in the time zone. */
export function hoursFields() {
  const rows = DAYS.map(([code, day], index) => {
    const row = document.createElement('div');
    row.className = 'day';
    const label = document.createElement('label');
    label.className = 'choice';
    const open = document.createElement('input');
    open.type = 'checkbox';
    open.name = `open-${code}`;
    open.checked = index < 5;
    // "Mon" beside it, "Monday" to a screen reader: the row fits the form's column.
    open.setAttribute('aria-label', day);
    const name = document.createElement('span');
    name.textContent = day.slice(0, 3);
    label.append(open, name);
    const time = (kind, start, words) => {
      const input = document.createElement('input');
      input.type = 'time';
      input.name = `${kind}-${code}`;
      input.value = start;
      input.setAttribute('aria-label', `${day}: ${words}`);
      return input;
    };
    const to = document.createElement('span');
    to.textContent = 'to';
    to.setAttribute('aria-hidden', 'true');
    // The times wrap together under the day on a narrow screen.
    const times = document.createElement('span');
    times.className = 'times';
    times.append(time('from', '09:00', 'opens at'), to, time('to', '17:00', 'closes at'));
    row.append(label, times);
    return row;
  });
  $('#hours-days').append(...rows);
  $('#timezone').value = Intl.DateTimeFormat().resolvedOptions().timeZone ?? '';
  for (const zone of Intl.supportedValuesOf?.('timeZone') ?? []) {
    const option = document.createElement('option');
    option.value = zone;
    $('#timezones').append(option);
  }
}

/**
 * Days in a rule: a run of three or more as a range, others listed
 * (`Mo-Fr`, `Sa,Su`, `Mo,We,Fr`).
 */
function dayList(indexes) {
  const runs = [];
  for (const index of indexes) {
    const run = runs.at(-1);
    if (run && run.at(-1) === index - 1) run.push(index);
    else runs.push([index]);
  }
  return runs
    .map((run) => (run.length > 2 ? `${DAYS[run[0]][0]}-${DAYS[run.at(-1)][0]}` : run.map((index) => DAYS[index][0]).join(',')))
    .join(',');
}

/**
 * The `open-hours` the rows describe, days with the same times in one rule:
 * `Mo-Fr 09:00-17:00; Sa 10:00-14:00`. A day from 00:00 to 00:00 is open all
 * day (`00:00-24:00`); an end before the start runs past midnight.
 */
export function openHoursValue() {
  if (!checked('useHours')) return '';
  const rules = new Map();
  DAYS.forEach(([code], index) => {
    const from = value(`from-${code}`);
    const to = value(`to-${code}`);
    if (!checked(`open-${code}`) || !from || !to) return;
    const span = `${from}-${from === '00:00' && to === '00:00' ? '24:00' : to}`;
    rules.set(span, [...(rules.get(span) ?? []), index]);
  });
  return [...rules].map(([span, days]) => `${dayList(days)} ${span}`).join('; ');
}

/** Shows the hours' fields while they are asked for, and says what the banner will do; false when it cannot use them. */
export function checkHours() {
  const on = checked('useHours');
  $('#hours-fields').hidden = !on;
  for (const [code] of DAYS) {
    for (const kind of ['from', 'to']) form().elements.namedItem(`${kind}-${code}`).disabled = !checked(`open-${code}`);
  }
  const zone = value('timezone');
  const zoneOk = !on || !!wallClock(zone);
  form().elements.namedItem('timezone').setAttribute('aria-invalid', zoneOk ? 'false' : 'true');
  say('timezone-status', zoneOk ? '' : 'Write a time zone from the list, like America/New_York.', zoneOk ? '' : 'bad');
  const hours = openHoursValue();
  const hoursOk = !on || !!parseOpeningHours(hours);
  say(
    'hours-status',
    !on ? '' : hoursOk ? `Written as open-hours="${hours}". Outside these hours, the banner calls the national helpline and says when you open.` : 'Choose at least one day, with the times you answer.',
    hoursOk ? 'good' : 'bad',
  );
  return zoneOk && hoursOk;
}

/** The chat's address: the banner links only to https: addresses. */
export function checkChat() {
  const written = value('chat');
  const ok = !written || !!parseHttpsAddress(written);
  form().elements.namedItem('chat').setAttribute('aria-invalid', ok ? 'false' : 'true');
  say('chat-status', ok ? '' : 'Write the whole address, starting with https://. Until then, there is no Chat button.', ok ? '' : 'bad');
  return ok;
}
