// The Markdown tables `npm run bench` prints (README's Performance section copies them as they
// are), each figure marked ✓ or ✗ against the targets of issue 11.
import type { SizeFigures } from './measure';

/** The targets, in ms unless named otherwise. */
export const TARGETS = {
  edit: { 100: 15, 1000: 40, 10000: 150 } as Record<number, number>,
  /** How much edit → diagnostics may grow from 10,000 to 100,000 steps. */
  growth: 12,
  /** How many times faster than yaml-language-server at 10,000 steps. */
  ratioAt10k: 10,
  request: 5,
  rssMbAt10k: 250,
  startToDiagnostics: 300,
  activation: 50,
  vsixMb: 1.5,
  diagnostics: 1001,
};

/** Everything one run measured. */
export interface BenchResult {
  date: string;
  machine: string;
  sizes: { steps: number; ours: SizeFigures; theirs: SizeFigures | undefined }[];
  /** Ours: `oursFirst` with no code cache yet, `ours` the starts after it. */
  startToDiagnostics: {
    ours: (number | undefined)[];
    oursFirst?: number | undefined;
    theirs: (number | undefined)[];
  };
  /** `serverForkMs`: from loading the extension to forking the server, which follows activation (no target). */
  activation: { ms: number; method: string; serverForkMs?: number | undefined } | undefined;
  vsixBytes: number | undefined;
}

/** The value at quantile `q` of the defined values; undefined when any is undefined (past the deadline). */
export function quantile(values: (number | undefined)[], q: number): number | undefined {
  if (values.length === 0 || values.some((v) => v === undefined)) return undefined;
  const sorted = (values as number[]).slice().sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

const median = (values: (number | undefined)[]) => quantile(values, 0.5);

function ms(value: number | undefined, deadlineMs?: number): string {
  if (value === undefined) return deadlineMs ? `> ${deadlineMs / 1000} s` : '–';
  return value >= 1000
    ? `${(value / 1000).toFixed(2)} s`
    : `${value.toFixed(value < 10 ? 1 : 0)} ms`;
}

const mark = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? ' ✓' : ' ✗');

/** The slowest of the positions' medians: the figure a target is checked against. */
const worst = (answers: { ms: number }[]) =>
  answers.length ? answers.reduce((most, a) => Math.max(most, a.ms), 0) : undefined;

/** The table per size, both servers side by side. */
export function sizeTable(result: BenchResult): string[] {
  const rows = [
    '| steps (lines) | edit → diagnostics, ours: median / p90 | yaml-language-server: median / p90 | ours faster by | with a YAML syntax error, ours | hover, ours / theirs | completion, ours / theirs | peak RSS, ours / theirs | open → diagnostics, ours / theirs |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const at10k = result.sizes.find((s) => s.steps === 10_000);
  for (const { steps, ours, theirs } of result.sizes) {
    const editTarget = TARGETS.edit[steps] as number | undefined;
    const oursMedian = median(ours.editMs);
    const theirsMedian = theirs && median(theirs.editMs);
    const target =
      editTarget ??
      (at10k && median(at10k.ours.editMs) !== undefined
        ? (median(at10k.ours.editMs) as number) * TARGETS.growth
        : undefined);
    const withinTarget =
      oursMedian !== undefined && target !== undefined ? oursMedian <= target : undefined;
    const ratio =
      oursMedian !== undefined && theirsMedian !== undefined
        ? theirsMedian / oursMedian
        : undefined;
    const ratioText =
      ratio !== undefined
        ? `${ratio.toFixed(1)}×${steps === 10_000 ? mark(ratio >= TARGETS.ratioAt10k) : ''}`
        : theirs && oursMedian !== undefined
          ? `> ${(theirs.deadlineMs / oursMedian).toFixed(0)}×`
          : '–';
    const syntax = ours.syntaxError && median(ours.syntaxError.editMs);
    const requests = (a: { ms: number }[], b: { ms: number }[] | undefined) => {
      const mine = worst(a);
      return `${ms(mine)}${mark(mine !== undefined ? mine <= TARGETS.request : undefined)} / ${ms(b && worst(b))}`;
    };
    rows.push(
      [
        `${steps.toLocaleString('en')} (${(ours.lines / 1000).toFixed(ours.lines < 10_000 ? 1 : 0)}k)`,
        `${ms(oursMedian, ours.deadlineMs)} / ${ms(quantile(ours.editMs, 0.9), ours.deadlineMs)}${mark(withinTarget)}${editTarget ? '' : ` (≤ ${TARGETS.growth}× 10k${target ? `: ${ms(target)}` : ''})`}`,
        theirs
          ? `${ms(theirsMedian, theirs.deadlineMs)} / ${ms(quantile(theirs.editMs, 0.9), theirs.deadlineMs)}`
          : '–',
        ratioText,
        `${ms(syntax, ours.deadlineMs)}${mark(syntax !== undefined && target !== undefined ? syntax <= target : undefined)}`,
        requests(ours.hover, theirs?.hover),
        requests(ours.completion, theirs?.completion),
        `${ours.peakRssMb.toFixed(0)} MB${steps === 10_000 ? mark(ours.peakRssMb <= TARGETS.rssMbAt10k) : ''} / ${theirs && Number.isFinite(theirs.peakRssMb) ? `${theirs.peakRssMb.toFixed(0)} MB` : '–'}`,
        `${ms(ours.openToDiagnosticsMs, ours.deadlineMs)} / ${theirs ? ms(theirs.openToDiagnosticsMs, theirs.deadlineMs) : '–'}`,
      ].join(' | '),
    );
    rows[rows.length - 1] = `| ${rows[rows.length - 1]} |`;
  }
  return rows;
}

/** Ours alone: a burst of edits, the diagnostics' ceiling, start-up, activation, the .vsix. */
export function oursTable(result: BenchResult): string[] {
  const rows = ['| what (ours) | measured | target |', '|:---|---:|---:|'];
  for (const { steps, ours } of result.sizes) {
    const burst = ours.burst;
    if (burst) {
      const target = TARGETS.edit[steps] as number | undefined;
      const last = burst.lastEditToDiagnosticsMs;
      // None but the final, if any: the others ended dropped, or re-checked only the edited step.
      const final = burst.versionsAnalysed.reduce((a, b) => Math.max(a, b), 0);
      const inFull = burst.versionsInFull;
      const onlyFinal = inFull.length === 0 || (inFull.length === 1 && inFull[0] === final);
      rows.push(
        `| ${steps.toLocaleString('en')} steps, ${burst.edits} edits 20 ms apart: last edit → its diagnostics | ${ms(last, ours.deadlineMs)}${target && last !== undefined ? mark(last <= target) : ''} | ${target ? `≤ ${target} ms` : '–'} |`,
        `| ${steps.toLocaleString('en')} steps, the same burst: versions analysed in full (of those analysed; the others re-checked only the edited step) | ${inFull.length} of ${burst.versionsAnalysed.length}${mark(onlyFinal)} | the final at most |`,
      );
    }
    if (ours.diagnostics !== undefined)
      rows.push(
        `| ${steps.toLocaleString('en')} steps: diagnostics published | ${ours.diagnostics.toLocaleString('en')}${mark(ours.diagnostics <= TARGETS.diagnostics)} | ≤ 1,000 + 1 |`,
      );
  }
  const start = median(result.startToDiagnostics.ours);
  const theirStart = median(result.startToDiagnostics.theirs);
  const first = result.startToDiagnostics.oursFirst;
  if (first !== undefined)
    rows.push(
      `| server start → first diagnostics, 100 steps, first start (no code cache yet, as after an install or update) | ${ms(first)}${mark(first <= TARGETS.startToDiagnostics)} | ≤ ${TARGETS.startToDiagnostics} ms |`,
    );
  rows.push(
    `| server start → first diagnostics, 100 steps (median of ${result.startToDiagnostics.ours.length}${first !== undefined ? ' starts after the first' : ''}; yaml-language-server ${ms(theirStart)}) | ${ms(start)}${start !== undefined ? mark(start <= TARGETS.startToDiagnostics) : ''} | ≤ ${TARGETS.startToDiagnostics} ms |`,
  );
  if (result.activation)
    rows.push(
      `| extension activation (${result.activation.method}) | ${ms(result.activation.ms)}${mark(result.activation.ms <= TARGETS.activation)} | ≤ ${TARGETS.activation} ms |`,
    );
  if (result.activation?.serverForkMs !== undefined)
    rows.push(
      `| extension load → language server forked (after activation, same probe) | ${ms(result.activation.serverForkMs)} | – |`,
    );
  if (result.vsixBytes !== undefined) {
    const mb = result.vsixBytes / (1024 * 1024);
    rows.push(
      `| .vsix (\`npm run package\`) | ${mb.toFixed(2)} MB${mark(mb <= TARGETS.vsixMb)} | ≤ ${TARGETS.vsixMb} MB |`,
    );
  }
  return rows;
}
