import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis-cache';
import type { Analysis } from '../../core/analysis-types';
import { previewModel } from '../../core/preview/preview-model';
import { PreviewRequest, type PreviewResult } from '../../protocol/requests';
import { uriParam } from '../request-params';
import { guarded } from '../request-guard';

/**
 * `runbook/preview`: the preview model of an open document, from the cached analysis (the one its
 * diagnostics came from, linked runbook included), or why there is none.
 */
export function registerPreview(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  cache: AnalysisCache,
): void {
  connection.onRequest(
    PreviewRequest,
    guarded(connection, PreviewRequest.method, async (params): Promise<PreviewResult> => {
      const uri = uriParam(params);
      // The newest version, with its settings (the times in the user's format): a preview
      // shows the document as it is, however many edits came while it waited.
      const analysis = await cache.newestAnalysisOf(() => documents.get(uri));
      if (!analysis)
        return {
          ok: false,
          reason: 'not-open',
          message: 'The language server does not have this file open.',
        };
      return previewOf(analysis);
    }),
  );
}

/** A file too large to analyse, or of no known kind, says so; anything else previews what it can. */
export function previewOf(analysis: Analysis): PreviewResult {
  if (analysis.skipped) {
    return {
      ok: false,
      reason: 'too-large',
      message: analysis.diagnostics[0]?.message ?? 'This file is too large to analyse.',
    };
  }
  if (!analysis.kind) {
    return {
      ok: false,
      reason: 'not-a-runbook',
      message:
        'This file is neither a runbook nor an announcement: give it `kind: runbook` or `kind: announcement`, or a name ending in .runbook.yaml or .announcement.yaml.',
    };
  }
  return { ok: true, model: previewModel(analysis) };
}
