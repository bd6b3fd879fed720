// The run journal on disk. Each event is one write of one whole line, then an fsync, before the
// engine's next action: after a crash the file tells how far the run got, losing at most the
// line being written, which readJournal drops and a resume cuts off before it appends.
import { existsSync } from 'node:fs';
import { constants, mkdir, open, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { JournalEvent, JournalSink } from '../core/run/journal-events';
import { journalFileName, safeRunbookId } from '../core/run/journal-catalog';
import { serializeEvent } from '../core/run/journal-read';
import { describeError, errorCode, JournalError } from './journal-error';
import { loadJournal } from './journal-reading';

export { JournalError } from './journal-error';
export {
  findJournals,
  newestUnfinished,
  readJournalFile,
  type JournalListing,
} from './journal-reading';

/** `create`: a new run's journal, which must not exist yet. `append`: an existing one, to resume. */
export type JournalMode = 'create' | 'append';

/**
 * An open journal. Appends run one after another, each settling once its line is on disk; after
 * one fails, every later one fails too, so that no event follows a line that may be missing.
 */
export class JournalFile implements JournalSink {
  private queue: Promise<void> = Promise.resolve();
  private failure: JournalError | undefined;
  private closing: Promise<void> | undefined;

  /** Use createJournal or appendToJournal; this takes over an open handle. */
  constructor(
    private readonly handle: FileHandle,
    readonly path: string,
    /** What a resume cut off the end of the journal (the warnings of reading it); empty otherwise. */
    readonly repaired: readonly string[] = [],
  ) {}

  /** Writes the event as one line and fsyncs it; settles once it is durable, or rejects with a JournalError. */
  append(event: JournalEvent): Promise<void> {
    if (this.closing)
      return Promise.reject(new JournalError(`the run journal ${this.path} is already closed`));
    const line = serializeEvent(event);
    const written = this.queue.then(() => this.write(line));
    this.queue = written.catch(() => undefined);
    return written;
  }

  private async write(line: string): Promise<void> {
    if (this.failure) throw this.failure;
    const bytes = Buffer.from(line, 'utf8');
    try {
      // One write call per event: a crash can tear only this line, never interleave two.
      const { bytesWritten } = await this.handle.write(bytes, 0, bytes.length);
      if (bytesWritten !== bytes.length)
        throw new JournalError(
          `cannot write to the run journal ${this.path}: only ${bytesWritten} of ${bytes.length} bytes of an event were written (is the disk full?)`,
        );
      await this.handle.sync();
    } catch (error) {
      this.failure =
        error instanceof JournalError
          ? error
          : new JournalError(
              `cannot write to the run journal ${this.path}: ${describeError(error)}`,
              errorCode(error),
            );
      throw this.failure;
    }
  }

  /** Closes the file once the appends already made have settled; later appends are refused. */
  close(): Promise<void> {
    this.closing ??= this.queue.then(async () => {
      try {
        await this.handle.close();
      } catch (error) {
        throw new JournalError(
          `cannot close the run journal ${this.path}: ${describeError(error)}`,
          errorCode(error),
        );
      }
    });
    return this.closing;
  }
}

/** Makes a new file's name durable too (POSIX); where a folder cannot be opened (Windows) it is skipped. */
async function syncFolder(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    await handle.sync().finally(() => handle.close());
  } catch {
    // The file's own fsync still holds its content; only the name may need the folder's.
  }
}

/**
 * Cuts off a damaged end (a torn line, NULs) left by a crash, and ends the last line with a
 * newline, so that the events a resume appends follow whole lines. Refuses a journal that is
 * damaged elsewhere.
 */
async function repairEnd(handle: FileHandle, path: string): Promise<readonly string[]> {
  const { bytes, text, reading } = await loadJournal(handle, path);
  if ('error' in reading) throw new JournalError(reading.error);
  // Events appended to a journal without its run-started would make it unreadable.
  if (reading.events.length === 0)
    throw new JournalError(
      `the run journal ${path} holds no whole event; there is no run to resume`,
    );
  const keep =
    reading.end === text.length ? bytes.length : Buffer.byteLength(text.slice(0, reading.end));
  // The kept text must be the file's bytes exactly, or the cut would land mid-line.
  if (!Buffer.from(text.slice(0, reading.end)).equals(bytes.subarray(0, keep)))
    throw new JournalError(
      `the run journal ${path} could not be repaired: its text and bytes differ`,
    );
  const cut = keep < bytes.length;
  const unended = keep > 0 && bytes[keep - 1] !== 0x0a;
  if (cut) await handle.truncate(keep);
  if (unended) await handle.write('\n');
  if (cut || unended) await handle.sync();
  return reading.warnings;
}

/**
 * Opens a journal: `create` makes its folders and a new file (refusing an existing one), `append`
 * opens an existing journal to resume it, repairing a damaged end first. Rejects with a
 * JournalError that says where and why, and what was not done.
 */
export async function openJournal(
  path: string,
  mode: JournalMode = 'append',
): Promise<JournalFile> {
  const dir = dirname(path);
  const stage = async <T>(what: string, action: () => Promise<T>): Promise<T> => {
    try {
      return await action();
    } catch (error) {
      if (error instanceof JournalError) throw error;
      const consequence = mode === 'create' ? 'nothing was run' : 'the run was not resumed';
      throw new JournalError(`${what}: ${describeError(error)}; ${consequence}`, errorCode(error));
    }
  };
  if (mode === 'create') {
    const where = `cannot write the run journal in ${dir}`;
    await stage(where, () => mkdir(dir, { recursive: true }));
    const handle = await stage(where, () =>
      open(path, 'wx').catch((error: unknown) => {
        if (errorCode(error) !== 'EEXIST') throw error;
        // Never two runs in one journal: the caller picks another name (journalPath) and tries again.
        throw new JournalError(
          `cannot start the run journal ${path}: ${describeError(error)}; nothing was run`,
          'EEXIST',
        );
      }),
    );
    await syncFolder(dir);
    return new JournalFile(handle, path);
  }
  // O_APPEND without O_CREAT: a resume needs the journal it resumes, not a new empty one.
  const handle = await stage(`cannot resume from the run journal ${path}`, () =>
    open(path, constants.O_RDWR | constants.O_APPEND),
  );
  try {
    const repaired = await stage(`cannot repair the end of the run journal ${path}`, () =>
      repairEnd(handle, path),
    );
    return new JournalFile(handle, path, repaired);
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw error;
  }
}

/** A new run's journal at `path`, which must not exist yet. */
export function createJournal(path: string): Promise<JournalFile> {
  return openJournal(path, 'create');
}

/** An existing journal, to resume its run (its damaged end, if any, cut off first). */
export function appendToJournal(path: string): Promise<JournalFile> {
  return openJournal(path, 'append');
}

/**
 * Where a new run's journal goes: `<folder>/<safe runbook id>/<UTC start>.jsonl`, with `-2`, `-3`,
 * … when a run of the same runbook started in the same second. (createJournal still refuses a
 * file that appears in between.)
 */
export function journalPath(folder: string, runbookId: string, startedAt: number): string {
  const dir = join(folder, safeRunbookId(runbookId));
  for (let n = 1; ; n++) {
    const path = join(dir, journalFileName(startedAt, n));
    if (!existsSync(path)) return path;
  }
}
