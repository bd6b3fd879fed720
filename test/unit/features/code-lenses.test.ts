import { strict as assert } from 'node:assert';
import type { Analysis, LinkedRunbook } from '../../../src/core/analysis-types';
import { analyze } from '../../../src/core/analyze';
import { codeLenses } from '../../../src/core/features/code-lenses';
import { linkedUri } from '../../../src/server/handlers/code-lenses';
import { lines } from '../helpers';
import { analyzeAt, linkedAnnouncement, NOW, runbookOf, seed002 } from './plan-fixtures';

/** `[the key each lens sits over, its title, what it opens]`. */
function lensesOf(analysis: Analysis): Array<[string, string, string | undefined]> {
  return codeLenses(analysis).map((lens) => [
    analysis.text.slice(lens.start, lens.end),
    lens.title,
    lens.openRunbook,
  ]);
}

const ANNOUNCEMENT = lines(
  'kind: announcement',
  'title: T',
  'runbook: ./linked.runbook.yaml',
  'start: 2018-11-13 17:00',
  'zone: Pacific/Auckland',
  'estimate: 1h30m',
  'length: 2h',
);

describe('features/code-lenses', () => {
  it("puts the plan's sum over a runbook's steps:", () => {
    assert.deepEqual(lensesOf(analyzeAt(seed002())), [
      ['steps', 'Σ 1h 10m–1h 30m × 1.25 = 1h 52m 30s · window 2h ✓', undefined],
    ]);
  });

  it('marks a short window with ✗ and the reason', () => {
    assert.deepEqual(lensesOf(analyzeAt(seed002('1h'))), [
      [
        'steps',
        'Σ 1h 10m–1h 30m × 1.25 = 1h 52m 30s · window 1h ✗ shorter than the estimate',
        undefined,
      ],
    ]);
  });

  it('gives no lens to a runbook with nothing estimated yet, nor to a file of no kind', () => {
    assert.deepEqual(lensesOf(analyzeAt(runbookOf(['a -']))), []);
    assert.deepEqual(lensesOf(analyzeAt('steps: []\n', 'notes.yaml')), []);
  });

  it("over an announcement's runbook:, the linked runbook's sum and a link to open it", () => {
    assert.deepEqual(lensesOf(linkedAnnouncement(ANNOUNCEMENT, seed002())), [
      ['runbook', 'Σ 1h 10m–1h 30m × 1.25 = 1h 52m 30s · window 2h ✓', undefined],
      ['runbook', 'Open runbook ./linked.runbook.yaml', './linked.runbook.yaml'],
    ]);
  });

  it('still offers the link when nobody followed it, summing the own estimate meanwhile', () => {
    assert.deepEqual(lensesOf(analyzeAt(ANNOUNCEMENT, 'x.announcement.yaml')), [
      ['runbook', 'Σ 1h 30m × 2 = 3h · window 2h ✗ shorter than planned', undefined],
      ['runbook', 'Open runbook ./linked.runbook.yaml', './linked.runbook.yaml'],
    ]);
  });

  it('says why instead of linking when the runbook is known to be missing', () => {
    const missing: LinkedRunbook = {
      status: 'not-found',
      path: './linked.runbook.yaml',
      message: 'no such file',
    };
    const analysis = analyze(ANNOUNCEMENT, 'x.announcement.yaml', undefined, NOW, () => missing);
    assert.deepEqual(lensesOf(analysis).at(-1), [
      'runbook',
      'Runbook ./linked.runbook.yaml: no such file',
      undefined,
    ]);
  });

  it("puts an announcement's own sum over estimate: when it links no runbook", () => {
    const own = ANNOUNCEMENT.replace('runbook: ./linked.runbook.yaml\n', '').replace(
      'length: 2h',
      'length: 3h',
    );
    assert.deepEqual(lensesOf(analyzeAt(own, 'x.announcement.yaml')), [
      ['estimate', 'Σ 1h 30m × 2 = 3h · window 3h ✓', undefined],
    ]);
  });
});

describe("server: the linked runbook's URI for the Open runbook lens", () => {
  it('resolves runbook: against the announcement, as a path, never as URL syntax', () => {
    const announcement = 'file:///work/ops/july.announcement.yaml';
    assert.equal(
      linkedUri(announcement, './upgrade.runbook.yaml'),
      'file:///work/ops/upgrade.runbook.yaml',
    );
    assert.equal(
      linkedUri(announcement, '../plans/db upgrade #2.runbook.yaml'),
      'file:///work/plans/db%20upgrade%20%232.runbook.yaml',
    );
    assert.equal(
      linkedUri(announcement, 'a%20b.runbook.yaml'),
      'file:///work/ops/a%2520b.runbook.yaml',
    );
    assert.equal(
      linkedUri(announcement, '/srv/upgrade.runbook.yaml'),
      'file:///srv/upgrade.runbook.yaml',
    );
    assert.equal(linkedUri('untitled:Untitled-1', './upgrade.runbook.yaml'), undefined);
  });
});
