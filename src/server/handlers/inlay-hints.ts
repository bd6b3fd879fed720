import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis-cache';
import { inlayHints } from '../../core/features/inlay-hints';
import { stepInlayHints } from '../../core/features/step-inlay-hints';
import { toPosition } from '../positions';
import { offsetsOf, openDocument } from '../request-params';
import { guarded } from '../request-guard';

/**
 * `→ 07:00 UTC` after wall-clock times and `T+0:35` after step ids, unless
 * `runbook.inlayHints.enabled` is off for the file; `runbook.inlayHints.steps` turns off the second alone.
 */
export function registerInlayHints(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  cache: AnalysisCache,
): void {
  connection.languages.inlayHint.on(
    guarded(connection, 'textDocument/inlayHint', async (params) => {
      const document = openDocument(documents, params);
      const { start, end } = offsetsOf(document, params.range);
      const analysis = await cache.analysisOf(document);
      // The settings the analysis was made with: analysisOf waited for them.
      const settings = await cache.settingsFor(document.uri);
      if (!settings.inlayHints) return [];
      const hints = [
        ...inlayHints(analysis, start, end),
        ...(settings.stepHints ? stepInlayHints(analysis, start, end) : []),
      ];
      return hints
        .sort((a, b) => a.offset - b.offset)
        .map((hint) => ({
          position: toPosition(document, hint.offset),
          label: hint.label,
          tooltip: hint.tooltip,
          paddingLeft: true,
        }));
    }),
  );
}
