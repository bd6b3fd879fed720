import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { EXPORT_FORMATS, exportAs } from '../../../src/core/export/index';
import { previewModel } from '../../../src/core/preview/preview-model';
import { defaultSettings } from '../../../src/core/settings';
import { generateRunbook } from '../../bench/generate-runbook';
import { NOW } from './export-fixtures';

describe('export: a large runbook', () => {
  // How long the exports take is a row of `npm run bench` (budget 1 s); here only what they write.
  it('exports 10,000 steps in every format, the timeline capped', function () {
    // Known heavy: analysing the 3 MB runbook and six exports of it take seconds on a loaded machine.
    this.timeout(180_000);
    const model = previewModel(
      analyze(generateRunbook(10_000), 'big.runbook.yaml', defaultSettings, NOW),
    );
    const sizes = EXPORT_FORMATS.map((format) => exportAs(model, format).text.length);
    assert.ok(sizes.every((size) => size > 0));
    const html = exportAs(model, 'html').text;
    assert.equal(html.match(/<g class="step/g)?.length, 100);
    assert.match(html, /9900 more steps: see the table/);
    // The steps' table lists every step (a header and 10,000 rows), after the zones' (a header and 2 rows).
    assert.equal(html.match(/<tr[ >]/g)?.length, 3 + 10_001);
  });
});
