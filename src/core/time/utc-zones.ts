/**
 * UTC under its other names: the IANA links to Etc/UTC, and the fixed zone `UTC+00:00` a window
 * takes from an ISO start ending in `Z` or `+00:00`. Beside a time in one of these, a UTC hint,
 * row or line would only repeat it. The GMT names (GMT, Etc/GMT, Greenwich) are left out: readers
 * see "GMT" there, and the UTC beside it says that it is the same clock.
 */
export const UTC_ZONES: ReadonlySet<string> = new Set([
  'UTC',
  'Etc/UTC',
  'Etc/UCT',
  'UCT',
  'Etc/Universal',
  'Universal',
  'Etc/Zulu',
  'Zulu',
  'UTC+00:00',
]);

/** True when `zone` is UTC by another name (see UTC_ZONES). */
export function isUtcZone(zone: string): boolean {
  return UTC_ZONES.has(zone);
}
