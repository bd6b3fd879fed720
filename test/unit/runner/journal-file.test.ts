import { strict as assert } from 'node:assert';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JournalEvent } from '../../../src/core/run/journal-events';
import { NUL_TAIL, serializeEvent, TORN_LAST_LINE } from '../../../src/core/run/journal-read';
import {
  appendToJournal,
  createJournal,
  findJournals,
  JournalError,
  JournalFile,
  journalPath,
  newestUnfinished,
  readJournalFile,
} from '../../../src/runner/journal-file';
import { everyType, started } from '../run/journal-samples';

const T0 = Date.UTC(2026, 11, 6, 10, 15, 0);
const at = (ms: number) => new Date(ms).toISOString();
const ended: JournalEvent = { type: 'run-ended', at: at(T0), outcome: 'done' };
const resumed: JournalEvent = {
  type: 'run-resumed',
  at: at(T0),
  user: 'bo',
  host: 'h',
  contentHash: 'abc',
};
const text = (...events: JournalEvent[]) => events.map(serializeEvent).join('');

/** The rejection of a promise that must reject, as a JournalError. */
async function journalError(promise: Promise<unknown>): Promise<JournalError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof JournalError, `not a JournalError: ${String(error)}`);
    return error;
  }
  assert.fail('expected a JournalError');
}

/** The events read back from a journal file; fails the test on an error. */
async function eventsIn(path: string) {
  const reading = await readJournalFile(path);
  if ('error' in reading) assert.fail(reading.error);
  return reading;
}

describe('run journal: the file', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'runbook-journal-'));
  });
  afterEach(() => {
    chmodSync(root, 0o700);
    rmSync(root, { recursive: true, force: true });
  });

  it('creates its folders and appends each event as one line, on disk once append settles', async () => {
    const path = join(root, '.runbook/runs/demo/2026-12-06T10-15-00Z.jsonl');
    const journal = await createJournal(path);
    for (const [i, event] of everyType.entries()) {
      await journal.append(event);
      const lines = readFileSync(path, 'utf8').split('\n');
      assert.equal(lines.length, i + 2, 'one whole line per event, ending in a newline');
      assert.deepEqual(JSON.parse(lines[i]), event);
    }
    await journal.close();
    assert.deepEqual((await eventsIn(path)).events, everyType);
  });

  it('keeps the order of appends made without waiting', async () => {
    const path = join(root, 'j.jsonl');
    const journal = await createJournal(path);
    const steps = Array.from({ length: 50 }, (_, i) => `s${i}`);
    const events: JournalEvent[] = [
      started('demo', at(T0), steps),
      ...steps.map((step): JournalEvent => ({
        type: 'step-state',
        at: at(T0),
        step,
        state: 'done',
      })),
    ];
    await Promise.all(events.map((event) => journal.append(event)));
    await journal.close();
    assert.deepEqual((await eventsIn(path)).events, events);
  });

  it('writes each event with one write, then an fsync, one event after the other', async () => {
    const calls: string[] = [];
    let releaseFirst = () => {};
    const firstWrite = new Promise<void>((resolve) => (releaseFirst = resolve));
    const handle = {
      async write(bytes: Buffer) {
        calls.push(`write ${(JSON.parse(bytes.toString()) as JournalEvent).type}`);
        if (calls.length === 1) await firstWrite;
        return { bytesWritten: bytes.length, buffer: bytes };
      },
      sync() {
        calls.push('sync');
        return Promise.resolve();
      },
      close: () => Promise.resolve(),
    };
    const journal = new JournalFile(handle as unknown as FileHandle, '/x/j.jsonl');
    const first = journal.append(started());
    const second = journal.append(ended);
    // The second waits for the first: nothing of it is written while the first is unfinished.
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(calls, ['write run-started']);
    releaseFirst();
    await Promise.all([first, second]);
    assert.deepEqual(calls, ['write run-started', 'sync', 'write run-ended', 'sync']);
  });

  it('says the disk is full, and refuses every later event', async () => {
    let writes = 0;
    const handle = {
      write() {
        writes++;
        return Promise.reject(
          Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }),
        );
      },
      sync: () => Promise.resolve(),
      close: () => Promise.resolve(),
    };
    const journal = new JournalFile(handle as unknown as FileHandle, '/x/j.jsonl');
    const error = await journalError(journal.append(started()));
    assert.equal(
      error.message,
      'cannot write to the run journal /x/j.jsonl: the disk is full (ENOSPC)',
    );
    assert.equal(error.code, 'ENOSPC');
    assert.equal(await journalError(journal.append(ended)), error);
    assert.equal(writes, 1);
  });

  it('says a short write may mean a full disk', async () => {
    const handle = {
      write: (bytes: Buffer) => Promise.resolve({ bytesWritten: 3, buffer: bytes }),
      sync: () => Promise.resolve(),
      close: () => Promise.resolve(),
    };
    const journal = new JournalFile(handle as unknown as FileHandle, '/x/j.jsonl');
    const error = await journalError(journal.append(started()));
    assert.match(
      error.message,
      /only 3 of \d+ bytes of an event were written \(is the disk full\?\)/,
    );
  });

  it('refuses appends after close, but finishes those made before', async () => {
    const path = join(root, 'j.jsonl');
    const journal = await createJournal(path);
    const before = journal.append(started());
    const closed = journal.close();
    await journalError(journal.append(ended));
    await Promise.all([before, closed]);
    assert.deepEqual((await eventsIn(path)).events, [started()]);
  });

  it('says clearly when the folder cannot be written', async () => {
    // Root may write anywhere, so as root a path under a regular file stands in for it.
    const asRoot = process.getuid?.() === 0;
    let parent = join(root, 'locked');
    if (asRoot) {
      parent = join(root, 'a-file');
      writeFileSync(parent, '');
    } else {
      mkdirSync(parent);
      chmodSync(parent, 0o500);
    }
    const dir = join(parent, 'runs/demo');
    const error = await journalError(createJournal(join(dir, 'j.jsonl')));
    const why = asRoot
      ? 'a part of that path is a file, not a folder (ENOTDIR)'
      : 'permission denied (EACCES)';
    assert.equal(error.message, `cannot write the run journal in ${dir}: ${why}; nothing was run`);
    if (!asRoot) chmodSync(parent, 0o700);
  });

  it('refuses to create a journal that exists', async () => {
    const path = join(root, 'j.jsonl');
    writeFileSync(path, text(started()));
    const error = await journalError(createJournal(path));
    assert.equal(
      error.message,
      `cannot start the run journal ${path}: a journal of that name already exists (EEXIST); nothing was run`,
    );
    assert.equal(readFileSync(path, 'utf8'), text(started()));
  });

  it('names a new journal by runbook and UTC start, numbering one started in the same second', () => {
    const folder = join(root, 'runs');
    const first = journalPath(folder, 'ops/db upgrade', T0);
    assert.match(first, /runs[\\/]ops_db_upgrade-[0-9a-f]{8}[\\/]2026-12-06T10-15-00Z\.jsonl$/);
    mkdirSync(join(first, '..'), { recursive: true });
    writeFileSync(first, '');
    assert.equal(
      journalPath(folder, 'ops/db upgrade', T0 + 500),
      first.replace('Z.jsonl', 'Z-2.jsonl'),
    );
  });
});

describe('run journal: resuming a file', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'runbook-journal-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const resumeAfter = async (content: string | Buffer) => {
    const path = join(root, 'j.jsonl');
    writeFileSync(path, content);
    const journal = await appendToJournal(path);
    await journal.append(resumed);
    await journal.close();
    return { path, repaired: journal.repaired, reading: await eventsIn(path) };
  };

  it('appends after whole lines', async () => {
    const { reading, repaired } = await resumeAfter(text(started()));
    assert.deepEqual(reading.events, [started(), resumed]);
    assert.deepEqual(repaired, []);
  });

  it('cuts off a torn last line first, so that the journal reads clean', async () => {
    const { reading, repaired } = await resumeAfter(`${text(started())}{"type":"step-st`);
    assert.deepEqual(reading.events, [started(), resumed]);
    assert.deepEqual(reading.warnings, []);
    assert.deepEqual(repaired, [TORN_LAST_LINE]);
  });

  it('cuts off a NUL-filled tail first', async () => {
    const bytes = Buffer.concat([Buffer.from(text(started())), Buffer.alloc(4096)]);
    const { reading, repaired } = await resumeAfter(bytes);
    assert.deepEqual(reading.events, [started(), resumed]);
    assert.deepEqual(repaired, [NUL_TAIL]);
  });

  it('ends a whole last event that lacks its newline before appending', async () => {
    const { path, reading } = await resumeAfter(text(started(), everyType[1]).slice(0, -1));
    assert.deepEqual(reading.events, [started(), everyType[1], resumed]);
    assert.equal(readFileSync(path, 'utf8').split('\n').length, 4);
  });

  it('keeps a torn line with a split character out, byte for byte', async () => {
    const whole = Buffer.from(text(started('démo')));
    const torn = Buffer.from('{"type":"output-tail","tail":"é');
    const { path, reading } = await resumeAfter(Buffer.concat([whole, torn.subarray(0, -1)]));
    assert.deepEqual(reading.events, [started('démo'), resumed]);
    assert.ok(readFileSync(path).subarray(0, whole.length).equals(whole));
  });

  it('refuses a journal damaged in the middle, a missing one and an empty one', async () => {
    const path = join(root, 'j.jsonl');
    writeFileSync(path, `${text(started())}oops\n${text(ended)}`);
    const damaged = await journalError(appendToJournal(path));
    assert.match(
      damaged.message,
      /j\.jsonl: line 2 of the journal is not a journal event \(it is not JSON: "oops"\)/,
    );
    assert.equal(readFileSync(path, 'utf8'), `${text(started())}oops\n${text(ended)}`);

    const missing = join(root, 'none.jsonl');
    const gone = await journalError(appendToJournal(missing));
    assert.equal(
      gone.message,
      `cannot resume from the run journal ${missing}: it does not exist (ENOENT); the run was not resumed`,
    );

    writeFileSync(path, '{"type":"run-sta');
    assert.match(
      (await journalError(appendToJournal(path))).message,
      /holds no whole event; there is no run to resume/,
    );
  });
});

describe('run journal: reading and finding files', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'runbook-journal-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('refuses a file over 64 MB without reading it, and says when it cannot read one', async () => {
    const big = join(root, 'big.jsonl');
    writeFileSync(big, '');
    truncateSync(big, 65 * 1024 * 1024);
    assert.deepEqual(await readJournalFile(big), {
      error: `the run journal ${big} is 65 MB, more than the 64 MB a journal may have; it was not read`,
    });
    const missing = join(root, 'none.jsonl');
    assert.deepEqual(await readJournalFile(missing), {
      error: `cannot read the run journal ${missing}: it does not exist (ENOENT)`,
    });
  });

  it('refuses bytes that are not UTF-8 before the last line', async () => {
    const path = join(root, 'j.jsonl');
    writeFileSync(path, Buffer.concat([Buffer.from(text(started())), Buffer.from([0xff, 0x0a])]));
    const reading = await readJournalFile(path);
    assert.ok('error' in reading);
    assert.match(reading.error, /is not UTF-8 text/);
  });

  it('lists a runbook’s journals newest first, with whether each ended', async () => {
    const folder = join(root, 'runs');
    const write = async (startedAt: number, ...events: JournalEvent[]) => {
      const path = journalPath(folder, 'demo', startedAt);
      const journal = await createJournal(path);
      for (const event of events) await journal.append(event);
      await journal.close();
      return path;
    };
    assert.deepEqual(await findJournals(folder, 'demo'), []);
    assert.equal(await newestUnfinished(folder, 'demo'), undefined);

    const oldest = await write(T0, started('demo', at(T0)));
    const done = await write(T0 + 60_000, started('demo', at(T0 + 60_000)), ended);
    const sameSecond = await write(T0 + 60_000, started('demo', at(T0 + 60_000)), ended);
    writeFileSync(join(folder, 'demo', 'notes.txt'), 'not a journal');
    assert.deepEqual(await findJournals(folder, 'demo'), [
      { path: sameSecond, startedAt: T0 + 60_000, ended: true },
      { path: done, startedAt: T0 + 60_000, ended: true },
      { path: oldest, startedAt: T0, ended: false },
    ]);
    assert.deepEqual(await newestUnfinished(folder, 'demo'), {
      path: oldest,
      startedAt: T0,
      ended: false,
    });
  });
});
