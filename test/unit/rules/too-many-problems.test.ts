import { strict as assert } from 'node:assert';
import { MAX_DIAGNOSTICS_PER_FILE, MAX_MESSAGE_LENGTH } from '../../../src/core/diagnostic-limits';
import { analyzeText, runbook, withCode } from '../helpers';

describe('rules/too-many-problems', () => {
  it('keeps 1,000 diagnostics, errors first, and counts the rest on the first one left out', () => {
    // 1,200 steps without an estimate (warnings), ten of them with an unknown need (errors).
    const rows: string[] = [];
    for (let i = 0; i < 1_200; i++)
      rows.push(`  - id: s${i}`, ...(i % 120 === 119 ? [`    needs: [ghost${i}]`] : []));
    const text = `window: { start: 2099-07-19 08:00, zone: UTC, length: 1h }\n${runbook(...rows)}`;
    const analysis = analyzeText(text);
    const { diagnostics } = analysis;
    assert.equal(diagnostics.length, MAX_DIAGNOSTICS_PER_FILE + 1);
    assert.equal(withCode(analysis, 'unknown-step').length, 10);
    assert.equal(withCode(analysis, 'missing-estimate').length, 990);
    const [count, ...others] = withCode(analysis, 'too-many-problems');
    assert.deepEqual(others, []);
    assert.equal(count.severity, 'info');
    assert.equal(
      count.message,
      '… and 210 more problems in this file, not shown: only the 1,000 most severe are. This is the first of the others.',
    );
    // The 990 warnings kept are the first in file order; the count sits on the next one.
    assert.equal(text.slice(count.start, count.end), 's990');
    const starts = diagnostics.map((d) => d.start);
    assert.deepEqual(
      starts,
      starts.slice().sort((a, b) => a - b),
    );
  });

  it('leaves a file with up to 1,000 problems as it is, but caps each message', () => {
    const id = 'x'.repeat(10_000);
    const text = `window: { start: 2099-07-19 08:00, zone: UTC }\n${runbook('  - id: a', '    estimate: 1m', `    needs: [${id}]`)}`;
    const [unknown, ...rest] = analyzeText(text).diagnostics;
    assert.deepEqual(rest, []);
    assert.equal(unknown.code, 'unknown-step');
    assert.equal(unknown.message.length, MAX_MESSAGE_LENGTH);
    assert.ok(unknown.message.startsWith('No step has the id "xxx'));
  });
});
