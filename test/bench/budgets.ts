// Part of `npm run bench`: the time budgets the unit tests used to assert. A budget is a target
// for people tuning the core, printed beside the measurement; a slow machine fails no test.
import { analyze } from '../../src/core/analyze';
import { EXPORT_FORMATS, exportAs } from '../../src/core/export/index';
import { buildStepGraph, findCycles } from '../../src/core/model/dependencies';
import { readSteps } from '../../src/core/model/steps';
import { previewModel } from '../../src/core/preview/preview-model';
import { dependencyCycle } from '../../src/core/rules/dependency-cycle';
import { defaultSettings } from '../../src/core/settings';
import { excessiveNestingAt } from '../../src/core/yaml/nesting';
import { parseYaml } from '../../src/core/yaml/parse-yaml';
import { toValue } from '../../src/core/yaml/to-value';
import { generateRunbook } from './generate-runbook';

/** One measured row: what ran, the median in ms, and the budget in ms. */
export interface BudgetRow {
  what: string;
  ms: number;
  budget: number;
}

/** The median of `repeats` runs of `run`, in milliseconds. */
export function medianMs(run: () => unknown, repeats: number): number {
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = process.hrtime.bigint();
    run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples.sort((a, b) => a - b)[Math.floor(repeats / 2)];
}

/** A Markdown table of rows, each marked ✓ within its budget and ✗ over it. */
export function budgetTable(rows: BudgetRow[]): string[] {
  return [
    '| what | median | budget |',
    '|:---|---:|---:|',
    ...rows.map(
      ({ what, ms, budget }) =>
        `| ${what} | ${ms.toFixed(ms < 10 ? 2 : 1)} ms | ${budget} ms ${ms <= budget ? '✓' : '✗'} |`,
    ),
  ];
}

/** Ten aliases of the list before, `levels` deep: 10^levels values if expanded. */
function aliasBomb(levels: number, prefix: string[] = []): string {
  const rows = [...prefix, 'x0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < levels; i++)
    rows.push(`x${i}: &a${i} [${new Array(10).fill(`*a${i - 1}`).join(', ')}]`);
  return `${rows.join('\n')}\n`;
}

/** A 10,000-step runbook whose first step needs the last: one cycle through every step. */
function chainWithBackEdge(): string {
  const rows = ['kind: runbook', 'title: Long', 'steps:'];
  for (let i = 0; i < 10_000; i++)
    rows.push(`  - id: s${i}`, '    estimate: 1m', ...(i === 0 ? ['    needs: [s9999]'] : []));
  return `${rows.join('\n')}\n`;
}

function cycleRuleRow(): BudgetRow {
  const text = chainWithBackEdge();
  const parsed = parseYaml(text);
  const steps = readSteps(parsed.root);
  const ms = medianMs(
    () =>
      dependencyCycle({
        text,
        parsed,
        kind: 'runbook',
        fileName: 'long.runbook.yaml',
        steps,
        graph: buildStepGraph(steps),
        settings: defaultSettings,
        window: undefined,
        plan: undefined,
        linked: undefined,
        now: undefined,
      }),
    5,
  );
  return { what: 'step graph + dependency-cycle rule, 10,000-step cycle', ms, budget: 200 };
}

function exportRow(): BudgetRow {
  const now = Date.parse('2015-07-10T08:00:00Z');
  const model = previewModel(
    analyze(generateRunbook(10_000), 'big.runbook.yaml', defaultSettings, now),
  );
  const ms = medianMs(() => EXPORT_FORMATS.map((format) => exportAs(model, format)), 3);
  return {
    what: `exports of 10,000 steps, all ${EXPORT_FORMATS.length} formats`,
    ms,
    budget: 1000,
  };
}

/** The core's budgets: bounded algorithms on large or hostile input. */
export function coreBudgetRows(): BudgetRow[] {
  const chain = Array.from({ length: 10_000 }, (_, i) => (i === 0 ? [9_999] : [i - 1]));
  const flowSteps = Array.from(
    { length: 100_000 },
    (_, i) => `  - { id: s${i}, needs: [s${i - 1}] }`,
  ).join('\n');
  const deepFlow = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
  const deepBlock = `\n${'- '.repeat(10_000)}x`;
  const deepAnalysis = (deep: string) => `kind: runbook\ntitle: T\nsteps: []\ndeep: ${deep}\n`;
  const runbook = generateRunbook(10_000);
  parseYaml(runbook); // warm up, as an editor's second parse would be
  const bombRoot = parseYaml(aliasBomb(8)).root;
  const schemaBomb = aliasBomb(9, ['kind: runbook', 'title: T', 'steps: []']);
  const rows: [string, () => unknown, number, number][] = [
    ['findCycles, 10,000-step chain with a back edge', () => findCycles(chain), 200, 11],
    [
      'excessiveNestingAt, 3 MB of flow-mapping steps',
      () => excessiveNestingAt(flowSteps),
      100,
      11,
    ],
    ['parseYaml refuses 10,000-deep flow nesting', () => parseYaml(`a: ${deepFlow}\n`), 500, 5],
    ['parseYaml refuses 10,000-deep block nesting', () => parseYaml(`a:${deepBlock}\n`), 500, 5],
    ['parseYaml, 10,000-step runbook (2.4 MB, fast path)', () => parseYaml(runbook), 400, 5],
    ['toValue stops an alias bomb (10^8 values) at 100,000', () => expand(bombRoot), 1000, 5],
    ['analyze, alias bomb (10^9 values)', () => analyze(schemaBomb, 'b.runbook.yaml'), 1000, 5],
    [
      'analyze, 10,000-deep flow nesting',
      () => analyze(deepAnalysis(deepFlow), 'd.runbook.yaml'),
      1000,
      5,
    ],
    [
      'analyze, 10,000-deep block nesting',
      () => analyze(deepAnalysis(deepBlock), 'd.runbook.yaml'),
      1000,
      5,
    ],
  ];
  return [
    ...rows.map(([what, run, budget, repeats]) => ({ what, ms: medianMs(run, repeats), budget })),
    cycleRuleRow(),
    exportRow(),
  ];
}

/** Expands until the budget throws; the throw is the expected end. */
function expand(root: ReturnType<typeof parseYaml>['root']): void {
  try {
    toValue(root, 100_000);
  } catch {
    // ExpansionLimitError: the unit test checks it is that error.
  }
}
