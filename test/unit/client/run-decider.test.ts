import { strict as assert } from 'node:assert';
import { UiDecider } from '../../../src/client/run/run-decider';
import type { RunPrompts } from '../../../src/client/run/run-prompts';
import { CHOICES, Questions, type Question } from '../../../src/client/run/run-questions';
import { planOf, runbookText } from '../run/run-fixtures';

const PLAN = planOf(
  runbookText([
    '  - { id: backup, estimate: 5m, run: backup.sh, verify: check.sh }',
    '  - { id: tell, estimate: 1m, manual: true }',
  ]),
);
const [BACKUP, TELL] = PLAN.steps;
const FAILED = { exitCode: 3, signal: null, durationMs: 10 };

/** Dialogs that record each question and answer it when the test says, or never. */
class FakePrompts implements RunPrompts {
  readonly asked: Question[] = [];
  private readonly answers: ((answer: string | undefined) => void)[] = [];
  confirmRun = () => Promise.resolve(true);
  confirm = () => Promise.resolve(true);
  show = () => Promise.resolve(undefined);
  ask(question: Question): Promise<string | undefined> {
    this.asked.push(question);
    return new Promise((resolve) => this.answers.push(resolve));
  }
  answer(answer: string | undefined): void {
    this.answers.shift()?.(answer);
  }
}

/** Lets the promise chains between the prompts, the questions and the decider run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('client/run/run-decider', () => {
  it('takes the answer of the notification, with who gave it', async () => {
    const prompts = new FakePrompts();
    const questions = new Questions();
    const decision = new UiDecider(questions, () => prompts, 'ana').onFailure(
      BACKUP,
      'verify',
      FAILED,
    );
    await settle();
    assert.equal(
      prompts.asked[0].message,
      'Step "backup" failed: its verify command ended with exit code 3. Retry it, skip it, roll back the run, or abort?',
    );
    assert.deepEqual(prompts.asked[0].choices, [
      CHOICES.retry,
      CHOICES.skip,
      CHOICES.rollback,
      CHOICES.abort,
    ]);
    prompts.answer('rollback');
    assert.deepEqual(await decision, { answer: 'rollback', by: 'ana' });
    assert.deepEqual(questions.all(), []);
  });

  it('takes the tree’s answer first; the notification answered later changes nothing', async () => {
    const prompts = new FakePrompts();
    const questions = new Questions();
    const decision = new UiDecider(questions, () => prompts, 'ana').onManual(TELL);
    await settle();
    const [open] = questions.all();
    assert.equal(open.step, 'tell');
    assert.equal(questions.answer(open.id, 'rollback'), false, 'not one of its choices');
    assert.equal(questions.answer(open.id, 'done'), true);
    prompts.answer('failed');
    assert.deepEqual(await decision, { answer: 'done', by: 'ana' });
    assert.equal(questions.answer(open.id, 'failed'), false, 'already answered');
  });

  it('a dismissed notification leaves the question open in the tree', async () => {
    const prompts = new FakePrompts();
    const questions = new Questions();
    void new UiDecider(questions, () => prompts, 'ana').onTimeout(BACKUP, 'run', 700_000);
    await settle();
    prompts.answer(undefined);
    await settle();
    assert.equal(questions.about('backup')?.kind, 'timeout');
  });

  it('offers Verify after a crash only to a step that has a verify command', async () => {
    const prompts = new FakePrompts();
    const decider = new UiDecider(new Questions(), () => prompts, 'ana');
    void decider.onInterrupted(BACKUP);
    void decider.onInterrupted(TELL);
    await settle();
    assert.deepEqual(
      prompts.asked.map((q) => q.choices.map((c) => c.answer)),
      [
        ['verify', 'retry', 'done', 'failed'],
        ['retry', 'done', 'failed'],
      ],
    );
  });

  it('asks the go/no-go about the run, not a step', async () => {
    const prompts = new FakePrompts();
    const questions = new Questions();
    void new UiDecider(questions, () => prompts, 'ana').onDeadline([TELL]);
    await settle();
    assert.equal(prompts.asked[0].kind, 'deadline');
    assert.equal(prompts.asked[0].step, undefined);
    assert.match(prompts.asked[0].message, /1 step has not started \(tell\)/);
  });
});
