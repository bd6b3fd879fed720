import { strict as assert } from 'node:assert';
import { convertWindow, isoInZone, localTime } from '../../../src/core/time/conversion';

const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;

/** "Tokyo 16:00 JST +09:00 +0" for each conversion. */
function summary(startIso: string, primary: string, zones: string[], hours = 1): string[] {
  const start = at(startIso);
  return convertWindow(
    start,
    start + hours * HOUR,
    primary,
    zones.map((zone) => ({ zone })),
  ).map(
    (c) =>
      `${c.label} ${c.start.slice(11, 16)} ${c.abbreviation ?? '-'} ${c.offset} ${c.dayShift >= 0 ? '+' : ''}${c.dayShift}`,
  );
}

describe('time/conversion', () => {
  it('seed 000: 8:00AM BST on 19 July 2015 is Tokyo 4pm, Moscow 10am, CEST 9am, Eastern 3am, Central 2am, Pacific midnight', () => {
    assert.deepEqual(
      summary('2015-07-19T07:00:00Z', 'Europe/London', [
        'Asia/Tokyo',
        'Europe/Moscow',
        'Europe/Paris',
        'America/New_York',
        'America/Chicago',
        'America/Los_Angeles',
      ]),
      [
        'Tokyo 16:00 JST +09:00 +0',
        'Moscow 10:00 MSK +03:00 +0',
        'Paris 09:00 CEST +02:00 +0',
        'New York 03:00 EDT -04:00 +0',
        'Chicago 02:00 CDT -05:00 +0',
        'Los Angeles 00:00 PDT -07:00 +0',
      ],
    );
  });

  it('seed 002: 5:00pm NZDT on 13 November 2018 is the day before in California', () => {
    assert.deepEqual(
      summary('2018-11-13T04:00:00Z', 'Pacific/Auckland', [
        'Pacific/Auckland',
        'Australia/Sydney',
        'Europe/London',
        'America/Los_Angeles',
      ]),
      [
        'Auckland 17:00 NZDT +13:00 +0',
        'Sydney 15:00 AEDT +11:00 +0',
        'London 04:00 GMT +00:00 +0',
        'Los Angeles 20:00 PST -08:00 -1',
      ],
    );
  });

  it('seed 003: 10am PDT on 10 April 2017', () => {
    assert.deepEqual(
      summary('2017-04-10T17:00:00Z', 'America/Los_Angeles', [
        'America/Los_Angeles',
        'America/New_York',
        'Europe/London',
      ]),
      [
        'Los Angeles 10:00 PDT -07:00 +0',
        'New York 13:00 EDT -04:00 +0',
        'London 18:00 BST +01:00 +0',
      ],
    );
  });

  it('seed 004: 04:00 UTC on 24 March 2019 is 00:00 EDT in New York, not EST', () => {
    assert.deepEqual(summary('2019-03-24T04:00:00Z', 'UTC', ['America/New_York']), [
      'New York 00:00 EDT -04:00 +0',
    ]);
  });

  it('the weeks US and EU clocks disagree: New York and London are 4 hours apart, not 5', () => {
    assert.deepEqual(summary('2026-03-15T16:00:00Z', 'America/New_York', ['Europe/London']), [
      'London 16:00 GMT +00:00 +0',
    ]);
    assert.deepEqual(summary('2026-03-15T16:00:00Z', 'America/New_York', ['America/New_York']), [
      'New York 12:00 EDT -04:00 +0',
    ]);
    assert.deepEqual(
      summary('2026-10-28T16:00:00Z', 'America/New_York', ['Europe/London', 'America/New_York']),
      ['London 16:00 GMT +00:00 +0', 'New York 12:00 EDT -04:00 +0'],
    );
    assert.deepEqual(summary('2026-04-15T16:00:00Z', 'America/New_York', ['Europe/London']), [
      'London 17:00 BST +01:00 +0',
    ]);
  });

  it('date-line zones: Kiritimati is a day ahead of Pago Pago at the same instant', () => {
    assert.deepEqual(
      summary('2026-07-19T09:00:00Z', 'UTC', ['Pacific/Kiritimati', 'Pacific/Pago_Pago']),
      ['Kiritimati 23:00 - +14:00 +0', 'Pago Pago 22:00 SST -11:00 -1'],
    );
    assert.deepEqual(summary('2026-07-19T12:00:00Z', 'UTC', ['Pacific/Kiritimati']), [
      'Kiritimati 02:00 - +14:00 +1',
    ]);
  });

  it('half- and quarter-hour zones', () => {
    assert.deepEqual(
      summary('2026-07-19T07:00:00Z', 'Europe/London', [
        'Asia/Kolkata',
        'Asia/Kathmandu',
        'Pacific/Chatham',
      ]),
      [
        'Kolkata 12:30 IST +05:30 +0',
        'Kathmandu 12:45 - +05:45 +0',
        'Chatham 19:45 CHAST +12:45 +0',
      ],
    );
  });

  it('Etc/GMT+5 is five hours behind UTC', () => {
    assert.deepEqual(summary('2026-07-19T07:00:00Z', 'UTC', ['Etc/GMT+5']), [
      'Etc/GMT+5 02:00 - -05:00 +0',
    ]);
  });

  it("keeps labels, ends, and the end's own abbreviation when the window crosses a change", () => {
    const start = at('2026-10-25T00:30:00Z');
    const [london] = convertWindow(start, start + 2 * HOUR, 'Europe/London', [
      { zone: 'Europe/London', label: 'UK' },
    ]);
    assert.equal(london.label, 'UK');
    assert.deepEqual(
      [london.start, london.end, london.abbreviation, london.endAbbreviation, london.endOffset],
      ['2026-10-25T01:30:00+01:00', '2026-10-25T02:30:00+00:00', 'BST', 'GMT', '+00:00'],
    );
    const [open] = convertWindow(start, undefined, 'UTC', [{ zone: 'UTC' }]);
    assert.deepEqual([open.end, open.endMs, open.localEnd], [null, null, null]);
  });

  it("writes ISO 8601 with the zone's offset, UTC as +00:00", () => {
    assert.equal(isoInZone(at('2015-07-19T07:00:00Z'), 'Asia/Tokyo'), '2015-07-19T16:00:00+09:00');
    assert.equal(isoInZone(at('2015-07-19T07:00:00Z'), 'UTC'), '2015-07-19T07:00:00+00:00');
    assert.deepEqual(localTime(at('2015-07-19T07:00:00Z'), 'America/Los_Angeles'), {
      year: 2015,
      month: 7,
      day: 19,
      hour: 0,
      minute: 0,
      second: 0,
      date: '2015-07-19',
      weekday: 'Sun',
    });
  });
});
