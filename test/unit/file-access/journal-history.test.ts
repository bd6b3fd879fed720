import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JournalEvent } from '../../../src/core/run/journal-events';
import { historyOfSteps } from '../../../src/file-access/journal-history';
import { createJournal, journalPath } from '../../../src/runner/journal-file';
import { started } from '../run/journal-samples';

const T0 = Date.UTC(2026, 11, 6, 10, 15, 0);
const at = (ms: number) => new Date(ms).toISOString();
const done = (step: string, durationMs: number): JournalEvent => ({
  type: 'step-state',
  at: at(T0),
  step,
  state: 'done',
  durationMs,
});
const ended: JournalEvent = { type: 'run-ended', at: at(T0), outcome: 'done' };

describe('run journal: history of steps from disk', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'runbook-history-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  /** Writes a run of `demo` started `minutes` after T0. */
  async function run(minutes: number, ...events: JournalEvent[]): Promise<string> {
    const startedAt = T0 + minutes * 60_000;
    const path = journalPath(folder, 'demo', startedAt);
    const journal = await createJournal(path);
    for (const event of [started('demo', at(startedAt)), ...events]) await journal.append(event);
    await journal.close();
    return path;
  }

  it('takes the durations of done steps from the newest ended runs, newest first', async () => {
    await run(0, done('a', 1), ended);
    await run(1, done('a', 2), done('b', 20), ended);
    await run(2, done('a', 3), ended);
    await run(3, done('a', 999)); // not ended: still running, or died
    const path = await run(4, done('a', 4));
    writeFileSync(path, `${readFileSync(path, 'utf8')}{"type":"run-ended"`); // torn: its run-ended did not land
    assert.deepEqual(
      [...(await historyOfSteps(folder, 'demo'))],
      [
        ['a', [3, 2, 1]],
        ['b', [20]],
      ],
    );
    assert.deepEqual(
      [...(await historyOfSteps(folder, 'demo', 2))],
      [
        ['a', [3, 2]],
        ['b', [20]],
      ],
    );
  });

  it('is empty when the runbook has no journals', async () => {
    assert.equal((await historyOfSteps(folder, 'demo')).size, 0);
    assert.equal((await historyOfSteps(join(folder, 'missing'), 'demo')).size, 0);
  });
});
