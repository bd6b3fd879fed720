import { strict as assert } from 'node:assert';
import {
  endedRuns,
  journalFileName,
  listJournals,
  parseJournalFileName,
  safeRunbookId,
  type JournalFolder,
} from '../../../src/core/run/journal-catalog';
import type { JournalEvent } from '../../../src/core/run/journal-events';
import { serializeEvent } from '../../../src/core/run/journal-read';
import { started } from './journal-samples';

/** A journal folder in memory: file name → text (undefined: cannot be read). */
function memoryFolder(files: Record<string, string | undefined>): JournalFolder {
  return {
    names: () => Promise.resolve(Object.keys(files)),
    text: (name) => Promise.resolve(files[name]),
  };
}

const T0 = Date.UTC(2026, 11, 6, 10, 15, 0);
const at = (ms: number) => new Date(ms).toISOString();
const text = (...events: JournalEvent[]) => events.map(serializeEvent).join('');
const ended = (ms: number): JournalEvent => ({ type: 'run-ended', at: at(ms), outcome: 'done' });

describe('run journal: names and listing', () => {
  it('names a journal by its UTC start, without colons, numbering a second run in the same second', () => {
    assert.equal(journalFileName(T0 + 999), '2026-12-06T10-15-00Z.jsonl');
    assert.equal(journalFileName(T0, 2), '2026-12-06T10-15-00Z-2.jsonl');
    assert.deepEqual(parseJournalFileName('2026-12-06T10-15-00Z.jsonl'), { startedAt: T0, n: 1 });
    assert.deepEqual(parseJournalFileName('2026-12-06T10-15-00Z-3.jsonl'), { startedAt: T0, n: 3 });
    for (const other of [
      'notes.txt',
      '2026-12-06T10:15:00Z.jsonl',
      '2026-12-06T10-15-00Z.jsonl.bak',
    ])
      assert.equal(parseJournalFileName(other), undefined, other);
  });

  it('makes a runbook id a safe folder name, keeping changed ids apart', () => {
    assert.equal(safeRunbookId('db-upgrade_2.v1'), 'db-upgrade_2.v1');
    const slash = safeRunbookId('ops/db upgrade');
    assert.match(slash, /^ops_db_upgrade-[0-9a-f]{8}$/);
    assert.notEqual(safeRunbookId('a/b'), safeRunbookId('a:b'));
    assert.notEqual(safeRunbookId('a/b'), 'a_b');
    assert.match(safeRunbookId('..'), /^__-[0-9a-f]{8}$/);
    assert.match(safeRunbookId(''), /^runbook-[0-9a-f]{8}$/);
    assert.match(safeRunbookId('con'), /^_con-/);
    assert.match(safeRunbookId('NUL.txt'), /^_NUL\.txt-/);
    const long = safeRunbookId('x'.repeat(500));
    assert.ok(long.length <= 64 + 9, long);
    assert.match(long, /^[A-Za-z0-9._-]+$/);
  });

  it('lists journals newest first, whether they ended, skipping other files and runbooks', async () => {
    const folder = memoryFolder({
      [journalFileName(T0)]: text(started('demo', at(T0)), ended(T0 + 5)),
      [journalFileName(T0, 2)]: text(started('demo', at(T0 + 400))),
      [journalFileName(T0 + 60_000)]: `${text(started('demo', at(T0 + 60_000)))}{"type":"run-en`,
      [journalFileName(T0 - 60_000)]: text(started('other', at(T0 - 60_000)), ended(T0)),
      [journalFileName(T0 + 120_000)]: undefined,
      'README.md': 'not a journal',
    });
    const list = await listJournals(folder, 'demo');
    assert.deepEqual(list, [
      { name: journalFileName(T0 + 120_000), startedAt: T0 + 120_000, ended: false },
      { name: journalFileName(T0 + 60_000), startedAt: T0 + 60_000, ended: false },
      { name: journalFileName(T0, 2), startedAt: T0 + 400, ended: false },
      { name: journalFileName(T0), startedAt: T0, ended: true },
    ]);
  });

  it('counts a damaged journal as not ended, with its start from the name', async () => {
    const damaged = `${text(started('demo', at(T0 + 400)))}oops\n${text(ended(T0))}`;
    const list = await listJournals(memoryFolder({ [journalFileName(T0)]: damaged }), 'demo');
    assert.deepEqual(list, [{ name: journalFileName(T0), startedAt: T0, ended: false }]);
  });

  it('gives the events of the newest ended runs, at most `limit`', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 4; i++)
      files[journalFileName(T0 + i * 1000)] = text(
        started('demo', at(T0 + i * 1000)),
        ended(T0 + i * 1000),
      );
    files[journalFileName(T0 + 9000)] = text(started('demo', at(T0 + 9000)));
    const runs = await endedRuns(memoryFolder(files), 'demo', 2);
    assert.deepEqual(
      runs.map((events) => events[0].at),
      [at(T0 + 3000), at(T0 + 2000)],
    );
  });
});
