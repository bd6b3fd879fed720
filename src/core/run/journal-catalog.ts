// Where journals live and which ones a runbook has, decided here once for the two Node sides that
// look for them: the runner (resume; CLI and extension) and file-access (history; language server
// and CLI). Neither may import the other, so each hands this module its folder as a JournalFolder.
import type { JournalEvent } from './journal-events';
import { readJournal } from './journal-read';

/** Longest folder name kept from a runbook id, before the hash that keeps shortened ids apart. */
const MAX_ID_LENGTH = 64;

/** FNV-1a, 32 bits, as 8 hex digits: enough to keep two rewritten runbook ids apart. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * A runbook id as a folder name on every system: only `A-Z a-z 0-9 . _ -`, at most 64 characters,
 * never `.`/`..` or a name Windows reserves. An id that had to change gets a hash of the original,
 * so that `a/b` and `a_b` do not share a folder.
 */
export function safeRunbookId(id: string): string {
  let safe = id.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, MAX_ID_LENGTH);
  // Windows drops a trailing dot, and reserves device names whatever their extension.
  safe = safe.replace(/\.+$/, (dots) => '_'.repeat(dots.length));
  if (/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(safe)) safe = `_${safe}`;
  if (safe === '') safe = 'runbook';
  return safe === id ? safe : `${safe}-${shortHash(id)}`;
}

/**
 * A journal's file name from its run's start: UTC, to the second, with `-` for `:` (which Windows
 * refuses in file names), and `-2`, `-3`, … for a second run started in the same second.
 */
export function journalFileName(startedAt: number, n = 1): string {
  const stamp = `${new Date(startedAt).toISOString().slice(0, 19).replace(/:/g, '-')}Z`;
  return `${stamp}${n > 1 ? `-${n}` : ''}.jsonl`;
}

const FILE_NAME = /^(\d{4}-\d\d-\d\d)T(\d\d)-(\d\d)-(\d\d)Z(?:-(\d+))?\.jsonl$/;

/** The start (epoch ms) and the number of a journal file name; undefined for any other name. */
export function parseJournalFileName(name: string): { startedAt: number; n: number } | undefined {
  const match = FILE_NAME.exec(name);
  if (!match) return undefined;
  const [, day, h, m, s, n] = match;
  const startedAt = Date.parse(`${day}T${h}:${m}:${s}Z`);
  return Number.isFinite(startedAt) ? { startedAt, n: n === undefined ? 1 : Number(n) } : undefined;
}

/** A runbook's journal folder, as the Node side reads it. */
export interface JournalFolder {
  /** The file names in it; empty when the folder does not exist. */
  names(): Promise<string[]>;
  /** One journal's text, or undefined when it cannot be read (or is too large to be). */
  text(name: string): Promise<string | undefined>;
}

/** One journal of a runbook: its file name, when its run started (epoch ms), and whether it ended. */
export interface JournalEntry {
  name: string;
  startedAt: number;
  /** True when its last event is run-ended; a damaged or unreadable journal counts as not ended. */
  ended: boolean;
}

/** A journal's entry, or undefined when its first event says it belongs to another runbook. */
function entryOf(name: string, fromName: number, text: string | undefined, runbookId: string) {
  const reading = text === undefined ? undefined : readJournal(text);
  if (!reading || 'error' in reading || reading.events.length === 0)
    return { name, startedAt: fromName, ended: false };
  const [first] = reading.events;
  const lastEvent = reading.events[reading.events.length - 1];
  if (first.type === 'run-started' && first.runbook.id !== runbookId) return undefined;
  const at = Date.parse(first.at);
  return {
    name,
    startedAt: Number.isFinite(at) ? at : fromName,
    ended: lastEvent.type === 'run-ended',
  };
}

/**
 * The journals of one runbook, newest first: every file named like a journal, read once. A
 * journal that cannot be read is listed as not ended, so that a resume reports why it cannot use
 * it rather than silently starting from an older one.
 */
export async function listJournals(
  folder: JournalFolder,
  runbookId: string,
): Promise<JournalEntry[]> {
  const found: (JournalEntry & { n: number })[] = [];
  // One file at a time: a runbook has few journals, and this never holds many files open.
  for (const name of await folder.names()) {
    const parsed = parseJournalFileName(name);
    if (!parsed) continue;
    const entry = entryOf(name, parsed.startedAt, await folder.text(name), runbookId);
    if (entry) found.push({ ...entry, n: parsed.n });
  }
  found.sort(
    (a, b) =>
      b.startedAt - a.startedAt || b.n - a.n || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0),
  );
  return found.map(({ name, startedAt, ended }) => ({ name, startedAt, ended }));
}

/** The events of the newest `limit` ended journals of a runbook, newest first; unreadable ones skipped. */
export async function endedRuns(
  folder: JournalFolder,
  runbookId: string,
  limit: number,
): Promise<JournalEvent[][]> {
  const runs: JournalEvent[][] = [];
  for (const entry of await listJournals(folder, runbookId)) {
    if (runs.length >= limit) break;
    if (!entry.ended) continue;
    const text = await folder.text(entry.name);
    const reading = text === undefined ? undefined : readJournal(text);
    if (reading && 'events' in reading) runs.push(reading.events);
  }
  return runs;
}
