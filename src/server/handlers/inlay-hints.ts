import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis-cache';
import { inlayHints } from '../../core/features/inlay-hints';
import { stepInlayHints } from '../../core/features/step-inlay-hints';
import { toOffset, toPosition } from '../positions';

/**
 * `→ 07:00 UTC` after wall-clock times and `T+0:35` after step ids, unless
 * `runbook.inlayHints.enabled` is off for the file; `runbook.inlayHints.steps` turns off the second alone.
 */
export function registerInlayHints(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  cache: AnalysisCache,
): void {
  connection.languages.inlayHint.on(async ({ textDocument, range }) => {
    const settings = await cache.settingsFor(textDocument.uri);
    const document = documents.get(textDocument.uri);
    if (!document || !settings.inlayHints) return [];
    const analysis = cache.get(document);
    const start = toOffset(document, range.start);
    const end = toOffset(document, range.end);
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
  });
}
