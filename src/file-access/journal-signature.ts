// A cheap fingerprint of a runbook's journals, so that the language server reads them again only
// when one was added, removed or written to: listing a folder and a stat per file, never a read.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { safeRunbookId } from '../core/run/journal-catalog';

/**
 * The name, size and modification time of every file in a runbook's journal folder under
 * `folder`, as one string; equal strings mean nothing changed. Never rejects: a folder that is
 * missing or unreadable is "".
 */
export async function journalsSignature(folder: string, runbookId: string): Promise<string> {
  const dir = join(folder, safeRunbookId(runbookId));
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const names = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.jsonl'))
    .map((entry) => entry.name)
    .sort();
  const parts: string[] = [];
  // One stat at a time: a runbook has few journals, and this never holds many handles.
  for (const name of names) {
    const info = await stat(join(dir, name)).catch(() => undefined);
    parts.push(info ? `${name}\0${info.size}\0${info.mtimeMs}` : `${name}\0?`);
  }
  return parts.join('\n');
}
