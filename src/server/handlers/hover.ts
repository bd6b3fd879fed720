import { MarkupKind, type Connection, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis-cache';
import { hover } from '../../core/features/hover';
import { toOffset, toRange } from '../positions';
import type { RunHistory } from '../run-history';

export function registerHover(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  cache: AnalysisCache,
  history: RunHistory,
): void {
  connection.onHover(({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return null;
    const analysis = cache.get(document);
    // Past runs as cached so far: the hover never waits for the journals (run-history.ts).
    const pastRuns = history.forAnalysis(document.uri, analysis);
    const result = hover(analysis, toOffset(document, position), pastRuns);
    if (!result) return null;
    return {
      contents: { kind: MarkupKind.Markdown, value: result.markdown },
      range: toRange(document, result.start, result.end),
    };
  });
}
