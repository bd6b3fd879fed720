import { strict as assert } from 'node:assert';
import { resolve } from 'node:path';
import { renderJson } from '../../../src/core/export/json';
import { previewData } from '../../../src/core/preview/preview-data';
import { previewModel } from '../../../src/core/preview/preview-model';
import { analyzeFile, ROOT } from './export-fixtures';

describe('export/json', () => {
  it('is the JSON contract, the same as previewData of the analysis, for announcements, runbooks and broken files', () => {
    for (const path of [
      'gitter-2015/scheduled-maintenance-19-july.announcement.yaml',
      'metrics-2017/schema-migration.runbook.yaml',
      'broken/invalid-time.runbook.yaml',
      'broken/yaml-syntax.runbook.yaml',
    ]) {
      const analysis = analyzeFile(resolve(ROOT, 'examples', path));
      assert.deepEqual(JSON.parse(renderJson(previewModel(analysis))), previewData(analysis), path);
    }
  });

  it("gives seed 000's runbook its steps' estimate, doubled", () => {
    const json = JSON.parse(
      renderJson(
        previewModel(analyzeFile(resolve(ROOT, 'examples/gitter-2015/restructure.runbook.yaml'))),
      ),
    ) as {
      estimate: unknown;
      safety_factor: number;
      planned_minutes: number;
      window: { minutes: number };
    };
    assert.deepEqual(
      [json.estimate, json.safety_factor, json.planned_minutes, json.window.minutes],
      [{ low: 30, high: 30 }, 2, 60, 60],
    );
  });
});
