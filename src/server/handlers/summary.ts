import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis-cache';
import { planSummary, statusLine, summaryMarkdown } from '../../core/features/plan-summary';
import { SummaryRequest } from '../../protocol/requests';
import { uriParam } from '../request-params';
import { guarded } from '../request-guard';

/** `runbook/summary`: the status bar's estimate, planned length and verdict for an open document. */
export function registerSummary(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  cache: AnalysisCache,
): void {
  connection.onRequest(
    SummaryRequest,
    guarded(connection, SummaryRequest.method, async (params) => {
      // A document the server does not have is not an error here: the status bar shows nothing.
      const uri = uriParam(params);
      // The newest version: the status bar is about the document as it is now.
      const analysis = await cache.newestAnalysisOf(() => documents.get(uri));
      const summary = analysis && planSummary(analysis);
      return summary
        ? { text: statusLine(summary), tooltip: summaryMarkdown(summary), verdict: summary.verdict }
        : null;
    }),
  );
}
