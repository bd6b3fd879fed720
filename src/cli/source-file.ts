import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { describeError } from '../core/text/system-error';
import { onDisk } from './working-directory';

/** A file named on the command line, read, or why it could not be. */
export type SourceText = { ok: true; text: string } | { ok: false; message: string };

/**
 * Reads a runbook or announcement (`path` as given, from `cwd`) as the editor would: invalid
 * UTF-8 becomes U+FFFD, which the yaml-syntax rule reports. Only a regular file is read: a FIFO
 * or a device could block or never end (opening does not wait, and what was opened is checked).
 */
export async function readSourceText(path: string, cwd: string): Promise<SourceText> {
  try {
    const file = await open(onDisk(cwd, path), constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      if (!(await file.stat()).isFile())
        return { ok: false, message: `cannot read ${path}: not a regular file` };
      return { ok: true, text: new TextDecoder('utf-8').decode(await file.readFile()) };
    } finally {
      await file.close();
    }
  } catch (error) {
    return { ok: false, message: cannotRead(path, error) };
  }
}

/** "cannot read x.yaml: it does not exist (ENOENT)": words for people, the code for searching. */
export function cannotRead(path: string, error: unknown): string {
  return `cannot read ${path}: ${describeError(error)}`;
}
