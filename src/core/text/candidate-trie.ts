// Candidates sharing a prefix ("step-1", "step-2", … "step-9999") share its rows of the edit
// matrix: a search walks the trie once, computes one banded row per node, and leaves a branch as
// soon as its row is past the budget. 10,000 ids cost about as much as their distinct prefixes
// near the word, not 10,000 full comparisons.

/** Rows computed per search at most: what a word near a huge, uniform candidate list may cost. */
export const MAX_ROWS_PER_SEARCH = 20_000;

/** A trie of lower-case candidates; each node ends the candidates listed at it (if any). */
export class CandidateTrie<T> {
  private readonly chars: string[] = [''];
  private readonly depths: number[] = [0];
  private readonly children: Array<Map<string, number>> = [new Map<string, number>()];
  private readonly ends: Array<T[] | undefined> = [undefined];

  add(lower: string, value: T): void {
    let node = 0;
    for (const char of lower) {
      let child = this.children[node].get(char);
      if (child === undefined) {
        child = this.chars.length;
        this.chars.push(char);
        this.depths.push(this.depths[node] + 1);
        this.children.push(new Map<string, number>());
        this.ends.push(undefined);
        this.children[node].set(char, child);
      }
      node = child;
    }
    (this.ends[node] ??= []).push(value);
  }

  /**
   * Every value whose text is within `budget` edits (insertions, deletions, substitutions,
   * adjacent swaps) of `word`, with its distance. Walks depth first with its own stack. `narrow`,
   * told of each value found, may return a smaller budget for the rest of the walk (values found
   * before stay in the answer).
   */
  within(
    word: readonly string[],
    budget: number,
    narrow: (value: T, distance: number) => number = () => budget,
  ): Map<T, number> {
    const found = new Map<T, number>();
    const n = word.length;
    const over = budget + 1;
    let limit = budget;
    const record = (value: T, distance: number) => {
      found.set(value, distance);
      limit = Math.min(limit, narrow(value, distance));
    };
    const rows: Int32Array[] = [Int32Array.from({ length: n + 1 }, (_, j) => Math.min(j, over))];
    const path: string[] = [''];
    // The empty candidate ends at the root, which the walk below never visits.
    if (n <= budget) for (const value of this.ends[0] ?? []) record(value, n);
    const stack = [...this.children[0].values()].reverse();
    let computed = 0;
    while (stack.length > 0 && computed < MAX_ROWS_PER_SEARCH) {
      const node = stack.pop() as number;
      const depth = this.depths[node];
      const char = this.chars[node];
      path[depth] = char;
      rows[depth] ??= new Int32Array(n + 1);
      const row = rows[depth];
      const previous = rows[depth - 1];
      const before = depth > 1 ? rows[depth - 2] : undefined;
      computed++;
      // Only cells within `budget` of the diagonal can stay within it; their neighbours read as over.
      const from = Math.max(1, depth - budget);
      const to = Math.min(n, depth + budget);
      row[from - 1] = from === 1 ? Math.min(depth, over) : over;
      if (to < n) row[to + 1] = over;
      let rowMin = from === 1 ? row[0] : over;
      for (let j = from; j <= to; j++) {
        let value = Math.min(
          previous[j] + 1,
          row[j - 1] + 1,
          previous[j - 1] + (word[j - 1] === char ? 0 : 1),
        );
        if (before && j > 1 && word[j - 1] === path[depth - 1] && word[j - 2] === char)
          value = Math.min(value, before[j - 2] + 1);
        row[j] = Math.min(value, over);
        if (row[j] < rowMin) rowMin = row[j];
      }
      // No cell of a later row is below this row's least (a swap costs at least the row between).
      if (rowMin > limit) continue;
      const ends = this.ends[node];
      if (ends && to === n && row[n] <= limit) for (const value of ends) record(value, row[n]);
      // The child on the diagonal (the word's next character) is walked first: the closest
      // candidates come early, `narrow` tightens the budget, and far branches are left sooner.
      const children = this.children[node];
      const diagonal = depth < n ? children.get(word[depth]) : undefined;
      for (const child of children.values()) if (child !== diagonal) stack.push(child);
      if (diagonal !== undefined) stack.push(diagonal);
    }
    return found;
  }
}
