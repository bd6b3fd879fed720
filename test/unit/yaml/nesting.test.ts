import { strict as assert } from 'node:assert';
import { excessiveNestingAt } from '../../../src/core/yaml/nesting';
import { lines } from '../helpers';
import { seededRandom } from './yaml-fuzz';

/**
 * The pre-scan as first written, one character at a time with no skipping: the oracle the
 * optimised scan must agree with on every text.
 */
function referenceNestingAt(text: string, limit: number): number | undefined {
  const openers = new Set([32, 9, 10, 13, 91, 123, 44, 58]);
  let [flow, indent, atLineStart, quote, previous] = [0, 0, true, 0, 10];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || ch === 13) {
      [atLineStart, indent, previous] = [true, 0, ch];
      continue;
    }
    if (atLineStart && (ch === 32 || ch === 9 || ch === 45)) {
      if (++indent + flow > limit) return i;
      previous = ch;
      continue;
    }
    atLineStart = false;
    if (quote !== 0) {
      if (ch === 92 && quote === 34) i++;
      else if (ch === 39 && quote === 39 && text.charCodeAt(i + 1) === 39) i++;
      else if (ch === quote) quote = 0;
    } else if (ch === 35 && [32, 9, 10, 13].includes(previous)) {
      while (i + 1 < text.length && text.charCodeAt(i + 1) !== 10 && text.charCodeAt(i + 1) !== 13)
        i++;
    } else if ((ch === 34 || ch === 39) && openers.has(previous)) {
      quote = ch;
    } else if (ch === 91 || ch === 123) {
      if (++flow + indent > limit) return i;
    } else if ((ch === 93 || ch === 125) && flow > 0) {
      flow--;
    }
    previous = ch;
  }
  return undefined;
}

describe('yaml/nesting', () => {
  it('finds nothing in an ordinary runbook', () => {
    const text = lines(
      'kind: runbook',
      'steps:',
      '  - id: a',
      '    needs: [b, c]',
      '    run: "echo [[[["',
      "    notes: it's [fine]",
    );
    assert.equal(excessiveNestingAt(text, 5), undefined);
  });

  it('points at the first bracket past the limit', () => {
    assert.equal(excessiveNestingAt('a: [[[[x]]]]', 3), 6);
    assert.equal(excessiveNestingAt('a: {b: [c: {d: 1}]}', 2), 11);
  });

  it('counts closed brackets out again', () => {
    assert.equal(excessiveNestingAt('a: [[x]]\nb: [[y]]\nc: [[z]]\n', 2), undefined);
  });

  it('counts each column of indentation, those of "- " included, as a level', () => {
    assert.equal(excessiveNestingAt('a:\n - - x\n', 5), undefined);
    assert.equal(excessiveNestingAt('a:\n - - x\n', 4), 7);
    assert.equal(excessiveNestingAt('a:\n    b: 1\n', 3), 6);
  });

  it('adds flow levels to the indentation they start at', () => {
    assert.equal(excessiveNestingAt('a:\n  - [[x]]\n', 6), undefined);
    assert.equal(excessiveNestingAt('a:\n  - [[[x]]]\n', 6), 9);
  });

  it('ignores brackets in quotes, with escapes, and in comments', () => {
    assert.equal(
      excessiveNestingAt("a: \"[[[\\\"[[[\"\nb: '[[['' [[['\n# [[[[[[\nc: x # [[[[\n", 2),
      undefined,
    );
  });

  it('does not take an apostrophe inside a word for a quote', () => {
    assert.equal(excessiveNestingAt("a: don't\nb: [[[x]]]\n", 2), 14);
  });

  it('agrees with the character-by-character reference on 100,000 random texts', () => {
    const alphabet = [
      'a',
      ' ',
      ' ',
      '\t',
      '-',
      '\n',
      '\r',
      '\r\n',
      '#',
      '"',
      "'",
      '\\',
      '[',
      '{',
      ']',
      '}',
      ',',
      ':',
      'é',
      '😀',
    ];
    for (let seed = 1; seed <= 100_000; seed++) {
      const random = seededRandom(seed);
      let text = '';
      for (let n = Math.floor(random() * 40); n > 0; n--)
        text += alphabet[Math.floor(random() * alphabet.length)];
      const limit = 1 + Math.floor(random() * 6);
      assert.equal(
        excessiveNestingAt(text, limit),
        referenceNestingAt(text, limit),
        `${JSON.stringify(text)} at limit ${limit}`,
      );
    }
  });

  // A scan slower than linear would not finish 3 MB within the suite's timeout; the time itself is
  // a row of `npm run bench` (budget 100 ms).
  it('scans a 3 MB file of flow mappings and finds no excessive nesting', () => {
    const text = lines(
      ...Array.from({ length: 100_000 }, (_, i) => `  - { id: s${i}, needs: [s${i - 1}] }`),
    );
    assert.equal(excessiveNestingAt(text), undefined);
  });
});
