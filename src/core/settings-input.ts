// Settings are user input: VS Code hands over whatever the settings file says. These keep only
// values of the right shape, so the core never sees junk; anything else falls back to the default.
import { TimeFormats } from './time/format';
import {
  BYTES_PER_MEGABYTE,
  defaultEditorSettings,
  defaultRunSettings,
  defaultSettings,
  DiagnosticsScopes,
  type EditorSettings,
  type RunSettings,
  type Settings,
} from './settings';

/** The `runbook.*` section as VS Code gives it (the language server asks for it per resource). */
export interface UserSettings {
  validate?: unknown;
  /** In megabytes. */
  maxFileSize?: unknown;
  audienceZones?: unknown;
  timeFormat?: unknown;
  inlayHints?: { enabled?: unknown; steps?: unknown };
  safetyFactor?: unknown;
  minNoticeDays?: unknown;
  diagnostics?: { scope?: unknown };
  run?: { parallel?: unknown; journalFolder?: unknown; maskPatterns?: unknown };
}

const DEFAULTS: Settings & EditorSettings = { ...defaultSettings, ...defaultEditorSettings };

const strings = (value: unknown): string[] | undefined =>
  Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : undefined;

/** The core's and the editor's settings from the `runbook` section; defaults for what is missing or of the wrong type. */
export function settingsFromUser(raw: UserSettings | null | undefined): Settings & EditorSettings {
  const megabytes =
    typeof raw?.maxFileSize === 'number' && raw.maxFileSize > 0 ? raw.maxFileSize : undefined;
  return {
    validate: typeof raw?.validate === 'boolean' ? raw.validate : DEFAULTS.validate,
    maxFileSizeBytes: megabytes
      ? Math.round(megabytes * BYTES_PER_MEGABYTE)
      : DEFAULTS.maxFileSizeBytes,
    audienceZones: strings(raw?.audienceZones) ?? DEFAULTS.audienceZones,
    timeFormat: TimeFormats.find((format) => format === raw?.timeFormat) ?? DEFAULTS.timeFormat,
    inlayHints:
      typeof raw?.inlayHints?.enabled === 'boolean' ? raw.inlayHints.enabled : DEFAULTS.inlayHints,
    stepHints:
      typeof raw?.inlayHints?.steps === 'boolean' ? raw.inlayHints.steps : DEFAULTS.stepHints,
    safetyFactor:
      typeof raw?.safetyFactor === 'number' && raw.safetyFactor >= 1
        ? raw.safetyFactor
        : DEFAULTS.safetyFactor,
    minNoticeDays:
      typeof raw?.minNoticeDays === 'number' && raw.minNoticeDays >= 0
        ? raw.minNoticeDays
        : DEFAULTS.minNoticeDays,
    diagnosticsScope:
      DiagnosticsScopes.find((scope) => scope === raw?.diagnostics?.scope) ??
      DEFAULTS.diagnosticsScope,
  };
}

/** The run's settings from the `runbook` section; defaults for what is missing or of the wrong type. */
export function runSettingsFromUser(raw: UserSettings | null | undefined): RunSettings {
  const run = raw?.run;
  const parallel = run?.parallel;
  const folder = run?.journalFolder;
  return {
    parallel:
      typeof parallel === 'number' && Number.isInteger(parallel) && parallel >= 1
        ? parallel
        : defaultRunSettings.parallel,
    journalFolder:
      typeof folder === 'string' && folder.trim() !== ''
        ? folder.trim()
        : defaultRunSettings.journalFolder,
    maskPatterns: strings(run?.maskPatterns) ?? defaultRunSettings.maskPatterns,
  };
}
