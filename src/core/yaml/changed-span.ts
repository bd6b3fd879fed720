/** Where two versions of a text differ: one span, from the first to the last differing character. */
export interface ChangedSpan {
  /** Offset of the first difference (the same in both texts). */
  start: number;
  /** End of the differing span in the old text. */
  oldEnd: number;
  /** End of the differing span in the new text. */
  newEnd: number;
  /** How far text after the span moved: new length minus old length. */
  delta: number;
}

const CHUNK = 4096;

/**
 * The span an edit (or a burst of edits) changed, found by comparing the texts from both ends:
 * linear, and it needs nothing from the editor's change events. The common end is taken first,
 * so that of the places a line added or removed could be said to be (the lines around it alike),
 * the first is taken: a line added at the end of a step then belongs to that step, not to the
 * next one, whose first line would otherwise look edited. The common start never overlaps the
 * common end, so `start <= oldEnd` and `start <= newEnd`.
 */
export function changedSpan(oldText: string, newText: string): ChangedSpan {
  const shorter = Math.min(oldText.length, newText.length);
  let common = 0;
  // Whole chunks first: comparing two substrings is a memory compare, far faster than a character loop.
  while (
    common + CHUNK <= shorter &&
    oldText.slice(oldText.length - common - CHUNK, oldText.length - common) ===
      newText.slice(newText.length - common - CHUNK, newText.length - common)
  )
    common += CHUNK;
  while (
    common < shorter &&
    oldText.charCodeAt(oldText.length - 1 - common) ===
      newText.charCodeAt(newText.length - 1 - common)
  )
    common++;
  let start = 0;
  while (
    start + CHUNK <= shorter - common &&
    oldText.slice(start, start + CHUNK) === newText.slice(start, start + CHUNK)
  )
    start += CHUNK;
  while (start < shorter - common && oldText.charCodeAt(start) === newText.charCodeAt(start))
    start++;
  return {
    start,
    oldEnd: oldText.length - common,
    newEnd: newText.length - common,
    delta: newText.length - oldText.length,
  };
}
