// Runbooks for `npm run bench`: a clean one, and a folder whose files carry deliberate errors of
// every code a runbook or an announcement can carry (test/unit/bench/generate-runbook.test.ts
// checks them with the core, so the generator cannot drift from what it claims).
import type { DiagnosticCode } from '../../src/core/diagnostic';

/** A realistic runbook with `count` steps (ids, titles, estimates, commands, some `needs`). */
export function generateRunbook(count: number): string {
  return runbookText(count, new Map(), CLEAN_HEAD, [
    'rollback:',
    '  deadline: 40m',
    '  estimate: 15m',
  ]);
}

/** One generated file: its name in the folder, its text, and the codes it must report. */
export interface GeneratedFile {
  name: string;
  text: string;
  codes: DiagnosticCode[];
}

/** The generated folder: the runbook with errors, its linked announcement, and the others. */
export interface GeneratedFolder {
  runbook: GeneratedFile;
  /**
   * The runbook with one YAML syntax error in its middle step (a tab as indentation). It claims
   * only `yaml-syntax`: what else it reports depends on how much the fallback parse recovers.
   */
  syntaxError: GeneratedFile;
  announcement: GeneratedFile;
  /** Announcements that carry the time codes a runbook's one window cannot carry at once. */
  others: GeneratedFile[];
}

/**
 * The present the generated files are analysed at (`initializationOptions.now`, `--now`): after
 * the runbook's window, so `start-in-past` fires.
 */
export const GENERATED_NOW = '2099-06-01T08:00:00Z';

/** The step-level mistakes, spread through the file, one in every hundred steps (at least one of each). */
const STEP_ERRORS = [
  'bad-duration',
  'reversed-range',
  'needs-typo',
  'unknown-key',
  'bad-enum',
  'duplicate-id',
  'cycle',
  'missing-estimate',
] as const;
type StepError = (typeof STEP_ERRORS)[number];

const STEP_ERROR_CODES: Record<StepError, DiagnosticCode> = {
  'bad-duration': 'invalid-duration',
  'reversed-range': 'invalid-duration',
  'needs-typo': 'unknown-step',
  'unknown-key': 'schema',
  'bad-enum': 'schema',
  'duplicate-id': 'duplicate-step-id',
  cycle: 'dependency-cycle',
  'missing-estimate': 'missing-estimate',
};

const CLEAN_HEAD = [
  'kind: runbook',
  'id: generated',
  'title: Generated runbook for benchmarks',
  'window:',
  '  start: 2026-07-19 08:00',
  '  zone: Europe/London',
  '  length: 1h',
  'audience:',
  '  - Asia/Tokyo',
  '  - { zone: America/New_York, label: Eastern }',
];

// The window opens at 00:30 GMT on the day London's clocks go forward at 01:00, before
// GENERATED_NOW, and is shorter than the steps and the roll-back; the audience has a misspelt
// zone, an abbreviation and a wrong label.
const ERROR_HEAD = [
  'kind: runbook',
  'id: generated',
  'title: Generated runbook for benchmarks',
  'window:',
  '  start: 2099-03-29 00:30',
  '  zone: Europe/London',
  '  length: 1h',
  'affected: [customer database]',
  'audience:',
  '  - Asia/Tokyo',
  '  - { zone: America/New_York, label: Eastern }',
  '  - Europe/Pariss',
  '  - CET',
  '  - { zone: America/Chicago, label: CST }',
];

// Deciding to roll back at 40m and rolling back for 30m ends after the 1h window.
const ERROR_TAIL = ['rollback:', '  deadline: 40m', '  estimate: 30m'];

const RUNBOOK_WINDOW_CODES: DiagnosticCode[] = [
  'window-crosses-dst',
  'start-in-past',
  'unknown-zone',
  'zone-abbreviation',
  'label-mismatch',
  'window-shorter-than-estimate',
  'no-time-to-roll-back',
];

/** The generated folder for `count` steps (`count` ≥ 20, so that every mistake fits). */
export function generateFolder(count: number): GeneratedFolder {
  const mistakes = stepMistakes(count);
  const runbookCodes = [
    ...new Set([
      ...RUNBOOK_WINDOW_CODES,
      ...[...mistakes.values()].map((m) => STEP_ERROR_CODES[m]),
    ]),
  ];
  const text = runbookText(count, mistakes, ERROR_HEAD, ERROR_TAIL);
  return {
    runbook: { name: 'generated.runbook.yaml', text, codes: runbookCodes },
    syntaxError: {
      name: 'generated-syntax.runbook.yaml',
      text: withTabInMiddleStep(text, count),
      codes: ['yaml-syntax'],
    },
    announcement: {
      name: 'generated.announcement.yaml',
      text: linkedAnnouncement(),
      codes: [
        'announcement-runbook-mismatch',
        'short-notice',
        'prose-time-mismatch',
        // Its own window is the runbook's: the same hour, too short for the runbook's estimate.
        'window-crosses-dst',
        'start-in-past',
        'window-shorter-than-estimate',
      ],
    },
    others: [
      {
        name: 'generated-lost.announcement.yaml',
        text: announcement([
          'runbook: ./generated-lost.runbook.yaml',
          'start: 2099-10-25 01:30',
          'zone: Europe/London',
          'length: 1h',
        ]),
        codes: ['runbook-not-found', 'ambiguous-local-time', 'window-crosses-dst'],
      },
      {
        name: 'generated-gap.announcement.yaml',
        text: announcement(['start: 2099-03-29 01:30', 'zone: Europe/London', 'length: 1h']),
        codes: ['nonexistent-local-time'],
      },
      {
        name: 'generated-offset.announcement.yaml',
        text: announcement([
          'start: 2099-07-19T08:00:00+00:00',
          'zone: Europe/London',
          'length: 1h',
        ]),
        codes: ['offset-zone-mismatch'],
      },
      {
        name: 'generated-leap.announcement.yaml',
        text: announcement(['start: 2099-02-29 08:00', 'zone: Europe/London', 'length: 1h']),
        codes: ['invalid-time'],
      },
      {
        name: 'generated-planned.announcement.yaml',
        text: announcement([
          'start: 2099-07-19 08:00',
          'zone: Europe/London',
          'length: 20m',
          'estimate: 15m',
        ]),
        codes: ['window-shorter-than-planned'],
      },
      {
        // Start and zone, and nothing that says how long: no end.
        name: 'generated-endless.announcement.yaml',
        text: announcement(['start: 2099-07-19 08:00', 'zone: Europe/London']),
        codes: ['window-without-end'],
      },
      {
        name: 'generated-windowless.runbook.yaml',
        text: [
          'kind: runbook',
          'title: Runbook with no window',
          'steps:',
          '  - id: only',
          '    estimate: 5m',
          '',
        ].join('\n'),
        codes: ['missing-window'],
      },
    ],
  };
}

/** Which step carries which mistake: one in every hundred steps, evenly spread, each kind at least once. */
function stepMistakes(count: number): Map<number, StepError> {
  const total = Math.max(STEP_ERRORS.length, Math.round(count / 100));
  const mistakes = new Map<number, StepError>();
  for (let k = 0; k < total; k++) {
    // Steps 0 and the last are left alone: a cycle needs the step after its own.
    const index = 1 + Math.floor(((k + 0.5) * (count - 3)) / total);
    mistakes.set(index, STEP_ERRORS[k % STEP_ERRORS.length]);
  }
  return mistakes;
}

function runbookText(
  count: number,
  mistakes: Map<number, StepError>,
  head: string[],
  tail: string[],
): string {
  const lines = [...head, 'steps:'];
  for (let i = 0; i < count; i++) {
    const mistake = mistakes.get(i);
    // The step after a cycle's first step needs it back.
    const closesCycle = mistakes.get(i - 1) === 'cycle';
    lines.push(`  - id: step-${mistake === 'duplicate-id' ? i - 1 : i}`);
    lines.push(`    title: Migrate shard ${i} of the customer database to the new schema`);
    if (mistake !== 'missing-estimate') lines.push(`    estimate: ${estimateOf(i, mistake)}`);
    lines.push(
      `    impact: ${mistake === 'bad-enum' ? 'down' : i % 3 === 0 ? 'outage' : 'degraded'}`,
    );
    lines.push(`    run: ./scripts/migrate.sh --shard ${i} --verbose --retries 3`);
    lines.push(
      `    ${mistake === 'unknown-key' ? 'verfy' : 'verify'}: ./scripts/verify.sh --shard ${i}`,
    );
    if (mistake === 'cycle') lines.push(`    needs: [step-${i + 1}]`);
    else if (closesCycle) lines.push(`    needs: [step-${i - 1}]`);
    else if (mistake === 'needs-typo') lines.push(`    needs: [stpe-${i - 1}]`);
    else if (i > 2 && i % 5 === 0) lines.push(`    needs: [step-${i - 2}, step-${i - 3}]`);
  }
  return [...lines, ...tail, ''].join('\n');
}

function estimateOf(i: number, mistake: StepError | undefined): string {
  if (mistake === 'bad-duration') return 'soon';
  if (mistake === 'reversed-range') return `${2 + (i % 9)}m..${1 + (i % 9)}m`;
  return `${1 + (i % 9)}m..${2 + (i % 9)}m`;
}

/** The text with a tab before the `run:` of the middle step: tabs cannot indent YAML. */
function withTabInMiddleStep(text: string, count: number): string {
  const middle = Math.floor(count / 2);
  const run = `    run: ./scripts/migrate.sh --shard ${middle} `;
  return text.replace(run, `\t${run.trimStart()}`);
}

function linkedAnnouncement(): string {
  // The runbook starts at 00:30 and is degraded at worst: this one says an hour later and read-only,
  // is published two days ahead, and its banner gives the wrong hour.
  return announcement([
    'runbook: ./generated.runbook.yaml',
    'start: 2099-03-29 00:30',
    'zone: Europe/London',
    'length: 2h',
    'impact: read-only',
    'affected: [customer database]',
    'publish: 2099-03-27 09:00',
    'channels:',
    '  banner:',
    '    text: Maintenance of the customer database on 29 March at 9:00 GMT',
  ]);
}

function announcement(fields: string[]): string {
  return ['kind: announcement', 'title: Customer database migration', ...fields, ''].join('\n');
}
