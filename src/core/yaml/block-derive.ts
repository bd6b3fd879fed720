import { reachPast, type BlockResult } from './block-parse';
import { splitBlocks } from './block-split';
import type { ParsedBlock } from './block-tree';
import type { YamlMap, YamlNode, YamlPair, YamlSeq } from './tree';

/**
 * The blocks of a tree the fast path read from the whole text, cut out of that tree instead of
 * read again: for the next edit to start from. Reading each block on its own gives the same
 * nodes (block-tree.ts composes exactly this tree; its tests compare both with the `yaml`
 * package), so only how the tree's entries fall into the text's blocks is checked here.
 * Undefined when the text does not split, or an entry does not sit in the block it should.
 */
export function blocksOfTree(text: string, root: YamlNode): ParsedBlock[] | undefined {
  const spans = splitBlocks(text);
  if (!spans || root.type !== 'map') return undefined;
  const blocks: ParsedBlock[] = [];
  let pairIndex = 0;
  let steps: YamlSeq | undefined;
  let itemIndex = 0;
  for (const span of spans) {
    const result = emptyResult(root);
    if (span.kind === 'item') {
      const item = steps?.items[itemIndex++];
      if (!steps || !item || item.start < span.start || item.end > span.end + reachPast(span))
        return undefined;
      result.item = item;
      if (span.follower !== 'item') {
        if (itemIndex !== steps.items.length) return undefined;
        result.stepsEnd = steps.end;
      }
    } else {
      const pairs = pairsWithin(root, pairIndex, span.end);
      pairIndex += pairs.length;
      if (pairs.length === 0 || pairs[0].start < span.start) return undefined;
      if (span.kind === 'steps') {
        steps = stepsList(pairs);
        itemIndex = 0;
        if (!steps) return undefined;
      } else result.pairs = pairs;
    }
    blocks.push({ span, result });
  }
  return pairIndex === root.pairs.length ? blocks : undefined;
}

/** The root's pairs from `from` on whose keys start before `end`. */
function pairsWithin(root: YamlMap, from: number, end: number): YamlPair[] {
  const pairs: YamlPair[] = [];
  for (let i = from; i < root.pairs.length && root.pairs[i].key.start < end; i++)
    pairs.push(root.pairs[i]);
  return pairs;
}

/** The step list of a `steps:` block: its one pair's value. */
function stepsList(pairs: YamlPair[]): YamlSeq | undefined {
  const value = pairs.length === 1 ? pairs[0].value : null;
  return value?.type === 'seq' ? value : undefined;
}

function emptyResult(root: YamlNode): BlockResult {
  return {
    reader: 'fast',
    pairs: [],
    item: null,
    problems: [],
    rootStart: root.start,
    rootEnd: root.end,
    stepsEnd: 0,
  };
}
