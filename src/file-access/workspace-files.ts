import { constants } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { isRunbookFileName } from '../core/document-kind';
import { folderIgnores, type Ignore } from './ignore-file';
import { isInside } from './link-target';

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
 * (no recursion; the caller's event loop keeps turning between reads), leaving out what the
 * `.runbookignore` files on the way list, as `runbook lint` does. Symbolic links are not
 * followed: a link may lead out of the workspace, and the file it names is checked when opened.
 * `stillWanted` is asked between folders, so a walk made stale (settings or folders changed) stops.
 */
export async function runbookFilesIn(
  roots: readonly string[],
  limits: WalkLimits,
  stillWanted: () => boolean = () => true,
): Promise<WalkResult> {
  const files: string[] = [];
  // Each folder with the `.runbookignore` tests of the folders above it (as `runbook lint` reads them).
  const folders: Array<{ path: string; inherited: Ignore[] }> = roots.map((path) => ({
    path,
    inherited: [],
  }));
  let entries = 0;
  for (let next = 0; next < folders.length; next++) {
    if (!stillWanted()) break;
    const folder = folders[next].path;
    const ignores = [...folders[next].inherited, ...(await folderIgnores(folder))];
    const ignored = (path: string, isFolder: boolean) =>
      ignores.some((test) => test(path, isFolder));
    const listed = await readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of listed) {
      if (++entries > limits.maxEntries) return { files, capped: true };
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name) && !ignored(path, true))
          folders.push({ path, inherited: ignores });
      } else if (entry.isFile() && isRunbookFileName(entry.name) && !ignored(path, false)) {
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

/**
 * Whether a walk of `roots` would list `path` (a file made or changed since the last walk): inside
 * a root, with a runbook or announcement name, in no skipped folder and left out by no
 * `.runbookignore` from its root down. Reads only the ignore files on the way.
 */
export async function walkWouldList(roots: readonly string[], path: string): Promise<boolean> {
  const root = roots.find((candidate) => isInside(path, candidate));
  if (root === undefined || !isRunbookFileName(basename(path))) return false;
  const names = relative(root, path).split(sep);
  let folder = root;
  let ignores: Ignore[] = [];
  for (let depth = 0; depth < names.length; depth++) {
    ignores = [...ignores, ...(await folderIgnores(folder))];
    const below = join(folder, names[depth]);
    const isFolder = depth < names.length - 1;
    if (isFolder && SKIPPED_FOLDERS.has(names[depth])) return false;
    if (ignores.some((test) => test(below, isFolder))) return false;
    folder = below;
  }
  return true;
}
