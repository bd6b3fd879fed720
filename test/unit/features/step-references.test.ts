import { strict as assert } from 'node:assert';
import {
  renameStepId,
  stepIdAt,
  stepIdOccurrences,
} from '../../../src/core/features/step-references';
import { analyzeText, applyEdits, countingReads, cursor, runbook } from '../helpers';

const steps = [
  '  - id: backup',
  '    estimate: 5m',
  '  - id: migrate',
  '    estimate: 5m',
  '    needs: [backup]',
  '  - id: verify',
  '    estimate: 5m',
  '    needs:',
  '      - backup',
  '      - migrate',
];
const text = runbook(...steps);
const analysis = analyzeText(text);
const covered = (span: { start: number; end: number } | undefined) =>
  span && `${text.slice(span.start, span.end)}@${span.start}`;

describe('features/step-references', () => {
  describe('stepIdAt', () => {
    it('finds the id under the cursor in `id:` and in needs, with the step it names', () => {
      const onId = stepIdAt(analysis, text.indexOf('backup') + 2);
      assert.equal(onId?.step?.index, 0);
      const onNeed = stepIdAt(analysis, text.indexOf('[backup]') + 7);
      assert.deepEqual([onNeed?.text.id, onNeed?.step?.index], ['backup', 0]);
    });

    it('reads a few of 10,000 steps to find the id under the cursor (binary search)', () => {
      const many = runbook(
        ...Array.from({ length: 10_000 }, (_, i) => [
          `  - id: step-${i}`,
          `    needs: [step-${Math.max(0, i - 1)}]`,
        ]).flat(),
      );
      const big = analyzeText(many);
      const steps = countingReads(big.steps);
      const at = stepIdAt({ ...big, steps: steps.view }, many.indexOf('needs: [step-7776]') + 10);
      assert.deepEqual([at?.text.id, at?.step?.index], ['step-7776', 7776]);
      assert.ok(steps.reads() < 100, `${steps.reads()} steps read`);
      const last = stepIdAt(big, many.lastIndexOf('step-9999') + 1);
      assert.deepEqual([last?.text.id, last?.step?.index], ['step-9999', 9999]);
    });

    it('finds nothing on other keys and values', () => {
      assert.equal(stepIdAt(analysis, text.indexOf('estimate')), undefined);
      assert.equal(stepIdAt(analysis, text.indexOf('5m')), undefined);
    });

    it('finds a needs entry that names no step, without a step', () => {
      const { text: other, offset } = cursor(runbook('  - id: a', '    needs: [gh|ost]'));
      const found = stepIdAt(analyzeText(other), offset);
      assert.deepEqual([found?.text.id, found?.step], ['ghost', undefined]);
    });
  });

  describe('stepIdOccurrences', () => {
    it('gives the definition and every needs entry, block and flow', () => {
      const { definition, references } = stepIdOccurrences(analysis, 'backup');
      assert.equal(covered(definition), `backup@${text.indexOf('backup')}`);
      assert.deepEqual(references.map(covered), [
        `backup@${text.indexOf('[backup]') + 1}`,
        `backup@${text.lastIndexOf('backup')}`,
      ]);
    });

    it('gives references without a definition for an unknown id', () => {
      const other = analyzeText(
        runbook('  - id: a', '    needs: [ghost]', '  - id: b', '    needs: [ghost]'),
      );
      const { definition, references } = stepIdOccurrences(other, 'ghost');
      assert.equal(definition, undefined);
      assert.equal(references.length, 2);
    });
  });

  describe('renameStepId', () => {
    it('renames the id and every needs entry, from the definition', () => {
      const result = renameStepId(analysis, text.indexOf('backup'), 'snapshot');
      assert.ok(result.ok);
      assert.equal(result.edits.length, 3);
      assert.equal(applyEdits(text, result.edits), text.replace(/backup/g, 'snapshot'));
    });

    it('renames the same way from a needs entry', () => {
      const result = renameStepId(analysis, text.lastIndexOf('migrate'), 'upgrade');
      assert.ok(result.ok);
      assert.equal(applyEdits(text, result.edits), text.replace(/migrate/g, 'upgrade'));
    });

    it('leaves ids that only contain the old name alone', () => {
      const other = runbook(
        '  - id: a',
        '    estimate: 5m',
        '  - id: ab',
        '    estimate: 5m',
        '    needs: [a]',
      );
      const result = renameStepId(analyzeText(other), other.indexOf('id: a') + 4, 'x');
      assert.ok(result.ok);
      assert.equal(
        applyEdits(other, result.edits),
        runbook(
          '  - id: x',
          '    estimate: 5m',
          '  - id: ab',
          '    estimate: 5m',
          '    needs: [x]',
        ),
      );
    });

    it('refuses a name that is not a valid step id', () => {
      for (const name of ['', '-x', 'two words', 'a:b', 'é']) {
        const result = renameStepId(analysis, text.indexOf('backup'), name);
        assert.ok(!result.ok, name);
        assert.match(result.message, /not a valid step id/);
      }
    });

    it('refuses a name another step already has', () => {
      const result = renameStepId(analysis, text.indexOf('backup'), 'verify');
      assert.deepEqual(result, {
        ok: false,
        message: 'A step with the id "verify" already exists.',
      });
    });

    it('accepts renaming an id to itself', () => {
      const result = renameStepId(analysis, text.indexOf('backup'), 'backup');
      assert.ok(result.ok);
    });

    it('refuses when the cursor is not on a step id', () => {
      const result = renameStepId(analysis, text.indexOf('estimate'), 'x');
      assert.ok(!result.ok);
      assert.match(result.message, /Put the cursor on a step id/);
    });
  });
});
