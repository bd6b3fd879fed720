import { strict as assert } from 'node:assert';
import { splitBlocks, splitBlocksAfterEdit } from '../../../src/core/yaml/block-split';
import { parseInBlocks } from '../../../src/core/yaml/block-tree';
import { changedSpan } from '../../../src/core/yaml/changed-span';
import { generateRunbook } from '../../bench/generate-runbook';
import {
  editedItemOf,
  type EditedItem,
  parseStats,
  parseYaml,
  parseYamlWithLibrary,
} from '../../../src/core/yaml/parse-yaml';
import type { YamlSeq } from '../../../src/core/yaml/tree';
import { lines } from '../helpers';
import { DocumentGenerator, mutate, randomLines, seededRandom } from './yaml-fuzz';

const RUNBOOK = lines(
  '# leading comment',
  'kind: runbook',
  'title: T',
  '# between',
  'steps:',
  '  - id: a',
  '    run: echo a',
  '  # after a',
  '  - id: b',
  '    estimate: 5m',
  'rollback:',
  '  deadline: 40m',
);

/** The parse of `text`, equal to the `yaml` package's reading, and how many blocks it read. */
function parsedInBlocks(text: string) {
  const parsed = parseYaml(text);
  const library = parseYamlWithLibrary(text);
  assert.deepStrictEqual({ ...parsed, reader: 'yaml' }, library);
  return { parsed, stats: parseStats(parsed) };
}

describe('yaml/block parsing', () => {
  it('splits a runbook into top-level keys and step items, comments with the block before', () => {
    const spans = splitBlocks(RUNBOOK) ?? [];
    assert.deepEqual(
      spans.map((s) => [s.kind, RUNBOOK.slice(s.start, s.end).split('\n')[0], s.follower]),
      [
        ['top', '# leading comment', 'top'],
        ['top', 'title: T', 'top'],
        ['steps', 'steps:', 'item'],
        ['item', '  - id: a', 'item'],
        ['item', '  - id: b', 'top'],
        ['top', 'rollback:', 'end'],
      ],
    );
    assert.ok(RUNBOOK.slice(spans[3].start, spans[3].end).endsWith('  # after a\n'));
    assert.equal(spans[spans.length - 1].end, RUNBOOK.length);
  });

  it('composes, block by block, the tree the whole-text parse gives', () => {
    const composed = parseInBlocks(RUNBOOK, parseYamlWithLibrary);
    assert.equal(composed?.parsedCount, 6);
    assert.deepStrictEqual(composed?.root, parseYamlWithLibrary(RUNBOOK).root);
  });

  it('cuts a text the fast path reads whole into the same blocks instead of reading them again', () => {
    const { parsed, stats } = parsedInBlocks(RUNBOOK);
    assert.equal(parsed.reader, 'fast');
    assert.deepEqual(stats, { blocks: 6, parsed: 0 });
    const step = RUNBOOK.indexOf('id: b') + 5;
    const edited = parseYaml(`${RUNBOOK.slice(0, step)}c${RUNBOOK.slice(step)}`, parsed);
    assert.deepEqual(parseStats(edited), { blocks: 6, parsed: 1 });
  });

  it('reads again only the step a line was added to or removed from at its end, and says which', () => {
    const { parsed } = parsedInBlocks(RUNBOOK);
    const end = RUNBOOK.indexOf('  - id: b');
    // The new line could be said to start anywhere in "  " before `- id: b`: it is the first step's.
    const added = `${RUNBOOK.slice(0, end)}    estimate: 5m\n${RUNBOOK.slice(end)}`;
    const withLine = parseYaml(added, parsed);
    assert.deepEqual(parseStats(withLine), { blocks: 6, parsed: 1 });
    assert.deepEqual((editedItemOf(withLine) as EditedItem).index, 0);
    const removed = parseYaml(RUNBOOK, withLine);
    assert.deepEqual(parseStats(removed), { blocks: 6, parsed: 1 });
    assert.deepEqual((editedItemOf(removed) as EditedItem).index, 0);
    // Back to the text it was read from: nothing changed.
    assert.equal(editedItemOf(parseYaml(RUNBOOK, removed)), 'nothing');
    // An edit to a top-level key is no step's.
    const title = RUNBOOK.indexOf('title: T') + 8;
    const retitled = parseYaml(`${RUNBOOK.slice(0, title)}x${RUNBOOK.slice(title)}`, parsed);
    assert.equal(editedItemOf(retitled), undefined);
  });

  it('keeps a step list whose header or first item is unusual in one block', () => {
    for (const text of [
      lines('kind: runbook', 'steps: # the steps', '  - id: a'),
      lines('kind: runbook', 'steps:', '  - "a"', '  - id: b'),
      lines('kind: runbook', 'steps:', '', '  - id: a'),
    ]) {
      const spans = splitBlocks(text) ?? [];
      assert.deepEqual(
        spans.map((s) => s.kind),
        ['top', 'top'],
        text,
      );
      parsedInBlocks(text);
    }
  });

  it('reads the whole text when splitting could change its meaning', () => {
    const whole = {
      'a document marker': lines('kind: runbook', '---', 'title: T'),
      'a directive': lines('%YAML 1.2', '---', 'kind: runbook'),
      'a carriage return': 'kind: runbook\r\ntitle: T\r\n',
      'a byte-order mark': '\ufeffkind: runbook\ntitle: T\n',
      'a step line left of its items': lines('steps:', '  - id: a', ' x: 1', '  - id: b'),
      'content before the first key': lines('  kind: runbook', 'title: T'),
    };
    for (const [name, text] of Object.entries(whole)) {
      assert.equal(splitBlocks(text), undefined, name);
      assert.equal(parseStats(parseYaml(text)), undefined, name);
    }
  });

  it('reads the whole text when a broken block might read on into the next', () => {
    const texts = {
      'an unclosed quote': lines(
        'kind: runbook',
        'steps:',
        '  - id: a',
        '    run: "x',
        '  - id: b',
      ),
      'an alias to another block': lines('a: &x 1', 'b: *x'),
      'a tag': lines('kind: runbook', 'title: !!str T'),
      'a flow collection over lines': lines('kind: runbook', 'audience: [a,', 'b]'),
      'a repeated top-level key': lines('kind: runbook', 'title: A', 'title: B'),
    };
    for (const [name, text] of Object.entries(texts)) {
      const parsed = parseYaml(text);
      assert.equal(parseStats(parsed), undefined, name);
      assert.deepStrictEqual({ ...parsed, reader: 'yaml' }, parseYamlWithLibrary(text), name);
    }
  });

  it('reads a syntax error in one step with the yaml package, that step alone, as the whole text would', () => {
    const text = lines(
      'kind: runbook',
      'steps:',
      '  - id: a',
      '  - id: b',
      '    run: echo: b',
      '  - id: c',
    );
    const parsed = parseYaml(text);
    assert.equal(parsed.reader, 'yaml');
    assert.deepEqual(parseStats(parsed), { blocks: 5, parsed: 5 });
    const library = parseYamlWithLibrary(text);
    assert.equal(parsed.problems.length, 1);
    assert.deepEqual(parsed.problems, library.problems);
    assert.deepEqual(parsed.root, library.root);
  });

  it('after an edit inside a step, reads that step alone and leaves the earlier tree as it was', () => {
    const before = parseYaml(RUNBOOK);
    const snapshot = JSON.stringify(before.root);
    const at = RUNBOOK.indexOf('echo a') + 4;
    const text = `${RUNBOOK.slice(0, at)}xyz${RUNBOOK.slice(at)}`;
    const after = parseYaml(text, before);
    assert.deepEqual(parseStats(after), { blocks: 6, parsed: 1 });
    assert.deepStrictEqual(after, parseYaml(text));
    assert.equal(JSON.stringify(before.root), snapshot, 'the earlier tree was not changed');
    // Blocks before the edit are shared; blocks after it are moved copies.
    const items = (tree: typeof before) =>
      (tree.root?.type === 'map' ? (tree.root.pairs[2].value as YamlSeq) : undefined)?.items ?? [];
    assert.notEqual(items(after)[0], items(before)[0]);
    assert.equal(items(after)[1].start, items(before)[1].start + 3);
    assert.equal(
      (after.root?.type === 'map' && after.root.pairs[0]) || undefined,
      (before.root?.type === 'map' && before.root.pairs[0]) || undefined,
    );
  });

  it('after an edit that crosses a block boundary, reads the blocks around it again', () => {
    const before = parseYaml(RUNBOOK);
    const text = RUNBOOK.replace('    run: echo a\n  # after a\n  - id: b\n', '    run: echo a\n');
    const after = parseYaml(text, before);
    assert.deepStrictEqual(after, parseYaml(text));
    const stats = parseStats(after);
    assert.equal(stats?.blocks, 5);
    assert.ok((stats?.parsed ?? 0) < 5);
  });

  it('reads generated documents, edits of them and random lines in blocks exactly as the yaml package reads them whole, problems included', function () {
    this.timeout(120_000);
    let split = 0;
    let broken = 0;
    let contained = 0;
    const check = (text: string) => {
      const composed = parseInBlocks(text, parseYamlWithLibrary);
      if (!composed) return;
      split++;
      const library = parseYamlWithLibrary(text);
      if (library.problems.length > 0) broken++;
      if (composed.contained) {
        // A block's syntax error read with the block alone: the whole text's parser, which lets
        // it run on, reports more; both find the text broken.
        contained++;
        assert.ok(
          composed.problems.length > 0 && library.problems.length > 0,
          JSON.stringify(text),
        );
        return;
      }
      assert.deepStrictEqual(
        { root: composed.root, problems: composed.problems },
        { root: library.root, problems: library.problems },
        JSON.stringify(text),
      );
      assert.equal(library.documentCount, 1);
    };
    for (let seed = 1; seed <= 300; seed++) {
      const random = seededRandom(seed);
      const text = new DocumentGenerator(random).document();
      check(text);
      check(mutate(text, random));
      check(mutate(text, random));
    }
    for (let seed = 1; seed <= 3000; seed++) check(randomLines(seededRandom(seed * 7919)));
    assert.ok(
      split > 500 && broken > 100 && contained < broken,
      `split ${split}, of which broken ${broken}, contained ${contained}`,
    );
  });

  it('splits again around an edit exactly as it splits the edited text whole', () => {
    const base = generateRunbook(12);
    const inserts = ['x', '\n', '- ', '  - id: new\n', 'steps:\n', ' ', '---\n', 'key: v\n', '\t'];
    let resplit = 0;
    for (let seed = 1; seed <= 3000; seed++) {
      const random = seededRandom(seed);
      const old = random() < 0.5 ? base : mutate(base, random);
      const at = Math.floor(random() * old.length);
      const removed = Math.floor(random() * 3) * Math.floor(random() * 20);
      const inserted = random() < 0.5 ? inserts[Math.floor(random() * inserts.length)] : '';
      const text = old.slice(0, at) + inserted + old.slice(at + removed);
      const oldSpans = splitBlocks(old);
      if (!oldSpans) continue;
      const again = splitBlocksAfterEdit(text, oldSpans, changedSpan(old, text));
      if (!again) continue;
      resplit++;
      assert.deepStrictEqual(again, splitBlocks(text), JSON.stringify({ old, text }));
    }
    assert.ok(resplit > 1000, `split again only ${resplit} times`);
  });

  it('refuses nesting too deep that an edit brings into one step, as a fresh parse does', () => {
    const before = parseYaml(RUNBOOK);
    const at = RUNBOOK.indexOf('    estimate: 5m');
    const text = `${RUNBOOK.slice(0, at)}    deep: ${'['.repeat(300)}\n${RUNBOOK.slice(at)}`;
    const after = parseYaml(text, before);
    assert.deepStrictEqual(after, parseYaml(text));
    assert.equal(after.root, null);
    assert.match(after.problems[0]?.message ?? '', /deeper than 256 levels/);
  });

  it('keeps a tab in one step to that step: its problems are its own, every step after it is still read', () => {
    const text = generateRunbook(2000).replace(
      '    run: ./scripts/migrate.sh --shard 1000 ',
      '\trun: ./scripts/migrate.sh --shard 1000 ',
    );
    const broken = text.indexOf('  - id: step-1000\n');
    const next = text.indexOf('  - id: step-1001\n');
    const composed = parseInBlocks(text, parseYamlWithLibrary);
    assert.ok(composed?.contained, 'read in blocks, the broken one alone');
    assert.ok(composed.problems.length > 0);
    for (const problem of composed.problems)
      assert.ok(problem.start >= broken && problem.end <= next, problem.message);
    assert.match(composed.problems[0].message, /Tabs are not allowed/);
    const parsed = parseYaml(text);
    const steps =
      parsed.root?.type === 'map'
        ? parsed.root.pairs.find((p) => p.key.type === 'scalar' && p.key.value === 'steps')?.value
        : undefined;
    assert.equal((steps as YamlSeq).items.length, 2000);
    // The whole text's parser lets the error run on into the steps after it.
    assert.ok(parseYamlWithLibrary(text).problems.some((p) => p.start >= next));
  });
});
