// Where the language server looks for a runbook's past runs: the folder the run front ends write
// journals to, `<workspace folder>/.runbook/runs` unless `runbook.run.journalFolder` says otherwise.
import { dirname, isAbsolute, join, relative } from 'node:path';
import { filePath } from './runbook-resolver';

/** The journal folder when no setting names one, relative to the workspace folder. */
export const DEFAULT_JOURNAL_FOLDER = join('.runbook', 'runs');

/**
 * The journal folder for the runbook at `documentPath`: `setting` (`runbook.run.journalFolder`)
 * when it is absolute, else that path (or `.runbook/runs`) under the workspace folder holding
 * the runbook, the innermost when folders nest. A runbook in no workspace folder counts from its
 * own folder, as a run started from a terminal there would.
 */
export function journalFolderFor(
  documentPath: string,
  workspaceFolderUris: readonly string[],
  setting?: string,
): string {
  if (setting !== undefined && isAbsolute(setting)) return setting;
  let root: string | undefined;
  for (const uri of workspaceFolderUris) {
    const folder = filePath(uri);
    if (folder === undefined || !contains(folder, documentPath)) continue;
    if (root === undefined || folder.length > root.length) root = folder;
  }
  return join(root ?? dirname(documentPath), setting ?? DEFAULT_JOURNAL_FOLDER);
}

function contains(folder: string, path: string): boolean {
  const inside = relative(folder, path);
  return inside !== '' && inside.split(/[\\/]/)[0] !== '..' && !isAbsolute(inside);
}
