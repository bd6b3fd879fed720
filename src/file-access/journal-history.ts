// Past runs' step durations for the language server and the CLI (calibrating estimates). The
// runner lists journals for a resume through the same core catalog; it may not be imported
// from here (nor this from there), so each side has its few lines of disk access.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { endedRuns, safeRunbookId, type JournalFolder } from '../core/run/journal-catalog';
import { MAX_JOURNAL_BYTES } from '../core/run/journal-read';
import { stepDurations } from '../core/run/step-history';

/** A runbook's journal folder on disk; anything unreadable is simply not there. */
function diskFolder(dir: string): JournalFolder {
  return {
    async names() {
      const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
      return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
    },
    async text(name) {
      const path = join(dir, name);
      try {
        if ((await stat(path)).size > MAX_JOURNAL_BYTES) return undefined;
        return await readFile(path, 'utf8');
      } catch {
        return undefined;
      }
    },
  };
}

/**
 * Each step id's durations (ms) in the newest `limit` ended runs of a runbook whose journals are
 * under `folder` (like `.runbook/runs`), newest first. Never rejects: no journals, no history.
 */
export async function historyOfSteps(
  folder: string,
  runbookId: string,
  limit = 5,
): Promise<Map<string, number[]>> {
  const dir = join(folder, safeRunbookId(runbookId));
  try {
    return stepDurations(await endedRuns(diskFolder(dir), runbookId, limit));
  } catch {
    return new Map();
  }
}
