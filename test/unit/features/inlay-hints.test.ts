import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { inlayHints } from '../../../src/core/features/inlay-hints';
import { lines } from '../helpers';

const NOW = Date.parse('2026-07-01T00:00:00Z');

/** `[label, the value the hint follows]`: where a hint sits is checked by the text before it on its line. */
function hintsOf(text: string, start?: number, end?: number): Array<[string, string]> {
  return inlayHints(analyze(text, 'test.yaml', undefined, NOW), start, end).map((hint) => [
    hint.label,
    text.slice(text.lastIndexOf(': ', hint.offset) + 2, hint.offset),
  ]);
}

function runbookWindow(...windowLines: string[]): string {
  return lines(
    'kind: runbook',
    'title: T',
    'window:',
    ...windowLines.map((line) => `  ${line}`),
    'steps: []',
  );
}

describe('features/inlay-hints', () => {
  it("puts → 07:00 UTC after seed 000's start, before its comment", () => {
    const text = lines(
      'kind: announcement',
      'title: T',
      'start: 2015-07-19 08:00        # 8:00AM BST on Sunday',
      'zone: Europe/London',
      'length: 1h',
      'time_format: 12h',
    );
    assert.deepEqual(hintsOf(text), [['→ 07:00 UTC', '2015-07-19 08:00']]);
    const [hint] = inlayHints(analyze(text, 'test.yaml', undefined, NOW));
    assert.equal(hint.tooltip, '2015-07-19 08:00 in Europe/London is 07:00 UTC.');
  });

  it('hints every wall-clock time: start, end and publish', () => {
    const text = lines(
      'kind: announcement',
      'title: T',
      'start: 2026-07-19 08:00',
      'end: 2026-07-19 09:30',
      'zone: Asia/Kathmandu',
      'publish: 2026-07-10 12:00',
    );
    assert.deepEqual(hintsOf(text), [
      ['→ 02:15 UTC', '2026-07-19 08:00'],
      ['→ 03:45 UTC', '2026-07-19 09:30'],
      ['→ 06:15 UTC', '2026-07-10 12:00'],
    ]);
  });

  it('adds the weekday when the UTC date differs from the written one', () => {
    assert.deepEqual(
      hintsOf(runbookWindow('start: 2026-07-19 05:00', 'zone: Asia/Tokyo', 'length: 1h')),
      [['→ Sat 20:00 UTC', '2026-07-19 05:00']],
    );
    assert.deepEqual(
      hintsOf(
        runbookWindow("start: '2026-07-19 22:00'", 'zone: America/Los_Angeles', 'length: 1h'),
      ),
      [['→ Mon 05:00 UTC', "'2026-07-19 22:00'"]],
    );
  });

  it('gives both instants of a repeated time and none for a skipped one', () => {
    assert.deepEqual(
      hintsOf(runbookWindow('start: 2026-10-25 01:30', 'zone: Europe/London', 'length: 20m')),
      [['→ 00:30 or 01:30 UTC', '2026-10-25 01:30']],
    );
    assert.deepEqual(
      hintsOf(runbookWindow('start: 2026-03-29 01:30', 'zone: Europe/London', 'length: 1h')),
      [],
    );
  });

  it('says nothing where the time already says its instant or has no zone to be read in', () => {
    assert.deepEqual(
      hintsOf(
        runbookWindow('start: 2026-07-19T08:00:00+01:00', 'zone: Europe/London', 'length: 1h'),
      ),
      [],
    );
    assert.deepEqual(
      hintsOf(runbookWindow('start: 2026-07-19 08:00', 'zone: UTC', 'length: 1h')),
      [],
    );
    assert.deepEqual(
      hintsOf(runbookWindow('start: 2026-07-19 08:00', 'zone: Europe/Londn', 'length: 1h')),
      [],
    );
    assert.deepEqual(hintsOf(runbookWindow('start: 2026-07-19 08:00', 'length: 1h')), []);
    assert.deepEqual(hintsOf(runbookWindow('start: tomorrow', 'zone: Europe/London')), []);
    assert.deepEqual(
      hintsOf(lines('title: T', 'start: 2026-07-19 08:00', 'zone: Europe/London')),
      [],
    );
  });

  it('gives only the hints inside the asked range', () => {
    const text = lines(
      'kind: announcement',
      'title: T',
      'start: 2026-07-19 08:00',
      'end: 2026-07-19 09:30',
      'zone: Europe/London',
    );
    const endLine = text.indexOf('end:');
    assert.deepEqual(
      hintsOf(text, endLine, text.length).map(([label]) => label),
      ['→ 08:30 UTC'],
    );
    assert.deepEqual(
      hintsOf(text, 0, endLine).map(([label]) => label),
      ['→ 07:00 UTC'],
    );
  });
});
