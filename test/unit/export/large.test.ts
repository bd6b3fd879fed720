import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { EXPORT_FORMATS, exportAs } from '../../../src/core/export/index';
import { previewModel } from '../../../src/core/preview/preview-model';
import { defaultSettings } from '../../../src/core/settings';
import { generateRunbook } from '../../bench/generate-runbook';
import { NOW } from './export-fixtures';

describe('export: a large runbook', () => {
  it('exports 10,000 steps in every format within a second, the timeline capped', function () {
    // The budget is the exports'; analysing the 3 MB runbook first takes its own time, untimed.
    this.timeout(10_000);
    const model = previewModel(
      analyze(generateRunbook(10_000), 'big.runbook.yaml', defaultSettings, NOW),
    );
    const started = performance.now();
    const sizes = EXPORT_FORMATS.map((format) => exportAs(model, format).text.length);
    const elapsed = performance.now() - started;
    assert.ok(elapsed < 1000, `${Math.round(elapsed)} ms`);
    assert.ok(sizes.every((size) => size > 0));
    const html = exportAs(model, 'html').text;
    assert.equal(html.match(/<g class="step/g)?.length, 100);
    assert.match(html, /9900 more steps: see the table/);
    // The steps' table lists every step (a header and 10,000 rows), after the zones' (a header and 2 rows).
    assert.equal(html.match(/<tr[ >]/g)?.length, 3 + 10_001);
  });
});
