import { strict as assert } from 'node:assert';
import { found, runbookWindow, withFix } from './time-fixtures';

const windowAt = (start: string, zone: string) =>
  runbookWindow([`start: ${start}`, `zone: ${zone}`, 'length: 20m']);

describe('rules/ambiguous-local-time', () => {
  const text = windowAt('2026-10-25 01:30', 'Europe/London');
  const [repeated] = found(text, 'ambiguous-local-time');

  it('warns about a time the fall-back overlap repeats', () => {
    assert.equal(repeated.text, '2026-10-25 01:30');
    assert.equal(repeated.severity, 'warning');
    assert.equal(
      repeated.message,
      '2026-10-25 01:30 happens twice in Europe/London, when the clocks go back: first on BST (+01:00), then 1h later on GMT (+00:00). It is read as the first; write the offset to say which: 2026-10-25T01:30:00+01:00 or 2026-10-25T01:30:00+00:00.',
    );
  });

  it('offers the earlier and the later instant with their offsets; either leaves the file clean', () => {
    assert.deepEqual(
      repeated.fixes?.map((f) => f.title),
      [
        'Use the earlier one, BST (+01:00): 2026-10-25T01:30:00+01:00',
        'Use the later one, GMT (+00:00): 2026-10-25T01:30:00+00:00',
      ],
    );
    for (const index of [0, 1]) {
      const fixed = withFix(text, repeated, index);
      assert.deepEqual(found(fixed, 'ambiguous-local-time'), []);
      assert.deepEqual(found(fixed, 'offset-zone-mismatch'), []);
    }
  });

  it("knows the southern hemisphere and Lord Howe's half-hour overlap", () => {
    const [sydney] = found(
      windowAt('2026-04-05 02:30', 'Australia/Sydney'),
      'ambiguous-local-time',
    );
    assert.deepEqual(
      sydney.fixes?.map((f) => f.edits[0].newText),
      ['2026-04-05T02:30:00+11:00', '2026-04-05T02:30:00+10:00'],
    );
    const [lordHowe] = found(
      windowAt('2026-04-05 01:45', 'Australia/Lord_Howe'),
      'ambiguous-local-time',
    );
    assert.match(lordHowe.message, /first on LHDT \(\+11:00\), then 30m later on LHST \(\+10:30\)/);
    assert.deepEqual(
      lordHowe.fixes?.map((f) => f.edits[0].newText),
      ['2026-04-05T01:45:00+11:00', '2026-04-05T01:45:00+10:30'],
    );
  });

  it('leaves exact times alone', () => {
    assert.deepEqual(
      found(windowAt('2026-10-25 02:00', 'Europe/London'), 'ambiguous-local-time'),
      [],
    );
    assert.deepEqual(
      found(windowAt('2026-10-25T01:30:00+00:00', 'Europe/London'), 'ambiguous-local-time'),
      [],
    );
  });
});
