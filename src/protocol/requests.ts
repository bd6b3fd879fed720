// The extension's own protocol on top of LSP, in one file that the client and the server both
// import (as vscode-eslint's customMessages.ts and rust-analyzer's lsp_ext.ts do): request names
// are `runbook/<verb>`, and command ids the server puts into code lenses live here too.
import { RequestType } from 'vscode-languageserver-protocol';
import type { PreviewModel } from '../core/preview/preview-model';

/** Which document the status bar asks about. */
export interface SummaryParams {
  uri: string;
}

/** How the window compares with the plan (`unknown`: no window length to compare). */
export type SummaryVerdict = 'fits' | 'shorter-than-planned' | 'shorter-than-estimate' | 'unknown';

/** The status bar's text for a runbook or announcement: its estimate, planned length and verdict. */
export interface Summary {
  /** One line, without an icon: "Σ 1h 30m × 2 = 3h ✓". */
  text: string;
  /** Markdown: where the estimate comes from, the arithmetic, the verdict. */
  tooltip: string;
  verdict: SummaryVerdict;
}

/**
 * `runbook/summary`: the summary of an open document's current analysis; null when the server
 * does not have the document or it has nothing to sum (no estimates).
 */
export const SummaryRequest = new RequestType<SummaryParams, Summary | null, void>(
  'runbook/summary',
);

/** Which document the preview panel (or the Export command) asks about. */
export interface PreviewParams {
  uri: string;
}

/**
 * Why a document has no preview: too large to analyse, neither a runbook nor an announcement, or
 * not open in the server (the client opens a document before asking).
 */
export type PreviewUnavailable = 'too-large' | 'not-a-runbook' | 'not-open';

/** The preview model of a document's current analysis, or why there is none, in words for the panel. */
export type PreviewResult =
  { ok: true; model: PreviewModel } | { ok: false; reason: PreviewUnavailable; message: string };

/**
 * `runbook/preview`: everything the preview panel and the exports show of an open document
 * (title, window in every zone, estimate and its doubling, steps, sections, problems), built from
 * the analysis the diagnostics came from, linked runbook included.
 */
export const PreviewRequest = new RequestType<PreviewParams, PreviewResult, void>(
  'runbook/preview',
);
