import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { StepHistory } from '../../../src/core/features/calibration';
import { journalFolderFor } from '../../../src/server/journal-folder';
import { RunHistory } from '../../../src/server/run-history';
import { settle } from '../run/fakes';

/** Sources whose reads the test settles by hand, counting each. */
function fakeSources() {
  const sources = {
    time: 0,
    signature: 'a',
    reads: [] as { folder: string; id: string; resolve(history: StepHistory): void }[],
    signatures: 0,
  };
  const history = new RunHistory({
    folderFor: (uri) => Promise.resolve(uri.startsWith('file:') ? '/ws/.runbook/runs' : undefined),
    read: (folder, id) => new Promise((resolve) => sources.reads.push({ folder, id, resolve })),
    signature: () => {
      sources.signatures++;
      return Promise.resolve(sources.signature);
    },
    now: () => sources.time,
  });
  return { sources, history };
}

const URI = 'file:///ws/db.runbook.yaml';
const PAST = new Map([['migrate', [60_000]]]);

describe('server/run-history', () => {
  it('answers from the cache at once and reads in the background, one read at a time', async () => {
    const { sources, history } = fakeSources();
    assert.equal(history.peek(URI, 'db'), undefined);
    assert.equal(history.peek(URI, 'db'), undefined);
    await settle();
    assert.equal(sources.reads.length, 1, 'a second peek while reading starts no second read');
    assert.deepEqual([sources.reads[0].folder, sources.reads[0].id], ['/ws/.runbook/runs', 'db']);
    sources.reads[0].resolve(PAST);
    await settle();
    assert.equal(history.peek(URI, 'db'), PAST);
  });

  it('checks the journals again after two seconds, and reads them only when they changed', async () => {
    const { sources, history } = fakeSources();
    history.peek(URI, 'db');
    await settle();
    sources.reads[0].resolve(PAST);
    await settle();
    const checks = sources.signatures;
    sources.time = 2000;
    history.peek(URI, 'db');
    await settle();
    assert.equal(sources.signatures, checks, 'not yet stale');
    sources.time = 2001;
    assert.equal(history.peek(URI, 'db'), PAST);
    await settle();
    assert.equal(sources.signatures, checks + 1);
    assert.equal(sources.reads.length, 1, 'unchanged journals are not read again');
    sources.time = 5000;
    sources.signature = 'b';
    assert.equal(history.peek(URI, 'db'), PAST, 'the old history serves while the new is read');
    await settle();
    assert.equal(sources.reads.length, 2);
    const newer = new Map([['migrate', [120_000]]]);
    sources.reads[1].resolve(newer);
    await settle();
    assert.equal(history.peek(URI, 'db'), newer);
  });

  it('drops a read that a settings change overtook, and has nothing for documents not on disk', async () => {
    const { sources, history } = fakeSources();
    history.peek(URI, 'db');
    await settle();
    history.clear();
    sources.reads[0].resolve(PAST);
    await settle();
    assert.equal(history.peek(URI, 'db'), undefined);
    history.peek('untitled:Untitled-1', 'db');
    await settle();
    assert.equal(sources.reads.length, 2, 'only the peek after clear() read again');
  });
});

describe('server/journal-folder', () => {
  const ws = join('/', 'work', 'ws');
  const inner = join(ws, 'team');
  const folders = [pathToFileURL(ws).href, pathToFileURL(inner).href];

  it('is .runbook/runs under the innermost workspace folder holding the runbook', () => {
    assert.equal(
      journalFolderFor(join(ws, 'a.runbook.yaml'), folders),
      join(ws, '.runbook', 'runs'),
    );
    assert.equal(
      journalFolderFor(join(inner, 'ops', 'a.runbook.yaml'), folders),
      join(inner, '.runbook', 'runs'),
    );
  });

  it('follows runbook.run.journalFolder, relative to the workspace folder or absolute', () => {
    const file = join(ws, 'ops', 'a.runbook.yaml');
    assert.equal(journalFolderFor(file, folders, 'runs'), join(ws, 'runs'));
    assert.equal(
      journalFolderFor(file, folders, join('/', 'var', 'runs')),
      join('/', 'var', 'runs'),
    );
  });

  it("counts from the runbook's own folder outside every workspace folder", () => {
    const file = join('/', 'elsewhere', 'a.runbook.yaml');
    assert.equal(journalFolderFor(file, folders), join('/', 'elsewhere', '.runbook', 'runs'));
    assert.equal(
      journalFolderFor(join('/', 'work', 'ws2', 'a.runbook.yaml'), folders),
      join('/', 'work', 'ws2', '.runbook', 'runs'),
    );
  });
});
