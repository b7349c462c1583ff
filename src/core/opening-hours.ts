/**
 * A line's opening hours (`open-hours`), and whether it is open at a given
 * instant in a given time zone. Pure, and with `Intl` only: no date library
 * reaches the readers' script.
 *
 * The hours are read into a week of minutes, one flag each from Monday 00:00,
 * so rules that overlap, run past midnight or over the weekend, or meet
 * (`Mo-Su 00:00-24:00`) need no special case: the line changes state where
 * the flag does. The week is read on the wall clock of the line's zone, so on
 * a day the clocks change the hours keep their local times.
 */

/** Minutes in a week. */
const WEEK = 10080;
const DAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

/** A week of minutes from Monday 00:00: 1 where the line is open. */
export type OpeningWeek = number[];

/**
 * An instant (ms since 1970) → the date and time on the wall clock of a zone,
 * as ms since 1970 as if that local time were UTC.
 */
export type WallClock = (instant: number) => number;

/**
 * Reads schema.org's `openingHours` form: `Mo-Fr 09:00-17:00; Sa 10:00-14:00`.
 * Rules are separated by `;`. Days are two letters (any case), alone, as a
 * range (`Mo-Fr`; `Fr-Mo` runs over the weekend) or a list (`Mo,We,Fr`). Times
 * are `HH:MM-HH:MM`, several separated by `,`; an end at or before its start is
 * on the next day (`Fr 18:00-02:00` is open until 2 a.m. on Saturday), and a
 * day without times is open all day. `null` when any part cannot be read, or
 * nothing is open: hours half understood would show the line open or closed at
 * the wrong time.
 */
export function parseOpeningHours(value: string): OpeningWeek | null {
  const week: OpeningWeek = [];
  for (const rule of value.toLowerCase().split(';')) {
    const [days, times = '0:00-24:00', more] = rule.replace(/\s*([,-])\s*/g, '$1').match(/\S+/g) ?? [];
    if (more || !/^(\d\d?:[0-5]\d-\d\d?:[0-5]\d(,|$))+$/.test(times)) return null;
    // Each span as [start, end] in minutes of the day.
    const spans = times.split(',').map((span) => span.split('-').map((time) => parseInt(time) * 60 + +time.slice(-2)));
    for (const range of days?.split(',') ?? []) {
      const [first, last = first, beyond] = range.split('-').map((day) => DAYS.indexOf(day));
      if (beyond != null || Math.min(first!, last!) < 0) return null;
      for (let day = first!; ; day = (day + 1) % 7) {
        for (const [start = 0, end = 0] of spans) {
          if (start > 1439 || end > 1440) return null;
          for (let minute = start; minute < (end > start ? end : end + 1440); ) week[(day * 1440 + minute++) % WEEK] = 1;
        }
        if (day === last) break;
      }
    }
  }
  return week.includes(1) ? week : null;
}

/**
 * The wall clock of `timeZone`, an IANA name (`America/New_York`), or of the
 * reader's own zone without one; `null` for a zone `Intl` does not know. It
 * reads the time in Swedish, whose dates and times are written as ISO 8601's
 * (`2025-03-09 03:00:00`).
 */
export function wallClock(timeZone?: string): WallClock | null {
  try {
    const format = new Intl.DateTimeFormat('sv', { timeZone, dateStyle: 'short', timeStyle: 'medium' });
    return (instant) => Date.parse(`${format.format(instant).replace(' ', 'T')}Z`) + (instant % 1000);
  } catch {
    return null;
  }
}

/**
 * Whether the line is open at `now`, and the instant that changes: when it
 * closes or, while it is closed, when it opens next (`Infinity`: never).
 *
 * The change is found on the wall clock, then turned into an instant by the
 * zone's offset at that time (found in two steps, as the offset there may
 * differ from today's). A change at a time the clocks skip (2:30 on the
 * morning they go forward) comes when the clocks have gone forward, at the
 * latest an hour after it is due; a time that happens twice (the morning they
 * go back) comes the first time.
 */
export function openingState(week: OpeningWeek, wall: WallClock, now: number): [open: boolean, change: number] {
  const local = wall(now);
  const minute = Math.floor(local / 6e4);
  // 1 January 1970, minute 0, was a Thursday: day 3 of a week from Monday.
  const openAt = (at: number) => week[(at + 4320) % WEEK];
  let next = minute + 1;
  while (openAt(next) === openAt(minute) && next < minute + WEEK) next++;
  const offsetAt = (instant: number) => wall(instant) - instant;
  const change = next * 6e4;
  const guess = change - offsetAt(change - local + now);
  return [!!openAt(minute), next < minute + WEEK ? change - offsetAt(guess) : Infinity];
}
