import { strict as assert } from 'node:assert';
import { found, runbookWindow, withFix } from './time-fixtures';

const labelled = (start: string, ...entries: string[]) =>
  runbookWindow(
    [`start: ${start}`, 'zone: UTC', 'length: 1h'],
    'audience:',
    ...entries.map((entry) => `  - ${entry}`),
  );

describe('rules/label-mismatch', () => {
  it("warns when an abbreviation label is wrong for its zone at the window's start", () => {
    const [gmt] = found(
      labelled('2026-07-19 07:00', '{ zone: Europe/London, label: GMT }'),
      'label-mismatch',
    );
    assert.equal(gmt.text, 'GMT');
    assert.equal(gmt.severity, 'warning');
    assert.equal(
      gmt.message,
      'Europe/London was on BST (+01:00) at 2026-07-19 08:00; the label says GMT (+00:00), so readers converting from it would be 1h off.',
    );
  });

  it("checks the seeds' abbreviations in both seasons", () => {
    const cases: Array<[string, string, string, string | undefined]> = [
      ['2019-03-24 04:00', 'America/New_York', 'EST', 'EDT'],
      ['2026-01-19 12:00', 'America/New_York', 'EDT', 'EST'],
      ['2026-01-19 12:00', 'Europe/Paris', 'CEST', 'CET'],
      ['2015-07-19 07:00', 'Europe/Paris', 'CEST', undefined],
      ['2026-01-19 12:00', 'Australia/Sydney', 'AEST', 'AEDT'],
      ['2026-07-19 12:00', 'America/Chicago', 'CST', 'CDT'],
      ['2026-07-19 12:00', 'Europe/Moscow', 'MSK', undefined],
      // Moscow stayed on +04:00 from 2011 to 2014 and still called it MSK.
      ['2012-07-19 12:00', 'Europe/Moscow', 'MSK', undefined],
      ['2012-07-19 12:00', 'Europe/Moscow', 'UTC+3', 'MSK'],
      ['2026-07-19 12:00', 'Asia/Tokyo', 'JST', undefined],
      ['2026-07-19 12:00', 'Asia/Kolkata', 'IST', undefined],
      ['2026-07-19 12:00', 'Europe/Dublin', 'IST', undefined],
      ['2026-07-19 12:00', 'Asia/Jerusalem', 'IST', 'IDT'],
      ['2026-07-19 12:00', 'Australia/Sydney', 'EST', 'AEST'],
      ['2026-07-19 12:00', 'Asia/Seoul', 'JST', undefined],
      ['2026-07-19 12:00', 'Europe/Helsinki', 'EET', 'EEST'],
      ['2026-07-19 12:00', 'Asia/Kathmandu', 'IST', 'UTC+05:45'],
      ['2026-07-19 12:00', 'Asia/Tokyo', 'UTC+9', undefined],
      ['2026-07-19 12:00', 'Asia/Tokyo', 'UTC+8', 'JST'],
    ];
    for (const [start, zone, label, right] of cases) {
      const diagnostics = found(
        labelled(start, `{ zone: ${zone}, label: ${label} }`),
        'label-mismatch',
      );
      assert.deepEqual(
        diagnostics.map((d) => d.fixes?.[0].edits[0].newText),
        right ? [right] : [],
        `${label} for ${zone} at ${start}`,
      );
    }
  });

  it('lets plain labels pass: "Eastern", "Tokyo", "Pacific" are never wrong', () => {
    assert.deepEqual(
      found(
        labelled(
          '2026-07-19 12:00',
          '{ zone: America/New_York, label: Eastern }',
          '{ zone: Asia/Tokyo, label: Tokyo }',
          '{ zone: America/Los_Angeles, label: Pacific }',
        ),
        'label-mismatch',
      ),
      [],
    );
  });

  it("fixes the label to the zone's abbreviation; applied, the file is clean", () => {
    const text = labelled('2019-03-24 04:00', '{ label: EST, zone: America/New_York }');
    const [est] = found(text, 'label-mismatch');
    assert.deepEqual(
      est.fixes?.map((f) => [f.title, f.preferred]),
      [['Change the label to EDT', true]],
    );
    const fixed = withFix(text, est);
    assert.match(fixed, /\{ label: EDT, zone: America\/New_York \}/);
    assert.deepEqual(found(fixed, 'label-mismatch'), []);
  });

  it('says nothing without a start, or for a zone that is not one', () => {
    assert.deepEqual(
      found(labelled('2026-07-19 25:00', '{ zone: Europe/London, label: GMT }'), 'label-mismatch'),
      [],
    );
    assert.deepEqual(
      found(labelled('2026-07-19 07:00', '{ zone: Europe/Londn, label: GMT }'), 'label-mismatch'),
      [],
    );
  });
});
