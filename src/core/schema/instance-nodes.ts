import type { PathSegment, PathTarget, YamlMap, YamlNode, YamlPair } from '../yaml/tree';

/** Where an instance path of the validator leads: the tree path, and its target when it exists. */
export interface InstanceTarget {
  /** The path with numbers where the tree has lists (`/steps/0/estimate` → ['steps', 0, 'estimate']). */
  path: PathSegment[];
  target: PathTarget | undefined;
}

/**
 * Follows the validator's instance paths (`/steps/12/estimate`) into the tree. A map's keys are
 * indexed the first time a path goes through it: 20,000 unknown keys in one map cost one pass over
 * its keys, not one pass per error (`pairOf` reads a map's pairs in order).
 */
export class InstanceNodes {
  private readonly keys = new Map<YamlMap, Map<string, YamlPair>>();

  constructor(private readonly root: YamlNode | null) {}

  /** The first pair of `map` whose scalar key reads `name` (as `pairOf` finds it). */
  pairIn(map: YamlNode | null | undefined, name: string): YamlPair | undefined {
    if (map?.type !== 'map') return undefined;
    let index = this.keys.get(map);
    if (!index) {
      index = new Map();
      for (const pair of map.pairs) {
        if (pair.key.type !== 'scalar') continue;
        const key = String(pair.key.value);
        if (!index.has(key)) index.set(key, pair);
      }
      this.keys.set(map, index);
    }
    return index.get(name);
  }

  /** Follows a JSON pointer (`~1` for `/`, `~0` for `~`); `target` is undefined past a missing segment. */
  resolve(instancePath: string): InstanceTarget {
    const path: PathSegment[] = [];
    let target: PathTarget | undefined = { node: this.root };
    for (const raw of instancePath.split('/').slice(1)) {
      const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      const node: YamlNode | null | undefined = target?.node;
      if (node?.type === 'seq') {
        const index = Number(segment);
        path.push(index);
        const item: YamlNode | undefined =
          index < node.items.length ? node.items[index] : undefined;
        target = item ? { node: item } : undefined;
      } else {
        path.push(segment);
        const pair = this.pairIn(node, segment);
        target = pair ? { node: pair.value, pair } : undefined;
      }
    }
    return { path, target };
  }
}
