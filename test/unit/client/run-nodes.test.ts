import { strict as assert } from 'node:assert';
import { runNodes, type StepProgress } from '../../../src/client/run/run-nodes';
import { CHOICES, Questions } from '../../../src/client/run/run-questions';
import type { StepState } from '../../../src/core/run/run-types';
import { planOf, runbookText } from '../run/run-fixtures';

const NOW = Date.UTC(2026, 6, 19, 7, 30);
const PLAN = planOf(
  runbookText([
    '  - { id: backup, title: Back up, estimate: 5m, run: backup.sh, rollback: drop.sh }',
    '  - { id: migrate, estimate: 5m, run: migrate.sh, verify: check.sh }',
    '  - { id: tell, estimate: 1m, manual: true }',
  ]),
);

function progress(
  states: Record<string, StepState>,
  startedAt: Record<string, number> = {},
  durations: Record<string, number> = {},
): StepProgress {
  return {
    states: new Map(Object.entries(states)),
    startedAt: new Map(Object.entries(startedAt)),
    durations: new Map(Object.entries(durations)),
  };
}

describe('client/run/run-nodes', () => {
  it('draws each step with its state icon and times, in file order', () => {
    const nodes = runNodes(
      PLAN,
      progress(
        { backup: 'done', migrate: 'running', tell: 'pending' },
        { migrate: NOW - 161_000 },
        { backup: 3_000 },
      ),
      [],
      NOW,
    );
    assert.deepEqual(
      nodes.map((n) => [n.label, n.description, n.icon, n.contextValue]),
      [
        ['backup', '0:03 / est 5m · planned 10m', 'pass-filled', 'runbookStep state-done'],
        [
          'migrate',
          '2:41 / est 5m · planned 10m',
          'sync~spin',
          'runbookStep state-running can-verify',
        ],
        ['tell', 'est 1m · planned 2m', 'circle-large-outline', 'runbookStep state-pending'],
      ],
    );
    assert.equal(nodes[0].tooltip, 'backup — Back up: done');
  });

  it('marks the step a question waits on, for the inline actions, and puts a question about the run first', () => {
    const questions = new Questions();
    const failure = questions.ask(
      'failure',
      'Step "migrate" failed.',
      [CHOICES.retry, CHOICES.rollback],
      'migrate',
    ).question;
    const deadline = questions.ask('deadline', 'Go/no-go.', [
      CHOICES.continue,
      CHOICES.rollback,
    ]).question;
    const nodes = runNodes(
      PLAN,
      progress({ backup: 'done', migrate: 'failed' }),
      questions.all(),
      NOW,
    );
    assert.deepEqual(nodes[0], {
      kind: 'question',
      label: 'Go/no-go',
      description: 'Continue or Roll Back',
      tooltip: 'Go/no-go.',
      icon: 'question',
      color: 'list.warningForeground',
      contextValue: 'runbookQuestion ask-deadline',
      questionId: deadline.id,
    });
    const migrate = nodes.find((n) => n.kind === 'step' && n.step === 'migrate');
    assert.equal(migrate?.contextValue, 'runbookStep state-failed ask-failure can-verify');
    assert.equal(migrate?.questionId, failure.id);
    assert.equal(migrate?.icon, 'question');
    assert.match(migrate?.tooltip ?? '', /migrate: failed\n\nStep "migrate" failed\./);
  });
});
