import { strict as assert } from 'node:assert';
import { complete } from '../../../src/core/features/completion';
import { analyzeText, applyEdits, cursor, lines } from '../helpers';

/** The pinned present: Sunday 6 December 2026, 18:40 UTC (18:40 in London). */
const NOW = Date.parse('2026-12-06T18:40:00Z');

function snippetsAt(fixture: string, fileName = 'new.runbook.yaml') {
  const { text, offset } = cursor(fixture);
  const items = complete(analyzeText(text, fileName), offset, NOW).filter(
    (item) => item.kind === 'snippet',
  );
  return { text, items };
}

describe('features/snippets', () => {
  it('offers the whole-file snippets in an empty file, as typed or before anything is', () => {
    for (const fixture of ['|', 'run|', '# a new plan\n|\n\n'])
      assert.deepEqual(
        snippetsAt(fixture).items.map((item) => item.label),
        ['runbook', 'announcement'],
        JSON.stringify(fixture),
      );
    assert.deepEqual(
      snippetsAt('ann|', 'untitled').items.map((item) => item.label),
      ['runbook', 'announcement'],
      'a file of no kind yet',
    );
  });

  it('dates the window one week from now at the next full hour, never a fixed date', () => {
    const { text, items } = snippetsAt('run|');
    const runbook = items.find((item) => item.label === 'runbook')!;
    assert.match(runbook.insertText, /^ {2}start: \$\{4:2026-12-13 19:00\}$/m);
    assert.deepEqual([runbook.start, runbook.end], [0, 3]);
    assert.ok(
      applyEdits(text, [{ ...runbook, newText: runbook.insertText }]).startsWith('kind: runbook\n'),
    );
    const announcement = items.find((item) => item.label === 'announcement')!;
    assert.match(announcement.insertText, /^start: \$\{3:2026-12-13 19:00\}$/m);
    const later = complete(
      analyzeText('', 'new.runbook.yaml'),
      0,
      Date.parse('2027-06-01T08:05:00Z'),
    );
    assert.match(later.find((item) => item.label === 'runbook')!.insertText, /2027-06-08 10:00/);
  });

  it('offers no whole-file snippet once the file has content, nor indented', () => {
    assert.deepEqual(snippetsAt(lines('kind: runbook', 'title: T', 'run|')).items, []);
    assert.deepEqual(snippetsAt('  run|').items, []);
  });

  it('offers the step snippet only where a new step goes, indented to it', () => {
    const onItsLine = snippetsAt(
      lines('kind: runbook', 'title: T', 'steps:', '  - id: a', '    estimate: 5m', '  st|'),
    );
    assert.deepEqual(
      onItsLine.items.map((item) => item.label),
      ['step'],
    );
    assert.match(onItsLine.items[0].insertText, /^- id: \$\{1:migrate\}\n {4}title: /);
    const afterDash = snippetsAt(lines('kind: runbook', 'title: T', 'steps:', '  - |'));
    assert.deepEqual(
      afterDash.items.map((item) => item.label),
      ['step'],
    );
    assert.match(
      afterDash.items[0].insertText,
      /^id: \$\{1:migrate\}\n {4}title: [^\n]*\n {4}estimate: /,
    );
    assert.ok(!/\n\s*\n/.test(afterDash.items[0].insertText), 'no line of only spaces');
  });

  it('offers no snippet inside a step, at the top level of a runbook, or in a value', () => {
    for (const fixture of [
      lines('kind: runbook', 'title: T', 'steps:', '  - id: a', '    |'),
      lines('kind: runbook', 'title: T', 'steps:', '  - id: a', '    impact: |'),
      lines('kind: runbook', 'title: T', 'steps:', '  - id: a', 'ru|'),
      lines('kind: runbook', 'title: T', 'window:', '  |', 'steps: []'),
    ])
      assert.deepEqual(snippetsAt(fixture).items, [], fixture);
  });

  it('offers none without a present to date them from', () => {
    const { text, offset } = cursor('run|');
    assert.deepEqual(
      complete(analyzeText(text, 'new.runbook.yaml'), offset).filter((i) => i.kind === 'snippet'),
      [],
    );
  });
});
