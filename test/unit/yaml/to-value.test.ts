import { strict as assert } from 'node:assert';
import { parseYaml } from '../../../src/core/yaml/parse-yaml';
import { countNodes, ExpansionLimitError, toValue } from '../../../src/core/yaml/to-value';
import { lines } from '../helpers';

const valueOfText = (text: string, budget = 1000) => toValue(parseYaml(text).root, budget);

/** Ten aliases of the level before, eight levels deep: 10^8 values if expanded. */
function aliasBomb(): string {
  const rows = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
  for (let level = 1; level < 8; level++) {
    const previous = String.fromCharCode(96 + level);
    const name = String.fromCharCode(97 + level);
    rows.push(`${name}: &${name} [${new Array(10).fill(`*${previous}`).join(', ')}]`);
  }
  return lines(...rows);
}

describe('yaml/to-value', () => {
  it('converts maps, lists and scalars to plain data', () => {
    assert.deepEqual(valueOfText('a: 1\nb: [x, true, null]\nc: { d: "2026-07-19" }\ne:\n'), {
      a: 1,
      b: ['x', true, null],
      c: { d: '2026-07-19' },
      e: null,
    });
  });

  it('expands aliases into copies of their anchor', () => {
    assert.deepEqual(valueOfText('a: &x { k: 1 }\nb: *x\n'), { a: { k: 1 }, b: { k: 1 } });
  });

  it('keeps a __proto__ key as data, never as the prototype', () => {
    const value = valueOfText('__proto__: { polluted: true }\n') as Record<string, unknown>;
    assert.ok(Object.prototype.hasOwnProperty.call(value, '__proto__'));
    assert.equal(Object.getPrototypeOf(value), Object.prototype);
    assert.equal((value as { polluted?: unknown }).polluted, undefined);
  });

  it('returns null for an empty document', () => {
    assert.equal(toValue(null, 10), null);
  });

  // The budget counts expanded values, so stopping at it is what bounds the work, whatever the machine.
  it('throws ExpansionLimitError when aliases expand past the budget', () => {
    const root = parseYaml(aliasBomb()).root;
    assert.throws(() => toValue(root, 100_000), ExpansionLimitError);
  });

  it('counts distinct nodes, an aliased node once', () => {
    assert.equal(countNodes(parseYaml('a: 1\n').root), 3);
    assert.equal(countNodes(parseYaml('a: &x [1, 2]\nb: *x\n').root), 6);
    assert.ok(countNodes(parseYaml(aliasBomb()).root) < 200);
    assert.equal(countNodes(null), 0);
  });
});
