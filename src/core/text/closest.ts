import { CandidateTrie } from './candidate-trie';

// "Did you mean" once compared every unknown word with every candidate through a full edit
// matrix: 1,000 typos among 1,000 steps took 17 s, one 10,000-character id 21 s and 925 MB.
// Now words and candidates are capped in length, candidates sit in a trie that one banded walk
// searches (leaving a branch once it is past the budget), and only the best few are kept.

/** Words or candidates longer than this get no suggestion: nobody mistypes a 65-character id. */
export const MAX_SUGGESTED_LENGTH = 64;
/** Suggestions per word, whatever the caller asks for. */
export const MAX_SUGGESTIONS = 5;
/** Candidates that contain the word, looked at per word (the rest tie with these anyway). */
const MAX_CONTAINING = 1000;
/** Edits allowed at most, whatever the word's length: a third of 64 characters is no typo. */
const MAX_EDITS = 6;
/** Containment only counts from three characters: "a" is in every word. */
const MIN_CONTAINED = 3;

/**
 * Edit distance (insertions, deletions, substitutions, adjacent swaps), case-insensitive, between
 * words (not texts: MAX_ROWS_PER_SEARCH bounds the work). With `max`, any distance above it comes
 * back as `max + 1`, in time proportional to length × max.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  const lowerA = a.toLowerCase();
  const lowerB = b.toLowerCase();
  const budget = Math.min(max, Math.max(lowerA.length, lowerB.length));
  if (lowerA === lowerB) return 0;
  const trie = new CandidateTrie<true>();
  trie.add(lowerB, true);
  return trie.within(Array.from(lowerA), budget).get(true) ?? budget + 1;
}

interface Entry {
  candidate: string;
  lower: string;
}

interface Scored {
  candidate: string;
  score: number;
}

/** Candidates indexed for suggestions: in a trie, by lower-case text, and by trigram for substring search. */
export class SuggestionIndex {
  private readonly trie = new CandidateTrie<Entry>();
  private readonly lengths = new Set<number>();
  private readonly byLower = new Map<string, Entry[]>();
  private readonly entries: Entry[] = [];
  /** Entries by each three characters of their text, in order; built on the first substring search. */
  private trigrams: Map<string, Entry[]> | undefined;

  constructor(candidates: Iterable<string>) {
    const seen = new Set<string>();
    for (const candidate of candidates) {
      if (candidate.length > MAX_SUGGESTED_LENGTH || seen.has(candidate)) continue;
      seen.add(candidate);
      const entry = { candidate, lower: candidate.toLowerCase() };
      this.entries.push(entry);
      this.trie.add(entry.lower, entry);
      this.lengths.add(entry.lower.length);
      addTo(this.byLower, entry.lower, entry);
    }
  }

  /**
   * The candidates closest to `word`, best first: those within a third of the word's length in
   * edits (at least 1, at most MAX_EDITS), or that contain it or are contained in it (from three
   * characters).
   */
  closest(word: string, limit = 3): string[] {
    if (word.length === 0 || word.length > MAX_SUGGESTED_LENGTH || word.includes('\0')) return [];
    const lower = word.toLowerCase();
    const budget = Math.min(MAX_EDITS, Math.max(1, Math.ceil(word.length / 3)));
    const size = Math.min(limit, MAX_SUGGESTIONS);
    const containing = lower.length >= MIN_CONTAINED ? this.containing(lower) : new Set<Entry>();
    const contained = lower.length > MIN_CONTAINED ? this.containedIn(lower) : new Set<Entry>();
    // Once `size` candidates that would be offered lie within d edits, nothing farther can beat
    // them: the walk then narrows its budget to d, leaving more branches early.
    const distances: number[] = [];
    const near = this.trie.within(Array.from(lower), budget, (entry, distance) => {
      const offered = distance < word.length || containing.has(entry) || contained.has(entry);
      if (entry.candidate !== word && offered) keepSmallest(distances, distance, size);
      return distances.length === size ? distances[size - 1] : budget;
    });
    const best = new TopScores(size);
    for (const [entry, distance] of near) {
      if (entry.candidate === word || containing.has(entry) || contained.has(entry)) continue;
      if (distance < word.length) best.offer({ candidate: entry.candidate, score: distance });
    }
    // A candidate that contains the word (or is in it) counts as within the budget, however far.
    for (const entry of new Set([...containing, ...contained]))
      if (entry.candidate !== word)
        best.offer({
          candidate: entry.candidate,
          score: Math.min(near.get(entry) ?? budget, budget),
        });
    return best.sorted();
  }

  /**
   * Entries whose text contains `lower` (up to MAX_CONTAINING of them, in order). Only entries
   * that hold the word's rarest three characters can: scanning every candidate for every word was
   * a pass over 100,000 ids per mistyped need.
   */
  private containing(lower: string): Set<Entry> {
    const trigrams = (this.trigrams ??= this.indexTrigrams());
    let rarest: Entry[] = [];
    for (let i = 0; i + MIN_CONTAINED <= lower.length; i++) {
      const entries = trigrams.get(lower.slice(i, i + MIN_CONTAINED)) ?? [];
      if (i === 0 || entries.length < rarest.length) rarest = entries;
      if (rarest.length === 0) break;
    }
    const found = new Set<Entry>();
    for (const entry of rarest) {
      if (found.size >= MAX_CONTAINING) break;
      if (entry.lower.includes(lower)) found.add(entry);
    }
    return found;
  }

  private indexTrigrams(): Map<string, Entry[]> {
    const trigrams = new Map<string, Entry[]>();
    for (const entry of this.entries) {
      for (let i = 0; i + MIN_CONTAINED <= entry.lower.length; i++) {
        const key = entry.lower.slice(i, i + MIN_CONTAINED);
        const entries = trigrams.get(key);
        if (!entries) trigrams.set(key, [entry]);
        else if (entries[entries.length - 1] !== entry) entries.push(entry);
      }
    }
    return trigrams;
  }

  /** Entries at least MIN_CONTAINED long whose text is inside `lower`. */
  private containedIn(lower: string): Set<Entry> {
    const found = new Set<Entry>();
    for (const length of this.lengths) {
      if (length < MIN_CONTAINED || length >= lower.length) continue;
      for (let from = 0; from + length <= lower.length; from++)
        for (const entry of this.byLower.get(lower.slice(from, from + length)) ?? [])
          found.add(entry);
    }
    return found;
  }
}

function addTo<K>(map: Map<K, Entry[]>, key: K, entry: Entry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

/** Adds `value` to the ascending `values`, keeping the `size` smallest. */
function keepSmallest(values: number[], value: number, size: number): void {
  if (size <= 0 || (values.length === size && value >= values[size - 1])) return;
  let at = values.length;
  while (at > 0 && values[at - 1] > value) at--;
  values.splice(at, 0, value);
  if (values.length > size) values.pop();
}

/** The best few scores seen, without sorting everything offered. */
class TopScores {
  private readonly kept: Scored[] = [];

  constructor(private readonly size: number) {}

  offer(entry: Scored): void {
    if (this.size <= 0) return;
    if (this.kept.length === this.size && !before(entry, this.kept[this.kept.length - 1])) return;
    let at = this.kept.length;
    while (at > 0 && before(entry, this.kept[at - 1])) at--;
    this.kept.splice(at, 0, entry);
    if (this.kept.length > this.size) this.kept.pop();
  }

  sorted(): string[] {
    return this.kept.map((entry) => entry.candidate);
  }
}

const before = (a: Scored, b: Scored) =>
  a.score < b.score || (a.score === b.score && a.candidate.localeCompare(b.candidate) < 0);

const indexes = new WeakMap<readonly string[], SuggestionIndex>();

/**
 * The candidates closest to `word`, best first (see SuggestionIndex.closest). An array of
 * candidates keeps its index, so asking again about the same list costs no new index (the array
 * must not change afterwards; every caller builds a fresh one or keeps a fixed one).
 */
export function closestMatches(word: string, candidates: Iterable<string>, limit = 3): string[] {
  if (!Array.isArray(candidates)) return new SuggestionIndex(candidates).closest(word, limit);
  const list = candidates as readonly string[];
  let index = indexes.get(list);
  if (!index) {
    index = new SuggestionIndex(list);
    indexes.set(list, index);
  }
  return index.closest(word, limit);
}

let lastIndexed: { candidates: readonly string[]; index: SuggestionIndex } | undefined;

/**
 * The index of these candidates, reused while a caller asks about the same candidates in the same
 * order: a runbook's step ids stay the same through most edits, and indexing 10,000 of them costs
 * more than the rest of its `unknown-step` rule. One list is kept, so memory stays bounded.
 */
export function reusedIndex(candidates: readonly string[]): SuggestionIndex {
  if (!lastIndexed || !sameList(lastIndexed.candidates, candidates))
    lastIndexed = { candidates, index: new SuggestionIndex(candidates) };
  return lastIndexed.index;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
