import type { Analysis } from '../analysis-types';
import { formatClock, isUtcZone, localTime, type TimeField } from '../time/index';

/** A hint shown after a value: `→ 07:00 UTC` after a wall-clock start. */
export interface InlayHint {
  /** Where the hint sits: just after the value it is about. */
  offset: number;
  label: string;
  tooltip: string;
}

/**
 * Hints between `start` and `end` offsets: after each wall-clock `start`, `end` and `publish` (one
 * written without an offset, in a valid zone), the instant in UTC, with its weekday when the UTC
 * date differs from the written one. A time written with an offset says its instant already; a
 * skipped time has none; a repeated one shows both.
 */
export function inlayHints(
  analysis: Analysis,
  start = 0,
  end = Number.POSITIVE_INFINITY,
): InlayHint[] {
  const window = analysis.window;
  const zone = window?.zone?.check.ok ? window.zone.check.zone : undefined;
  if (!window || !zone || isUtcZone(zone)) return [];
  return window.times.flatMap((field): InlayHint[] => {
    if (field.node.end < start || field.node.end > end) return [];
    const hint = hintFor(field, zone);
    return hint ? [hint] : [];
  });
}

function hintFor(field: TimeField, zone: string): InlayHint | undefined {
  const { written, resolution } = field;
  if (!written || written.offset !== undefined || !resolution || resolution.kind === 'skipped')
    return undefined;
  const writtenDate = Date.UTC(written.year, written.month - 1, written.day);
  const inUtc = (ms: number) => {
    const utc = localTime(ms, 'UTC');
    const differs = Date.UTC(utc.year, utc.month - 1, utc.day) !== writtenDate;
    return `${differs ? `${utc.weekday} ` : ''}${formatClock(utc.hour, utc.minute, '24h')}`;
  };
  const label =
    resolution.kind === 'repeated'
      ? `→ ${inUtc(resolution.earlier.ms)} or ${inUtc(resolution.later.ms)} UTC`
      : `→ ${inUtc(resolution.ms)} UTC`;
  const tooltip =
    resolution.kind === 'repeated'
      ? `${field.text} happens twice in ${zone}: ${label.slice(2)}.`
      : `${field.text} in ${zone} is ${label.slice(2)}.`;
  return { offset: field.node.end, label, tooltip };
}
