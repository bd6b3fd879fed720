import { yamlString } from '../export/yaml-scalar';
import { fileStem } from './file-stem';

/** What New Maintenance asks for. `start` is a wall-clock time in `zone` (see checkStart). */
export interface MaintenanceInput {
  title: string;
  start: string;
  zone: string;
  audience: readonly string[];
}

export interface ScaffoldFile {
  fileName: string;
  text: string;
}

export interface MaintenanceFiles {
  runbook: ScaffoldFile;
  announcement: ScaffoldFile;
}

/**
 * The runbook's example steps: each with an estimate, so the plan and the doubled window show at
 * once; no `run:` (a step without one waits for Mark Done), so nothing runs until you write it.
 */
const STEPS = [
  { id: 'backup', title: 'Back up the data', estimate: 15, impact: 'none' },
  { id: 'change', title: 'Make the change', estimate: 30, impact: 'outage' },
  { id: 'verify', title: 'Check that the service answers', estimate: 10, impact: 'outage' },
  { id: 'reopen', title: 'Let users back in', estimate: 5, impact: 'none' },
] as const;

/** The steps' sum in minutes: the window is planned from it (× the safety factor). */
export const EXAMPLE_ESTIMATE_MINUTES = STEPS.reduce((sum, step) => sum + step.estimate, 0);

/** Users feel the worst step; the announcement says the same, or it would contradict its runbook. */
const WORST_IMPACT = 'outage';

/**
 * A linked runbook and announcement for a new maintenance: `<stem>.runbook.yaml` with the window
 * (start and zone, its length planned from the steps) and example steps, and
 * `<stem>.announcement.yaml` that links it, so its length comes from the runbook. Both lint clean.
 */
export function maintenanceFiles(input: MaintenanceInput): MaintenanceFiles {
  const stem = fileStem(input.title);
  const runbookName = `${stem}.runbook.yaml`;
  return {
    runbook: { fileName: runbookName, text: runbookText(stem, input) },
    announcement: {
      fileName: `${stem}.announcement.yaml`,
      text: announcementText(stem, runbookName, input),
    },
  };
}

function audienceLines(audience: readonly string[]): string[] {
  const zones = [...new Set(audience)];
  return zones.length === 0 ? [] : ['audience:', ...zones.map((zone) => `  - ${zone}`)];
}

function runbookText(id: string, { title, start, zone, audience }: MaintenanceInput): string {
  return lines([
    '# Written by Runbook: New Maintenance. Replace the example',
    '# steps with yours, each with an estimate: the window lasts',
    '# safety_factor (2 unless set) × their sum.',
    '# A step without `run:` waits for you to mark it done.',
    'kind: runbook',
    `id: ${yamlString(id)}`,
    `title: ${yamlString(title)}`,
    'window:',
    `  start: ${start}`,
    `  zone: ${zone}`,
    ...audienceLines(audience),
    'steps:',
    ...STEPS.flatMap((step) => [
      `  - id: ${step.id}`,
      `    title: ${step.title}`,
      `    estimate: ${step.estimate}m`,
      `    impact: ${step.impact}`,
    ]),
    'rollback:',
    '  deadline: 45m',
    '  estimate: 20m',
  ]);
}

function announcementText(
  id: string,
  runbookName: string,
  { title, start, zone, audience }: MaintenanceInput,
): string {
  return lines([
    '# Written by Runbook: New Maintenance with its runbook: the',
    '# window lasts what the runbook plans; change the steps there.',
    'kind: announcement',
    `id: ${yamlString(id)}`,
    `runbook: ./${runbookName}`,
    `title: ${yamlString(title)}`,
    `start: ${start}`,
    `zone: ${zone}`,
    `impact: ${WORST_IMPACT}`,
    ...audienceLines(audience),
    'sections:',
    '  summary: |',
    '    We will be doing scheduled maintenance. The service will be',
    '    unavailable during the window.',
  ]);
}

const lines = (rows: string[]) => `${rows.join('\n')}\n`;
