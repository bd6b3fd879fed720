import type { Diagnostic, Fix } from '../diagnostic';
import { skeletonStart } from '../time/skeleton-start';
import { keyName, pairOf, type YamlMap, type YamlNode, type YamlPair } from '../yaml/tree';
import type { RuleContext } from '../analysis-types';
import type { Rule } from './rule';

/** Keys a window skeleton goes after, when the runbook has them: its heading, before the plan. */
const HEADING_KEYS = new Set(['kind', 'id', 'title', 'owner', 'description']);

/**
 * `missing-window`: a runbook with no `window:` (or an empty one) says nothing about when it runs:
 * no times to check or convert, no announcement to compare with, no deadline.
 */
export const missingWindow: Rule = (context) => {
  const { kind, parsed } = context;
  const root = parsed.root;
  // While the YAML does not parse, the tree may stop before the `window:` that is there.
  if (kind !== 'runbook' || parsed.problems.length > 0) return [];
  if (root?.type !== 'map' || root.pairs.length === 0) return [];
  const window = pairOf(root, 'window');
  // A window that is not a mapping (a list, a string) is the schema's error.
  if (window && !isEmpty(window.value)) return [];
  const anchor = window?.key ?? root.pairs[0].key;
  const diagnostic: Diagnostic = {
    code: 'missing-window',
    severity: 'warning',
    message:
      'This runbook has no window: nothing says when it runs, so its times cannot be checked, converted or announced. Add `window:` with `start:` and `zone:`.',
    start: anchor.start,
    end: anchor.end,
  };
  const fix = skeletonFix(context, root, window);
  return [fix ? { ...diagnostic, fixes: [fix] } : diagnostic];
};

/**
 * A window skeleton: a start one week after the analysis' `now` at the next full hour, in the
 * first audience zone (the file's, else `runbook.audienceZones`), else UTC. No `now`, no fix.
 */
function skeletonFix(
  { text, now, window }: RuleContext,
  root: YamlMap,
  empty: YamlPair | undefined,
): Fix | undefined {
  // A flow map (`{ kind: runbook, … }`) has no line to add a block to.
  if (now === undefined || text[root.start] === '{') return undefined;
  const zone = window?.audience.find((entry) => entry.validZone)?.validZone ?? 'UTC';
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const body = `  start: ${skeletonStart(now, zone)}${newline}  zone: ${zone}`;
  const title = 'Add a window starting a week from now';
  if (empty) {
    // `window:` with nothing after it: the skeleton goes on the lines below it.
    const at = lineEnd(text, empty.end);
    return {
      title,
      edits: [{ start: at, end: at, newText: `${newline}${body}` }],
      preferred: true,
    };
  }
  const after = lastHeadingPair(root);
  const at = after ? lineEnd(text, after.end) : 0;
  const block = `window:${newline}${body}`;
  const newText = after ? `${newline}${block}` : `${block}${newline}`;
  return { title, edits: [{ start: at, end: at, newText }], preferred: true };
}

function lastHeadingPair(root: YamlMap): YamlPair | undefined {
  let last: YamlPair | undefined;
  for (const pair of root.pairs) {
    const name = keyName(pair);
    if (name === undefined || !HEADING_KEYS.has(name)) break;
    last = pair;
  }
  return last;
}

/** The end of the line `offset` is on, before its line break (comments stay on their line). */
function lineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  if (newline < 0) return text.length;
  return text[newline - 1] === '\r' ? newline - 1 : newline;
}

function isEmpty(node: YamlNode | null): boolean {
  return node === null || (node.type === 'scalar' && node.value === null);
}
