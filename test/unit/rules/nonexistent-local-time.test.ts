import { strict as assert } from 'node:assert';
import { found, runbookWindow, withFix } from './time-fixtures';

const windowAt = (start: string, zone: string, end?: string) =>
  runbookWindow([`start: ${start}`, `zone: ${zone}`, end ? `end: ${end}` : 'length: 1h']);

describe('rules/nonexistent-local-time', () => {
  it('reports a time the spring-forward gap skips, as an error naming the jump', () => {
    const [gap] = found(windowAt('2026-03-29 01:30', 'Europe/London'), 'nonexistent-local-time');
    assert.equal(gap.text, '2026-03-29 01:30');
    assert.equal(gap.severity, 'error');
    assert.equal(
      gap.message,
      '2026-03-29 01:30 does not exist in Europe/London: on 2026-03-29 the clocks jump from 01:00 GMT straight to 02:00 BST. The first valid time after the gap is 2026-03-29 02:00.',
    );
  });

  it('offers the first valid time after the gap, in both hemispheres and for 30- and 60-minute gaps', () => {
    const cases: Array<[string, string, string]> = [
      ['2026-03-29 01:30', 'Europe/London', '2026-03-29 02:00'],
      ['2026-03-08 02:30', 'America/New_York', '2026-03-08 03:00'],
      ['2026-10-04 02:30', 'Australia/Sydney', '2026-10-04 03:00'],
      ['2026-10-04 02:15', 'Australia/Lord_Howe', '2026-10-04 02:30'],
      ['2026-09-27 03:00', 'Pacific/Chatham', '2026-09-27 03:45'],
      ['2026-03-29T01:30', 'Europe/London', '2026-03-29T02:00'],
      ['2026-03-29 01:30:30', 'Europe/London', '2026-03-29 02:00:00'],
    ];
    for (const [start, zone, first] of cases) {
      const text = windowAt(start, zone);
      const [gap] = found(text, 'nonexistent-local-time');
      assert.deepEqual(
        gap.fixes?.map((f) => [f.edits[0].newText, f.preferred]),
        [[first, true]],
        `${start} ${zone}`,
      );
      assert.deepEqual(
        found(withFix(text, gap), 'nonexistent-local-time'),
        [],
        `${start} ${zone} fixed`,
      );
    }
  });

  it('checks the end too, and not times with an offset or outside the gap', () => {
    assert.deepEqual(
      found(
        windowAt('2026-03-28 23:00', 'Europe/London', '2026-03-29 01:15'),
        'nonexistent-local-time',
      ).map((d) => d.text),
      ['2026-03-29 01:15'],
    );
    assert.deepEqual(
      found(windowAt('2026-03-29T01:30:00+00:00', 'Europe/London'), 'nonexistent-local-time'),
      [],
    );
    assert.deepEqual(
      found(windowAt('2026-03-29 00:59', 'Europe/London'), 'nonexistent-local-time'),
      [],
    );
    assert.deepEqual(found(windowAt('2026-03-29 01:30', 'UTC'), 'nonexistent-local-time'), []);
  });
});
