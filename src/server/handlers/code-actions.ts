import {
  CodeActionKind,
  type CodeAction,
  type Connection,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis-cache';
import { toOffset, toRange } from '../positions';
import { toLspDiagnostic } from './diagnostics';

/** Quick fixes: each fix the core attached to a diagnostic in the requested range. */
export function registerCodeActions(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  cache: AnalysisCache,
): void {
  connection.onCodeAction(({ textDocument, range }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return [];
    const start = toOffset(document, range.start);
    const end = toOffset(document, range.end);
    return cache
      .get(document)
      .diagnostics.filter((d) => d.fixes && d.start <= end && d.end >= start)
      .flatMap((diagnostic) =>
        (diagnostic.fixes ?? []).map((fix): CodeAction => ({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [toLspDiagnostic(document, diagnostic)],
          ...(fix.preferred ? { isPreferred: true } : {}),
          edit: {
            changes: {
              [document.uri]: fix.edits.map((e) => ({
                range: toRange(document, e.start, e.end),
                newText: e.newText,
              })),
            },
          },
        })),
      );
  });
}
