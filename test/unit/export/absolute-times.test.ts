import { strict as assert } from 'node:assert';
import { renderPreviewHtml } from '../../../src/core/export/html';
import { EXPORT_FORMATS, exportAs } from '../../../src/core/export/index';
import { exampleModel } from './export-fixtures';

const SEED_000 = 'gitter-2015/scheduled-maintenance-19-july.announcement.yaml';

describe('export: absolute times only', () => {
  it('writes no "in 9 days" into any export, while the editor\'s preview keeps it', () => {
    const model = exampleModel(SEED_000);
    assert.equal(model.window?.relative, 'in 9 days', 'the fixture pins a now nine days ahead');
    for (const format of EXPORT_FORMATS) {
      const { text } = exportAs(model, format);
      assert.doesNotMatch(text, /in 9 days/, format);
      assert.match(text, /2015-07-19|20150719|19 Jul/, `${format} still says when`);
    }
    assert.match(renderPreviewHtml(model, { standalone: false }), /in 9 days/);
  });
});
