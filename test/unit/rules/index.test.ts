import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import type { RunbookResolver } from '../../../src/core/analysis-types';
import { DiagnosticCodes } from '../../../src/core/diagnostic';
import { rules } from '../../../src/core/rules/index';
import { defaultSettings } from '../../../src/core/settings';
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

/** Time problems: an overlap start crossing a change, labels and zones wrong, in the past at NOW. */
const messyWindow = lines(
  'kind: runbook',
  'title: T',
  'window:',
  '  start: 2026-10-25 01:30',
  '  zone: Europe/London',
  '  length: 2h',
  'audience:',
  '  - { label: EST, zone: America/New_York }',
  '  - Europe/Londn',
  '  - BST',
  'steps: []',
);

/** An announcement whose start is skipped by a gap, with an impossible end and an offset London does not have. */
const messyTimes = lines(
  'kind: announcement',
  'title: T',
  'start: 2026-03-29 01:30',
  'zone: Europe/London',
  'end: 2026-13-01 10:00',
  'publish: 2026-07-19T08:00:00+00:00',
);

/** An announcement whose banner gets the time wrong. */
const messyProse = lines(
  'kind: announcement',
  'title: T',
  'start: 2099-07-19 08:00',
  'zone: Europe/London',
  'channels:',
  '  banner: { text: "Down at 9:00 BST" }',
);

/** Estimate and rollback problems: a window shorter than the estimate, a rollback that cannot fit. */
const messyPlan = lines(
  'kind: runbook',
  'title: T',
  'window: { start: 2099-07-19 08:00, zone: UTC, length: 10m }',
  'steps: [{ id: a, estimate: 30m }]',
  'rollback: { deadline: 20m, estimate: 5m }',
);

/** A window long enough for the estimate, not for twice it. */
const messyPlanned = lines(
  'kind: runbook',
  'title: T',
  'window: { start: 2099-07-19 08:00, zone: UTC, length: 40m }',
  'steps: [{ id: a, estimate: 30m }]',
);

/** Announcements whose link leads nowhere, or to a runbook they contradict, published late. */
const messyLinks = lines(
  'kind: announcement',
  'title: T',
  'runbook: ./gone.runbook.yaml',
  'start: 2099-07-19 08:00',
  'zone: UTC',
  'length: 1h',
  'publish: 2099-07-18 08:00',
);
const messyMismatch = lines(
  'kind: announcement',
  'title: T',
  'runbook: ./other.runbook.yaml',
  'start: 2099-07-19 09:00',
  'zone: UTC',
  'length: 1h',
);
const OTHER = lines(
  'kind: runbook',
  'title: T',
  'window: { start: 2099-07-19 08:00, zone: UTC, length: 1h }',
  'steps: [{ id: a, estimate: 30m }]',
);
const resolver: RunbookResolver = (path) =>
  path === './other.runbook.yaml'
    ? { status: 'found', path, analysis: analyze(OTHER, 'other.runbook.yaml') }
    : { status: 'not-found', path, message: `No file at "${path}".` };

const NOW = Date.parse('2027-01-01T00:00:00Z');

describe('rules/index', () => {
  it('has one rule file per diagnostic code, named after it', () => {
    const files = readdirSync(join(repoRoot(), 'src/core/rules'))
      .filter((name) => name.endsWith('.ts') && name !== 'index.ts' && name !== 'rule.ts')
      .map((name) => name.replace(/\.ts$/, ''));
    assert.deepEqual(files.sort(), [...DiagnosticCodes].sort());
  });

  it('runs rules that each report a single code of their own, together all but the two analyze() applies', () => {
    const contexts = [
      messy,
      messyWindow,
      messyTimes,
      messyProse,
      messyPlan,
      messyPlanned,
      messyLinks,
      messyMismatch,
    ].map((text) => analyze(text, 'messy.yaml', defaultSettings, NOW, resolver));
    const codesByRule = rules.map((rule) => [
      ...new Set(contexts.flatMap((context) => rule(context).map((d) => d.code))),
    ]);
    assert.ok(
      codesByRule.every((codes) => codes.length === 1),
      JSON.stringify(codesByRule),
    );
    const codes = codesByRule.map(([code]) => code);
    assert.equal(new Set(codes).size, codes.length);
    assert.deepEqual(
      codes.sort(),
      DiagnosticCodes.filter(
        (code) => code !== 'file-too-large' && code !== 'too-many-problems',
      ).sort(),
    );
  });
});
