import { isAbsolute, sep } from 'node:path';

/**
 * A path from the command line, for the file system, read from `cwd` (the run's current
 * directory, which in tests is not the process's). Not normalised, so that `x.yaml/` and `..`
 * mean to the file system what they would have relative to the process's own directory.
 */
export function onDisk(cwd: string, path: string): string {
  return path === '' || isAbsolute(path) ? path : `${cwd}${cwd.endsWith(sep) ? '' : sep}${path}`;
}
