import { MarkupKind, type Connection, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis-cache';
import { hover } from '../../core/features/hover';
import { toOffset, toRange } from '../positions';

export function registerHover(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  cache: AnalysisCache,
): void {
  connection.onHover(({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return null;
    const result = hover(cache.get(document), toOffset(document, position));
    if (!result) return null;
    return {
      contents: { kind: MarkupKind.Markdown, value: result.markdown },
      range: toRange(document, result.start, result.end),
    };
  });
}
