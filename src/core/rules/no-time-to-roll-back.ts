import type { Diagnostic, Fix } from '../diagnostic';
import { formatDuration, parseDuration } from '../duration';
import { durationText, isShorter } from '../fixes/durations';
import { lengthFix, writtenLength } from '../fixes/window-length';
import { replaceNode } from '../fixes/yaml-edits';
import { nodeAtPath, type YamlNode } from '../yaml/tree';
import type { Rule } from './rule';
import { minutesToSeconds, msToSeconds, secondsToMinutes } from '../time/units';

/** A duration node's high end in seconds, when it parses (`invalid-duration` reports the rest). */
function seconds(node: YamlNode | null | undefined): number | undefined {
  if (node?.type !== 'scalar' || typeof node.value !== 'string') return undefined;
  const parsed = parseDuration(node.value);
  return parsed.ok ? parsed.high : undefined;
}

/**
 * `no-time-to-roll-back`: a runbook whose `rollback.deadline` plus `rollback.estimate` ends after
 * the window: deciding to roll back at the deadline would overrun it (seed 004 kept its longer
 * window "to make sure we have time … to roll back"). Silent without a deadline.
 */
export const noTimeToRollBack: Rule = ({ text, parsed, kind, window }) => {
  if (kind !== 'runbook' || window?.lengthMs === undefined) return [];
  const deadlineNode = nodeAtPath(parsed.root, ['rollback', 'deadline'])?.node;
  const deadline = seconds(deadlineNode);
  if (!deadlineNode || deadline === undefined) return [];
  const rollback = seconds(nodeAtPath(parsed.root, ['rollback', 'estimate'])?.node) ?? 0;
  const length = msToSeconds(window.lengthMs);
  const needed = deadline + rollback;
  if (!isShorter(length, needed)) return [];
  const sum =
    rollback > 0
      ? `deadline ${formatDuration(deadline)} + rollback ${formatDuration(rollback)} = ${formatDuration(needed)}`
      : `the deadline ${formatDuration(deadline)} (no \`rollback.estimate\`)`;
  const lengthWhy = writtenLength(parsed.root, 'runbook')
    ? ''
    : ' (without `length` or `end` it lasts the planned length)';
  const diagnostic: Diagnostic = {
    code: 'no-time-to-roll-back',
    severity: 'warning',
    message: `No time to roll back: ${sum} ends after the ${formatDuration(length)} window${lengthWhy}; a rollback decided at the deadline would overrun it by ${formatDuration(needed - length)}.`,
    start: deadlineNode.start,
    end: deadlineNode.end,
    fixes: fixes(text, parsed.root, deadlineNode, length, rollback, needed),
  };
  return [diagnostic];
};

/** Decide earlier (preferred: the window stays as announced), or make the window long enough. */
function fixes(
  text: string,
  root: YamlNode | null,
  deadlineNode: YamlNode,
  length: number,
  rollback: number,
  needed: number,
): Fix[] {
  const found: Fix[] = [];
  // Whole minutes, rounded down: a deadline a little early is safe, a little late is not.
  const earlier = minutesToSeconds(Math.floor(secondsToMinutes(length - rollback)));
  if (earlier >= 60) {
    const value = durationText(earlier);
    const why =
      rollback > 0
        ? `window ${formatDuration(length)} − rollback ${formatDuration(rollback)}`
        : "the window's length";
    found.push({
      title: `Set the deadline to ${value} (${why})`,
      edits: [replaceNode(deadlineNode, value)],
      preferred: true,
    });
  }
  const longer = lengthFix(
    text,
    root,
    'runbook',
    minutesToSeconds(Math.ceil(secondsToMinutes(needed))),
    `deadline + rollback`,
  );
  if (longer) found.push({ ...longer, preferred: found.length === 0 });
  return found;
}
