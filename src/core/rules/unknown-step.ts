import type { Diagnostic } from '../diagnostic';
import { reusedIndex, type SuggestionIndex } from '../text/closest';
import type { Rule } from './rule';

const SUGGESTED = 3;

/** `unknown-step`: a `needs` entry that names no step, with the closest ids as quick fixes. */
export const unknownStep: Rule = ({ steps, graph }) => {
  let index: SuggestionIndex | undefined;
  const diagnostics: Diagnostic[] = [];
  for (const step of steps) {
    for (const need of step.needs ?? []) {
      if (graph.indexById.has(need.id)) continue;
      // One index for the whole file (and the next version's, while its ids stay the same); the
      // step's own id is dropped from its answers, not from it.
      index ??= reusedIndex(Array.from(graph.indexById.keys()));
      const candidates = index
        .closest(need.id, SUGGESTED + 1)
        .filter((id) => id !== step.id?.id)
        .slice(0, SUGGESTED);
      const hint =
        candidates.length > 0
          ? ` Did you mean ${candidates.map((c) => `"${c}"`).join(' or ')}?`
          : '';
      diagnostics.push({
        code: 'unknown-step',
        severity: 'error',
        message: `No step has the id "${need.id}".${hint}`,
        start: need.start,
        end: need.end,
        fixes: candidates.map((candidate, i) => ({
          title: `Change to "${candidate}"`,
          edits: [{ start: need.start, end: need.end, newText: candidate }],
          preferred: i === 0 && candidates.length === 1,
        })),
      });
    }
  }
  return diagnostics;
};
