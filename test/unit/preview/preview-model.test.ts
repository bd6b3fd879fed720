import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import type { LinkedRunbook } from '../../../src/core/analysis-types';
import { defaultSettings } from '../../../src/core/settings';
import { previewModel } from '../../../src/core/preview/preview-model';

const ROOT = resolve(__dirname, '../../../..');
const NOW = Date.parse('2015-07-10T08:00:00Z');

/** Analyses an example, following its `runbook:` link on disk as the CLI does. */
function example(path: string) {
  const file = resolve(ROOT, 'examples', path);
  const resolveRunbook = (linkPath: string): LinkedRunbook => {
    const target = resolve(dirname(file), linkPath);
    return {
      status: 'found',
      path: linkPath,
      analysis: analyze(readFileSync(target, 'utf8'), target, defaultSettings, NOW),
    };
  };
  return previewModel(
    analyze(readFileSync(file, 'utf8'), file, defaultSettings, NOW, resolveRunbook),
  );
}

describe('preview/preview-model', () => {
  it("shows seed 000's announcement: the zones as the post writes them, the doubled estimate, the linked runbook's steps", () => {
    const model = example('gitter-2015/scheduled-maintenance-19-july.announcement.yaml');
    assert.equal(model.kind, 'announcement');
    assert.equal(model.title, 'Scheduled maintenance 19 July');
    assert.deepEqual(model.zonesList, [
      'Tokyo: 4pm',
      'Moscow: 10am',
      'CEST: 9am',
      'Eastern: 3am',
      'Central: 2am',
      'Pacific: Midnight',
    ]);
    assert.equal(model.window?.start, '2015-07-19T08:00:00+01:00');
    assert.equal(model.window?.relative, 'in 9 days');
    assert.deepEqual(
      [model.estimate?.text, model.estimate?.plannedMinutes, model.estimate?.safetyFactor],
      ['30m', 60, 2],
    );
    assert.deepEqual(model.affected, ['web', 'desktop', 'mobile', 'irc', 'api']);
    assert.equal(model.runbook?.found, true);
    assert.ok(model.steps.length > 0 && model.steps.every((s) => s.start !== null));
    assert.ok(model.sections.some((s) => 'faq' in s && s.faq.length > 0));
  });

  it("shows seed 003's phases with their ranges, in minutes from the window's start", () => {
    const model = example('metrics-2017/schema-migration.runbook.yaml');
    assert.deepEqual(
      model.phases.map((p) => [p.impact, p.start, p.end]),
      [
        ['outage', { low: 0, high: 0 }, { low: 30, high: 60 }],
        ['degraded', { low: 30, high: 60 }, { low: 750, high: 1500 }],
      ],
    );
    assert.deepEqual(
      model.steps.map((s) => s.critical),
      model.steps.map(() => true),
    );
  });

  it('still previews a file with errors, listing them with their lines', () => {
    const model = previewModel(
      analyze(
        'kind: runbook\ntitle: <script>alert(1)</script>\nsteps:\n  - id: a\n    needs: [zz]\n',
        'x.runbook.yaml',
      ),
    );
    assert.equal(model.title, '<script>alert(1)</script>');
    assert.equal(model.problems.errors, 1);
    assert.deepEqual(
      model.problems.items.map((p) => [p.code, p.line]),
      [
        ['missing-window', 1],
        ['missing-estimate', 4],
        ['unknown-step', 5],
      ],
    );
  });

  it('says when an announcement names a runbook that was not found', () => {
    const text =
      'kind: announcement\ntitle: T\nstart: 2026-07-19 08:00\nzone: Europe/London\nrunbook: ./gone.runbook.yaml\n';
    const model = previewModel(
      analyze(text, 'a.announcement.yaml', defaultSettings, NOW, (path) => ({
        status: 'not-found',
        path,
        message: `No file at ${path}.`,
      })),
    );
    assert.deepEqual(model.runbook, {
      path: './gone.runbook.yaml',
      found: false,
      title: null,
      message: 'No file at ./gone.runbook.yaml.',
    });
  });
});
