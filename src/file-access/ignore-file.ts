import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** The file, in any folder, that lists what a folder walk skips (like .gitignore): `runbook lint` and the server's workspace pass read it. */
export const IGNORE_FILE = '.runbookignore';

/** A test on a path found by a walk (in the walk's own form): true when a `.runbookignore` leaves it out. */
export type Ignore = (path: string, isFolder: boolean) => boolean;

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

/**
 * The tests of `folder`'s own `.runbookignore` (none when it has none), on paths below `folder`
 * as the walk writes them; `readFrom` is where the folder is on disk when that differs.
 */
export async function folderIgnores(folder: string, readFrom = folder): Promise<Ignore[]> {
  let text: string;
  try {
    text = await readFile(join(readFrom, IGNORE_FILE), 'utf8');
  } catch {
    return [];
  }
  return text
    .split(/\r?\n/)
    .flatMap((line) => compilePattern(line) ?? [])
    .map(
      (test): Ignore =>
        (path, isFolder) =>
          test(relative(folder, path).split(sep).join('/'), isFolder),
    );
}
