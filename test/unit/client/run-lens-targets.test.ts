import { strict as assert } from 'node:assert';
import { runLensTargets } from '../../../src/client/run/run-lens-targets';
import { analyze } from '../../../src/core/analyze';
import { runbookText } from '../run/run-fixtures';

const lensesOf = (text: string, name = 'upgrade.runbook.yaml') =>
  runLensTargets(analyze(text, name)).map((t) => ({
    at: text.slice(t.start, t.end),
    line: text.slice(0, t.start).split('\n').length,
    step: t.step,
  }));

describe('client/run/run-lens-targets', () => {
  it('puts ▶ Run over steps: and ▶ Run from here over each step’s line', () => {
    const text = runbookText([
      '  - id: backup',
      '    estimate: 5m',
      '    run: backup.sh',
      '  - { id: migrate, estimate: 5m, run: migrate.sh }',
    ]);
    assert.deepEqual(lensesOf(text), [
      { at: 'steps', line: 8, step: undefined },
      { at: 'id: backup', line: 9, step: 'backup' },
      { at: '{ id: migrate', line: 12, step: 'migrate' },
    ]);
  });

  it('shows none where a run would be refused, or for an announcement', () => {
    const broken = runbookText(['  - { id: a, estimate: 5m, needs: [nope], run: a.sh }']);
    assert.deepEqual(lensesOf(broken), []);
    const noId = runbookText(['  - { estimate: 5m, run: a.sh }', '  - { id: b, run: b.sh }']);
    assert.deepEqual(lensesOf(noId), []);
    const announcement = [
      'kind: announcement',
      'title: Upgrade',
      'window:',
      '  start: 2026-07-19 08:00',
      '  zone: Europe/London',
      '  length: 1h',
      '',
    ].join('\n');
    assert.deepEqual(lensesOf(announcement, 'x.announcement.yaml'), []);
  });
});
