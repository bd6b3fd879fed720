import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis-cache';
import { inlayHints } from '../core/features/inlay-hints';
import { toOffset, toPosition } from '../positions';

/** `→ 07:00 UTC` after wall-clock times, unless `runbook.inlayHints.enabled` is off for the file. */
export function registerInlayHints(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache): void {
  connection.languages.inlayHint.on(async ({ textDocument, range }) => {
    const settings = await cache.settingsFor(textDocument.uri);
    const document = documents.get(textDocument.uri);
    if (!document || !settings.inlayHints) return [];
    return inlayHints(cache.get(document), toOffset(document, range.start), toOffset(document, range.end)).map((hint) => ({
      position: toPosition(document, hint.offset),
      label: hint.label,
      tooltip: hint.tooltip,
      paddingLeft: true,
    }));
  });
}
