import type { Diagnostic } from '../diagnostic';
import type { ChangedSpan } from '../yaml/changed-span';

/**
 * Diagnostics of the text before an edit, moved to where they stand after it: a range wholly
 * before the changed span stays, one wholly after it moves by the edit's delta. Undefined when
 * a range (the diagnostic's, a related place's or a fix's edit) touches the span, since what it
 * covers changed: the caller then runs the rule again.
 */
export function shiftDiagnostics(
  diagnostics: readonly Diagnostic[],
  change: ChangedSpan,
): Diagnostic[] | undefined {
  const shifted: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const moved = shiftDiagnostic(diagnostic, change);
    if (!moved) return undefined;
    shifted.push(moved);
  }
  return shifted;
}

function shiftDiagnostic(diagnostic: Diagnostic, change: ChangedSpan): Diagnostic | undefined {
  const delta = deltaFor(diagnostic, change);
  if (delta === undefined) return undefined;
  const moved: Diagnostic = {
    ...diagnostic,
    start: diagnostic.start + delta,
    end: diagnostic.end + delta,
  };
  if (diagnostic.related) {
    const related = [];
    for (const place of diagnostic.related) {
      const by = deltaFor(place, change);
      if (by === undefined) return undefined;
      related.push({ ...place, start: place.start + by, end: place.end + by });
    }
    moved.related = related;
  }
  if (diagnostic.fixes) {
    const fixes = [];
    for (const fix of diagnostic.fixes) {
      const edits = [];
      for (const edit of fix.edits) {
        const by = deltaFor(edit, change);
        if (by === undefined) return undefined;
        edits.push({ ...edit, start: edit.start + by, end: edit.end + by });
      }
      fixes.push({ ...fix, edits });
    }
    moved.fixes = fixes;
  }
  return moved;
}

/**
 * How far a range moves: 0 before the span, the delta after it, undefined when it touches it.
 * A range ending where the span starts, or one character before, counts as touching it: where
 * a plain scalar or a key ends depends on what follows it (`id: a` becoming `id: ab`, `xid: a`
 * becoming `xid:x a`).
 */
function deltaFor(range: { start: number; end: number }, change: ChangedSpan): number | undefined {
  if (range.end + 1 < change.start) return 0;
  if (range.start > change.oldEnd) return change.delta;
  return undefined;
}
