import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../server/src/core/analyze';
import { DiagnosticCodes } from '../../../server/src/core/diagnostic';
import { rules } from '../../../server/src/core/rules/index';
import { lines, repoRoot } from '../helpers';

/** A runbook that breaks every rule but yaml-syntax's parse errors and file-too-large. */
const messy = lines(
  'kind: runbook',
  'title: Caf\uFFFD',
  'colour: red',
  'steps:',
  '  - id: a',
  '    estimate: soon',
  '    needs: [b]',
  '  - id: b',
  '    needs: [a, zz]',
  '  - id: b',
  '    estimate: 5m',
);

describe('rules/index', () => {
  it('has one rule file per diagnostic code, named after it', () => {
    const files = readdirSync(join(repoRoot(), 'server/src/core/rules'))
      .filter((name) => name.endsWith('.ts') && name !== 'index.ts' && name !== 'rule.ts')
      .map((name) => name.replace(/\.ts$/, ''));
    assert.deepEqual(files.sort(), [...DiagnosticCodes].sort());
  });

  it('runs rules that each report a single code of their own, together all but file-too-large', () => {
    const context = analyze(messy, 'messy.runbook.yaml');
    const codesByRule = rules.map((rule) => [...new Set(rule(context).map((d) => d.code))]);
    assert.ok(codesByRule.every((codes) => codes.length === 1), JSON.stringify(codesByRule));
    const codes = codesByRule.map(([code]) => code);
    assert.equal(new Set(codes).size, codes.length);
    assert.deepEqual(codes.sort(), DiagnosticCodes.filter((code) => code !== 'file-too-large').sort());
  });
});
