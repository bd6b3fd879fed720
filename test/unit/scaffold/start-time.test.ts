import { strict as assert } from 'node:assert';
import { checkStart, defaultStart, windowSummary } from '../../../src/core/scaffold/start-time';

const TWO_HOURS = 120;
const london = { zone: 'Europe/London', audience: [], minutes: TWO_HOURS };

describe('scaffold: the start New Maintenance proposes and accepts', () => {
  it('proposes one week ahead at the next full hour on the zone’s clock', () => {
    const now = Date.UTC(2026, 11, 6, 18, 40);
    assert.equal(defaultStart(now, london).text, '2026-12-13 19:00');
    // +05:30: the next full hour in Kolkata is 00:10 → 01:00 local, not a UTC hour.
    const kolkata = defaultStart(now, { zone: 'Asia/Kolkata', audience: [], minutes: TWO_HOURS });
    assert.equal(kolkata.text, '2026-12-14 01:00');
    assert.equal(kolkata.ms, Date.UTC(2026, 11, 13, 19, 30));
  });

  it('moves past a clock change in the zone or an audience zone', () => {
    // A week after 23:10 UTC on 21 March is 00:10 on the 29th, whose 00:00–02:00 window would
    // cross London's change at 01:00; 01:00 itself is skipped, so 02:00 BST.
    const now = Date.UTC(2026, 2, 21, 23, 10);
    assert.equal(defaultStart(now, london).text, '2026-03-29 02:00');
    // The same from Tokyo (no DST) with London in the audience: past the change, in Tokyo's hours.
    const tokyo = defaultStart(now, {
      zone: 'Asia/Tokyo',
      audience: ['Europe/London'],
      minutes: TWO_HOURS,
    });
    assert.ok(tokyo.ms >= Date.UTC(2026, 2, 29, 1, 0), tokyo.text);
    // A wall-clock time the clocks repeat is never proposed: 01:00 on 25 October happens twice.
    const autumn = defaultStart(Date.UTC(2026, 9, 17, 23, 30), { ...london, minutes: 30 });
    assert.equal(autumn.text, '2026-10-25 02:00');
  });

  it('accepts a future wall-clock time, written back in the file’s form', () => {
    const now = Date.UTC(2026, 11, 6, 18, 40);
    const check = checkStart(' 2026-12-13  19:00:00 ', now, london);
    assert.deepEqual(check, {
      ok: true,
      start: { text: '2026-12-13 19:00', ms: Date.UTC(2026, 11, 13, 19) },
      summary: 'London Sun 19:00–21:00',
    });
  });

  it('says what is wrong with a start it refuses', () => {
    const now = Date.UTC(2026, 2, 1, 12, 0);
    const message = (typed: string) => {
      const check = checkStart(typed, now, london);
      assert.equal(check.ok, false, typed);
      return check.ok ? '' : check.message;
    };
    assert.match(
      message('next tuesday'),
      /is not a date and time; write it like 2026-07-19 08:00\.$/,
    );
    assert.match(message('2026-03-29'), /has a date but no time of day/);
    assert.match(message('2027-02-29 08:00'), /2027 is not a leap year/);
    assert.match(
      message('2026-03-29 01:30'),
      /Europe\/London skips this time .* first time after the gap is 2026-03-29 02:00\./,
    );
    assert.match(message('2026-10-25 01:30'), /happens twice in Europe\/London/);
    assert.match(
      message('2026-02-01 08:00'),
      /This time is past: it is 2026-03-01 12:00 in Europe\/London now\./,
    );
    assert.match(message('2026-07-19T08:00:00+01:00'), /without an offset: 2026-07-19 08:00\./);
  });

  it('sums the window up on every clock, the zone’s own first, and counts what does not fit', () => {
    const place = { ...london, audience: ['America/New_York', 'Asia/Tokyo', 'Europe/London'] };
    const ms = Date.UTC(2026, 11, 13, 20);
    assert.equal(
      windowSummary(ms, place),
      'London Sun 20:00–22:00 · New York Sun 15:00–17:00 · Tokyo Mon 05:00–07:00',
    );
    const many = [
      'Asia/Kolkata',
      'Asia/Kathmandu',
      'Australia/Adelaide',
      'Pacific/Chatham',
      'UTC',
      'Etc/GMT+5',
    ];
    assert.match(
      windowSummary(ms, { ...london, audience: many }),
      /· Kathmandu Mon 01:45–03:45 · .* · UTC Sun 20:00–22:00 · 1 more$/,
    );
  });

  it('accepts a window across a clock change, with a note', () => {
    const now = Date.UTC(2026, 2, 1, 12, 0);
    const check = checkStart('2026-03-29 00:00', now, { ...london, audience: ['Asia/Tokyo'] });
    assert.ok(check.ok);
    assert.equal(
      check.note,
      'The window crosses a clock change in Europe/London: the runbook will say so.',
    );
  });
});
