// Calibration: how long a step really took in past runs, set against its estimate. The durations
// are data the caller read from the journals (file-access/journal-history.ts); the core never
// reads them itself.
import { formatDuration, type DurationRange } from '../duration';
import { msToSeconds, SECONDS_PER_MINUTE } from '../time/units';

/** Each step id's durations (ms) in past runs, newest first, as `historyOfSteps` reads them. */
export type StepHistory = ReadonlyMap<string, readonly number[]>;

/** A step's past runs against its estimate. */
export interface Calibration {
  /** Seconds, oldest run first, each rounded as `roundedSeconds` does. */
  durations: number[];
  /** The mean of those runs against the high end of the estimate: 1.8 means 80 % longer. */
  ratio: number;
  /** The range the runs span, low..high of the rounded durations: what the quick fix writes. */
  range: DurationRange;
}

/** Up to five minutes a step is counted in seconds; above, whole minutes are precise enough. */
const SECONDS_UP_TO = 5 * SECONDS_PER_MINUTE;

/** A past duration as an estimate would say it: whole minutes above 5m, whole seconds (at least 1) below. */
export function roundedSeconds(seconds: number): number {
  if (seconds > SECONDS_UP_TO) return Math.round(seconds / SECONDS_PER_MINUTE) * SECONDS_PER_MINUTE;
  return Math.max(1, Math.round(seconds));
}

/**
 * A step's calibration from its estimate and its past durations (ms, newest first); undefined
 * when it has none. The ratio is the mean against the estimate's high end: the mean, not the
 * worst run, so that one slow night does not call a good estimate wrong; the range still shows
 * the worst.
 */
export function calibrationOf(
  estimate: DurationRange,
  durationsMs: readonly number[] | undefined,
): Calibration | undefined {
  const seen = (durationsMs ?? []).filter((ms) => Number.isFinite(ms) && ms >= 0);
  if (seen.length === 0 || estimate.high <= 0) return undefined;
  const durations = seen.map((ms) => roundedSeconds(msToSeconds(ms))).reverse();
  const mean = seen.reduce((sum, ms) => sum + msToSeconds(ms), 0) / seen.length;
  return {
    durations,
    ratio: mean / estimate.high,
    range: {
      low: durations.reduce((a, b) => Math.min(a, b)),
      high: durations.reduce((a, b) => Math.max(a, b)),
    },
  };
}

/** "last 3 runs: 7m, 9m, 12m; 1.8× the estimate" (the runs oldest first). */
export function calibrationText(calibration: Calibration): string {
  const count = calibration.durations.length;
  const runs = count === 1 ? 'last run' : `last ${count} runs`;
  const list = calibration.durations.map((seconds) => formatDuration(seconds)).join(', ');
  return `${runs}: ${list}; ${calibration.ratio.toFixed(1)}× the estimate`;
}
