/**
 * Time units, named: durations are seconds, instants and window lengths milliseconds, offsets and
 * the preview's times minutes. Each conversion between them goes through one of these.
 */
export const MS_PER_SECOND = 1000;
export const SECONDS_PER_MINUTE = 60;
export const MINUTES_PER_HOUR = 60;
export const SECONDS_PER_HOUR = SECONDS_PER_MINUTE * MINUTES_PER_HOUR;
export const SECONDS_PER_DAY = 24 * SECONDS_PER_HOUR;
export const SECONDS_PER_WEEK = 7 * SECONDS_PER_DAY;
export const MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;
/** Noon as minutes after midnight. */
export const NOON_MINUTES = 12 * MINUTES_PER_HOUR;
export const MS_PER_MINUTE = SECONDS_PER_MINUTE * MS_PER_SECOND;
export const MS_PER_HOUR = SECONDS_PER_HOUR * MS_PER_SECOND;
export const MS_PER_DAY = SECONDS_PER_DAY * MS_PER_SECOND;

export const secondsToMs = (seconds: number): number => seconds * MS_PER_SECOND;
export const msToSeconds = (ms: number): number => ms / MS_PER_SECOND;
export const minutesToMs = (minutes: number): number => minutes * MS_PER_MINUTE;
export const msToMinutes = (ms: number): number => ms / MS_PER_MINUTE;
export const minutesToSeconds = (minutes: number): number => minutes * SECONDS_PER_MINUTE;
export const secondsToMinutes = (seconds: number): number => seconds / SECONDS_PER_MINUTE;
export const hoursToMinutes = (hours: number): number => hours * MINUTES_PER_HOUR;
