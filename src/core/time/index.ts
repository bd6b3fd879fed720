/**
 * The time core's public API: what hovers, inlay hints, completion, `runbook convert` and
 * `runbook preview` use. Most of them read `analysis.window` (resolved once by `analyze`); the
 * functions below answer the rest. See README.md in this folder.
 */
export { ABBREVIATIONS, abbreviationMeanings, type AbbreviationMeaning } from './abbreviations';
export type { AudienceEntry } from './audience';
export { monthAbbreviation, monthName, weekdayAbbreviation } from './calendar-names';
export {
  convertWindow,
  isoInZone,
  localTime,
  type LocalTime,
  type ZoneConversion,
  type ZoneTarget,
} from './conversion';
export {
  formatDateTimeText,
  parseDateTimeText,
  type DateTimeText,
  type LocalDateTime,
} from './date-time-text';
export {
  formatClock,
  formatLocalDateTime,
  formatRelative,
  formatZonesList,
  formatZonesTable,
  zonesTable,
  TimeFormats,
  type TimeFormat,
  type ZonesTable,
} from './format';
export {
  resolveDateTime,
  resolveLocalTime,
  type LocalResolution,
  type TimeMeaning,
} from './local-time';
export {
  abbreviationAt,
  describeZoneAt,
  formatOffset,
  nextTransition,
  offsetAt,
  offsetChangesBetween,
  transitionsBetween,
  type Transition,
  type ZoneMoment,
} from './offsets';
export type { TimeField, ZoneField } from './time-field';
export { isUtcZone, UTC_ZONES } from './utc-zones';
export { resolvedWindow, type ResolvedWindow, type TimeWindow } from './window';
export { checkZone, type ZoneCheck } from './zone-check';
export { allZoneNames, closestZones, isZoneName, zoneCity } from './zone-names';
