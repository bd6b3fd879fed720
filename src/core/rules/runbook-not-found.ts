import type { Diagnostic } from '../diagnostic';
import { replaceNode } from '../fixes/yaml-edits';
import { scalarOf } from '../yaml/tree';
import type { Rule } from './rule';

/**
 * `runbook-not-found`: an announcement's `runbook:` that does not lead to a runbook: no such
 * file, outside the workspace, a folder, the announcement itself, unreadable, or not a runbook.
 * The message is the resolver's, which knows which; a near miss of a file name comes as a fix.
 */
export const runbookNotFound: Rule = ({ kind, parsed, linked }) => {
  const node = scalarOf(parsed.root, 'runbook');
  if (kind !== 'announcement' || !node || !linked || linked.status === 'found') return [];
  const diagnostic: Diagnostic = {
    code: 'runbook-not-found',
    severity: 'error',
    message: linked.message,
    start: node.start,
    end: node.end,
  };
  if (linked.status === 'not-found' && linked.suggestion) {
    diagnostic.fixes = [
      {
        title: `Change to ${linked.suggestion}`,
        edits: [replaceNode(node, linked.suggestion)],
        preferred: true,
      },
    ];
  }
  return [diagnostic];
};
