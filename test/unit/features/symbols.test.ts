import { strict as assert } from 'node:assert';
import { outline } from '../../../src/core/features/symbols';
import { analyzeText, lines, runbook } from '../helpers';

describe('features/symbols', () => {
  const text = runbook(
    '  - id: backup',
    '    title: Back up',
    '    estimate: 30m..1h',
    '  - id: migrate',
    '    estimate: 5m',
    '  - title: Tidy up',
    '    estimate: soon',
  );
  const symbols = outline(analyzeText(text));
  const steps = symbols.find((symbol) => symbol.name === 'steps');

  it('lists the top-level keys in order, selecting each key', () => {
    assert.deepEqual(
      symbols.map((s) => [s.name, s.kind, text.slice(s.selectionStart, s.selectionEnd)]),
      [
        ['kind', 'key', 'kind'],
        ['title', 'key', 'title'],
        ['steps', 'steps', 'steps'],
      ],
    );
  });

  it('counts the steps in the detail of `steps`', () => {
    assert.equal(steps?.detail, '3 steps');
  });

  it('lists each step under `steps` with its id, title and estimate', () => {
    assert.deepEqual(
      steps?.children.map((s) => [s.name, s.kind, s.detail]),
      [
        ['backup', 'step', 'Back up · 30m–1h'],
        ['migrate', 'step', '5m'],
        ['step 3', 'step', 'Tidy up'],
      ],
    );
  });

  it("spans each step's mapping and selects its id", () => {
    const [backup] = steps?.children ?? [];
    assert.equal(text.slice(backup.selectionStart, backup.selectionEnd), 'backup');
    assert.equal(
      text.slice(backup.start, backup.end),
      'id: backup\n    title: Back up\n    estimate: 30m..1h\n',
    );
  });

  it('says "1 step" for one step', () => {
    assert.equal(
      outline(analyzeText(runbook('  - id: a'))).find((s) => s.name === 'steps')?.detail,
      '1 step',
    );
  });

  it('lists `steps` of a file that is not a runbook as a plain key', () => {
    const announcement = outline(
      analyzeText(lines('kind: announcement', 'steps:', '  - id: a'), 'a.yaml'),
    );
    assert.deepEqual(
      announcement.map((s) => [s.name, s.kind, s.children.length]),
      [
        ['kind', 'key', 0],
        ['steps', 'key', 0],
      ],
    );
  });

  it('is empty when the top level is not a mapping', () => {
    assert.deepEqual(outline(analyzeText('- a\n')), []);
    assert.deepEqual(outline(analyzeText('')), []);
  });

  it('still lists the steps when an estimate is not text (`estimate: true`)', () => {
    const odd = outline(
      analyzeText(runbook('  - id: a', '    estimate: true', '  - id: b', '    estimate: 5m')),
    );
    const listed = odd.find((symbol) => symbol.name === 'steps')?.children ?? [];
    assert.deepEqual(
      listed.map((step) => [step.name, step.detail]),
      [
        ['a', undefined],
        ['b', '5m'],
      ],
    );
  });
});
