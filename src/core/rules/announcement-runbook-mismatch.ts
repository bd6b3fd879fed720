import type { Analysis } from '../analysis-types';
import type { Diagnostic, Fix } from '../diagnostic';
import { formatDuration, formatDurationRange } from '../duration';
import { differs, durationRangeText } from '../fixes/durations';
import { timeTextIn } from '../fixes/time-text';
import { lengthFix, writtenLength } from '../fixes/window-length';
import { isImpact, worstImpact } from '../model/impact';
import { flowList, replaceNode } from '../fixes/yaml-edits';
import { ownEstimate } from '../plan/window-estimate';
import { localTime } from '../time/conversion';
import { formatLocalDateTime } from '../time/format';
import { validZone } from '../time/time-field';
import { scalarOf, valueOf, type YamlNode } from '../yaml/tree';
import type { RuleContext } from '../analysis-types';
import type { Rule } from './rule';
import { msToSeconds } from '../time/units';

const mismatch = (node: YamlNode, message: string, fix?: Fix): Diagnostic => ({
  code: 'announcement-runbook-mismatch',
  severity: 'warning',
  message,
  start: node.start,
  end: node.end,
  ...(fix ? { fixes: [fix] } : {}),
});

/**
 * `announcement-runbook-mismatch`: what an announcement tells readers that its linked runbook
 * contradicts: the start instant, the zone, the length (an announcement without `length` or
 * `end` announces the runbook's planned length), the impact (against the runbook's worst step),
 * the affected services (as sets) and its own `estimate`. Each on the announcement's own field.
 */
export const announcementRunbookMismatch: Rule = (context) => {
  const { kind, linked } = context;
  if (kind !== 'announcement' || linked?.status !== 'found' || linked.analysis.kind !== 'runbook')
    return [];
  const runbook = linked.analysis;
  return [
    ...startAndZone(context, runbook),
    ...length(context, runbook),
    ...impact(context, runbook),
    ...affected(context, runbook),
    ...estimate(context, runbook),
  ];
};

function at(ms: number, zone: string): string {
  return `${formatLocalDateTime(localTime(ms, zone))} ${zone}`;
}

/** A different zone is one diagnostic (its fix also rewrites the start); else a different start instant. */
function startAndZone({ window }: RuleContext, runbook: Analysis): Diagnostic[] {
  const own = window;
  const theirs = runbook.window;
  if (!own || !theirs) return [];
  const ownZone = validZone(own.zone);
  const theirZone = validZone(theirs.zone);
  const ownStart = own.startMs;
  const theirStart = theirs.startMs;
  const withOffset = own.start?.written?.offset !== undefined;
  if (own.zone && ownZone && theirZone && ownZone !== theirZone) {
    const starts =
      ownStart !== undefined && theirStart !== undefined && ownStart !== theirStart
        ? `; it starts ${at(ownStart, ownZone)}, the runbook ${at(theirStart, theirZone)}`
        : '';
    const edits = [replaceNode(own.zone.node, theirZone)];
    if (own.start && theirStart !== undefined)
      edits.push(replaceNode(own.start.node, timeTextIn(theirStart, theirZone, withOffset)));
    const fix = {
      title: `Use the runbook's zone${theirStart !== undefined ? ' and start' : ''}: ${theirStart !== undefined ? at(theirStart, theirZone) : theirZone}`,
      edits,
      preferred: true,
    };
    return [
      mismatch(
        own.zone.node,
        `The announcement is in ${ownZone}, but its runbook's window is in ${theirZone}${starts}.`,
        fix,
      ),
    ];
  }
  if (
    !own.start ||
    ownStart === undefined ||
    theirStart === undefined ||
    ownStart === theirStart ||
    !own.primaryZone
  )
    return [];
  const gap = formatDuration(msToSeconds(Math.abs(ownStart - theirStart)));
  const newText = timeTextIn(theirStart, own.primaryZone, withOffset);
  const message = `The announcement starts ${at(ownStart, own.primaryZone)}, ${gap} ${ownStart > theirStart ? 'after' : 'before'} its runbook's window (${at(theirStart, own.primaryZone)}).`;
  return [
    mismatch(own.start.node, message, {
      title: `Start at the runbook's ${newText}`,
      edits: [replaceNode(own.start.node, newText)],
      preferred: true,
    }),
  ];
}

/** The announced length against the runbook's window; without `length` or `end` the announcement took the runbook's planned length. */
function length({ text, parsed, window }: RuleContext, runbook: Analysis): Diagnostic[] {
  const ownMs = window?.lengthMs;
  const theirMs = runbook.window?.lengthMs;
  if (
    ownMs === undefined ||
    theirMs === undefined ||
    !differs(msToSeconds(ownMs), msToSeconds(theirMs))
  )
    return [];
  const own = formatDuration(msToSeconds(ownMs));
  const theirs = formatDuration(msToSeconds(theirMs));
  const written = writtenLength(parsed.root, 'announcement');
  const fix = lengthFix(
    text,
    parsed.root,
    'announcement',
    msToSeconds(theirMs),
    "the runbook's window",
  );
  if (written?.key === 'length')
    return [
      mismatch(
        written.node,
        `The announced length ${own} differs from its runbook's window, ${theirs}.`,
        fix,
      ),
    ];
  if (written)
    return [
      mismatch(
        written.node,
        `The announced window lasts ${own} to \`end\`, but its runbook's window lasts ${theirs}.`,
      ),
    ];
  // The rule runs only on an announcement whose `runbook:` was found.
  const link = scalarOf(parsed.root, 'runbook');
  if (!link) return [];
  return [
    mismatch(
      link,
      `This announcement has no \`length\`, so it lasts the planned ${own}; but its runbook's window is ${theirs}.`,
      fix,
    ),
  ];
}

/** The announced impact against the worst impact of the runbook's steps. */
function impact({ parsed }: RuleContext, runbook: Analysis): Diagnostic[] {
  const node = scalarOf(parsed.root, 'impact');
  const worst = worstImpact(runbook.steps.map((step) => step.impact));
  const step = runbook.steps.find((s) => worst !== undefined && s.impact === worst);
  if (
    !node ||
    typeof node.value !== 'string' ||
    !isImpact(node.value) ||
    !worst ||
    !step ||
    node.value === worst
  )
    return [];
  const name = step.id ? `step "${step.id.id}"` : `step ${step.index + 1}`;
  const message = `The announcement says impact ${node.value}, but its runbook's worst is ${worst} (${name}).`;
  return [
    mismatch(node, message, {
      title: `Set impact to ${worst}`,
      edits: [replaceNode(node, worst)],
      preferred: true,
    }),
  ];
}

/** The strings of a list such as `affected`, when it is one. */
function stringList(node: YamlNode | undefined): string[] | undefined {
  if (node?.type !== 'seq') return undefined;
  return node.items.flatMap((item) =>
    item.type === 'scalar' && item.value !== null ? [String(item.value).trim()] : [],
  );
}

/** The affected services as sets: what the runbook lists that readers are not told, and the other way round. */
function affected({ parsed }: RuleContext, runbook: Analysis): Diagnostic[] {
  const node = valueOf(parsed.root, 'affected');
  const own = stringList(node);
  const theirs = stringList(valueOf(runbook.parsed.root, 'affected'));
  if (!node || !own || !theirs) return [];
  // Sets, not includes() in a filter: two lists of 10,000 services are no 10⁸ comparisons.
  const ownSet = new Set(own);
  const theirSet = new Set(theirs);
  const missing = theirs.filter((service) => !ownSet.has(service));
  const extra = own.filter((service) => !theirSet.has(service));
  if (missing.length === 0 && extra.length === 0) return [];
  const parts = [
    missing.length > 0 ? `leaves out ${missing.join(', ')}, which its runbook affects` : '',
    extra.length > 0 ? `lists ${extra.join(', ')}, which its runbook does not` : '',
  ];
  const message = `\`affected\` ${parts.filter(Boolean).join(', and ')}.`;
  return [
    mismatch(node, message, {
      title: `Set affected to the runbook's ${flowList(theirs)}`,
      edits: [replaceNode(node, flowList(theirs))],
      preferred: true,
    }),
  ];
}

/** The announcement's own `estimate` against the runbook's, whose plan is what counts (high ends, as planning does). */
function estimate({ parsed }: RuleContext, runbook: Analysis): Diagnostic[] {
  const node = scalarOf(parsed.root, 'estimate');
  const own = ownEstimate(parsed.root);
  const plan = runbook.plan;
  if (!node || !own || !plan || plan.estimate.high === 0 || !differs(own.high, plan.estimate.high))
    return [];
  const theirs = formatDurationRange(plan.estimate);
  const message = `The announcement's estimate ${formatDurationRange(own)} differs from its runbook's, ${plan.lowerBound ? 'at least ' : ''}${theirs}, which is the one the window is planned from.`;
  const newText = durationRangeText(plan.estimate);
  return [
    mismatch(node, message, {
      title: `Set estimate to the runbook's ${newText}`,
      edits: [replaceNode(node, newText)],
      preferred: true,
    }),
  ];
}
