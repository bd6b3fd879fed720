import { strict as assert } from 'node:assert';
import { completionContext, trailingRun } from '../../../src/core/features/completion-context';
import { cursor, lines } from '../helpers';

/** The context at the `|`, with the partial word it would replace and the siblings as a sorted list. */
function contextAt(fixture: string) {
  const { text, offset } = cursor(fixture);
  const context = completionContext(text, offset);
  return {
    path: context.path,
    position: context.position,
    prefix: text.slice(context.prefixStart, offset),
    siblings: [...context.siblings].sort(),
    column: context.column,
  };
}

const twoSteps = (line: string) =>
  lines(
    'kind: runbook',
    'steps:',
    '  - id: a',
    '    estimate: 5m',
    '  - id: b',
    line,
    '    title: B',
  );

describe('features/completion-context', () => {
  it('reads a key position at the top level, with the keys around it', () => {
    assert.deepEqual(contextAt('kind: runbook\nti|\nsteps: []\n'), {
      path: [],
      position: 'key',
      prefix: 'ti',
      siblings: ['kind', 'steps'],
      column: 0,
    });
  });

  it('reads a key position inside a step of a later item, not the earlier items', () => {
    assert.deepEqual(contextAt(twoSteps('    imp|')), {
      path: ['steps', 0],
      position: 'key',
      prefix: 'imp',
      siblings: ['id', 'title'],
      column: 4,
    });
  });

  it("reads the first key of a new list item, without the previous item's keys", () => {
    const context = contextAt(lines('steps:', '  - id: a', '    title: A', '  - |'));
    assert.deepEqual([context.path, context.position, context.siblings], [['steps', 0], 'key', []]);
  });

  it('reads a value position after a key', () => {
    assert.deepEqual(contextAt(twoSteps('    impact: out|')), {
      path: ['steps', 0, 'impact'],
      position: 'value',
      prefix: 'out',
      siblings: [],
      column: 4,
    });
  });

  it("reads a value inside a flow list as the list's item", () => {
    assert.deepEqual(contextAt(twoSteps('    needs: [a, |]')).path, ['steps', 0, 'needs', 0]);
  });

  it('reads a block list entry, also after earlier entries', () => {
    const first = contextAt(lines('steps:', '  - id: c', '    needs:', '      - |'));
    const second = contextAt(lines('steps:', '  - id: c', '    needs:', '      - a', '      - b|'));
    assert.deepEqual(
      [first.path, second.path, second.prefix],
      [['steps', 0, 'needs', 0], ['steps', 0, 'needs', 0], 'b'],
    );
  });

  it("reads a list entry whose dash sits at its key's column", () => {
    assert.deepEqual(contextAt(lines('steps:', '- id: a', '- id: b', '  needs:', '  - |')).path, [
      'steps',
      0,
      'needs',
      0,
    ]);
  });

  it('reads a nested mapping key under window:', () => {
    assert.deepEqual(
      contextAt(lines('kind: runbook', 'window:', '  zone: UTC', '  |', 'steps: []')),
      { path: ['window'], position: 'key', prefix: '', siblings: ['zone'], column: 2 },
    );
  });

  it('skips blank lines and comments when looking up the parents', () => {
    assert.deepEqual(contextAt(lines('window:', '', '  # when', '  |')).path, ['window']);
  });

  it('works on CRLF text', () => {
    assert.deepEqual(contextAt('kind: runbook\r\nsteps:\r\n  - id: a\r\n    imp|\r\n').path, [
      'steps',
      0,
    ]);
  });
});

describe('features/completion-context: trailingRun', () => {
  it('reads the word before the cursor from its end, on a line of 100,000 word characters too', () => {
    assert.equal(trailingRun('zone: Europe/Lon', /[\w.+/-]/), 'Europe/Lon');
    assert.equal(trailingRun('estimate: ', /[\w.-]/), '');
    const long = `${'x'.repeat(100_000)}:`;
    assert.equal(trailingRun(long, /[\w.-]/), '');
    assert.equal(trailingRun(long.slice(0, -1), /[\w.-]/).length, 100_000);
  });
});
