import { expect } from '@open-wc/testing';
import { openingState, parseOpeningHours, wallClock } from '../../src/core/opening-hours.js';

const at = (iso: string) => Date.parse(iso);
const iso = (instant: number) => (Number.isFinite(instant) ? new Date(instant).toISOString().replace('.000', '') : String(instant));

/** Where a line with `hours` stands at `when` (an ISO instant) in `zone`: open or closed, and until when. */
function state(hours: string, zone: string, when: string): [open: boolean, change: string] {
  const week = parseOpeningHours(hours);
  expect(week, hours).to.not.equal(null);
  const [open, change] = openingState(week!, wallClock(zone)!, at(when));
  return [open, iso(change)];
}

describe('open-hours: reading the hours', () => {
  it('reads day ranges, day lists and several rules', () => {
    const ny = 'America/New_York';
    const hours = 'Mo-Fr 09:00-17:00; Sa 10:00-14:00';
    // Friday 3 January 2025: New York is on EST, UTC-5.
    expect(state(hours, ny, '2025-01-03T13:59:00Z')).to.deep.equal([false, '2025-01-03T14:00:00Z']);
    expect(state(hours, ny, '2025-01-03T14:00:00Z')).to.deep.equal([true, '2025-01-03T22:00:00Z']);
    expect(state(hours, ny, '2025-01-03T21:59:59Z')).to.deep.equal([true, '2025-01-03T22:00:00Z']);
    // After Friday's close, Saturday 10:00; after Saturday's, Monday 9:00.
    expect(state(hours, ny, '2025-01-03T22:00:00Z')).to.deep.equal([false, '2025-01-04T15:00:00Z']);
    expect(state(hours, ny, '2025-01-04T19:00:00Z')).to.deep.equal([false, '2025-01-06T14:00:00Z']);

    const list = 'Mo,We,Fr 09:00-12:00';
    expect(state(list, 'UTC', '2025-01-06T10:00:00Z')).to.deep.equal([true, '2025-01-06T12:00:00Z']);
    expect(state(list, 'UTC', '2025-01-06T12:00:00Z')).to.deep.equal([false, '2025-01-08T09:00:00Z']);
    expect(state(list, 'UTC', '2025-01-07T10:00:00Z')).to.deep.equal([false, '2025-01-08T09:00:00Z']);
    expect(state(list, 'UTC', '2025-01-10T12:00:00Z')).to.deep.equal([false, '2025-01-13T09:00:00Z']);
  });

  it('reads a list of ranges, several times a day, and a day without times as all day', () => {
    expect(state('Mo-We,Fr 08:00-12:00,13:00-17:00', 'UTC', '2025-01-08T12:30:00Z')).to.deep.equal([false, '2025-01-08T13:00:00Z']);
    expect(state('Mo-We,Fr 08:00-12:00,13:00-17:00', 'UTC', '2025-01-09T12:30:00Z')).to.deep.equal([false, '2025-01-10T08:00:00Z']);
    expect(state('Sa', 'UTC', '2025-01-04T23:59:00Z')).to.deep.equal([true, '2025-01-05T00:00:00Z']);
    expect(state('Sa', 'UTC', '2025-01-05T00:00:00Z')).to.deep.equal([false, '2025-01-11T00:00:00Z']);
  });

  it('runs past midnight: Fr 18:00-02:00 is open until 2 a.m. on Saturday', () => {
    expect(state('Fr 18:00-02:00', 'UTC', '2025-01-03T23:59:00Z')).to.deep.equal([true, '2025-01-04T02:00:00Z']);
    expect(state('Fr 18:00-02:00', 'UTC', '2025-01-04T01:59:59Z')).to.deep.equal([true, '2025-01-04T02:00:00Z']);
    expect(state('Fr 18:00-02:00', 'UTC', '2025-01-04T02:00:00Z')).to.deep.equal([false, '2025-01-10T18:00:00Z']);
    // Sunday night runs into Monday, over the end of the week.
    expect(state('Su 22:00-06:00', 'UTC', '2025-01-06T05:00:00Z')).to.deep.equal([true, '2025-01-06T06:00:00Z']);
    // A range of days over the weekend.
    expect(state('Fr-Mo 10:00-11:00', 'UTC', '2025-01-06T10:30:00Z')).to.deep.equal([true, '2025-01-06T11:00:00Z']);
    expect(state('Fr-Mo 10:00-11:00', 'UTC', '2025-01-06T11:00:00Z')).to.deep.equal([false, '2025-01-10T10:00:00Z']);
  });

  it('changes at midnight, and reads 24:00 as the end of the day', () => {
    expect(state('Mo 00:00-24:00', 'UTC', '2025-01-05T23:59:59.999Z')).to.deep.equal([false, '2025-01-06T00:00:00Z']);
    expect(state('Mo 00:00-24:00', 'UTC', '2025-01-06T00:00:00Z')).to.deep.equal([true, '2025-01-07T00:00:00Z']);
    expect(state('Mo 00:00-24:00', 'UTC', '2025-01-07T00:00:00Z')).to.deep.equal([false, '2025-01-13T00:00:00Z']);
    // Midnight in New York is 5 a.m. in UTC in winter.
    expect(state('Mo 00:00-24:00', 'America/New_York', '2025-01-06T04:59:00Z')).to.deep.equal([false, '2025-01-06T05:00:00Z']);
  });

  it('Mo-Su 00:00-24:00 is always open, and never changes', () => {
    for (const always of ['Mo-Su 00:00-24:00', 'Mo-Su', 'Mo-Fr 00:00-24:00; Sa-Su', 'Mo-Su 09:00-09:00']) {
      expect(state(always, 'America/New_York', '2025-03-09T07:30:00Z'), always).to.deep.equal([true, 'Infinity']);
    }
  });

  it('forgives spaces, case and one-digit hours, and a ; at the end', () => {
    const week = parseOpeningHours('Mo-Fr 09:00-17:00');
    for (const same of ['mo-fr 9:00-17:00', ' MO - FR  09:00 - 17:00 ', 'Mo-Fr 09:00-17:00;', 'Mo-Fr 09:00-12:00,12:00-17:00']) {
      expect(parseOpeningHours(same), same).to.deep.equal(week);
    }
  });

  it('refuses what it cannot read, rather than guess at it', () => {
    for (const bad of [
      '',
      ';',
      '24/7',
      'Monday 9-5',
      'Mo-Fr 9-17',
      'Mo-Fr 9am-5pm',
      'Mo-Fr 09:00',
      '09:00-17:00',
      'Mo-Fr 09:00-25:00',
      'Mo-Fr 24:00-02:00',
      'Mo-Fr 09:60-17:00',
      'Mo-Fr 09:00-17:00 PH',
      'Mo-Fr 09:00-17:00, Sa 10:00-14:00',
      'Mo-Fr 09:00-17:00; PH off',
      'Mo-Fx 09:00-17:00',
      'Mo-Fr-Sa 09:00-17:00',
      'Mo-Fr09:00-17:00',
      'Mo-Fr 09:00\u201317:00',
      'Mo-Fr <b>09:00-17:00</b>',
    ]) {
      expect(parseOpeningHours(bad), JSON.stringify(bad)).to.equal(null);
    }
  });
});

describe('open-hours: the clock of a time zone', () => {
  it('reads the local time with Intl, in any zone it knows', () => {
    const summer = at('2025-07-01T12:34:56.789Z');
    expect(iso(wallClock('America/New_York')!(summer))).to.equal('2025-07-01T08:34:56.789Z');
    expect(iso(wallClock('Europe/London')!(summer))).to.equal('2025-07-01T13:34:56.789Z');
    expect(iso(wallClock('Asia/Kolkata')!(summer))).to.equal('2025-07-01T18:04:56.789Z');
    expect(iso(wallClock('america/new_york')!(summer))).to.equal('2025-07-01T08:34:56.789Z');
  });

  it("is the reader's own clock without a zone", () => {
    const instant = at('2025-11-02T06:30:00Z');
    const date = new Date(instant);
    expect(wallClock()!(instant)).to.equal(
      Date.UTC(date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds()),
    );
  });

  it('has no clock for a zone Intl does not know', () => {
    for (const bad of ['Mars/Olympus_Mons', 'New York', 'EST5EDT6', 'America/New_York; x', '']) {
      expect(wallClock(bad), JSON.stringify(bad)).to.equal(null);
    }
  });
});

describe('open-hours: the days the clocks change', () => {
  const ny = 'America/New_York';
  const london = 'Europe/London';

  it('New York, spring forward (Sunday 9 March 2025, 2:00 EST → 3:00 EDT): opening hours keep their local times', () => {
    // Saturday noon EST (UTC-5) → Sunday 9:00 EDT (UTC-4), 13:00 UTC, not 14:00.
    expect(state('Su 09:00-17:00', ny, '2025-03-08T17:00:00Z')).to.deep.equal([false, '2025-03-09T13:00:00Z']);
    expect(state('Su 09:00-17:00', ny, '2025-03-09T13:00:00Z')).to.deep.equal([true, '2025-03-09T21:00:00Z']);
    // Open Saturday night until 2:00, which does not happen: it closes when the clocks go forward.
    expect(state('Sa 18:00-02:00', ny, '2025-03-09T04:00:00Z')).to.deep.equal([true, '2025-03-09T07:00:00Z']);
    expect(state('Sa 18:00-02:00', ny, '2025-03-09T07:00:00Z')).to.deep.equal([false, '2025-03-15T22:00:00Z']);
  });

  it('New York, a change due in the skipped hour comes once the clocks have gone forward', () => {
    // 2:30 does not happen: at 3:00 EDT (07:00 UTC) the line is open, as the clock reads.
    expect(state('Su 02:30-05:00', ny, '2025-03-09T07:00:00Z')).to.deep.equal([true, '2025-03-09T09:00:00Z']);
    // The timer for it runs at most an hour late: 3:30 EDT.
    expect(state('Su 02:30-05:00', ny, '2025-03-09T06:59:00Z')).to.deep.equal([false, '2025-03-09T07:30:00Z']);
  });

  it('New York, fall back (Sunday 2 November 2025, 2:00 EDT → 1:00 EST)', () => {
    // Saturday 20:00 EDT (UTC-4) → Sunday 9:00 EST (UTC-5), 14:00 UTC.
    expect(state('Su 09:00-17:00', ny, '2025-11-02T00:00:00Z')).to.deep.equal([false, '2025-11-02T14:00:00Z']);
    // Friday 17:30 EDT → Monday 9:00 EST, 14:00 UTC.
    expect(state('Mo-Fr 09:00-17:00', ny, '2025-10-31T21:30:00Z')).to.deep.equal([false, '2025-11-03T14:00:00Z']);
    // Saturday night until 1:30, a time that happens twice: it closes the first time (EDT).
    expect(state('Sa 18:00-01:30', ny, '2025-11-02T05:00:00Z')).to.deep.equal([true, '2025-11-02T05:30:00Z']);
    // Until 3:00: the 25-hour day adds an hour of opening.
    expect(state('Sa 18:00-03:00', ny, '2025-11-02T05:00:00Z')).to.deep.equal([true, '2025-11-02T08:00:00Z']);
  });

  it('London, spring forward (Sunday 30 March 2025, 1:00 GMT → 2:00 BST)', () => {
    // Friday 18:00 GMT → Monday 9:00 BST (UTC+1), 08:00 UTC.
    expect(state('Mo-Fr 09:00-17:00', london, '2025-03-28T18:00:00Z')).to.deep.equal([false, '2025-03-31T08:00:00Z']);
    // Saturday night until 2:00 BST, which comes at 1:00 GMT: the clocks jump to it.
    expect(state('Sa 22:00-02:00', london, '2025-03-30T00:30:00Z')).to.deep.equal([true, '2025-03-30T01:00:00Z']);
    expect(state('Su 10:00-16:00', london, '2025-03-30T00:30:00Z')).to.deep.equal([false, '2025-03-30T09:00:00Z']);
  });

  it('London, fall back (Sunday 26 October 2025, 2:00 BST → 1:00 GMT)', () => {
    expect(state('Mo-Fr 09:00-17:00', london, '2025-10-24T17:00:00Z')).to.deep.equal([false, '2025-10-27T09:00:00Z']);
    expect(state('Su 10:00-16:00', london, '2025-10-25T23:00:00Z')).to.deep.equal([false, '2025-10-26T10:00:00Z']);
    expect(state('Sa 22:00-01:30', london, '2025-10-25T23:59:00Z')).to.deep.equal([true, '2025-10-26T00:30:00Z']);
  });

  for (const [zone, weekend] of [
    [ny, '2025-03-08T00:00:00Z'],
    [ny, '2025-11-01T00:00:00Z'],
    [london, '2025-03-29T00:00:00Z'],
    [london, '2025-10-25T00:00:00Z'],
  ] as const) {
    it(`${zone}, the weekend from ${weekend.slice(0, 10)}: every 7 minutes, the state holds until the change it names, and changes there`, () => {
      // Changes around the night the clocks change, none inside the hour skipped or repeated.
      const week = parseOpeningHours('Mo-Fr 09:00-17:00; Sa 18:00-01:00; Su 03:00-03:30,12:00-24:00')!;
      const wall = wallClock(zone)!;
      let before: [open: boolean, change: number] | undefined;
      for (let now = at(weekend); now < at(weekend) + 3 * 864e5; now += 7 * 6e4) {
        const [open, change] = openingState(week, wall, now);
        expect(change, iso(now)).to.be.greaterThan(now);
        expect(openingState(week, wall, change)[0], `at ${iso(change)}, from ${iso(now)}`).to.equal(!open);
        expect(openingState(week, wall, change - 1)[0], `just before ${iso(change)}`).to.equal(open);
        if (before && now < before[1]) expect(open, `${iso(now)}, before ${iso(before[1])}`).to.equal(before[0]);
        before = [open, change];
      }
    });
  }
});
