import { constants } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isRunbookFileName } from '../core/document-kind';

/** Folders never worth walking into (dependencies, builds, VCS data); `runbook lint` skips them too. */
export const SKIPPED_FOLDERS = new Set([
  'node_modules',
  '.git',
  '.e2e',
  '.vscode-test',
  'dist',
  'out',
]);

/** How much one pass over the workspace may look at: the folder walk stops at either. */
export interface WalkLimits {
  /** Runbook and announcement files listed, over every folder. */
  maxFiles: number;
  /** Folder entries looked at, over every folder (a huge tree with few runbooks stops too). */
  maxEntries: number;
}

export interface WalkResult {
  /** Absolute paths of regular files with a runbook or announcement name, in walk order. */
  files: string[];
  /** True when a limit stopped the walk: files beyond it are left until they are opened. */
  capped: boolean;
}

/**
 * The runbook and announcement files under `roots`, breadth first, one folder read at a time
 * (no recursion; the caller's event loop keeps turning between reads). Symbolic links are not
 * followed: a link may lead out of the workspace, and the file it names is checked when opened.
 * `stillWanted` is asked between folders, so a walk made stale (settings or folders changed) stops.
 */
export async function runbookFilesIn(
  roots: readonly string[],
  limits: WalkLimits,
  stillWanted: () => boolean = () => true,
): Promise<WalkResult> {
  const files: string[] = [];
  const folders = [...roots];
  let entries = 0;
  for (let next = 0; next < folders.length; next++) {
    if (!stillWanted()) break;
    const listed = await readdir(folders[next], { withFileTypes: true }).catch(() => []);
    for (const entry of listed) {
      if (++entries > limits.maxEntries) return { files, capped: true };
      const path = join(folders[next], entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) folders.push(path);
      } else if (entry.isFile() && isRunbookFileName(entry.name)) {
        if (files.length === limits.maxFiles) return { files, capped: true };
        files.push(path);
      }
    }
  }
  return { files, capped: false };
}

/** A file's text, or why it was not read: gone or not a regular file, or over `maxBytes`. Never throws. */
export async function readSmallFile(
  path: string,
  maxBytes: number,
): Promise<{ ok: true; text: string } | { ok: false; why: 'unreadable' | 'too-large' }> {
  try {
    // Opened without waiting on a FIFO, then checked: only a regular file of bounded size is read.
    const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const stat = await handle.stat();
      if (!stat.isFile()) return { ok: false, why: 'unreadable' };
      if (stat.size > maxBytes) return { ok: false, why: 'too-large' };
      return { ok: true, text: new TextDecoder('utf-8').decode(await handle.readFile()) };
    } finally {
      await handle.close();
    }
  } catch {
    return { ok: false, why: 'unreadable' };
  }
}
