import { strict as assert } from 'node:assert';
import { found, runbookWindow, withFix } from './time-fixtures';

const windowAt = (start: string, zone: string) =>
  runbookWindow([`start: ${start}`, `zone: ${zone}`, 'length: 1h']);

describe('rules/offset-zone-mismatch', () => {
  const text = windowAt('2026-07-19T08:00:00+00:00', 'Europe/London');
  const [mismatch] = found(text, 'offset-zone-mismatch');

  it('warns about an offset the zone does not have at that instant', () => {
    assert.equal(mismatch.text, '2026-07-19T08:00:00+00:00');
    assert.equal(mismatch.severity, 'warning');
    assert.equal(
      mismatch.message,
      '2026-07-19T08:00:00+00:00 says +00:00, but Europe/London was on BST (+01:00) at that instant (2026-07-19 09:00 there). Fix the offset, or the zone.',
    );
  });

  it('offers to keep the wall-clock time or the instant; either leaves the file clean', () => {
    assert.deepEqual(
      mismatch.fixes?.map((f) => f.edits[0].newText),
      ['2026-07-19T08:00:00+01:00', '2026-07-19T09:00:00+01:00'],
    );
    for (const index of [0, 1])
      assert.deepEqual(found(withFix(text, mismatch, index), 'offset-zone-mismatch'), []);
  });

  it('offers only the instant when the wall-clock time falls in a gap, and both instants in an overlap', () => {
    const [gap] = found(
      windowAt('2026-03-29T01:30:00+00:00', 'Europe/London'),
      'offset-zone-mismatch',
    );
    assert.deepEqual(
      gap.fixes?.map((f) => f.edits[0].newText),
      ['2026-03-29T02:30:00+01:00'],
    );
    const [overlap] = found(
      windowAt('2026-10-25T01:30:00+02:00', 'Europe/London'),
      'offset-zone-mismatch',
    );
    assert.deepEqual(
      overlap.fixes?.map((f) => f.edits[0].newText),
      ['2026-10-25T01:30:00+01:00', '2026-10-25T01:30:00+00:00', '2026-10-25T00:30:00+01:00'],
    );
  });

  it('accepts offsets the zone has: Z in UTC, -05:00 in Etc/GMT+5, +13:00 in Auckland in summer', () => {
    assert.deepEqual(found(windowAt('2026-07-19T08:00:00Z', 'UTC'), 'offset-zone-mismatch'), []);
    assert.deepEqual(
      found(windowAt('2026-07-19T08:00:00-05:00', 'Etc/GMT+5'), 'offset-zone-mismatch'),
      [],
    );
    assert.deepEqual(
      found(windowAt('2026-01-19T08:00:00+13:00', 'Pacific/Auckland'), 'offset-zone-mismatch'),
      [],
    );
    assert.deepEqual(
      found(
        runbookWindow(['start: 2026-07-19T08:00:00+05:45', 'end: 2026-07-19T09:00:00+00:00']),
        'offset-zone-mismatch',
      ),
      [],
    );
  });
});
