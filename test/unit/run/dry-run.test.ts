import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { dryRunText } from '../../../src/core/run/dry-run';
import { runPlanOf } from '../../../src/core/run/run-plan';
import { runbookText } from './run-fixtures';

const MINUTE = 60_000;
/** 08:00 London on 19 July 2026, the fixtures' window start. */
const WINDOW_START = Date.UTC(2026, 6, 19, 7, 0);

function dryRun(text: string, now: number): string[] {
  const analysis = analyze(text, 'upgrade.runbook.yaml');
  const result = runPlanOf(analysis, 'ops/upgrade.runbook.yaml', 'hash');
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return dryRunText(result.plan, analysis, now);
}

const STEPS = [
  '  - { id: backup, title: Back up, estimate: 20m, run: backup.sh, verify: check.sh, rollback: drop.sh }',
  '  - { id: migrate, estimate: 10m..25m, run: migrate.sh, rollback: undo.sh }',
  '  - { id: announce, estimate: 5m, manual: true, run: ignored.sh }',
];

describe('run/dry-run', () => {
  it('gives each step its start from the window, its times and its commands, and the end against the window and deadline', () => {
    const lines = dryRun(runbookText(STEPS, ['rollback:', '  deadline: 45m']), WINDOW_START);
    assert.deepEqual(lines, [
      'Dry run of Upgrade (ops/upgrade.runbook.yaml): nothing is run.',
      'Window: 2026-07-19 08:00 to 09:00 Europe/London.',
      'Go/no-go deadline: 08:45.',
      '',
      'Steps (T+ from the window’s start, times in Europe/London):',
      '1. backup — Back up',
      '   starts T+0m (08:00), estimate 20m, planned 40m',
      '   run: backup.sh',
      '   verify: check.sh',
      '   rollback: drop.sh',
      '2. migrate',
      '   starts T+20m (08:20), estimate 10m–25m, planned 50m',
      '   run: migrate.sh',
      '   rollback: undo.sh',
      '3. announce',
      '   starts T+30m–45m (08:30 to 08:45), estimate 5m, planned 10m',
      '   manual: someone marks it done',
      '',
      'Estimated end: 08:50 (estimate 35m–50m).',
      '✓ Before the window’s end, 09:00.',
      '✗ After the go/no-go deadline, 08:45, by 5m.',
    ]);
  });

  it('says when a run started now would be a rehearsal', () => {
    const lines = dryRun(runbookText(STEPS), WINDOW_START - 3 * 24 * 60 * MINUTE);
    assert.ok(
      lines.includes(
        'Started now (2026-07-16 08:00), a run would be a rehearsal: its window’s end and deadline would count from its own start.',
      ),
      lines.join('\n'),
    );
  });

  it('counts from now without a window, and keeps a block command under its field', () => {
    const text = [
      'kind: runbook',
      'id: plain',
      'title: Plain',
      'steps:',
      '  - id: one',
      '    estimate: 1h',
      '    run: |',
      '      first line',
      '      second line',
      '',
    ].join('\n');
    const lines = dryRun(text, Date.UTC(2026, 0, 2, 23, 30));
    assert.deepEqual(lines.slice(0, 9), [
      'Dry run of Plain (ops/upgrade.runbook.yaml): nothing is run.',
      'No window: times count from the run’s start, and no deadline applies.',
      '',
      'Steps (T+ from the run’s start, times in UTC):',
      '1. one',
      '   starts T+0m (23:30), estimate 1h, planned 2h',
      '   run: first line',
      '      second line',
      '',
    ]);
    assert.equal(lines.at(-1), 'Estimated end: 2026-01-03 00:30 (estimate 1h).');
  });

  it('lists a command of 200,000 lines, more than a call takes arguments, line by line', () => {
    const command = Array.from({ length: 200_000 }, (_, i) => `      echo ${i}`).join('\n');
    const text = runbookText(['  - id: flood', '    estimate: 5m', '    run: |', command]);
    const lines = dryRun(text, WINDOW_START);
    assert.equal(
      lines.filter((line) => /^ {3}run: echo 0$|^ {6}echo \d+$/.test(line)).length,
      200_000,
    );
  });
});
