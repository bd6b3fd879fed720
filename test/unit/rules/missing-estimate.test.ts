import { strict as assert } from 'node:assert';
import { analyzeText, codeTexts, runbook, withCode } from '../helpers';

describe('rules/missing-estimate', () => {
  it('warns on the id of a step without an estimate', () => {
    const text = runbook(
      '  - id: backup',
      '    title: Back up',
      '  - id: migrate',
      '    estimate: 5m',
    );
    const [warning, ...rest] = withCode(analyzeText(text), 'missing-estimate');
    assert.deepEqual(rest, []);
    assert.equal(text.slice(warning.start, warning.end), 'backup');
    assert.equal(warning.severity, 'warning');
    assert.match(warning.message, /Step "backup" has no estimate/);
    assert.match(warning.message, /lower bound/);
  });

  it('warns on the first key of a step without id, naming it by position', () => {
    const text = runbook('  - id: a', '    estimate: 5m', '  - title: Tidy up');
    const [warning] = withCode(analyzeText(text), 'missing-estimate');
    assert.equal(text.slice(warning.start, warning.end), 'title');
    assert.match(warning.message, /^Step 2 has no estimate/);
  });

  it('counts an empty estimate as missing', () => {
    assert.deepEqual(codeTexts(runbook('  - id: a', '    estimate:'), 'missing-estimate'), ['a']);
  });

  it('leaves estimates that are written, even invalid ones, to other rules', () => {
    assert.deepEqual(
      codeTexts(
        runbook('  - id: a', '    estimate: soon', '  - id: b', '    estimate: 1h..2h'),
        'missing-estimate',
      ),
      [],
    );
  });

  it('does not apply to announcements', () => {
    const text =
      'kind: announcement\ntitle: T\nstart: 2026-07-19 08:00\nzone: Europe/London\nsteps: []\n';
    assert.deepEqual(codeTexts(text, 'missing-estimate', 'a.yaml'), []);
  });
});
