// Reading a journal back, for a resume and for history. Every event was one write then an fsync,
// so a crash can damage only the end: the last line cut off, or NULs where the file system had
// grown the file but not yet stored the data. That end is dropped with a warning. Damage anywhere
// else means the file is not what the engine wrote, and a run is never resumed from a guess.
import { JOURNAL_VERSION, type JournalEvent } from './journal-events';
import { eventProblem, isObject, quote } from './journal-schema';

/** Larger journals are refused rather than read: no run writes that much (output is in logs). */
export const MAX_JOURNAL_BYTES = 64 * 1024 * 1024;

export const TORN_LAST_LINE =
  'the last line of the journal was cut off (the run probably died while writing it); it was ignored';
export const NUL_TAIL =
  'the journal ends in NUL characters (the run probably died while writing its last line); they were ignored';

/**
 * A journal read back: its events and warnings about a damaged end, with `end`, the length of
 * the text that holds them (what follows is the damaged end; a resume cuts it off before it
 * appends). Or why the journal cannot be used.
 */
export type JournalReading =
  { events: JournalEvent[]; warnings: string[]; end: number } | { error: string };

/** One event as one journal line: JSON escapes every newline inside, so the line is whole. */
export function serializeEvent(event: JournalEvent): string {
  return `${JSON.stringify(event)}\n`;
}

const notAnEvent = (line: number, what: string) =>
  `line ${line} of the journal is not a journal event (${what}); it was not written by this tool or was damaged, so the run cannot be resumed from it automatically`;

/** True for a line with nothing but spaces and NULs. */
function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 0 && c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

function parse(line: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(line) };
  } catch {
    return { ok: false };
  }
}

/** Whether a run-started comes from a newer format; checked before its fields, which that may have changed. */
function newerVersion(value: unknown): string | undefined {
  if (!isObject(value) || value.type !== 'run-started') return undefined;
  if (typeof value.version !== 'number' || !(value.version > JOURNAL_VERSION)) return undefined;
  return `this journal was written by a newer version of Maintenance Runbooks (journal format ${value.version}; this one reads up to ${JOURNAL_VERSION}); update the extension or the CLI to read or resume this run`;
}

/** A valid event in the wrong place: the first must be run-started, and only the first. */
function orderProblem(event: JournalEvent, line: number, first: boolean): string | undefined {
  if (first && event.type !== 'run-started')
    return `line ${line} of the journal is a ${event.type} event, but a journal starts with run-started; its beginning is missing or it was not written by this tool, so the run cannot be resumed from it automatically`;
  if (!first && event.type === 'run-started')
    return notAnEvent(line, 'a second run-started: two runs were written into one file');
  return undefined;
}

/**
 * Reads a journal's text (`\n` or `\r\n` lines, one event each) in one pass. A cut-off or
 * NUL-filled end is dropped with a warning; any other bad line is an error naming its number.
 */
export function readJournal(text: string): JournalReading {
  const lines = text.split('\n');
  // Trailing lines of nothing but NULs (and the empty piece after the final newline) are no events.
  let last = lines.length - 1;
  let nulTail = false;
  while (last >= 0 && isBlank(lines[last])) {
    if (lines[last].includes('\0')) nulTail = true;
    last--;
  }
  const events: JournalEvent[] = [];
  const warnings: string[] = [];
  let offset = 0;
  let end = 0;
  for (let i = 0; i <= last; i++) {
    const raw = lines[i];
    const lineEnd = offset + raw.length + 1;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    // Only the text after the last newline can be a line the run did not finish writing.
    const unterminated = i === lines.length - 1;
    if (isBlank(line) && !line.includes('\0')) {
      end = Math.min(lineEnd, text.length);
    } else {
      const parsed = line.includes('\0') ? ({ ok: false } as const) : parse(line);
      if (!parsed.ok) {
        if (unterminated) {
          warnings.push(TORN_LAST_LINE);
          break;
        }
        const what = line.includes('\0') ? 'it holds NUL characters' : 'it is not JSON';
        return { error: notAnEvent(i + 1, `${what}: ${quote(line)}`) };
      }
      const newer = events.length === 0 ? newerVersion(parsed.value) : undefined;
      if (newer) return { error: newer };
      const problem = eventProblem(parsed.value);
      if (problem) return { error: notAnEvent(i + 1, problem) };
      const event = parsed.value as JournalEvent;
      const order = orderProblem(event, i + 1, events.length === 0);
      if (order) return { error: order };
      events.push(event);
      end = Math.min(lineEnd, text.length);
    }
    offset = lineEnd;
  }
  if (nulTail && warnings.length === 0) warnings.push(NUL_TAIL);
  return { events, warnings, end };
}
