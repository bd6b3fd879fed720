import { strict as assert } from 'node:assert';
import { complete, completionList } from '../../../src/core/features/completion';
import { MAX_STEP_ID_ITEMS } from '../../../src/core/features/step-id-completion';
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

    it('offers the other steps inside a flow list, nearest first, never the step itself', () => {
      const items = completionsAt(three(['    needs: [|]']));
      assert.deepEqual(
        items.map((item) => [item.label, item.kind, item.sortText]),
        [
          ['b', 'step', '0000'],
          ['a', 'step', '0001'],
        ],
      );
      assert.deepEqual([items[1].detail, items[1].documentation], ['First', 'Estimate: 30m–1h']);
      const { text, offset } = cursor(three(['    needs: [|]']));
      assert.equal(completionList(analyzeText(text), offset).isIncomplete, false, 'all sent');
    });

    it('leaves out steps already in the list, but not the one being typed', () => {
      assert.deepEqual(labels(three(['    needs: [a, |]'])), ['b']);
      const items = completionsAt(three(['    needs: [a|]']));
      assert.deepEqual(
        items.map((item) => [item.label, item.replaces]),
        [['a', 'a']],
        'only the ids that match the word typed',
      );
    });

    it('offers step ids in a block list, also after earlier entries', () => {
      assert.deepEqual(labels(three(['    needs:', '      - |'])), ['b', 'a']);
      assert.deepEqual(labels(three(['    needs:', '      - b', '      - |'])), ['a']);
    });

    it('ranks ids starting with the word, then ignoring case, then containing it, then fuzzy', () => {
      const fixture = runbook(
        '  - id: db-migrate',
        '  - id: Migrate-cache',
        '  - id: migrate-web',
        '  - id: map-image-get',
        '  - id: backup',
        '  - id: last',
        '    needs: [mig|]',
      );
      assert.deepEqual(labels(fixture), [
        'migrate-web',
        'Migrate-cache',
        'db-migrate',
        'map-image-get',
      ]);
    });

    describe('in a runbook of 10,000 steps', () => {
      const ids = Array.from({ length: 10_000 }, (_, i) => `step-${i}`);
      const big = (needs: string) =>
        runbook(
          ...ids.flatMap((id) => [`  - id: ${id}`, '    estimate: 5m']),
          '  - id: last',
          needs,
        );
      const listAt = (fixture: string) => {
        const { text, offset } = cursor(fixture);
        return completionList(analyzeText(text), offset);
      };

      it('offers a bounded list, nearest steps first, and says it is incomplete', () => {
        const list = listAt(big('    needs: [|]'));
        assert.equal(list.items.length, MAX_STEP_ID_ITEMS);
        assert.equal(list.isIncomplete, true);
        assert.deepEqual(
          list.items.slice(0, 3).map((item) => item.label),
          ['step-9999', 'step-9998', 'step-9997'],
        );
      });

      it('filters by the word typed, best match first', () => {
        const list = listAt(big('    needs: [step-123|]'));
        assert.deepEqual(
          list.items.slice(0, 11).map((item) => item.label),
          ['step-123', ...Array.from({ length: 10 }, (_, i) => `step-123${9 - i}`)],
          'the id itself, then the others that start with it, nearest first',
        );
        assert.ok(
          list.items.slice(11).every((item) => /^step-\d*1\d*2\d*3/.test(item.label)),
          'then ids that hold its characters in order',
        );
        const many = listAt(big('    needs: [step-1|]'));
        assert.equal(many.isIncomplete, true, '1,111 ids start with step-1');
        assert.ok(many.items.every((item) => item.label.startsWith('step-1')));
      });

      it('offers an id written in full first, however far from the cursor', () => {
        assert.equal(listAt(big('    needs: [step-17|]')).items[0].label, 'step-17');
        assert.deepEqual(listAt(big('    needs: [nosuchstep|]')), {
          items: [],
          isIncomplete: false,
        });
      });
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
