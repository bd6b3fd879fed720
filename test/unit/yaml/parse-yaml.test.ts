import { strict as assert } from 'node:assert';
import { PARSE_DEPTH_LIMIT } from '../../../src/core/yaml/nesting';
import { MAX_DEPTH, parseYaml } from '../../../src/core/yaml/parse-yaml';
import { scalarOf, valueOf, type YamlNode } from '../../../src/core/yaml/tree';
import { lines } from '../helpers';

const textOf = (text: string, node: YamlNode | undefined) =>
  node ? text.slice(node.start, node.end) : undefined;

describe('yaml/parse-yaml', () => {
  describe('YAML 1.2 core schema', () => {
    const text = lines(
      'date: 2026-07-19',
      'answer: no',
      'yes: on',
      'clock: 1:30',
      'octal: 010',
      'count: 3',
      'flag: true',
      'empty:',
      'float: 1.5',
    );
    const root = parseYaml(text).root;

    it('keeps dates, no/on and sexagesimal-looking values as strings', () => {
      assert.equal(scalarOf(root, 'date')?.value, '2026-07-19');
      assert.equal(scalarOf(root, 'answer')?.value, 'no');
      assert.equal(scalarOf(root, 'yes')?.value, 'on');
      assert.equal(scalarOf(root, 'clock')?.value, '1:30');
    });

    it('reads 010 as ten (no YAML 1.1 octal), numbers, true and null', () => {
      assert.equal(scalarOf(root, 'octal')?.value, 10);
      assert.equal(scalarOf(root, 'count')?.value, 3);
      assert.equal(scalarOf(root, 'float')?.value, 1.5);
      assert.equal(scalarOf(root, 'flag')?.value, true);
      assert.equal(scalarOf(root, 'empty')?.value, null);
    });
  });

  describe('positions', () => {
    it('gives every key and value its exact offsets', () => {
      const text = lines('title: "Upgrade"', 'steps:', '  - id: backup');
      const root = parseYaml(text).root;
      assert.equal(textOf(text, scalarOf(root, 'title')), '"Upgrade"');
      const steps = valueOf(root, 'steps');
      assert.equal(steps?.type, 'seq');
      const step = steps.type === 'seq' ? steps.items[0] : undefined;
      assert.equal(textOf(text, scalarOf(step, 'id')), 'backup');
      assert.equal(root?.type === 'map' ? textOf(text, root.pairs[0].key) : undefined, 'title');
    });

    it('ends a pair at its value, not at a comment after it', () => {
      const text = 'a: 1 # note\n';
      const root = parseYaml(text).root;
      assert.ok(root?.type === 'map');
      assert.equal(text.slice(root.pairs[0].start, root.pairs[0].end), 'a: 1');
    });

    it('gives a key without value an empty null scalar just after the colon', () => {
      const root = parseYaml('a:\n').root;
      assert.ok(root?.type === 'map');
      assert.deepEqual(root.pairs[0].value, { type: 'scalar', start: 2, end: 2, value: null });
    });
  });

  describe('problems', () => {
    it('parses an empty text into no root, no problems and no document', () => {
      assert.deepEqual(parseYaml(''), {
        reader: 'yaml',
        root: null,
        problems: [],
        documentCount: 0,
      });
    });

    it('reports a tab used as indentation at the tab', () => {
      const text = 'a:\n\t- b\n';
      const { problems } = parseYaml(text);
      assert.ok(
        problems.some((p) => p.start === 3 && /tab/i.test(p.message)),
        JSON.stringify(problems),
      );
    });

    it('strips the parser\'s "at line L, column C" and code frame from messages', () => {
      const { problems } = parseYaml('a: "open\n');
      assert.ok(problems.length > 0);
      for (const problem of problems) {
        assert.doesNotMatch(problem.message, /at line \d+|\n/);
        assert.match(problem.message, /[.!?]$/);
      }
    });

    it('reports a duplicate key', () => {
      const { problems } = parseYaml('a: 1\na: 2\n');
      assert.ok(
        problems.some((p) => /unique/i.test(p.message)),
        JSON.stringify(problems),
      );
    });

    it('counts documents and marks the --- of the second one, keeping the first as root', () => {
      const text = lines('a: 1', '---', 'b: 2', '---', 'c: 3');
      const { root, problems, documentCount } = parseYaml(text);
      assert.equal(documentCount, 3);
      assert.equal(problems.length, 1);
      assert.equal(text.slice(problems[0].start, problems[0].end), '---');
      assert.equal(problems[0].start, text.indexOf('---'));
      assert.match(problems[0].message, /3 \(separated by ---\)/);
      assert.equal(scalarOf(root, 'a')?.value, 1);
    });

    it('accepts a single document that opens with ---', () => {
      const { problems, documentCount } = parseYaml('---\na: 1\n');
      assert.deepEqual([problems, documentCount], [[], 1]);
    });
  });

  describe('depth', () => {
    it('reads nesting up to the limit without a problem', () => {
      const text = `a: ${'['.repeat(MAX_DEPTH)}${']'.repeat(MAX_DEPTH)}\n`;
      assert.deepEqual(parseYaml(text).problems, []);
    });

    it('reports nesting past the limit once and cuts the tree there', () => {
      const depth = MAX_DEPTH + 10;
      const text = `a: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
      const { problems } = parseYaml(text);
      assert.equal(problems.length, 1);
      assert.match(problems[0].message, new RegExp(`deeper than ${MAX_DEPTH} levels`));
    });

    for (const [shape, text, firstTooDeep] of [
      // `a:` is the first level: the 256th bracket, the 256th `- `, is one too many.
      ['flow', `a: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, 3 + PARSE_DEPTH_LIMIT - 1],
      ['block', `a:\n${'- '.repeat(10_000)}x\n`, 3 + 2 * (PARSE_DEPTH_LIMIT - 1)],
    ] as const) {
      it(`refuses 10,000 levels of ${shape} nesting with one problem where it gets too deep`, () => {
        const result = parseYaml(text);
        assert.equal(result.problems.length, 1, JSON.stringify(result.problems));
        assert.equal(result.problems[0].start, firstTooDeep);
        assert.match(result.problems[0].message, /deeper than 256 levels/);
        assert.equal(result.root, null);
      });
    }
  });

  describe('aliases', () => {
    it('shares the anchored node instead of copying it', () => {
      const root = parseYaml('a: &x [1, 2]\nb: *x\n').root;
      assert.ok(valueOf(root, 'a'));
      assert.equal(valueOf(root, 'b'), valueOf(root, 'a'));
    });

    it('reports an alias whose anchor does not exist, on the alias', () => {
      const text = 'title: *nope\n';
      const { problems } = parseYaml(text);
      assert.deepEqual(
        problems.map((p) => [text.slice(p.start, p.end), p.message]),
        [['*nope', 'Unknown alias *nope: no anchor &nope comes before it.']],
      );
    });

    it('refuses an alias to a node that contains it, which would make the tree a loop', () => {
      const text = 'a: &x\n  b: *x\n  c: 1\n';
      const { root, problems } = parseYaml(text);
      assert.deepEqual(
        problems.map((p) => [text.slice(p.start, p.end), /endless loop/.test(p.message)]),
        [['*x', true]],
      );
      assert.deepEqual(valueOf(valueOf(root, 'a'), 'b'), undefined);
      assert.equal(scalarOf(valueOf(root, 'a'), 'c')?.value, 1);
    });
  });
});
