// Reading journals from disk for a resume: one file (bounded in size, strictly UTF-8 where it
// matters), and the list of a runbook's journals through the core's catalog.
import type { FileHandle } from 'node:fs/promises';
import { open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  listJournals,
  safeRunbookId,
  type JournalEntry,
  type JournalFolder,
} from '../core/run/journal-catalog';
import { MAX_JOURNAL_BYTES, readJournal, type JournalReading } from '../core/run/journal-read';
import { describeError, errorCode, JournalError } from './journal-error';

/** A journal as findJournals lists it: where it is, when its run started (epoch ms), whether it ended. */
export interface JournalListing {
  path: string;
  startedAt: number;
  ended: boolean;
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/**
 * A journal's bytes as text: strictly UTF-8 up to the last newline (the engine writes nothing
 * else), leniently after it, where a cut may have split a character.
 */
export function decodeJournal(bytes: Uint8Array): string | undefined {
  const lastNewline = bytes.lastIndexOf(0x0a) + 1;
  try {
    return (
      strict.decode(bytes.subarray(0, lastNewline)) + lenient.decode(bytes.subarray(lastNewline))
    );
  } catch {
    return undefined;
  }
}

/** An open journal's bytes and what they say; `reading` is an error for a file too large or not UTF-8. */
export async function loadJournal(
  handle: FileHandle,
  path: string,
): Promise<{ bytes: Buffer; text: string; reading: JournalReading }> {
  const { size } = await handle.stat();
  if (size > MAX_JOURNAL_BYTES) {
    const mb = (n: number) => Math.ceil(n / (1024 * 1024));
    const error = `the run journal ${path} is ${mb(size)} MB, more than the ${mb(MAX_JOURNAL_BYTES)} MB a journal may have; it was not read`;
    return { bytes: Buffer.alloc(0), text: '', reading: { error } };
  }
  const bytes = await handle.readFile();
  const text = decodeJournal(bytes);
  if (text === undefined) {
    const error = `the run journal ${path} is not UTF-8 text; it was damaged or not written by this tool, so the run cannot be resumed from it automatically`;
    return { bytes, text: '', reading: { error } };
  }
  const reading = readJournal(text);
  return {
    bytes,
    text,
    reading: 'error' in reading ? { error: `${path}: ${reading.error}` } : reading,
  };
}

/** Reads and checks one journal; a file that cannot be read is an error in words, never a throw. */
export async function readJournalFile(path: string): Promise<JournalReading> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    return (await loadJournal(handle, path)).reading;
  } catch (error) {
    return { error: `cannot read the run journal ${path}: ${describeError(error)}` };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** One runbook's journal folder on disk, for the core's catalog. */
function diskFolder(dir: string): JournalFolder {
  return {
    async names() {
      try {
        const entries = await readdir(dir, { withFileTypes: true });
        return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
      } catch (error) {
        if (errorCode(error) === 'ENOENT') return [];
        throw new JournalError(
          `cannot list the run journals in ${dir}: ${describeError(error)}`,
          errorCode(error),
        );
      }
    },
    text: (name) => readJournalText(join(dir, name)),
  };
}

/** A journal's text for the catalog, or undefined when it cannot be read. */
async function readJournalText(path: string): Promise<string | undefined> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    const { size } = await handle.stat();
    return size > MAX_JOURNAL_BYTES ? undefined : decodeJournal(await handle.readFile());
  } catch {
    return undefined;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

const withPath = (dir: string) => (entry: JournalEntry) => ({
  path: join(dir, entry.name),
  startedAt: entry.startedAt,
  ended: entry.ended,
});

/**
 * A runbook's journals under `folder` (the runs folder, like `.runbook/runs`), newest first.
 * Rejects with a JournalError only when the folder exists but cannot be listed.
 */
export async function findJournals(folder: string, runbookId: string): Promise<JournalListing[]> {
  const dir = join(folder, safeRunbookId(runbookId));
  return (await listJournals(diskFolder(dir), runbookId)).map(withPath(dir));
}

/** The newest journal of a runbook whose run did not end (the one a resume continues), if any. */
export async function newestUnfinished(
  folder: string,
  runbookId: string,
): Promise<JournalListing | undefined> {
  return (await findJournals(folder, runbookId)).find((journal) => !journal.ended);
}
