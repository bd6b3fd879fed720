import { strict as assert } from 'node:assert';
import { CST, parseAllDocuments, Parser } from 'yaml';
import { excessiveNestingAt, PARSE_DEPTH_LIMIT } from '../../../src/core/yaml/nesting';
import { lines } from '../helpers';
import { seededRandom } from './yaml-fuzz';

/**
 * How deep the `yaml` package's own syntax tree nests (each collection a level, as its composer
 * recurses): the truth the pre-scan must never fall short of.
 */
function parserDepth(text: string): number {
  let deepest = 0;
  for (const token of new Parser().parse(text)) {
    if (token.type !== 'document') continue;
    CST.visit(token, (_item, path) => {
      deepest = Math.max(deepest, path.length);
    });
  }
  return deepest;
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
    // The line's mapping is a level, each bracket another.
    assert.equal(excessiveNestingAt('a: [[[[x]]]]', 3), 5);
    assert.equal(excessiveNestingAt('a: {b: [c: {d: 1}]}', 3), 11);
  });

  it('counts closed brackets out again', () => {
    assert.equal(excessiveNestingAt('a: [[x]]\nb: [[y]]\nc: [[z]]\n', 3), undefined);
  });

  it('counts a level per indentation deeper than the one it is in, and per "- " or "? " on a line', () => {
    assert.equal(excessiveNestingAt('a:\n - - x\n', 4), undefined);
    assert.equal(excessiveNestingAt('a:\n - - x\n', 3), 8);
    assert.equal(excessiveNestingAt('a:\n    b: 1\n', 2), undefined);
    assert.equal(excessiveNestingAt('a:\n    b:\n      c: 1\n', 2), 16);
    // A sequence under a key at the key's own column is a level inside it.
    assert.equal(excessiveNestingAt('a:\n- b:\n  - c\n', 3), 10);
  });

  it('refuses no valid file for its indentation alone, nor for brackets in a block scalar', () => {
    const indented = `a:\n${' '.repeat(300)}b: 1\n${' '.repeat(300)}c: [x]\n`;
    assert.equal(excessiveNestingAt(indented), undefined);
    const brackets = `a: |\n  ${'['.repeat(300)}\n  ${'{'.repeat(300)}\nb: >-\n    ${'['.repeat(300)}\n\n    x\nc: 1\n`;
    assert.equal(excessiveNestingAt(brackets), undefined);
    const sequenceItem = `steps:\n  - run: |\n      ${'['.repeat(300)}\n    id: a\n`;
    assert.equal(excessiveNestingAt(sequenceItem), undefined);
  });

  it('ends a block scalar where its indentation ends, and counts what follows', () => {
    const after = `a: |\n  text\nb: ${'['.repeat(300)}\n`;
    assert.equal(excessiveNestingAt(after), 15 + PARSE_DEPTH_LIMIT - 1);
    // Less indented than its first line: the parser ends the scalar there, and so does the scan.
    const unindent = `a: |\n    text\n  ${'['.repeat(300)}\n`;
    assert.notEqual(excessiveNestingAt(unindent), undefined);
  });

  it('counts the mappings a line nests with one ": " after another', () => {
    const text = `a: ${'b: '.repeat(300)}c\n`;
    assert.ok(parserDepth(text) > PARSE_DEPTH_LIMIT);
    assert.notEqual(excessiveNestingAt(text), undefined);
    assert.equal(excessiveNestingAt('- a: b: c\n', 3), undefined);
    assert.equal(excessiveNestingAt('- a: b: c\n', 2), 6);
  });

  it('lets no stray quote hide deep nesting after it', () => {
    for (const stray of ["a: b 'c\n", 'a: b "c\n', "a: it's\n"]) {
      const text = `${stray}${'['.repeat(300)}x\n`;
      assert.ok(parserDepth(text) > PARSE_DEPTH_LIMIT, stray);
      assert.notEqual(excessiveNestingAt(text), undefined, stray);
    }
  });

  it('adds flow levels to the indentation they start at', () => {
    assert.equal(excessiveNestingAt('a:\n  - [[x]]\n', 5), undefined);
    assert.equal(excessiveNestingAt('a:\n  - [[[x]]]\n', 5), 9);
  });

  it('ignores brackets in quotes, with escapes, and in comments', () => {
    assert.equal(
      excessiveNestingAt("a: \"[[[\\\"[[[\"\nb: '[[['' [[['\n# [[[[[[\nc: x # [[[[\n", 2),
      undefined,
    );
  });

  it('does not take an apostrophe inside a word for a quote', () => {
    assert.equal(excessiveNestingAt("a: don't\nb: [[[x]]]\n", 3), 14);
  });

  // The parser's stack gives out near 800 levels. On valid YAML the scan never counts fewer levels
  // than the parser makes; on broken YAML the parser's recovery may nest a few more than the scan
  // counts, but never more than twice the limit and 3, so 256 keeps it far from the edge.
  it("never counts fewer levels than the yaml package's syntax tree holds, on 100,000 random texts", () => {
    const alphabet = [
      'a',
      'b',
      ' ',
      ' ',
      '  ',
      '\t',
      '- ',
      '-',
      '? ',
      ': ',
      ':',
      '\n',
      '\n',
      '\n  ',
      '\r\n',
      '#',
      ' #',
      '"',
      "'",
      '\\',
      '[',
      '[',
      '{',
      '{',
      ']',
      '}',
      ',',
      '|',
      '>',
      '|2',
      '>-',
      '&a ',
      '!t ',
      '---',
      '...',
      'é',
    ];
    for (let seed = 1; seed <= 100_000; seed++) {
      const random = seededRandom(seed);
      let text = '';
      for (let n = Math.floor(random() * 40); n > 0; n--)
        text += alphabet[Math.floor(random() * alphabet.length)];
      const limit = 1 + Math.floor(random() * 6);
      const depth = parserDepth(text);
      if (depth <= limit || excessiveNestingAt(text, limit) !== undefined) continue;
      const valid = parseAllDocuments(text).every((document) => document.errors.length === 0);
      const what = `${JSON.stringify(text)} nests ${depth} deep, past ${limit}`;
      assert.ok(!valid, what);
      assert.ok(depth <= 2 * limit + 3, what);
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
