import { analyze } from '../../../src/core/analyze';
import type { Analysis } from '../../../src/core/analysis-types';
import { lines } from '../helpers';

/** Before every fixture's window, so that `start-in-past` stays quiet and hovers say "in N days". */
export const NOW = Date.parse('2018-11-01T00:00:00Z');

/**
 * Seed 002's plan (examples/cloudcannon-2018/postgres-upgrade.runbook.yaml, shortened): six steps
 * of 1h 10m–1h 30m, a 1.25 safety factor and the 2h window CloudCannon allocated.
 */
export function seed002(length = '2h', safetyFactor = '1.25'): string {
  return lines(
    'kind: runbook',
    'title: Upgrade Postgres four major versions',
    'window:',
    '  start: 2018-11-13 17:00',
    '  zone: Pacific/Auckland',
    ...(length ? [`  length: ${length}`] : []),
    `safety_factor: ${safetyFactor}`,
    'steps:',
    '  - id: app-offline',
    '    estimate: 5m',
    '    impact: outage',
    '  - id: backup',
    '    estimate: 15m..20m',
    '    impact: outage',
    '  - id: upgrade-postgres',
    '    estimate: 30m..40m',
    '    impact: outage',
    '  - id: security-improvements',
    '    estimate: 10m..15m',
    '    impact: outage',
    '  - id: point-app-to-new-db',
    '    estimate: 5m',
    '    impact: outage',
    '  - id: verify',
    '    estimate: 5m',
    '    impact: degraded',
  );
}

/** Seed 003's runbook (examples/metrics-2017/schema-migration.runbook.yaml): three ranged phases, a 25h window. */
export const SEED_003 = lines(
  'kind: runbook',
  'title: Move the Metrics databases to a new schema',
  'window:',
  '  start: 2017-04-10 10:00',
  '  zone: America/Los_Angeles',
  '  length: 25h',
  'safety_factor: 1',
  'steps:',
  '  - id: copy-databases',
  '    estimate: 30m..1h',
  '    impact: outage',
  '  - id: convert-schema',
  '    estimate: 6h..12h',
  '    impact: degraded',
  '  - id: catch-up',
  '    estimate: 6h..12h',
  '    impact: degraded',
);

/** An announcement with its own 30m estimate, × 2, in a 1h window: clean and fitting. */
export const OWN_ESTIMATE = lines(
  'kind: announcement',
  'title: T',
  'start: 2099-07-19 08:00',
  'zone: Europe/London',
  'estimate: 30m',
  'length: 1h',
);

/** A runbook from `id estimate [needs…]` lines (`-` for no estimate), in a 2h window opening 2099-07-19 08:00 London. */
export function runbookOf(
  steps: string[],
  windowLines = ['  start: 2099-07-19 08:00', '  zone: Europe/London', '  length: 2h'],
): string {
  const stepLines = steps.flatMap((step) => {
    const [id, estimate, ...needs] = step.split(' ');
    return [
      `  - id: ${id}`,
      ...(estimate !== '-' ? [`    estimate: ${estimate}`] : []),
      ...(needs.length > 0 ? [`    needs: [${needs.filter((n) => n !== '[]').join(', ')}]`] : []),
    ];
  });
  return lines(
    'kind: runbook',
    'title: T',
    ...(windowLines.length > 0 ? ['window:', ...windowLines] : []),
    'steps:',
    ...stepLines,
  );
}

/** An announcement analysed with its `runbook:` link resolved to `runbookText`. */
export function linkedAnnouncement(announcement: string, runbookText: string): Analysis {
  const runbook = analyze(runbookText, 'linked.runbook.yaml', undefined, NOW);
  return analyze(announcement, 'test.announcement.yaml', undefined, NOW, (path) => ({
    status: 'found',
    path,
    analysis: runbook,
  }));
}

export function analyzeAt(text: string, fileName = 'test.runbook.yaml'): Analysis {
  return analyze(text, fileName, undefined, NOW);
}
