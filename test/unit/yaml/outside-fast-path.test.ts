import { strict as assert } from 'node:assert';
import { parseYaml, parseYamlWithLibrary } from '../../../src/core/yaml/parse-yaml';
import { utf16Problem, withLineFeeds } from '../../../src/core/yaml/text-checks';
import { valueOf, type YamlNode } from '../../../src/core/yaml/tree';

/** The tree as plain data, keys in order, for comparing whole values. */
function plain(node: YamlNode | null | undefined): unknown {
  if (!node) return null;
  if (node.type === 'scalar') return node.value;
  if (node.type === 'seq') return node.items.map(plain);
  return node.pairs.map((pair) => [plain(pair.key), plain(pair.value)]);
}

/** A text as an editor shows bytes written in UTF-16 but read as UTF-8. */
const asUtf16 = (text: string, order: 'le' | 'be', bom = false): string => {
  const bytes = Buffer.from(text, 'utf16le');
  if (order === 'be') bytes.swap16();
  const mark = bom ? Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : Buffer.alloc(0);
  return new TextDecoder('utf-8').decode(Buffer.concat([mark, bytes]));
};

describe('yaml: texts outside the fast path', () => {
  it('reads !!omap as the mapping it is, in order, with the offsets of its text', () => {
    const text = 'window: !!omap\n  - start: 2099-01-01 08:00\n  - zone: UTC\n';
    const { root, problems } = parseYaml(text);
    assert.deepEqual(problems, []);
    const window = valueOf(root, 'window');
    assert.equal(window?.type, 'map');
    assert.deepEqual(plain(window), [
      ['start', '2099-01-01 08:00'],
      ['zone', 'UTC'],
    ]);
    const zone = valueOf(window, 'zone');
    assert.equal(zone && text.slice(zone.start, zone.end), 'UTC');
  });

  it('reads !!pairs as the sequence of one-pair mappings it is written as, duplicates kept', () => {
    const { root, problems } = parseYaml('steps: !!pairs\n  - id: a\n  - id: b\n');
    assert.deepEqual(problems, []);
    assert.deepEqual(plain(valueOf(root, 'steps')), [[['id', 'a']], [['id', 'b']]]);
  });

  it('reports a text of directives alone, as the yaml package does for one document', () => {
    for (const text of ['%YAML 1.2\n', '%YAML 1.2\n# only a comment\n']) {
      const { problems } = parseYaml(text);
      assert.deepEqual(
        problems.map((p) => p.message),
        [
          'Missing directives-end indicator line: a directive such as %YAML 1.2 must be followed by --- and the document.',
        ],
        text,
      );
      assert.ok(problems[0].end <= text.length);
    }
    assert.deepEqual(parseYaml('%YAML 1.2\n---\nkind: runbook\n').problems, []);
    assert.deepEqual(parseYaml('# nothing\n').problems, []);
  });

  it('reads lone carriage returns as the line ends they are, offsets unchanged', () => {
    const text = 'kind: runbook\rtitle: T\rsteps:\r  - id: a\r    needs: [b]\r';
    for (const parse of [parseYaml, parseYamlWithLibrary]) {
      const { root, problems } = parse(text);
      assert.deepEqual(problems, []);
      assert.deepEqual(plain(root), plain(parseYaml(text.replace(/\r/g, '\n')).root));
      const title = valueOf(root, 'title');
      assert.equal(title && text.slice(title.start, title.end), 'T');
    }
    assert.equal(withLineFeeds('a\r\nb\rc'), 'a\r\nb\nc');
  });

  it('says UTF-16 text is UTF-16, with or without a byte-order mark, and reads nothing else', () => {
    const text = 'kind: runbook\ntitle: T\nsteps: []\n';
    for (const [order, bom, name] of [
      ['le', false, 'little-endian'],
      ['be', false, 'big-endian'],
      ['le', true, 'little-endian'],
      ['be', true, 'big-endian'],
    ] as const) {
      const { root, problems } = parseYaml(asUtf16(text, order, bom));
      assert.equal(root, null);
      assert.equal(problems.length, 1);
      assert.match(problems[0].message, new RegExp(`looks like UTF-16 \\(${name}\\)`));
    }
  });

  it('takes neither a NUL or two in UTF-8 text nor text without NUL for UTF-16', () => {
    assert.equal(utf16Problem('kind: runbook\ntitle: "a\u0000b"\n'), undefined);
    assert.equal(utf16Problem('kind: runbook\n'.repeat(1000)), undefined);
    assert.equal(utf16Problem('\u0000\u0000\u0000\u0000'), undefined, 'NUL at even and odd');
  });
});
