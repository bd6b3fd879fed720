import { DEFAULT_SAFETY_FACTOR } from './safety-factor';
import type { TimeFormat } from './time/format';

/** The settings the core reads (VS Code's `runbook.*`, the CLI's flags); all have defaults. */
export interface Settings {
  /** Largest text analysed, in characters; larger files get one `file-too-large` info. */
  maxFileSize: number;
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
  maxFileSize: 5 * 1024 * 1024,
  audienceZones: [],
  timeFormat: '24h',
  safetyFactor: DEFAULT_SAFETY_FACTOR,
  minNoticeDays: DEFAULT_MIN_NOTICE_DAYS,
};
