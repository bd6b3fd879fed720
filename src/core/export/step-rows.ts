import type { MinuteRange, PreviewModel, PreviewStep } from '../preview/preview-model';
import { tPlusAtLeast } from '../schedule/elapsed';
import { clockWriter } from './local-clock';
import { minutesToMs, minutesToSeconds, secondsToMs } from '../time/units';

/** One step as every export shows it: times from the window's start and on its clock. */
export interface StepRow {
  step: PreviewStep;
  /** "T+0:03–0:08", "T+0:30..1:00 to 6:30..13:00" with ranges, "T+≥0:30–≥0:45" after a broken estimate; null for a step that cannot be scheduled. */
  when: string | null;
  /** "8:03am–8:12am" in the window's zone, or null without a window. */
  clock: string | null;
}

const seconds = (range: MinuteRange) => ({
  low: minutesToSeconds(range.low),
  high: minutesToSeconds(range.high),
});

/** The steps of a model, with their T+ ranges and clock times (the schedule's own formatting). */
export function stepRows(model: PreviewModel): StepRow[] {
  const window = model.window;
  const last = model.steps.reduce((most, step) => Math.max(most, step.end?.high ?? 0), 0);
  const clock = window
    ? clockWriter(window, window.startMs + minutesToMs(last), model.timeFormat)
    : undefined;
  const at =
    clock && window
      ? (minutes: number) =>
          clock(window.startMs + secondsToMs(Math.round(minutesToSeconds(minutes))))
      : undefined;
  return model.steps.map((step) => {
    if (!step.start || !step.end) return { step, when: null, clock: null };
    const bound = step.startLowerBound === true;
    const endBound = bound || step.estimate === null;
    const start = tPlusAtLeast(seconds(step.start), bound);
    const end = tPlusAtLeast(seconds(step.end), endBound).slice(2);
    // A dash between two ranges ("0:30..1:00–6:30..13:00") reads as one range too many.
    const when = `${start}${start.includes('..') || end.includes('..') ? ' to ' : '–'}${end}`;
    // A time that is only a lower bound is no time on the clock: say so, never a confident end.
    const clock = !at
      ? null
      : bound
        ? step.start.low > 0
          ? `${at(step.start.low)} at the earliest`
          : null
        : `${at(step.start.low)}–${endBound ? '?' : at(step.end.high)}`;
    return { step, when, clock };
  });
}
