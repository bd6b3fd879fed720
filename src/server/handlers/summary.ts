import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis-cache';
import { planSummary, statusLine, summaryMarkdown } from '../../core/features/plan-summary';
import { SummaryRequest } from '../../protocol/requests';

/** `runbook/summary`: the status bar's estimate, planned length and verdict for an open document. */
export function registerSummary(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  cache: AnalysisCache,
): void {
  connection.onRequest(SummaryRequest, ({ uri }) => {
    const document = documents.get(uri);
    const summary = document && planSummary(cache.get(document));
    return summary
      ? { text: statusLine(summary), tooltip: summaryMarkdown(summary), verdict: summary.verdict }
      : null;
  });
}
