import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isRunbookFileName } from '../core/document-kind';
import { isInside, realPathOf } from '../file-access/link-target';
import { folderIgnores, type Ignore } from '../file-access/ignore-file';
import { SKIPPED_FOLDERS } from '../file-access/workspace-files';
import { onDisk } from './working-directory';

/** What one walk shares: where a symbolic link may lead. */
interface Walk {
  cwd: string;
  /** The current directory and the folder walked, symbolic links resolved. */
  boundaries: string[];
}

/** A file found, or why a symbolic link was left out (kept in walk order, so that output is stable). */
type Found = string | { skipped: string };

/**
 * Every runbook and announcement file under a folder, sorted for stable output, leaving out
 * what the `.runbookignore` files met on the way list. Only walks are filtered: a file named
 * on the command line is always checked. `folder` is read from `cwd`; the paths keep its form.
 * A symbolic link with a runbook's name is kept only when it leads to a regular file inside the
 * current directory or the folder walked; any other is left out, with a line to `skipped`
 * saying why (never what it leads to). Links to folders are not walked into.
 */
export async function runbookFilesUnder(
  folder: string,
  cwd: string,
  skipped: (message: string) => void,
): Promise<string[]> {
  const boundaries = [cwd, onDisk(cwd, folder)].flatMap((path) => realPathOf(path) ?? []);
  const files: string[] = [];
  for (const found of await walk(folder, { cwd, boundaries }, [])) {
    if (typeof found === 'string') files.push(found);
    else skipped(found.skipped);
  }
  return files;
}

async function walk(folder: string, context: Walk, inherited: Ignore[]): Promise<Found[]> {
  const { cwd } = context;
  const ignores = [...inherited, ...(await folderIgnores(folder, onDisk(cwd, folder)))];
  const ignored = (path: string, isFolder: boolean) => ignores.some((test) => test(path, isFolder));
  const entries = (await readdir(onDisk(cwd, folder), { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  const nested = await Promise.all(
    entries.map(async (entry): Promise<Found[]> => {
      const path = join(folder, entry.name);
      if (entry.isDirectory())
        return SKIPPED_FOLDERS.has(entry.name) || ignored(path, true)
          ? []
          : walk(path, context, ignores);
      if (!isRunbookFileName(entry.name) || ignored(path, false)) return [];
      if (entry.isSymbolicLink()) return linkedFile(path, context);
      return entry.isFile() ? [path] : [];
    }),
  );
  return nested.flat();
}

/** A symbolic link found by the walk: its path when it may be read, else why not. */
async function linkedFile(path: string, { cwd, boundaries }: Walk): Promise<Found[]> {
  const real = realPathOf(onDisk(cwd, path));
  const info = real === undefined ? undefined : await stat(real).catch(() => undefined);
  let why: string | undefined;
  if (real === undefined || info === undefined) why = 'it leads to no file (or to a loop of links)';
  else if (!boundaries.some((boundary) => isInside(real, boundary)))
    why = 'it leads outside the current directory and the folder being checked';
  else if (!info.isFile()) why = 'it leads to something that is not a regular file';
  return [why === undefined ? path : { skipped: `skipped ${path}, a symbolic link: ${why}.` }];
}
