import type { Diagnostic } from '../diagnostic';
import { localTime } from '../time/conversion';
import { formatLocalDateTime, formatRelative } from '../time/format';
import { resolvedWindow } from '../time/window';
import type { Rule } from './rule';

/** `start-in-past`: the window has already begun, against the `now` the analysis was given (none: no check). */
export const startInPast: Rule = (analysis) => {
  const { now } = analysis;
  const window = resolvedWindow(analysis.window);
  if (now === undefined || !window || now < window.startMs) return [];
  const { startMs, endMs, primaryZone } = window;
  const when = `${formatLocalDateTime(localTime(startMs, primaryZone))} ${primaryZone}`;
  const ago = (ms: number) =>
    formatRelative(now, ms) === 'now' ? 'just now' : formatRelative(now, ms);
  const message =
    endMs === undefined
      ? `This window has already begun: it opened ${ago(startMs)} (${when}).`
      : now >= endMs
        ? `This window has already closed: it opened ${ago(startMs)} (${when}). Move the start if this is a new plan.`
        : `This window is open now: it opened ${ago(startMs)} (${when}) and closes ${formatRelative(now, endMs)}.`;
  const diagnostic: Diagnostic = {
    code: 'start-in-past',
    severity: 'info',
    message,
    start: window.start.node.start,
    end: window.start.node.end,
  };
  return [diagnostic];
};
