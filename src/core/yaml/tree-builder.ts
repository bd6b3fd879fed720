import {
  Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Node as YNode,
  type YAMLSeq,
} from 'yaml';
import { MAX_DEPTH } from './nesting';
import type { YamlNode, YamlPair, YamlProblem } from './tree';

/** The tag the `yaml` package gives `!!omap` (an ordered mapping, held as a sequence of pairs). */
const OMAP_TAG = 'tag:yaml.org,2002:omap';

/** Converts the parser's nodes into our tree; aliases share the node they point at. */
export class TreeBuilder {
  private readonly converted = new Map<YNode, YamlNode>();
  /** Collections being converted: an alias to one of them would make the tree a loop. */
  private readonly open = new Set<YNode>();

  constructor(
    private readonly document: Document,
    private readonly problems: YamlProblem[],
  ) {}

  build(node: YNode | null): YamlNode | null {
    return node ? this.convert(node, 0) : null;
  }

  private convert(node: YNode, depth: number): YamlNode | null {
    if (isAlias(node)) {
      const target = node.resolve(this.document) as YNode | undefined;
      if (target && this.open.has(target)) {
        const [aliasStart, aliasEnd] = node.range ?? [0, 0];
        this.problems.push({
          start: aliasStart,
          end: aliasEnd,
          message:
            'This alias refers to a node that contains it, which makes an endless loop; write the value out instead.',
        });
        return null;
      }
      if (!target) {
        const [aliasStart, aliasEnd] = node.range ?? [0, 0];
        this.problems.push({
          start: aliasStart,
          end: aliasEnd,
          message: `Unknown alias *${node.source}: no anchor &${node.source} comes before it.`,
        });
        return null;
      }
      return this.converted.get(target) ?? null;
    }
    const [start, end] = node.range ?? [0, 0];
    if (depth > MAX_DEPTH) {
      this.problems.push({
        start,
        end: start + 1,
        message: `Nesting deeper than ${MAX_DEPTH} levels is not supported; the content below this point is not checked.`,
      });
      return null;
    }
    if (isScalar(node)) {
      const value = node.value;
      const scalar: YamlNode = {
        type: 'scalar',
        start,
        end,
        // Anything else the yaml package hands over (a bigint) reads as its text.
        // eslint-disable-next-line @typescript-eslint/no-base-to-string
        value: isPlainValue(value) ? value : String(value),
      };
      this.converted.set(node, scalar);
      return scalar;
    }
    if (isSeq(node) && node.tag === OMAP_TAG)
      return this.convertOrderedMap(node, start, end, depth);
    if (isSeq(node)) {
      const seq: YamlNode = { type: 'seq', start, end, items: [] };
      this.converted.set(node, seq);
      this.open.add(node);
      for (const item of node.items) {
        // `!!pairs` holds pairs, each written `- key: value`: a mapping of one pair.
        const child = isPair(item)
          ? this.onePairMap(item.key as YNode | null, item.value as YNode | null, depth)
          : this.convert(item as YNode, depth + 1);
        if (child) seq.items.push(child);
      }
      this.open.delete(node);
      return seq;
    }
    if (isMap(node)) {
      const map: YamlNode = { type: 'map', start, end, pairs: [] };
      this.converted.set(node, map);
      this.open.add(node);
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const converted = this.convertPair(
          pair.key as YNode | null,
          pair.value as YNode | null,
          depth,
        );
        if (converted) map.pairs.push(converted);
      }
      this.open.delete(node);
      return map;
    }
    return null;
  }

  /** `!!omap`: a mapping written as a sequence of one-pair mappings, read as the mapping it is. */
  private convertOrderedMap(node: YAMLSeq, start: number, end: number, depth: number): YamlNode {
    const map: YamlNode = { type: 'map', start, end, pairs: [] };
    this.converted.set(node, map);
    this.open.add(node);
    for (const item of node.items) {
      if (!isPair(item)) continue;
      const pair = this.convertPair(item.key as YNode | null, item.value as YNode | null, depth);
      if (pair) map.pairs.push(pair);
    }
    this.open.delete(node);
    return map;
  }

  private onePairMap(key: YNode | null, value: YNode | null, depth: number): YamlNode | null {
    const pair = this.convertPair(key, value, depth + 1);
    return pair && { type: 'map', start: pair.start, end: pair.end, pairs: [pair] };
  }

  private convertPair(
    keyNode: YNode | null,
    valueNode: YNode | null,
    depth: number,
  ): YamlPair | null {
    const key = keyNode ? this.convert(keyNode, depth + 1) : null;
    if (!key) return null;
    const value = valueNode ? this.convert(valueNode, depth + 1) : null;
    return { key, value, start: key.start, end: value ? Math.max(value.end, key.end) : key.end };
  }
}

function isPlainValue(value: unknown): value is string | number | boolean | null {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}
