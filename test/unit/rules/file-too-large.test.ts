import { strict as assert } from 'node:assert';
import { fileTooLarge } from '../../../src/core/rules/file-too-large';
import { defaultSettings } from '../../../src/core/settings';
import { analyzeText, codesAndText } from '../helpers';

describe('rules/file-too-large', () => {
  const broken = 'kind: runbook\ntitle: "unclosed\nsteps: [\n';

  it('replaces the whole analysis with one info at the start of the file', () => {
    const analysis = analyzeText(broken, 'big.runbook.yaml', {
      ...defaultSettings,
      maxFileSizeBytes: 20,
    });
    assert.deepEqual(codesAndText(analysis), [['file-too-large', '']]);
    assert.deepEqual(
      [
        analysis.diagnostics[0].start,
        analysis.diagnostics[0].end,
        analysis.diagnostics[0].severity,
      ],
      [0, 0, 'info'],
    );
    assert.equal(analysis.skipped, true);
    assert.equal(analysis.parsed.root, null);
    assert.deepEqual(analysis.steps, []);
  });

  it('names the setting that raises the limit', () => {
    const [diagnostic] = fileTooLarge('x'.repeat(3 * 1024 * 1024), 2 * 1024 * 1024);
    assert.match(diagnostic.message, /3\.0 MB; the limit is 2\.0 MB, set by runbook\.maxFileSize/);
  });

  it('analyses a file exactly at the limit', () => {
    const analysis = analyzeText(broken, 'big.runbook.yaml', {
      ...defaultSettings,
      maxFileSizeBytes: broken.length,
    });
    assert.equal(analysis.skipped, false);
    assert.ok(analysis.diagnostics.some((d) => d.code === 'yaml-syntax'));
  });

  it('allows 5 MB by default', () => {
    assert.equal(defaultSettings.maxFileSizeBytes, 5 * 1024 * 1024);
    assert.deepEqual(fileTooLarge('x'.repeat(1024), defaultSettings.maxFileSizeBytes), []);
  });
});
