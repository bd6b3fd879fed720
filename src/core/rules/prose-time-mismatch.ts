import type { Diagnostic } from '../diagnostic';
import { checkProseTime } from '../time/prose-check';
import type { ZoneLabel } from '../time/prose-labels';
import { findProseTimes } from '../time/prose-times';
import { resolvedWindow, type ResolvedWindow } from '../time/window';
import { zoneCity } from '../time/zone-names';
import { nodeAtPath, type YamlNode, type YamlScalar } from '../yaml/tree';
import type { Rule } from './rule';

/**
 * Every string scalar under a node, in document order: section texts, FAQ questions and answers.
 * Walked with a stack of its own, so no nesting depth can overflow the call stack.
 */
function stringsUnder(root: YamlNode | null | undefined): YamlScalar[] {
  const found: YamlScalar[] = [];
  const stack: Array<YamlNode | null | undefined> = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) continue;
    if (node.type === 'scalar') {
      if (typeof node.value === 'string') found.push(node);
    } else if (node.type === 'seq') {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
    } else {
      for (let i = node.pairs.length - 1; i >= 0; i--) stack.push(node.pairs[i].value);
    }
  }
  return found;
}

/** The names prose may use for the window's zones: audience labels, then the zones' cities. */
function zoneLabels(window: ResolvedWindow): ZoneLabel[] {
  const labels: ZoneLabel[] = window.conversions.map((c) => ({ label: c.label, zone: c.zone }));
  for (const zone of [window.primaryZone, ...window.conversions.map((c) => c.zone)]) {
    if (zone.includes('/') && !zone.startsWith('Etc/'))
      labels.push({ label: zoneCity(zone), zone });
  }
  return labels;
}

/**
 * `prose-time-mismatch`: a time an announcement's sections or banner write with a zone
 * ("8:00AM BST", "Tokyo: 4pm", "00:00am - 01:00am EST") that disagrees with the window; each
 * mismatch is marked on its own wrong words, with the right text as the fix.
 */
export const proseTimeMismatch: Rule = ({ kind, parsed, text, window: read }) => {
  const window = resolvedWindow(read);
  if (kind !== 'announcement' || !window) return [];
  const scalars = [
    ...stringsUnder(nodeAtPath(parsed.root, ['sections'])?.node),
    ...stringsUnder(nodeAtPath(parsed.root, ['channels', 'banner', 'text'])?.node),
  ];
  const labels = zoneLabels(window);
  const checked = {
    startMs: window.startMs,
    ...(window.endMs !== undefined ? { endMs: window.endMs } : {}),
    zones: [window.primaryZone, ...window.conversions.map((c) => c.zone)],
  };
  const diagnostics: Diagnostic[] = [];
  for (const scalar of scalars) {
    for (const prose of findProseTimes(text, scalar.start, scalar.end, labels)) {
      const mismatch = checkProseTime(prose, checked, text);
      if (!mismatch) continue;
      diagnostics.push({
        code: 'prose-time-mismatch',
        severity: 'warning',
        message: mismatch.message,
        start: mismatch.start,
        end: mismatch.end,
        fixes: [
          {
            title: `Change to "${mismatch.replacement}"`,
            edits: [{ start: mismatch.start, end: mismatch.end, newText: mismatch.replacement }],
            preferred: true,
          },
        ],
      });
    }
  }
  return diagnostics;
};
