import { strict as assert } from 'node:assert';
import { IANAZone } from 'luxon';
import {
  abbreviationAt,
  describeZoneAt,
  formatOffset,
  nextTransition,
  offsetAt,
  offsetChangesBetween,
  transitionsBetween,
} from '../../../src/core/time/offsets';
import { isoInZone } from '../../../src/core/time/conversion';
import { formatClock } from '../../../src/core/time/format';

const at = (iso: string) => Date.parse(iso);
const display = (zone: string, iso: string) => describeZoneAt(zone, at(iso)).display;

describe('time/offsets', () => {
  it('reads offsets from luxon, half and quarter hours and both sides of the date line included', () => {
    const july = at('2026-07-19T07:00:00Z');
    assert.equal(offsetAt('Europe/London', july), 60);
    assert.equal(offsetAt('Asia/Kolkata', july), 330);
    assert.equal(offsetAt('Asia/Kathmandu', july), 345);
    assert.equal(offsetAt('Pacific/Chatham', july), 765);
    assert.equal(offsetAt('Pacific/Chatham', at('2026-01-15T00:00:00Z')), 825);
    assert.equal(offsetAt('Pacific/Kiritimati', july), 840);
    assert.equal(offsetAt('Pacific/Pago_Pago', july), -660);
    assert.equal(offsetAt('UTC+05:45', july), 345);
  });

  it("answers from its memory of recent look-ups as luxon does, well past the memory's size", () => {
    const zones = ['Europe/London', 'Australia/Lord_Howe', 'America/St_Johns'];
    // Hourly instants over a year in three zones (26,000 look-ups), then every other one again.
    const start = at('2026-01-01T00:00:00Z');
    for (let round = 0; round < 2; round++)
      for (let hour = 0; hour < 8760; hour += round + 1)
        for (const zone of zones) {
          const ms = start + hour * 3_600_000;
          assert.equal(offsetAt(zone, ms), IANAZone.create(zone).offset(ms), `${zone} ${ms}`);
        }
  });

  it('reads Etc/GMT+5 as UTC−5 (POSIX signs)', () => {
    assert.equal(offsetAt('Etc/GMT+5', at('2026-07-19T07:00:00Z')), -300);
    assert.equal(offsetAt('Etc/GMT-14', at('2026-07-19T07:00:00Z')), 840);
    assert.equal(display('Etc/GMT+5', '2026-07-19T07:00:00Z'), '-05:00');
  });

  it('throws on a zone that is not one, so callers pass checked zones', () => {
    assert.throws(() => offsetAt('Not/AZone', 0), /not a time zone/);
  });

  it('writes offsets as +09:00', () => {
    assert.deepEqual([540, 345, -300, -210, 0, 840].map(formatOffset), [
      '+09:00',
      '+05:45',
      '-05:00',
      '-03:30',
      '+00:00',
      '+14:00',
    ]);
  });

  it('keeps the seconds of an offset that had them, and converts such a zone exactly', () => {
    // Africa/Monrovia was UTC−00:44:30 until 1972: 08:00 UTC was 07:15:30 there.
    const instant = at('1970-06-01T08:00:00Z');
    assert.equal(offsetAt('Africa/Monrovia', instant), -44.5);
    assert.equal(formatOffset(-44.5), '-00:44:30');
    assert.equal(describeZoneAt('Africa/Monrovia', instant).offset, '-00:44:30');
    const iso = isoInZone(instant, 'Africa/Monrovia');
    assert.equal(iso, '1970-06-01T07:15:30-00:44:30');
    const [, clock, sign, hours, minutes, seconds] =
      /T(\d\d:\d\d:\d\d)([+-])(\d\d):(\d\d):(\d\d)$/.exec(iso)!;
    const offsetMs = (Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds)) * 1000;
    // Read back by hand (Date.parse knows no seconds in offsets): the same instant, not 30 s away.
    const wallAsUtc = Date.parse(`1970-06-01T${clock}Z`);
    assert.equal(sign === '-' ? wallAsUtc + offsetMs : wallAsUtc - offsetMs, instant);
    assert.equal(formatClock(7, 15, '24h', 30), '07:15:30');
    assert.equal(formatClock(7, 15, '12h', 30), '7:15:30am');
    assert.equal(formatClock(0, 0, '12h', 30), '12:00:30am');
  });

  it('names zones at an instant: the table first, Intl for the rest, the offset where nobody has a name', () => {
    assert.equal(display('Europe/London', '2026-07-19T07:00:00Z'), 'BST');
    assert.equal(display('Europe/London', '2026-01-19T07:00:00Z'), 'GMT');
    assert.equal(display('Australia/Sydney', '2026-01-19T07:00:00Z'), 'AEDT');
    assert.equal(display('Australia/Lord_Howe', '2026-07-19T07:00:00Z'), 'LHST');
    assert.equal(display('Pacific/Chatham', '2026-01-19T07:00:00Z'), 'CHADT');
    assert.equal(display('America/Detroit', '2026-07-19T07:00:00Z'), 'EDT');
    assert.equal(display('America/Anchorage', '2026-01-19T07:00:00Z'), 'AKST');
    assert.equal(display('Asia/Kathmandu', '2026-07-19T07:00:00Z'), '+05:45');
    assert.equal(display('Pacific/Kiritimati', '2026-07-19T07:00:00Z'), '+14:00');
    assert.equal(display('UTC', '2026-07-19T07:00:00Z'), 'UTC');
    assert.equal(abbreviationAt('UTC+05:45', at('2026-07-19T07:00:00Z')), undefined);
    assert.equal(abbreviationAt('UTC+00:00', at('2026-07-19T07:00:00Z')), 'UTC');
  });

  it('tells daylight saving in both hemispheres', () => {
    assert.equal(describeZoneAt('Europe/London', at('2026-07-19T07:00:00Z')).dst, true);
    assert.equal(describeZoneAt('Europe/London', at('2026-01-19T07:00:00Z')).dst, false);
    assert.equal(describeZoneAt('Australia/Sydney', at('2026-01-19T07:00:00Z')).dst, true);
    assert.equal(describeZoneAt('Australia/Sydney', at('2026-07-19T07:00:00Z')).dst, false);
    assert.equal(describeZoneAt('Asia/Tokyo', at('2026-07-19T07:00:00Z')).dst, false);
  });

  it('finds the next change, to the minute', () => {
    const london = nextTransition('Europe/London', at('2026-07-19T07:00:00Z'))!;
    assert.equal(new Date(london.ms).toISOString(), '2026-10-25T01:00:00.000Z');
    assert.deepEqual([london.before.display, london.after.display], ['BST', 'GMT']);
    const sydney = nextTransition('Australia/Sydney', at('2026-07-19T07:00:00Z'))!;
    assert.equal(new Date(sydney.ms).toISOString(), '2026-10-03T16:00:00.000Z');
    assert.deepEqual([sydney.before.display, sydney.after.display], ['AEST', 'AEDT']);
  });

  it("finds Lord Howe's 30-minute change", () => {
    const change = nextTransition('Australia/Lord_Howe', at('2026-07-19T07:00:00Z'))!;
    assert.equal(new Date(change.ms).toISOString(), '2026-10-03T15:30:00.000Z');
    assert.equal(change.after.offsetMinutes - change.before.offsetMinutes, 30);
  });

  it('finds nothing for fixed zones and zones without daylight saving', () => {
    assert.equal(nextTransition('UTC', 0), undefined);
    assert.equal(nextTransition('Etc/GMT+5', 0), undefined);
    assert.equal(nextTransition('Asia/Tokyo', at('2026-01-01T00:00:00Z')), undefined);
  });

  it('lists the changes strictly inside a span', () => {
    const year = transitionsBetween(
      'America/New_York',
      at('2026-01-01T00:00:00Z'),
      at('2027-01-01T00:00:00Z'),
    );
    assert.deepEqual(
      year.map((t) => new Date(t.ms).toISOString()),
      ['2026-03-08T07:00:00.000Z', '2026-11-01T06:00:00.000Z'],
    );
    assert.deepEqual(
      transitionsBetween(
        'America/New_York',
        at('2026-03-08T07:00:00Z'),
        at('2026-03-08T09:00:00Z'),
      ),
      [],
    );
  });

  it('finds a change on the first minute of a year, once, and none at the span ends', () => {
    // Casey (Antarctica) went from UTC to UTC+8 at 1969-01-01T00:00Z: the first minute of the year
    // that the memo files the change under.
    const newYear = at('1969-01-01T00:00:00Z');
    const spanning = offsetChangesBetween('Antarctica/Casey', newYear - 86_400_000, newYear + 1);
    assert.deepEqual(spanning, [{ ms: newYear, offsetMinutes: 480 }]);
    assert.deepEqual(offsetChangesBetween('Antarctica/Casey', newYear, newYear + 86_400_000), []);
    assert.deepEqual(offsetChangesBetween('Antarctica/Casey', newYear - 86_400_000, newYear), []);
  });

  it('reads the same changes year by year as an hour-by-hour scan, over spans of any length', () => {
    // An independent scan: an hour at a time, then the minute by a linear walk back.
    const hourly = (zone: string, startMs: number, endMs: number) => {
      const found: { ms: number; offsetMinutes: number }[] = [];
      for (let ms = startMs; ms < endMs; ms += 3_600_000) {
        const next = Math.min(ms + 3_600_000, endMs);
        if (offsetAt(zone, ms) === offsetAt(zone, next)) continue;
        let minute = next;
        while (offsetAt(zone, minute - 60_000) !== offsetAt(zone, ms)) minute -= 60_000;
        if (minute > startMs && minute < endMs)
          found.push({ ms: minute, offsetMinutes: offsetAt(zone, minute) });
      }
      return found;
    };
    const spans: [string, string, string][] = [
      ['Europe/London', '2026-03-01T00:00:00Z', '2027-11-30T00:00:00Z'],
      ['Australia/Lord_Howe', '2025-12-31T23:59:00Z', '2027-01-01T00:01:00Z'],
      ['America/Santiago', '2026-04-05T02:59:00Z', '2026-09-06T04:00:00Z'],
      ['Africa/Casablanca', '2030-01-01T00:00:00Z', '2031-06-01T00:00:00Z'],
      ['Asia/Tokyo', '2026-01-01T00:00:00Z', '2028-01-01T00:00:00Z'],
    ];
    for (const [zone, start, end] of spans)
      assert.deepEqual(
        offsetChangesBetween(zone, at(start), at(end)),
        hourly(zone, at(start), at(end)),
        `${zone} ${start} → ${end}`,
      );
    assert.equal(
      offsetChangesBetween('Europe/London', at(spans[0][1]), at(spans[0][2]), 3).length,
      3,
    );
  });

  it('finds in a span of days, scanned on its own, what the year memo finds there', () => {
    const day = 86_400_000;
    const zones = ['Europe/London', 'Australia/Lord_Howe', 'America/Santiago', 'Africa/Casablanca'];
    // Spans around the changes of 2026 and 2030 (Casablanca's Ramadan pauses included), of an
    // hour to a month, starting on and off the scan's day boundaries.
    const lengths = [3_600_000, 6 * 3_600_000, day - 60_000, day, day + 60_000, 7 * day, 31 * day];
    for (const zone of zones)
      for (const year of ['2026', '2030'])
        for (const change of offsetChangesBetween(
          zone,
          at(`${year}-01-01T00:00:00Z`),
          at(`${year}-12-31T00:00:00Z`),
        ))
          for (const length of lengths)
            for (const shift of [-length, -length / 2, -60_000, 0]) {
              const startMs = change.ms + shift;
              const endMs = startMs + length;
              // 40 days either side: the memo's path.
              const fromMemo = offsetChangesBetween(
                zone,
                startMs - 40 * day,
                endMs + 40 * day,
              ).filter(({ ms }) => ms > startMs && ms < endMs);
              assert.deepEqual(
                offsetChangesBetween(zone, startMs, endMs),
                fromMemo,
                `${zone} ${new Date(startMs).toISOString()} + ${length} ms`,
              );
            }
  });
});
