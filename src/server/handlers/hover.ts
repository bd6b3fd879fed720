import { MarkupKind, type Connection, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis-cache';
import { hover } from '../../core/features/hover';
import { toRange } from '../positions';
import { offsetAt, openDocument } from '../request-params';
import { guarded } from '../request-guard';
import type { RunHistory } from '../run-history';

export function registerHover(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  cache: AnalysisCache,
  history: RunHistory,
): void {
  connection.onHover(
    guarded(connection, 'textDocument/hover', async (params) => {
      const document = openDocument(documents, params);
      const offset = offsetAt(document, params.position);
      const analysis = await cache.analysisOf(document);
      // Past runs as cached so far: the hover never waits for the journals (run-history.ts).
      const pastRuns = history.forAnalysis(document.uri, analysis);
      const result = hover(analysis, offset, pastRuns);
      if (!result) return null;
      return {
        contents: { kind: MarkupKind.Markdown, value: result.markdown },
        range: toRange(document, result.start, result.end),
      };
    }),
  );
}
