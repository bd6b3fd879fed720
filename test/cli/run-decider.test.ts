import { strict as assert } from 'node:assert';
import { cliDecider, type Prompt } from '../../src/cli/run-decider';
import type { RunStep } from '../../src/core/run/run-types';

const STEP: RunStep = { id: 'migrate', index: 0, needs: [], run: 'migrate.sh', verify: 'check.sh' };
const FAILED = { exitCode: 1, signal: null, durationMs: 5 };
const ASK = { interrupted: 'ask', onFailure: 'ask', onDeadline: 'ask' } as const;

describe('cli: who answers a run without a terminal', () => {
  it('the flags answer, and say so', async () => {
    const decider = cliDecider(
      { interrupted: 'verify', onFailure: 'rollback', onDeadline: 'continue' },
      undefined,
      () => assert.fail('nothing stops'),
      'ana',
    );
    assert.deepEqual(await decider.onFailure(STEP, 'verify', FAILED), {
      answer: 'rollback',
      by: '--on-failure',
    });
    assert.deepEqual(await decider.onDeadline([STEP]), { answer: 'continue', by: '--on-deadline' });
    assert.deepEqual(await decider.onInterrupted(STEP), { answer: 'verify', by: '--interrupted' });
  });

  it('--interrupted answers for a rollback the run died in, and only for that one', async () => {
    const answers: Record<string, string> = {};
    for (const interrupted of ['retry', 'done', 'verify', 'failed'] as const) {
      const flags = { ...ASK, interrupted };
      const decider = cliDecider(flags, undefined, () => assert.fail('nothing stops'), 'ana');
      const cutOff = await decider.onRollbackFailure(STEP, FAILED, true);
      assert.equal(cutOff.by, '--interrupted');
      answers[interrupted] = cutOff.answer;
      assert.equal((await decider.onRollbackFailure(STEP, FAILED, false)).answer, 'abort');
    }
    assert.deepEqual(answers, { retry: 'retry', done: 'skip', verify: 'skip', failed: 'abort' });
  });

  it('ask means abort; a slow step goes on; a manual step counts as failed', async () => {
    const stops: string[] = [];
    const decider = cliDecider(ASK, undefined, (reason) => stops.push(reason), 'ana');
    assert.equal((await decider.onFailure(STEP, 'run', FAILED)).answer, 'abort');
    assert.equal((await decider.onRollbackFailure(STEP, FAILED, false)).answer, 'abort');
    assert.equal((await decider.onRollbackFailure(STEP, FAILED, true)).answer, 'abort');
    assert.equal((await decider.onTimeout(STEP, 'run', 60_000)).answer, 'wait');
    assert.equal((await decider.onManual(STEP)).answer, 'failed');
    void decider.onDeadline([STEP]);
    assert.deepEqual(stops, ['no terminal to answer the go/no-go (--on-deadline ask)']);
  });

  it('on a terminal asks, offering verify only for a step that has a check', async () => {
    const offered: string[][] = [];
    const prompt: Prompt = (_question, choices) => {
      offered.push(choices.map((c) => c.answer));
      return Promise.resolve(choices[0].answer);
    };
    const decider = cliDecider(ASK, prompt, () => assert.fail('nothing stops'), 'ana');
    assert.deepEqual(await decider.onInterrupted(STEP), { answer: 'verify', by: 'ana' });
    await decider.onInterrupted({ id: 'notify', index: 1, needs: [], run: 'notify.sh' });
    assert.deepEqual(offered, [
      ['verify', 'retry', 'done', 'failed'],
      ['retry', 'done', 'failed'],
    ]);
  });
});
