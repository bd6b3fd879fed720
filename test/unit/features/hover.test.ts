import { strict as assert } from 'node:assert';
import { hover } from '../../../src/core/features/hover';
import { analyzeText, cursor, runbook } from '../helpers';

/** The hover at the `|` of a fixture, with the text it is about. */
function hoverAt(fixture: string, fileName?: string) {
  const { text, offset } = cursor(fixture);
  const result = hover(analyzeText(text, fileName), offset);
  return result && { markdown: result.markdown, over: text.slice(result.start, result.end) };
}

const steps = [
  '  - id: backup',
  '    title: Back up *all* databases',
  '    estimate: 30m..1h',
  '  - id: migrate',
  '    estimate: 5m',
  '    needs: [backup]',
  '  - id: verify',
  '    needs:',
  '      - migrate',
  '      - nope',
];
const fixture = (from: string, to: string) => runbook(...steps).replace(from, to);

describe('features/hover', () => {
  it('shows the schema description of a key', () => {
    const result = hoverAt(fixture('    estimate: 5m', '    esti|mate: 5m'));
    assert.equal(result?.over, 'estimate');
    assert.match(result?.markdown ?? '', /^\*\*estimate\*\*: How long the step takes/);
    assert.match(result?.markdown ?? '', /Example: `estimate: 30m`, `estimate: 5m\.\.10m`/);
  });

  it("shows the key's description on its value, with the allowed values of an enum", () => {
    const result = hoverAt(runbook('  - id: a', '    estimate: 5m', '    impact: out|age'));
    assert.equal(result?.over, 'outage');
    assert.match(result?.markdown ?? '', /What users feel/);
    assert.match(result?.markdown ?? '', /Values: `none`, `degraded`, `read-only`, `outage`/);
  });

  it('shows the step a needs entry names: title and estimate', () => {
    const result = hoverAt(fixture('needs: [backup]', 'needs: [bac|kup]'));
    assert.equal(result?.over, 'backup');
    assert.match(result?.markdown ?? '', /^\*\*Step `backup`\*\* — Back up \\\*all\\\* databases/);
    assert.match(result?.markdown ?? '', /Estimate: 30m–1h/);
    assert.match(result?.markdown ?? '', /Starts at the window's start/);
  });

  it('shows what a step waits for, on its own id', () => {
    const result = hoverAt(fixture('- id: verify', '- id: ver|ify'));
    assert.equal(result?.over, 'verify');
    assert.match(result?.markdown ?? '', /Estimate: none yet · After: `migrate`/);
  });

  it('says so when a needs entry names no step', () => {
    const result = hoverAt(fixture('      - nope', '      - no|pe'));
    assert.deepEqual(result, { markdown: 'No step has the id `nope`.', over: 'nope' });
  });

  it('marks an estimate that does not parse', () => {
    const result = hoverAt(
      runbook('  - id: a', '    estimate: soon', '  - id: b', '    needs: [|a]'),
    );
    assert.match(result?.markdown ?? '', /Estimate: `soon` \(not a valid duration\)/);
  });

  it('describes announcement keys from the announcement schema', () => {
    const result = hoverAt('kind: announcement\ntime_form|at: 12h\n', 'a.yaml');
    assert.match(
      result?.markdown ?? '',
      /\*\*time\\_format\*\*: How times are written for readers/,
    );
  });

  it('shows nothing outside known keys, on the root, or without a kind', () => {
    assert.equal(hoverAt(runbook('  - id: a', '    colo|ur: red')), undefined);
    assert.equal(hoverAt('title: T|\n', 'notes.yaml'), undefined);
    assert.equal(hoverAt('|\n\nkind: runbook\n'), undefined);
  });
});
