/** Stable diagnostic codes (the rule catalogue in docs/formats.md); users and tests depend on them. */
export const DiagnosticCodes = [
  'yaml-syntax',
  'schema',
  'file-too-large',
  'invalid-duration',
  'duplicate-step-id',
  'unknown-step',
  'dependency-cycle',
  'missing-estimate',
  'missing-window',
  'window-without-end',
  'window-shorter-than-estimate',
  'window-shorter-than-planned',
  'no-time-to-roll-back',
  'runbook-not-found',
  'announcement-runbook-mismatch',
  'short-notice',
  'invalid-time',
  'unknown-zone',
  'zone-abbreviation',
  'nonexistent-local-time',
  'ambiguous-local-time',
  'offset-zone-mismatch',
  'window-crosses-dst',
  'label-mismatch',
  'start-in-past',
  'prose-time-mismatch',
  'too-many-problems',
] as const;

export type DiagnosticCode = (typeof DiagnosticCodes)[number];

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** A text replacement, in offsets. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** A quick fix offered with a diagnostic. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The fix to apply when the user asks for "the" fix. */
  preferred?: boolean;
}

/** Another place that explains a diagnostic (the first `id:` of a duplicate, a step in a cycle). */
export interface RelatedLocation {
  start: number;
  end: number;
  message: string;
}

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  fixes?: Fix[];
  related?: RelatedLocation[];
}
