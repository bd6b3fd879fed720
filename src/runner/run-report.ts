// Writes the run report (core/run/report.ts) beside the journal when a run ends. The name follows
// the journal's, which is unique, so a report has its own file; still, a file this tool did not
// write for this run is never replaced: the report then takes a name of its own.
import { open, writeFile } from 'node:fs/promises';
import type { JournalEvent } from '../core/run/journal-events';
import { runReport } from '../core/run/report';
import { describeError, errorCode } from './journal-error';
import type { RunSession } from './run-session';

/** Other names tried when the report's own name is taken by a file this run did not write. */
const MAX_OTHER_NAMES = 20;

/** The first line of every report: which run wrote it, so that a later report may replace it. */
function marker(runId: string): string {
  // encodeURIComponent leaves no `>`, so a run id from a journal cannot close the comment.
  return `<!-- runbook run report ${encodeURIComponent(runId)} -->\n`;
}

/** Where a journal's report goes: `<journal path without .jsonl>.md`. */
export function reportPath(journalPath: string): string {
  return `${journalPath.replace(/\.jsonl$/, '')}.md`;
}

/**
 * Writes the report of a session's run and returns its path: `events` are those the engine
 * recorded in this session (RunListener.event); a resumed run's earlier ones come from
 * `session.previous`. A report this run wrote before (it was stopped, then resumed) is replaced;
 * any other file of that name is left alone and the report goes to `<name>.report-2.md`, … .
 * Rejects, with where and why in words, when the file cannot be written.
 */
export async function writeRunReport(
  session: Pick<RunSession, 'plan' | 'runId' | 'journalPath' | 'previous'>,
  events: readonly JournalEvent[],
): Promise<string> {
  const head = marker(session.runId);
  const text = head + runReport(session.plan, [...session.previous, ...events]);
  const path = reportPath(session.journalPath);
  for (let n = 1; n <= MAX_OTHER_NAMES + 1; n++) {
    const candidate = n === 1 ? path : path.replace(/\.md$/, `.report-${n}.md`);
    try {
      if (await writeNew(candidate, text)) return candidate;
      if (await startsWith(candidate, head)) {
        await writeFile(candidate, text, 'utf8');
        return candidate;
      }
    } catch (error) {
      throw new Error(`cannot write the run report ${candidate}: ${describeError(error)}`, {
        cause: error,
      });
    }
  }
  throw new Error(`cannot write the run report ${path}: it and every other name tried are taken`);
}

/** Creates the file with the text; false when it already exists. */
async function writeNew(path: string, text: string): Promise<boolean> {
  try {
    await writeFile(path, text, { encoding: 'utf8', flag: 'wx' });
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
}

/** Whether the file begins with `head`, reading no more than that; false for anything unreadable (a folder). */
async function startsWith(path: string, head: string): Promise<boolean> {
  const expected = Buffer.from(head, 'utf8');
  let handle;
  try {
    handle = await open(path, 'r');
    const buffer = Buffer.alloc(expected.length);
    const { bytesRead } = await handle.read(buffer, 0, expected.length, 0);
    return bytesRead === expected.length && buffer.equals(expected);
  } catch {
    return false;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
