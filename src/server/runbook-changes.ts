import type { Connection, FileEvent, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from './analysis-cache';
import type { Revalidation } from './handlers/diagnostics';
import type { LinkedRunbooks } from './runbook-resolver';

/**
 * Re-checks the announcements that link a runbook whenever that runbook changes: edited,
 * opened or closed in the editor (closing goes back to the text on disk), or changed on disk
 * (`workspace/didChangeWatchedFiles`: the client watches every runbook file). Their cached
 * analyses are dropped first, so no request is answered from the runbook's old version; then
 * `dependentsChanged` lets views that show the runbook's plan (code lenses) ask again.
 */
export function registerRunbookChanges(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  cache: AnalysisCache,
  links: LinkedRunbooks,
  diagnostics: Revalidation,
  dependentsChanged: () => void,
  /** The workspace pass: a closed file made, changed or deleted on disk (workspace-diagnostics.ts). */
  closedFiles?: { fileChanged(event: FileEvent): void },
): void {
  const recheckDependents = (uri: string) => {
    const dependents = [...links.dependentsOf(uri)];
    for (const dependent of dependents) {
      cache.invalidate(dependent);
      diagnostics.revalidate(dependent);
    }
    if (dependents.length > 0) dependentsChanged();
  };
  documents.onDidChangeContent((event) => recheckDependents(event.document.uri));
  documents.onDidClose((event) => {
    links.forgetDependent(event.document.uri);
    recheckDependents(event.document.uri);
  });
  connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const change of changes) {
      links.fileChanged(change.uri);
      recheckDependents(change.uri);
      closedFiles?.fileChanged(change);
    }
  });
}

/** Workspace folders added or removed: links are judged against the new set, so every open file is checked again. */
export function onWorkspaceFoldersChanged(
  links: LinkedRunbooks,
  documents: TextDocuments<TextDocument>,
  cache: AnalysisCache,
  diagnostics: Revalidation,
  added: readonly string[],
  removed: readonly string[],
): void {
  links.setWorkspaceFolders([
    ...links.workspaceFolders.filter((uri) => !removed.includes(uri)),
    ...added,
  ]);
  for (const document of documents.all()) cache.invalidate(document.uri);
  diagnostics.revalidateAll();
}
