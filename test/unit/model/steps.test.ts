import { strict as assert } from 'node:assert';
import { readSteps, stepLabel } from '../../../src/core/model/steps';
import { parseYaml } from '../../../src/core/yaml/parse-yaml';
import { runbook } from '../helpers';

const stepsOf = (text: string) => readSteps(parseYaml(text).root);

describe('model/steps', () => {
  it('reads id, title, estimate and needs with their positions', () => {
    const text = runbook(
      '  - id: backup',
      '    title: Back up',
      '    estimate: 30m',
      '  - id: migrate',
      '    needs: [backup]',
    );
    const [backup, migrate] = stepsOf(text);
    assert.equal(backup.index, 0);
    assert.equal(text.slice(backup.id!.start, backup.id!.end), 'backup');
    assert.equal(backup.title, 'Back up');
    assert.equal(backup.estimate?.value, '30m');
    assert.equal(backup.needs, undefined);
    assert.deepEqual(
      migrate.needs?.map((need) => [need.id, text.slice(need.start, need.end)]),
      [['backup', 'backup']],
    );
  });

  it('tells `needs: []` (start at the window) from no needs (after the step before)', () => {
    const [first, second] = stepsOf(runbook('  - id: a', '    needs: []', '  - id: b'));
    assert.deepEqual(first.needs, []);
    assert.equal(second.needs, undefined);
  });

  it('skips list items that are not mappings but keeps counting indices densely', () => {
    const steps = stepsOf(runbook('  - just text', '  - id: a', '  - [x]', '  - id: b'));
    assert.deepEqual(
      steps.map((step) => [step.index, step.id?.id]),
      [
        [0, 'a'],
        [1, 'b'],
      ],
    );
  });

  it('leaves out an id that is empty or not text, and an empty estimate', () => {
    const steps = stepsOf(runbook('  - id:', '    estimate:', '  - id: [x]', '  - id: ""'));
    assert.deepEqual(
      steps.map((step) => [step.id, step.estimate]),
      [
        [undefined, undefined],
        [undefined, undefined],
        [undefined, undefined],
      ],
    );
  });

  it('reads number ids in needs as text and skips empty entries', () => {
    const [step] = stepsOf(runbook('  - id: a', '    needs: [1, ~, b]'));
    assert.deepEqual(
      step.needs?.map((need) => need.id),
      ['1', 'b'],
    );
  });

  it('reads no steps when `steps` is missing or not a list', () => {
    assert.deepEqual(stepsOf('kind: runbook\n'), []);
    assert.deepEqual(stepsOf('steps: {a: 1}\n'), []);
    assert.deepEqual(readSteps(null), []);
  });

  it('labels a step by its quoted id, or by its position', () => {
    const [named, unnamed] = stepsOf(runbook('  - id: a', '  - title: T'));
    assert.equal(stepLabel(named), '"a"');
    assert.equal(stepLabel(unnamed), 'step 2');
  });
});
