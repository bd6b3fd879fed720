import type { Diagnostic, Fix } from '../diagnostic';
import type { DocumentKind } from '../document-kind';
import { plannedLengthSeconds } from '../fixes/durations';
import { lengthFix, windowMap } from '../fixes/window-length';
import { windowEstimate } from '../plan/window-estimate';
import { msToSeconds } from '../time/units';
import { pairOf, type YamlNode } from '../yaml/tree';
import type { RuleContext } from '../analysis-types';
import type { Rule } from './rule';

/** What a placeholder length says in the fix's title: the author must still choose it. */
const PLACEHOLDER_SECONDS = 3600;

/**
 * `window-without-end`: a window with a `start` and nothing that gives its length: no `end`, no
 * `length`, and no estimate to plan it from (a runbook's steps; an announcement's `estimate` or
 * linked runbook). Its end is unknown, so exports cannot say when the work is over.
 */
export const windowWithoutEnd: Rule = (context) => {
  const { kind, parsed, window } = context;
  if (!kind || !window?.start) return [];
  const map = windowMap(parsed.root, kind);
  if (['end', 'length'].some((key) => pairOf(map, key))) return [];
  if (windowEstimate({ ...context, root: parsed.root })) return [];
  if (kind === 'announcement' && !announcementCouldEnd(context)) return [];
  const startKey = pairOf(map, 'start')?.key ?? window.start.node;
  const diagnostic: Diagnostic = {
    code: 'window-without-end',
    severity: 'warning',
    message: message(kind),
    start: startKey.start,
    end: startKey.end,
  };
  const fix = endFix(context, kind);
  return [fix ? { ...diagnostic, fixes: [fix] } : diagnostic];
};

/**
 * An announcement's `estimate:` that does not parse is `invalid-duration`'s, and a `runbook:` that
 * does not resolve is `runbook-not-found`'s: one problem, one diagnostic.
 */
function announcementCouldEnd({ parsed, linked }: RuleContext): boolean {
  if (pairOf(parsed.root, 'estimate')) return false;
  if (!pairOf(parsed.root, 'runbook')) return true;
  return linked?.status === 'found';
}

function message(kind: DocumentKind): string {
  return kind === 'runbook'
    ? 'This window has a start but no end: nothing gives its length. Add `length:` (like 2h) or `end:` to the window, or estimates to the steps (the window then lasts the planned length).'
    : 'This window has a start but no end: nothing gives its length. Add `length:` (like 2h), `end:`, `estimate:` (the window then lasts safety factor × estimate), or `runbook:` linking a runbook with estimates.';
}

/** The linked runbook's window length when it has one; otherwise a length to overwrite. */
function endFix(context: RuleContext, kind: DocumentKind): Fix | undefined {
  const { text, parsed, linked } = context;
  const root: YamlNode | null = parsed.root;
  const runbookWindow = linked?.status === 'found' ? linked.analysis.window : undefined;
  if (runbookWindow?.lengthMs !== undefined && runbookWindow.lengthMs > 0) {
    const seconds = plannedLengthSeconds(msToSeconds(runbookWindow.lengthMs));
    return lengthFix(text, root, kind, seconds, "the runbook's window");
  }
  return lengthFix(text, root, kind, PLACEHOLDER_SECONDS, 'a placeholder: set the length you plan');
}
