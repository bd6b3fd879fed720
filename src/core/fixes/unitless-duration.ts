import type { Fix } from '../diagnostic';
import { parseDuration } from '../duration';

/** A number, or a range of two numbers, written without a unit: `30`, `30..45`, `1.5`. */
const UNITLESS = /^\s*(\d+(?:\.\d+)?)\s*(?:\.\.\s*(\d+(?:\.\d+)?)\s*)?$/;

/**
 * Quick fixes for a duration written without its unit (`estimate: 30`): minutes first and
 * preferred, as maintenance steps are mostly counted in minutes; hours where the number is small
 * enough to be hours (2 → 2h), seconds where it is large enough to be seconds (90 → 90s). Only
 * the units whose result is a valid duration are offered.
 */
export function unitlessDurationFixes(written: string | number, start: number, end: number): Fix[] {
  const match = UNITLESS.exec(String(written));
  if (!match) return [];
  const [, low, high] = match;
  const largest = Number(high ?? low);
  const units = ['m'];
  if (largest <= 12) units.push('h');
  if (largest >= 10) units.push('s');
  const fixes: Fix[] = [];
  for (const unit of units) {
    const newText = high === undefined ? `${low}${unit}` : `${low}${unit}..${high}${unit}`;
    if (!parseDuration(newText).ok) continue;
    fixes.push({
      title: `Write it as ${newText}`,
      edits: [{ start, end, newText }],
      ...(unit === 'm' ? { preferred: true } : {}),
    });
  }
  return fixes;
}
