// Part of `npm run bench` (bench-main.ts), after the figures over LSP: how long the core alone
// takes from a changed text to diagnostics, and how long hover and completion take on the cached
// analysis, at the sizes the budgets in docs/architecture.md name. Markdown tables, the last ones
// the budgets of bounded algorithms, the server's answers and the CLI (no test asserts them).
import { analyze } from '../../src/core/analyze';
import { complete } from '../../src/core/features/completion';
import { hover } from '../../src/core/features/hover';
import { parseYaml, parseYamlWithLibrary } from '../../src/core/yaml/parse-yaml';
import { budgetTable, coreBudgetRows } from './budgets';
import { generateRunbook } from './generate-runbook';
import { serverBudgetRows } from './server-budgets';
import { timeFeatureRows } from './time-features';

const BUDGETS: Record<number, number> = { 100: 15, 1000: 40, 10000: 150 };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(run: () => void, repeats: number): number {
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = process.hrtime.bigint();
    run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

/** The in-process tables, each a Markdown string. */
export async function inProcessTables(): Promise<string[]> {
  const rows = [
    '| steps | size | edit → diagnostics (median) | budget | hover | completion | heap after |',
    '|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const count of [100, 1000, 10000]) {
    const text = generateRunbook(count);
    const repeats = count >= 10000 ? 5 : 20;
    analyze(text, 'bench.runbook.yaml'); // warm up: ajv compiles the schemas once per process
    let version = 0;
    // Each run edits one estimate, as typing would, so nothing can be served from a cache.
    const edit = () =>
      analyze(
        text.replace('estimate: 1m..2m', `estimate: ${1 + (version++ % 5)}m..9m`),
        'bench.runbook.yaml',
      );
    const analyzeMs = time(edit, repeats);
    const analysis = edit();
    const needsOffset = text.indexOf('needs: [step-') + 'needs: [step-'.length;
    // The slowest places to complete: a key in the last step, and a top-level key after all steps.
    const lastStepKey = text.lastIndexOf('    estimate:') + 6;
    const topLevelKey = text.lastIndexOf('rollback:') + 4;
    const hoverMs = time(() => hover(analysis, needsOffset), 200);
    const completionMs = Math.max(
      ...[lastStepKey, topLevelKey].map((offset) => time(() => complete(analysis, offset), 200)),
    );
    const heap = process.memoryUsage().heapUsed / (1024 * 1024);
    const size = `${(text.length / 1024).toFixed(0)} KB`;
    const verdict = analyzeMs <= BUDGETS[count] ? '✓' : '✗';
    rows.push(
      `| ${count} | ${size} | ${analyzeMs.toFixed(1)} ms | ${BUDGETS[count]} ms ${verdict} | ${hoverMs.toFixed(3)} ms | ${completionMs.toFixed(3)} ms | ${heap.toFixed(0)} MB |`,
    );
  }
  return [
    rows.join('\n'),
    parseRows().join('\n'),
    timeFeatureRows().join('\n'),
    budgetTable([...coreBudgetRows(), ...(await serverBudgetRows())]).join('\n'),
  ];
}

/** Parsing alone: the fast path parseYaml takes, and the `yaml` package it falls back to. */
function parseRows(): string[] {
  const rows = ['| steps | parseYaml (median) | yaml package alone (median) |', '|---:|---:|---:|'];
  for (const count of [100, 1000, 10000]) {
    const text = generateRunbook(count);
    const fast = time(() => parseYaml(text), count >= 10000 ? 9 : 21);
    const library = time(() => parseYamlWithLibrary(text), count >= 10000 ? 3 : 11);
    rows.push(`| ${count} | ${fast.toFixed(1)} ms | ${library.toFixed(1)} ms |`);
  }
  return rows;
}
