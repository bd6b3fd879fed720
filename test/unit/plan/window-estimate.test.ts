import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import type { LinkedRunbook } from '../../../src/core/analysis-types';
import { windowEstimate } from '../../../src/core/plan/window-estimate';
import { defaultSettings } from '../../../src/core/settings';
import { lines } from '../helpers';

const MIN = 60;
const runbook = (...rest: string[]) => lines('kind: runbook', 'title: T', ...rest);
const announcement = (...rest: string[]) =>
  lines(
    'kind: announcement',
    'title: T',
    'start: 2026-07-19 08:00',
    'zone: Europe/London',
    ...rest,
  );

function estimateOf(text: string, linked?: LinkedRunbook) {
  const analysis = analyze(
    text,
    'x.yaml',
    defaultSettings,
    undefined,
    linked ? () => linked : undefined,
  );
  return windowEstimate({
    kind: analysis.kind,
    plan: analysis.plan,
    linked: analysis.linked,
    root: analysis.parsed.root,
    settings: analysis.settings,
  });
}

const found = (text: string): LinkedRunbook => ({
  status: 'found',
  path: '/w/x.runbook.yaml',
  analysis: analyze(text, 'x.runbook.yaml'),
});

describe('plan/window-estimate', () => {
  it("is a runbook's plan: the longest path, its safety factor, planned = factor × high", () => {
    const estimate = estimateOf(
      runbook(
        'safety_factor: 1.5',
        'steps:',
        '  - id: a',
        '    estimate: 20m..30m',
        '  - id: b',
        '    estimate: 1h',
        '    needs: []',
      ),
    );
    assert.deepEqual(estimate, {
      estimate: { low: 60 * MIN, high: 60 * MIN },
      safetyFactor: 1.5,
      planned: 90 * MIN,
      lowerBound: false,
      source: 'steps',
    });
  });

  it('is a lower bound with a step without an estimate, or a step in a cycle', () => {
    assert.equal(
      estimateOf(runbook('steps:', '  - id: a', '    estimate: 20m', '  - id: b'))?.lowerBound,
      true,
    );
    assert.equal(
      estimateOf(
        runbook(
          'steps:',
          '  - id: a',
          '    estimate: 20m',
          '  - id: b',
          '    estimate: 5m',
          '    needs: [b]',
        ),
      )?.lowerBound,
      true,
    );
  });

  it('is undefined for a runbook without any estimate, and for a file of no kind', () => {
    assert.equal(estimateOf(runbook('steps:', '  - id: a')), undefined);
    assert.equal(estimateOf(runbook('steps: []')), undefined);
    assert.equal(estimateOf('title: T\n'), undefined);
  });

  it("is an announcement's linked runbook's plan, whatever the announcement's own estimate and factor say", () => {
    const linked = found(runbook('steps:', '  - id: a', '    estimate: 45m'));
    assert.deepEqual(
      estimateOf(
        announcement('runbook: ./x.runbook.yaml', 'estimate: 10m', 'safety_factor: 3'),
        linked,
      ),
      {
        estimate: { low: 45 * MIN, high: 45 * MIN },
        safetyFactor: 2,
        planned: 90 * MIN,
        lowerBound: false,
        source: 'runbook',
      },
    );
  });

  it("falls back to the announcement's own estimate × its factor when the runbook is not found or has no estimates", () => {
    const own = {
      estimate: { low: 10 * MIN, high: 20 * MIN },
      safetyFactor: 3,
      planned: 60 * MIN,
      lowerBound: false,
      source: 'estimate',
    };
    const text = announcement(
      'runbook: ./x.runbook.yaml',
      'estimate: 10m..20m',
      'safety_factor: 3',
    );
    assert.deepEqual(estimateOf(text), own);
    assert.deepEqual(
      estimateOf(text, { status: 'not-found', path: '/w/x', message: 'No file.' }),
      own,
    );
    assert.deepEqual(estimateOf(text, found(runbook('steps: []'))), own);
    assert.equal(estimateOf(announcement('estimate: soon')), undefined);
  });

  it("makes an announcement without length or end last the runbook's planned length", () => {
    const analysis = analyze(
      announcement('runbook: ./x.runbook.yaml', 'estimate: 10m'),
      'x.yaml',
      defaultSettings,
      undefined,
      () => found(runbook('steps:', '  - id: a', '    estimate: 30m')),
    );
    assert.equal(analysis.window?.lengthMs, 60 * MIN * 1000);
    assert.equal(new Date(analysis.window.endMs!).toISOString(), '2026-07-19T08:00:00.000Z');
  });
});
