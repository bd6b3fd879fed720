import { strict as assert } from 'node:assert';
import { analyzeText, codeTexts, lines, runbook, withCode } from '../helpers';

describe('rules/invalid-duration', () => {
  it('checks step estimates, window length and rollback deadline and estimate', () => {
    const text = lines(
      'kind: runbook',
      'title: T',
      'window:',
      '  length: 90',
      'rollback:',
      '  deadline: 1h..30m',
      '  estimate: -5m',
      'steps:',
      '  - id: a',
      '    estimate: soon',
      '  - id: b',
      '    estimate: 0m',
      '  - id: c',
      '    estimate: 30m..1h',
    );
    assert.deepEqual(codeTexts(text, 'invalid-duration'), ['90', '1h..30m', '-5m', 'soon', '0m']);
  });

  it('says why each one is wrong', () => {
    const text = runbook(
      '  - id: a',
      '    estimate: 1h..30m',
      '  - id: b',
      '    estimate: 9999w',
      '  - id: c',
      '    estimate: 45',
    );
    assert.deepEqual(
      withCode(analyzeText(text), 'invalid-duration').map((d) => [
        d.severity,
        /backwards|longer than a year|no unit/.exec(d.message)?.[0],
      ]),
      [
        ['error', 'backwards'],
        ['error', 'longer than a year'],
        ['error', 'no unit'],
      ],
    );
  });

  it("checks an announcement's estimate, length and each reminder", () => {
    const text = lines(
      'kind: announcement',
      'title: T',
      'start: 2026-07-19 08:00',
      'zone: Europe/London',
      'estimate: 9999w',
      'length: 1h',
      'reminders: [24h, soon, 1h]',
    );
    assert.deepEqual(codeTexts(text, 'invalid-duration', 'a.yaml'), ['9999w', 'soon']);
  });

  it('reads 1:30 as the text "1:30" (YAML 1.2, not 90 minutes) and rejects it', () => {
    assert.deepEqual(codeTexts(runbook('  - id: a', '    estimate: 1:30'), 'invalid-duration'), [
      '1:30',
    ]);
  });

  it('leaves booleans and non-scalars to the schema rule', () => {
    const text = runbook('  - id: a', '    estimate: true', '  - id: b', '    estimate: [1m]');
    const analysis = analyzeText(text);
    assert.deepEqual(withCode(analysis, 'invalid-duration'), []);
    assert.deepEqual(
      withCode(analysis, 'schema').map((d) => text.slice(d.start, d.end)),
      ['true', '[1m]'],
    );
  });

  it('ignores durations in files of unknown kind and keys that are not durations', () => {
    assert.deepEqual(codeTexts('estimate: soon\n', 'invalid-duration', 'notes.yaml'), []);
    assert.deepEqual(
      codeTexts(runbook('  - id: a', '    estimate: 5m', '    notes: soon'), 'invalid-duration'),
      [],
    );
  });

  it('offers the unit for a number written without one: minutes first and preferred, then hours or seconds where the size fits', () => {
    const text = runbook(
      '  - id: a',
      '    estimate: 30',
      '  - id: b',
      '    estimate: "5..10"',
      '  - id: c',
      '    estimate: 2',
      '  - id: d',
      '    estimate: 90',
      '  - id: e',
      '    estimate: soon',
    );
    const analysis = analyzeText(text);
    const fixes = withCode(analysis, 'invalid-duration').map((d) =>
      (d.fixes ?? []).map((fix) => [
        fix.title,
        fix.preferred === true,
        text.slice(fix.edits[0].start, fix.edits[0].end),
        fix.edits[0].newText,
      ]),
    );
    assert.deepEqual(fixes, [
      [
        ['Write it as 30m', true, '30', '30m'],
        ['Write it as 30s', false, '30', '30s'],
      ],
      [
        ['Write it as 5m..10m', true, '"5..10"', '5m..10m'],
        ['Write it as 5h..10h', false, '"5..10"', '5h..10h'],
        ['Write it as 5s..10s', false, '"5..10"', '5s..10s'],
      ],
      [
        ['Write it as 2m', true, '2', '2m'],
        ['Write it as 2h', false, '2', '2h'],
      ],
      [
        ['Write it as 90m', true, '90', '90m'],
        ['Write it as 90s', false, '90', '90s'],
      ],
      [],
    ]);
  });
});
