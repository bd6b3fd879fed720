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
});
