import { strict as assert } from 'node:assert';
import type { JournalEvent } from '../../../src/core/run/journal-events';
import { stepDurations } from '../../../src/core/run/step-history';
import { started } from './journal-samples';

const AT = '2026-12-06T10:15:00.000Z';
const state = (step: string, s: 'done' | 'failed', durationMs?: number): JournalEvent =>
  durationMs === undefined
    ? { type: 'step-state', at: AT, step, state: s }
    : { type: 'step-state', at: AT, step, state: s, durationMs };

describe('run journal: step history', () => {
  it('collects done steps with a duration, run by run, in the order given', () => {
    const newest = [
      started(),
      state('a', 'done', 1000),
      state('b', 'failed', 50),
      state('b', 'done'),
    ];
    const older = [started(), state('a', 'done', 2000), state('b', 'done', 3000)];
    const history = stepDurations([newest, older]);
    assert.deepEqual(
      [...history],
      [
        ['a', [1000, 2000]],
        ['b', [3000]],
      ],
    );
  });

  it('counts a step done twice in one run once, with its last duration', () => {
    const run = [started(), state('a', 'done', 1000), state('a', 'done', 1500)];
    assert.deepEqual([...stepDurations([run])], [['a', [1500]]]);
  });

  it('is empty without runs', () => {
    assert.equal(stepDurations([]).size, 0);
  });
});
