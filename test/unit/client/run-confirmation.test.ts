import { strict as assert } from 'node:assert';
import { runConfirmation } from '../../../src/client/run/run-confirmation';
import { planOf, runbookText } from '../run/run-fixtures';

const PLAN = planOf(
  runbookText([
    '  - id: backup',
    '    title: Back up',
    '    estimate: 5m',
    '    notes: "rm -rf / is what this must never run"',
    '    run: backup.sh',
    '    verify: check-backup.sh',
    '    rollback: drop-backup.sh',
    '  - id: migrate',
    '    estimate: 5m',
    '    run: |',
    '      migrate.sh --step 1',
    '      migrate.sh --step 2',
    '    rollback: undo.sh',
    '  - { id: tell, estimate: 1m, manual: true, run: not-run.sh }',
  ]),
);

describe('client/run/run-confirmation', () => {
  it('lists every command that may run, with its step id and phase, and nothing else', () => {
    const { message, detail } = runConfirmation(PLAN, '/srv/ops', { kind: 'run' });
    assert.equal(message, 'Run "Upgrade"?');
    assert.equal(
      detail,
      [
        'These commands may run, in your shell, in /srv/ops:',
        '',
        'backup — Back up',
        '  run: backup.sh',
        '  verify: check-backup.sh',
        '  rollback: drop-backup.sh',
        '',
        'migrate',
        '  run: migrate.sh --step 1',
        '    migrate.sh --step 2',
        '  rollback: undo.sh',
        '',
        'tell',
        '  (manual: you mark it done)',
        '',
        'Nothing else in the file is run.',
      ].join('\n'),
    );
    assert.doesNotMatch(detail, /rm -rf|not-run\.sh/);
  });

  it('from a step, lists that step and those after it, and says the ones before are skipped', () => {
    const { message, detail } = runConfirmation(PLAN, '/srv/ops', {
      kind: 'from',
      step: 'migrate',
    });
    assert.equal(message, 'Run "Upgrade" from step "migrate"?');
    assert.doesNotMatch(detail, /backup/);
    assert.match(detail, /migrate\n {2}run: migrate\.sh --step 1/);
    assert.ok(detail.endsWith('The step before "migrate" is skipped.'), detail);
  });

  it('for a resume, lists every step: any may still run or be rolled back', () => {
    const { message, detail } = runConfirmation(PLAN, '/srv/ops', { kind: 'resume' });
    assert.equal(message, 'Resume the run of "Upgrade"?');
    for (const command of ['backup.sh', 'check-backup.sh', 'drop-backup.sh', 'undo.sh'])
      assert.ok(detail.includes(command), command);
  });
});
