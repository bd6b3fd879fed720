import { strict as assert } from 'node:assert';
import type { Analysis } from '../../../src/core/analysis-types';
import { SliceScheduler, type AnalysisJob } from '../../../src/server/analysis-scheduler';

/** A job of `phases` phases that writes each one it runs into `log`. */
function job(uri: string, phases: number, log: string[]): AnalysisJob {
  function* steps(): Generator<void, Analysis, void> {
    for (let phase = 1; phase < phases; phase++) {
      log.push(`${uri} ${phase}`);
      yield;
    }
    log.push(`${uri} ${phases}`);
    return {} as Analysis;
  }
  return { uri, version: 1, steps: steps(), slices: 0 };
}

/** A scheduler whose jobs wait while `waitsFor` names a document still in progress. */
function scheduler(waitsFor: Record<string, string> = {}) {
  const ended: string[] = [];
  let done: () => void = () => undefined;
  const allEnded = (count: number) =>
    new Promise<void>((resolve) => {
      done = () => {
        if (ended.length === count) resolve();
      };
      done();
    });
  const slices: SliceScheduler<AnalysisJob> = new SliceScheduler({
    finished: (finished) => {
      ended.push(finished.uri);
      done();
    },
    failed: (failed, error) => assert.fail(`${failed.uri}: ${String(error)}`),
    waits: (waiting) => {
      const other = waitsFor[waiting.uri];
      return other !== undefined && slices.jobFor(other) !== undefined;
    },
  });
  return { slices, ended, allEnded };
}

describe('server: the analysis scheduler', () => {
  it('takes the jobs in progress a phase each in turn', async () => {
    const log: string[] = [];
    const { slices, allEnded } = scheduler();
    slices.add(job('a', 3, log));
    slices.add(job('b', 2, log));
    await allEnded(2);
    assert.deepEqual(log, ['a 1', 'b 1', 'a 2', 'b 2', 'a 3']);
  });

  it('holds a job back while a document it reads is in progress, then runs it', async () => {
    const log: string[] = [];
    const { slices, ended, allEnded } = scheduler({ announcement: 'runbook' });
    slices.add(job('announcement', 2, log));
    slices.add(job('runbook', 3, log));
    await allEnded(2);
    assert.deepEqual(ended, ['runbook', 'announcement']);
    assert.deepEqual(log, [
      'runbook 1',
      'runbook 2',
      'runbook 3',
      'announcement 1',
      'announcement 2',
    ]);
  });

  it('runs jobs that wait for each other anyway, so that none waits for ever', async () => {
    const log: string[] = [];
    const { slices, allEnded } = scheduler({ a: 'b', b: 'a' });
    slices.add(job('a', 2, log));
    slices.add(job('b', 2, log));
    await allEnded(2);
    assert.equal(log.length, 4);
  });

  it('runs no phase of a job replaced before its first turns came', async () => {
    const log: string[] = [];
    const { slices, ended, allEnded } = scheduler();
    slices.add(job('doc', 2, log));
    // The next change to the same document, handled in the same turn as the first.
    const newer = { ...job('doc', 2, log), version: 2 };
    slices.add(newer);
    await allEnded(1);
    assert.deepEqual(ended, ['doc']);
    assert.equal(newer.slices, 2);
    assert.deepEqual(log, ['doc 1', 'doc 2']);
  });

  it('does idle work only while no job is in progress', async () => {
    const log: string[] = [];
    const { slices } = scheduler();
    const idleDone = new Promise<void>((resolve) => {
      let idleSlices = 0;
      slices.whenIdle(() => {
        log.push(`idle ${++idleSlices}`);
        if (idleSlices === 2) resolve();
        return idleSlices === 2;
      });
    });
    slices.add(job('doc', 2, log));
    await idleDone;
    assert.deepEqual(log, ['doc 1', 'doc 2', 'idle 1', 'idle 2']);
  });
});
