import { strict as assert } from 'node:assert';
import { announcement, found, runbookWindow, withFix } from './time-fixtures';

describe('rules/unknown-zone', () => {
  const text = runbookWindow(
    ['start: 2026-07-19 08:00', 'zone: Europe/Londn', 'length: 1h'],
    'audience:',
    '  - Tokio',
    '  - { zone: america/new_york, label: Eastern }',
  );
  const diagnostics = found(text, 'unknown-zone');

  it("reports the window's zone and audience zones that are not IANA names, as errors", () => {
    assert.deepEqual(
      diagnostics.map((d) => [d.text, d.severity]),
      [
        ['Europe/Londn', 'error'],
        ['Tokio', 'error'],
        ['america/new_york', 'error'],
      ],
    );
    assert.match(
      diagnostics[0].message,
      /"Europe\/Londn" is not an IANA time zone\. Did you mean Europe\/London\?/,
    );
    assert.match(diagnostics[2].message, /case-sensitive.*America\/New_York/);
  });

  it('offers the closest names as quick fixes; applied, the file has no unknown zone', () => {
    assert.deepEqual(
      diagnostics.map((d) => d.fixes?.map((f) => [f.title, f.preferred])),
      [
        [['Change to Europe/London', true]],
        [['Change to Asia/Tokyo', true]],
        [['Change to America/New_York', true]],
      ],
    );
    let fixedText = text;
    for (const diagnostic of [...diagnostics].reverse()) fixedText = withFix(fixedText, diagnostic);
    assert.deepEqual(found(fixedText, 'unknown-zone'), []);
    assert.match(
      fixedText,
      /zone: Europe\/London\n[\s\S]*- Asia\/Tokyo\n[\s\S]*zone: America\/New_York,/,
    );
  });

  it('turns an offset into its Etc zone', () => {
    const [offset] = found(
      runbookWindow(['start: 2026-07-19 08:00', 'zone: UTC+1']),
      'unknown-zone',
    );
    assert.deepEqual(
      offset.fixes?.map((f) => f.edits[0].newText),
      ['Etc/GMT-1'],
    );
  });

  it('reports a wall-clock start in a window with no zone', () => {
    const [missing] = found(
      runbookWindow(['start: 2026-07-19 08:00', 'length: 1h']),
      'unknown-zone',
    );
    assert.equal(missing.text, '2026-07-19 08:00');
    assert.match(missing.message, /has no `zone`/);
    assert.deepEqual(
      found(runbookWindow(['start: 2026-07-19T08:00:00+01:00', 'length: 1h']), 'unknown-zone'),
      [],
    );
  });

  it('leaves a missing announcement zone to the schema, and valid zones alone', () => {
    assert.deepEqual(found(announcement('start: 2026-07-19 08:00'), 'unknown-zone'), []);
    assert.deepEqual(
      found(
        announcement(
          'start: 2026-07-19 08:00',
          'zone: Etc/GMT+5',
          'audience: [UTC, Asia/Calcutta, US/Eastern]',
        ),
        'unknown-zone',
      ),
      [],
    );
  });

  it('reports a 52 KB zone name once, with a bounded message and no suggestion (100× the examples)', () => {
    const zone = `Europe/${'L'.repeat(52_000)}`;
    const [unknown, ...rest] = found(
      runbookWindow(['start: 2026-07-19 08:00', `zone: ${zone}`, 'length: 1h']),
      'unknown-zone',
    );
    assert.deepEqual(rest, []);
    assert.equal(unknown.text, zone);
    assert.ok(unknown.message.length <= 1_000);
    assert.ok(!/Did you mean/.test(unknown.message));
  });
});
