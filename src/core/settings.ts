import { DEFAULT_SAFETY_FACTOR } from './safety-factor';
import type { TimeFormat } from './time/format';

/** `runbook.maxFileSize` is written in megabytes of this many bytes; the core counts bytes. */
export const BYTES_PER_MEGABYTE = 1024 * 1024;

/**
 * The settings the core reads (VS Code's `runbook.*`, the CLI's flags); all have defaults. These
 * defaults are the only ones in code: package.json declares the same (test/unit/manifest-drift).
 */
export interface Settings {
  /** `runbook.maxFileSize` in bytes: the largest text analysed (its length counts as its size); larger files get one `file-too-large` info. */
  maxFileSizeBytes: number;
  /** `runbook.audienceZones`: IANA zones to show a window in when a file lists no `audience`. */
  audienceZones: readonly string[];
  /** `runbook.timeFormat`: how times are written for readers when a file has no `time_format`. */
  timeFormat: TimeFormat;
  /** `runbook.safetyFactor`: the "double the estimate" rule when a file has no `safety_factor`. */
  safetyFactor: number;
  /** `runbook.minNoticeDays`: how many days before the start an announcement should go out (`short-notice`); 0 turns the check off. */
  minNoticeDays: number;
}

/** The notice readers should get by default: a week. */
export const DEFAULT_MIN_NOTICE_DAYS = 7;

export const defaultSettings: Settings = {
  maxFileSizeBytes: 5 * BYTES_PER_MEGABYTE,
  audienceZones: [],
  timeFormat: '24h',
  safetyFactor: DEFAULT_SAFETY_FACTOR,
  minNoticeDays: DEFAULT_MIN_NOTICE_DAYS,
};

/** The settings only the editor has (the CLI always checks and shows no hints); the server reads them. */
export interface EditorSettings {
  /** `runbook.validate`: show problems as you type. */
  validate: boolean;
  /** `runbook.inlayHints.enabled`: every hint (`→ 07:00 UTC` after wall-clock times, `T+0:35` after step ids). */
  inlayHints: boolean;
  /** `runbook.inlayHints.steps`: `T+0:35` after step ids. */
  stepHints: boolean;
  /** `runbook.diagnostics.scope`: which files get problems, every one in the workspace folders or only the open ones. */
  diagnosticsScope: DiagnosticsScope;
}

/** `workspace`: every runbook and announcement file in the workspace folders; `openFiles`: only those open in the editor. */
export const DiagnosticsScopes = ['workspace', 'openFiles'] as const;
export type DiagnosticsScope = (typeof DiagnosticsScopes)[number];

export const defaultEditorSettings: EditorSettings = {
  validate: true,
  inlayHints: true,
  stepHints: true,
  diagnosticsScope: 'workspace',
};

/** The settings of a run (`runbook.run.*`), read by the extension; the CLI has flags for them. */
export interface RunSettings {
  /** `runbook.run.parallel`: how many steps whose needs are met may run side by side. */
  parallel: number;
  /** `runbook.run.journalFolder`: where run journals go, relative to the workspace folder. */
  journalFolder: string;
  /** `runbook.run.maskPatterns`: more environment variable names (globs with `*`) whose values are masked in output. */
  maskPatterns: readonly string[];
}

export const defaultRunSettings: RunSettings = {
  parallel: 1,
  journalFolder: '.runbook/runs',
  maskPatterns: [],
};
