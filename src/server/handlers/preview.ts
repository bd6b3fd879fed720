import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis-cache';
import type { Analysis } from '../../core/analysis-types';
import { previewModel } from '../../core/preview/preview-model';
import { PreviewRequest, type PreviewResult } from '../../protocol/requests';

/**
 * `runbook/preview`: the preview model of an open document, from the cached analysis (the one its
 * diagnostics came from, linked runbook included), or why there is none.
 */
export function registerPreview(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  cache: AnalysisCache,
): void {
  connection.onRequest(PreviewRequest, async ({ uri }): Promise<PreviewResult> => {
    // The settings first, as the diagnostics do: the preview shows the times in the user's format.
    await cache.settingsFor(uri);
    const document = documents.get(uri);
    if (!document)
      return {
        ok: false,
        reason: 'not-open',
        message: 'The language server does not have this file open.',
      };
    return previewOf(cache.get(document));
  });
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
