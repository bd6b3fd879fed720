// How long each step really took in past runs, to set estimates against (calibration).
import type { JournalEvent } from './journal-events';

/**
 * Each step id's durations (ms) in the given runs, in the runs' order: from `step-state` events
 * with state done and a `durationMs`. A step done twice in one run (after a resume) counts once,
 * with its last duration, so that each run weighs the same.
 */
export function stepDurations(runs: readonly (readonly JournalEvent[])[]): Map<string, number[]> {
  const history = new Map<string, number[]>();
  for (const events of runs) {
    const inRun = new Map<string, number>();
    for (const event of events)
      if (event.type === 'step-state' && event.state === 'done' && event.durationMs !== undefined)
        inRun.set(event.step, event.durationMs);
    for (const [step, ms] of inRun) {
      const list = history.get(step);
      if (list) list.push(ms);
      else history.set(step, [ms]);
    }
  }
  return history;
}
