import type { Diagnostic } from '../diagnostic';
import type { DocumentKind } from '../document-kind';
import { parseDuration } from '../duration';
import { unitlessDurationFixes } from '../fixes/unitless-duration';
import { nodeAtPath, type PathSegment, type YamlNode } from '../yaml/tree';
import type { Rule } from './rule';

/** Where durations live in each kind; `*` stands for every item of a list. */
const DURATION_PATHS: Record<DocumentKind, PathSegment[][]> = {
  runbook: [
    ['window', 'length'],
    ['steps', '*', 'estimate'],
    ['rollback', 'deadline'],
    ['rollback', 'estimate'],
  ],
  announcement: [['estimate'], ['length'], ['reminders', '*']],
};

/** The nodes at a path with `*` wildcards over sequences, added to `found` (no array per item). */
function collectAt(root: YamlNode | null, path: readonly PathSegment[], found: YamlNode[]): void {
  const star = path.indexOf('*');
  if (star < 0) {
    const node = nodeAtPath(root, path)?.node;
    if (node) found.push(node);
    return;
  }
  const list = nodeAtPath(root, path.slice(0, star))?.node;
  if (list?.type !== 'seq') return;
  const rest = path.slice(star + 1);
  for (const item of list.items) collectAt(item, rest, found);
}

/** `invalid-duration`: a duration that does not parse, is zero or negative, or runs backwards. */
export const invalidDuration: Rule = ({ parsed, kind }) => {
  if (!kind) return [];
  const diagnostics: Diagnostic[] = [];
  const nodes: YamlNode[] = [];
  for (const path of DURATION_PATHS[kind]) collectAt(parsed.root, path, nodes);
  for (const node of nodes) {
    if (node.type !== 'scalar' || node.value === null || typeof node.value === 'boolean') continue;
    const result = parseDuration(node.value);
    if (result.ok) continue;
    const fixes = unitlessDurationFixes(node.value, node.start, node.end);
    diagnostics.push({
      code: 'invalid-duration',
      severity: 'error',
      message: result.message,
      start: node.start,
      end: node.end,
      ...(fixes.length > 0 ? { fixes } : {}),
    });
  }
  return diagnostics;
};
