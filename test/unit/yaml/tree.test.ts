import { strict as assert } from 'node:assert';
import { parseYaml } from '../../../src/core/yaml/parse-yaml';
import {
  keyName,
  nodeAtOffset,
  nodeAtPath,
  pairOf,
  scalarOf,
  valueOf,
} from '../../../src/core/yaml/tree';
import { countingReads, cursor, lines } from '../helpers';

const text = lines(
  'kind: runbook',
  'steps:',
  '  - id: backup',
  '    needs: [a, b]',
  '  - id: migrate',
  'empty:',
);
const root = parseYaml(text).root;

/** The path and side under the `|` in a fixture. */
function at(fixture: string) {
  const { text: plain, offset } = cursor(fixture);
  const found = nodeAtOffset(parseYaml(plain).root, offset);
  return (
    found && {
      path: found.path,
      onKey: found.onKey,
      text: plain.slice(found.node.start, found.node.end),
    }
  );
}

describe('yaml/tree', () => {
  it('finds pairs, values and scalars by key', () => {
    assert.equal(pairOf(root, 'kind')?.key.start, 0);
    assert.equal(scalarOf(root, 'kind')?.value, 'runbook');
    assert.equal(valueOf(root, 'steps')?.type, 'seq');
    assert.equal(scalarOf(root, 'steps'), undefined);
    assert.equal(scalarOf(root, 'empty')?.value, null);
    assert.equal(pairOf(root, 'missing'), undefined);
    assert.equal(pairOf(null, 'kind'), undefined);
  });

  it('names a pair by its scalar key', () => {
    assert.ok(root?.type === 'map');
    assert.deepEqual(root.pairs.map(keyName), ['kind', 'steps', 'empty']);
  });

  it('follows a path of keys and indices', () => {
    const target = nodeAtPath(root, ['steps', 1, 'id']);
    assert.equal(target?.node?.type === 'scalar' ? target.node.value : undefined, 'migrate');
    assert.equal(target?.pair?.key.type === 'scalar' ? target.pair.key.value : undefined, 'id');
    const needs = nodeAtPath(root, ['steps', 0, 'needs', 1])?.node;
    assert.equal(needs?.type === 'scalar' ? needs.value : undefined, 'b');
  });

  it('returns undefined for a path that does not exist', () => {
    assert.equal(nodeAtPath(root, ['steps', 2]), undefined);
    assert.equal(nodeAtPath(root, ['nope']), undefined);
    assert.equal(nodeAtPath(root, ['kind', 0]), undefined);
    assert.deepEqual(nodeAtPath(root, []), { node: root });
  });

  it('finds the key under the cursor, also just after its last letter', () => {
    assert.deepEqual(at('kind: runbook\nsteps:\n  - i|d: a\n'), {
      path: ['steps', 0, 'id'],
      onKey: true,
      text: 'id',
    });
    assert.deepEqual(at('ki|nd: runbook\n'), { path: ['kind'], onKey: true, text: 'kind' });
    assert.deepEqual(at('kind|: runbook\n'), { path: ['kind'], onKey: true, text: 'kind' });
  });

  it('finds the value under the cursor with its full path', () => {
    assert.deepEqual(at('steps:\n  - needs: [a, b|]\n'), {
      path: ['steps', 0, 'needs', 1],
      onKey: false,
      text: 'b',
    });
    assert.deepEqual(at('kind: run|book\n'), { path: ['kind'], onKey: false, text: 'runbook' });
  });

  it('returns the mapping for a cursor between its pairs, and nothing outside the root', () => {
    const found = at('a: 1\n|\nb: 2\n');
    assert.deepEqual(found && { path: found.path, onKey: found.onKey }, { path: [], onKey: false });
    assert.equal(nodeAtOffset(null, 0), undefined);
    assert.equal(nodeAtOffset(parseYaml('a: 1\n\n\n').root, 7), undefined);
  });

  it('finds the first item holding the cursor where an alias repeats its anchor', () => {
    assert.deepEqual(at('- &s {id: a|b}\n- *s\n- c\n')?.path, [0, 'id']);
    assert.deepEqual(at('- &s x\n- *s\n- |c\n')?.path, [2]);
    assert.deepEqual(at('- &s x\n- y\n- *s\n- |c\n')?.path, [3]);
  });

  it('reads a few of 100,000 list items to find the one under the cursor (binary search)', () => {
    const big = Array.from({ length: 100_000 }, (_, i) => `- item-${i}\n`).join('');
    const list = parseYaml(big).root;
    assert.equal(list?.type, 'seq');
    const items = countingReads(list.items);
    const found = nodeAtOffset({ ...list, items: items.view }, big.indexOf('item-77777') + 3);
    assert.deepEqual(found?.path, [77_777]);
    assert.ok(items.reads() < 100, `${items.reads()} items read`);
  });
});
