import { strict as assert } from 'node:assert';
import { complete } from '../../../src/core/features/completion';
import { analyzeText, cursor, lines, runbook } from '../helpers';

/** The completions at the `|`, each as its label and the text it replaces. */
function completionsAt(fixture: string, fileName?: string) {
  const { text, offset } = cursor(fixture);
  return complete(analyzeText(text, fileName), offset).map((item) => ({
    ...item,
    replaces: text.slice(item.start, item.end),
  }));
}
const labels = (fixture: string, fileName?: string) =>
  completionsAt(fixture, fileName).map((item) => item.label);

const stepKeys = [
  'id',
  'title',
  'estimate',
  'impact',
  'needs',
  'run',
  'verify',
  'rollback',
  'manual',
  'notes',
];

describe('features/completion', () => {
  describe('keys', () => {
    it('offers the top-level keys not yet written', () => {
      assert.deepEqual(labels('kind: runbook\ntitle: T\n|\nsteps: []\n'), [
        'id',
        'owner',
        'description',
        'window',
        'safety_factor',
        'audience',
        'time_format',
        'affected',
        'rollback',
      ]);
    });

    it('offers window keys not yet written', () => {
      assert.deepEqual(
        labels(lines('kind: runbook', 'window:', '  zone: UTC', '  |', 'steps: []')),
        ['start', 'end', 'length'],
      );
    });

    it('offers step keys not yet written, in the first and in a later step', () => {
      assert.deepEqual(
        labels(runbook('  - id: a', '    estimate: 5m', '    |')),
        stepKeys.filter((k) => k !== 'id' && k !== 'estimate'),
      );
      assert.deepEqual(
        labels(runbook('  - id: a', '    estimate: 5m', '  - id: b', '    |')),
        stepKeys.filter((k) => k !== 'id'),
      );
      assert.deepEqual(labels(runbook('  - id: a', '  - |')), stepKeys);
    });

    it('offers keys while a half-typed key makes the YAML invalid, replacing the partial word', () => {
      const items = completionsAt(
        runbook('  - id: a', '    estimate: 5m', '    imp|'),
        'plan.runbook.yaml',
      );
      assert.ok(
        items.some(
          (item) =>
            item.label === 'impact' && item.insertText === 'impact: ' && item.replaces === 'imp',
        ),
      );
    });

    it('opens a block for a mapping or a list of mappings, indented under the key', () => {
      const items = completionsAt('kind: runbook\ntitle: T\n|\nsteps: []\n');
      assert.equal(items.find((item) => item.label === 'window')?.insertText, 'window:\n  ');
      assert.equal(items.find((item) => item.label === 'audience')?.insertText, 'audience: ');
      const steps = completionsAt('kind: runbook\ntitle: T\n|\n');
      assert.equal(steps.find((item) => item.label === 'steps')?.insertText, 'steps:\n  - ');
    });

    it('documents each key with its schema description and type', () => {
      const title = completionsAt('kind: runbook\n|\n').find((item) => item.label === 'title');
      assert.deepEqual(
        [title?.kind, title?.detail, title?.documentation],
        ['key', 'string', 'What the maintenance does, in a few words.'],
      );
    });

    it('offers announcement keys in an announcement', () => {
      assert.ok(labels('kind: announcement\n|\n', 'a.yaml').includes('reminders'));
    });
  });

  describe('values', () => {
    it('offers the impact values', () => {
      const items = completionsAt(runbook('  - id: a', '    impact: out|'));
      assert.deepEqual(
        items.map((item) => [item.label, item.kind, item.replaces]),
        [
          ['none', 'value', 'out'],
          ['degraded', 'value', 'out'],
          ['read-only', 'value', 'out'],
          ['outage', 'value', 'out'],
        ],
      );
    });

    it('offers the time_format values', () => {
      assert.deepEqual(labels('kind: announcement\ntitle: T\ntime_format: |\n', 'a.yaml'), [
        '12h',
        '24h',
      ]);
    });

    it('offers nothing for a free-text value', () => {
      assert.deepEqual(labels(runbook('  - id: a', '    title: |')), []);
    });
  });

  describe('step ids in needs', () => {
    const three = (needs: string[]) =>
      runbook(
        '  - id: a',
        '    title: First',
        '    estimate: 30m..1h',
        '  - id: b',
        '  - id: c',
        ...needs,
      );

    it('offers the other steps inside a flow list, never the step itself', () => {
      const items = completionsAt(three(['    needs: [|]']));
      assert.deepEqual(
        items.map((item) => [item.label, item.kind]),
        [
          ['a', 'step'],
          ['b', 'step'],
        ],
      );
      assert.deepEqual([items[0].detail, items[0].documentation], ['First', 'Estimate: 30m–1h']);
    });

    it('leaves out steps already in the list, but not the one being typed', () => {
      assert.deepEqual(labels(three(['    needs: [a, |]'])), ['b']);
      const items = completionsAt(three(['    needs: [a|]']));
      assert.deepEqual(
        items.map((item) => [item.label, item.replaces]),
        [
          ['a', 'a'],
          ['b', 'a'],
        ],
      );
    });

    it('offers step ids in a block list, also after earlier entries', () => {
      assert.deepEqual(labels(three(['    needs:', '      - |'])), ['a', 'b']);
      assert.deepEqual(labels(three(['    needs:', '      - b', '      - |'])), ['a']);
    });
  });

  describe('before a kind is known', () => {
    it('offers kind: as the only key', () => {
      assert.deepEqual(
        completionsAt('ki|', 'notes.yaml').map((item) => [
          item.label,
          item.insertText,
          item.replaces,
        ]),
        [['kind', 'kind: ', 'ki']],
      );
      assert.deepEqual(labels('title: T\n|', 'notes.yaml'), ['kind']);
    });

    it('offers the two kinds after kind:', () => {
      assert.deepEqual(
        completionsAt('kind: ru|', 'notes.yaml').map((item) => [item.label, item.replaces]),
        [
          ['runbook', 'ru'],
          ['announcement', 'ru'],
        ],
      );
    });

    it('offers nothing deeper down', () => {
      assert.deepEqual(labels('steps:\n  - |', 'notes.yaml'), []);
    });
  });
});
