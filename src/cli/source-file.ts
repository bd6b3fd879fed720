import { readFile } from 'node:fs/promises';
import { onDisk } from './working-directory';

/** A file named on the command line, read, or why it could not be. */
export type SourceText = { ok: true; text: string } | { ok: false; message: string };

/** Reads a runbook or announcement (`path` as given, from `cwd`) as the editor would: invalid UTF-8 becomes U+FFFD, which the yaml-syntax rule reports. */
export async function readSourceText(path: string, cwd: string): Promise<SourceText> {
  try {
    return { ok: true, text: new TextDecoder('utf-8').decode(await readFile(onDisk(cwd, path))) };
  } catch (error) {
    return { ok: false, message: cannotRead(path, error) };
  }
}

/** "cannot read x.yaml: ENOENT", the error's code being what scripts and people search for. */
export function cannotRead(path: string, error: unknown): string {
  return `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`;
}
