import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { isRunbookFileName } from '../core/document-kind';
import { onDisk } from './working-directory';

/** Folders never worth walking into. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.e2e', '.vscode-test', 'dist', 'out']);

/** The file, in any folder, that lists what a folder walk skips (like .gitignore). */
export const IGNORE_FILE = '.runbookignore';

/**
 * One `.runbookignore` pattern as a test on a path relative to the ignore file's folder:
 * `*` matches within a name, `**` across folders, a trailing `/` only folders, and a pattern
 * without `/` matches a name at any depth (as in .gitignore).
 */
function compilePattern(line: string): ((path: string, isFolder: boolean) => boolean) | undefined {
  const pattern = line.trim();
  if (pattern === '' || pattern.startsWith('#')) return undefined;
  const foldersOnly = pattern.endsWith('/');
  const body = pattern.replace(/^\/|\/$/g, '');
  const anywhere = !body.includes('/');
  const source = body
    .split('**')
    .map((part) =>
      part
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '[^/]'),
    )
    .join('.*');
  const regex = new RegExp(`^${anywhere ? '(?:.*/)?' : ''}${source}$`);
  return (path, isFolder) => (!foldersOnly || isFolder) && regex.test(path);
}

async function readIgnoreFile(
  folder: string,
): Promise<Array<(path: string, isFolder: boolean) => boolean>> {
  try {
    const text = await readFile(join(folder, IGNORE_FILE), 'utf8');
    return text.split(/\r?\n/).flatMap((line) => compilePattern(line) ?? []);
  } catch {
    return [];
  }
}

type Ignore = (path: string, isFolder: boolean) => boolean;

/**
 * Every runbook and announcement file under a folder, sorted for stable output, leaving out
 * what the `.runbookignore` files met on the way list. Only walks are filtered: a file named
 * on the command line is always checked. `folder` is read from `cwd`; the paths keep its form.
 */
export async function runbookFilesUnder(
  folder: string,
  cwd: string,
  inherited: Ignore[] = [],
): Promise<string[]> {
  const own = await readIgnoreFile(onDisk(cwd, folder));
  const ignores: Ignore[] = [
    ...inherited,
    ...own.map(
      (test): Ignore =>
        (path, isFolder) =>
          test(relative(folder, path).split(sep).join('/'), isFolder),
    ),
  ];
  const ignored = (path: string, isFolder: boolean) => ignores.some((test) => test(path, isFolder));
  const entries = (await readdir(onDisk(cwd, folder), { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory())
        return SKIPPED_FOLDERS.has(entry.name) || ignored(path, true)
          ? []
          : runbookFilesUnder(path, cwd, ignores);
      return entry.isFile() && isRunbookFileName(entry.name) && !ignored(path, false) ? [path] : [];
    }),
  );
  return nested.flat();
}
