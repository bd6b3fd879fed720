import {
  CodeActionKind,
  type CodeAction,
  type Connection,
  type TextDocuments,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from '../../core/diagnostic';
import { calibrationFixes } from '../../core/fixes/calibrate-estimate';
import type { AnalysisCache } from '../analysis-cache';
import { toRange } from '../positions';
import { offsetsOf, openDocument } from '../request-params';
import { guarded } from '../request-guard';
import type { RunHistory } from '../run-history';
import { toLspDiagnostic } from './diagnostics';

/**
 * Quick fixes: each fix the core attached to a diagnostic in the requested range, then, on a
 * step's estimate with past runs cached, the one that sets it to the range those runs took.
 */
export function registerCodeActions(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  cache: AnalysisCache,
  history: RunHistory,
): void {
  connection.onCodeAction(
    guarded(connection, 'textDocument/codeAction', async (params) => {
      const document = openDocument(documents, params);
      const { start, end } = offsetsOf(document, params.range);
      const analysis = await cache.analysisOf(document);
      const fixes = analysis.diagnostics
        .filter((d) => d.fixes && d.start <= end && d.end >= start)
        .flatMap((diagnostic) =>
          (diagnostic.fixes ?? []).map((fix): CodeAction => ({
            title: fix.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [toLspDiagnostic(document, diagnostic)],
            ...(fix.preferred ? { isPreferred: true } : {}),
            edit: workspaceEdit(document, fix.edits),
          })),
        );
      const pastRuns = history.forAnalysis(document.uri, analysis);
      const calibration = calibrationFixes(analysis, start, pastRuns).map((fix): CodeAction => ({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        edit: workspaceEdit(document, fix.edits),
      }));
      return [...fixes, ...calibration];
    }),
  );
}

function workspaceEdit(document: TextDocument, edits: readonly TextEdit[]): WorkspaceEdit {
  return {
    changes: {
      [document.uri]: edits.map((e) => ({
        range: toRange(document, e.start, e.end),
        newText: e.newText,
      })),
    },
  };
}
