import { strict as assert } from 'node:assert';
import {
  formatDateTimeText,
  parseDateTimeText,
  type DateTimeParse,
} from '../../../src/core/time/date-time-text';

const message = (result: DateTimeParse) => (result.ok ? 'ok' : result.message);

describe('time/date-time-text', () => {
  it('reads wall-clock times and ISO 8601 with an offset', () => {
    assert.deepEqual(parseDateTimeText('2026-07-19 08:00'), {
      ok: true,
      value: {
        year: 2026,
        month: 7,
        day: 19,
        hour: 8,
        minute: 0,
        second: 0,
        separator: ' ',
        withSeconds: false,
      },
    });
    const iso = parseDateTimeText('2026-07-19T08:00:30+05:45');
    assert.ok(iso.ok);
    assert.deepEqual(
      [iso.value.second, iso.value.offset, iso.value.separator, iso.value.withSeconds],
      [30, 345, 'T', true],
    );
    for (const [text, offset] of [
      ['2026-07-19T08:00Z', 0],
      ['2026-07-19T08:00:00.000-04:00', -240],
      ['2026-07-19 08:00 +0100', 60],
      ['2026-07-19T08:00+09', 540],
    ] as const) {
      const parsed = parseDateTimeText(text);
      assert.ok(parsed.ok, text);
      assert.equal(parsed.value.offset, offset, text);
    }
  });

  it('reports each impossible part, never throwing', () => {
    assert.match(message(parseDateTimeText('9999-07-19 08:00')), /the year 9999 is out of range/);
    assert.match(message(parseDateTimeText('0001-01-01 00:00')), /the year 1 is out of range/);
    assert.match(
      message(parseDateTimeText('2026-07-19 24:00')),
      /no hour 24; midnight at the end of 2026-07-19 is the next day's 00:00/,
    );
    assert.match(message(parseDateTimeText('2026-07-19 25:00')), /no hour 25/);
    assert.match(
      message(parseDateTimeText('2027-02-29 08:00')),
      /2027 is not a leap year, so February has 28 days/,
    );
    assert.ok(parseDateTimeText('2028-02-29 08:00').ok);
    assert.match(message(parseDateTimeText('2026-04-31 08:00')), /April 2026 has 30 days/);
    assert.match(message(parseDateTimeText('2026-13-01 08:00')), /no month 13/);
    assert.match(message(parseDateTimeText('2026-07-19 08:60')), /no minute 60/);
    assert.match(
      message(parseDateTimeText('2026-07-19T08:00:00+25:00')),
      /\+25:00 is not a UTC offset; offsets run from -12:00 to \+14:00/,
    );
    assert.match(message(parseDateTimeText('2026-07-19T08:00:00+01:75')), /not a UTC offset/);
  });

  it('says what is wrong with the usual mistakes', () => {
    assert.match(message(parseDateTimeText('2026-07-19')), /has a date but no time of day/);
    assert.match(
      message(parseDateTimeText('2026-07-19 08:00 BST')),
      /ends with "BST", which is not a UTC offset; put the zone in `zone:`/,
    );
    assert.match(
      message(parseDateTimeText('next Sunday')),
      /is not a date and time; write it like 2026-07-19 08:00/,
    );
    for (const text of [
      '',
      ' ',
      '::',
      '2026-07-19T',
      '1e9',
      '\u0000',
      '2026-07-19 08:00:00:00',
      '99999999999999999999-01-01 00:00',
    ]) {
      assert.equal(parseDateTimeText(text).ok, false, JSON.stringify(text));
    }
  });

  it("writes date-times as files do, keeping the writer's form", () => {
    const time = { year: 2026, month: 3, day: 29, hour: 2, minute: 0, second: 0 };
    assert.equal(formatDateTimeText(time), '2026-03-29 02:00');
    assert.equal(
      formatDateTimeText(time, { separator: 'T', withSeconds: true }),
      '2026-03-29T02:00:00',
    );
    assert.equal(formatDateTimeText({ ...time, offset: -240 }), '2026-03-29T02:00:00-04:00');
  });
});
