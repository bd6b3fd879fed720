import { writeFile } from 'node:fs/promises';
import { describeError, errorCode } from '../core/text/system-error';
import { onDisk } from './working-directory';

/** How an export reached its file, or why it did not (exit 2: nothing was written). */
export type WriteResult = { ok: true } | { ok: false; message: string };

/**
 * Writes an export to `--out FILE` (from `cwd`). An existing file is kept unless `force`: the check and the write
 * are one step (`wx`), so nothing is overwritten by a file that appeared in between.
 */
export async function writeExport(
  path: string,
  text: string,
  force: boolean,
  cwd: string,
): Promise<WriteResult> {
  try {
    await writeFile(onDisk(cwd, path), text, { flag: force ? 'w' : 'wx' });
    return { ok: true };
  } catch (error) {
    if (errorCode(error) === 'EEXIST')
      return {
        ok: false,
        message: `${path} already exists: give --force to overwrite it, or another --out`,
      };
    return { ok: false, message: `cannot write ${path}: ${describeError(error)}` };
  }
}

/**
 * Takes the flag `--force` (which has no value, unlike every option `parseOptions` knows) out of the
 * arguments.
 */
export function takeFlag(args: string[], flag: string): { rest: string[]; present: boolean } {
  const rest = args.filter((arg) => arg !== flag);
  return { rest, present: rest.length !== args.length };
}
