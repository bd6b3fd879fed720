// `npm run bench [-- --quick] [-- --json FILE]`: our built server beside yaml-language-server over
// LSP on stdio, on generated runbooks with mistakes of every code, then (without --quick) the
// core's figures in-process. Prints Markdown tables (README's Performance section copies them);
// writes every raw figure as JSON (default out/bench/results.json). Progress goes to stderr.
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { inProcessTables } from './analysis.bench';
import { measureSize, startToDiagnostics, writeFolder } from './lsp/measure';
import { oursTable, sizeTable, type BenchResult } from './lsp/report';
import { ours, REPO_ROOT, yamlLanguageServer } from './lsp/servers';
import { ACTIVATION_METHOD, activationMs, packageVsix } from './lsp/start-up';

interface SizePlan {
  /** Keystrokes timed, and how long a server may take to answer one. */
  edits: number;
  oursDeadlineMs: number;
  theirsEdits: number;
  theirsDeadlineMs: number;
  /** Whether yaml-language-server's hover and completion are timed (at 100,000 steps each takes minutes). */
  theirsRequests: boolean;
}

const PLAN: Record<number, SizePlan> = {
  100: {
    edits: 30,
    oursDeadlineMs: 60_000,
    theirsEdits: 30,
    theirsDeadlineMs: 60_000,
    theirsRequests: true,
  },
  1000: {
    edits: 20,
    oursDeadlineMs: 60_000,
    theirsEdits: 20,
    theirsDeadlineMs: 60_000,
    theirsRequests: true,
  },
  // Ours is timed on more keystrokes at the large sizes: the growth from 10,000 to 100,000 steps
  // is a ratio of two medians, and five samples left it at the mercy of one garbage collection.
  10000: {
    edits: 30,
    oursDeadlineMs: 120_000,
    theirsEdits: 10,
    theirsDeadlineMs: 120_000,
    theirsRequests: true,
  },
  100000: {
    edits: 15,
    oursDeadlineMs: 300_000,
    theirsEdits: 3,
    theirsDeadlineMs: 60_000,
    theirsRequests: false,
  },
};

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function machine(): string {
  const model = /^model name\s*:\s*(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1];
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  return `${cpus().length} CPUs (nproc ${execSync('nproc').toString().trim()}), ${model ?? 'unknown CPU'}, Node ${process.version}, load average at the start ${load}`;
}

function save(path: string, figures: object): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(figures, null, 2));
}

const progress = (message: string) => process.stderr.write(`[bench] ${message}\n`);

/** The tables of a run, as README's Performance section has them. */
function printTables(result: BenchResult): void {
  console.log(`Measured ${result.date.slice(0, 10)} on ${result.machine}.\n`);
  console.log(sizeTable(result).join('\n'));
  console.log(`\n${oursTable(result).join('\n')}`);
}

async function main(): Promise<void> {
  // --from FILE prints the tables of an earlier run's JSON again, measuring nothing.
  const from = option('--from');
  if (from) return printTables(JSON.parse(readFileSync(from, 'utf8')) as BenchResult);
  const quick = process.argv.includes('--quick');
  const jsonPath = option('--json') ?? join(REPO_ROOT, 'out/bench/results.json');
  const sizes =
    option('--sizes')?.split(',').map(Number) ?? (quick ? [100, 1000] : [100, 1000, 10000, 100000]);
  const work = join(REPO_ROOT, 'out/bench/work');
  rmSync(work, { recursive: true, force: true });
  progress('npm run package (dist/ rebuilt minified, as shipped)');
  const vsixBytes = packageVsix();
  const result: BenchResult = {
    date: new Date().toISOString(),
    machine: machine(),
    sizes: [],
    startToDiagnostics: { ours: [], theirs: [] },
    activation: undefined,
    vsixBytes,
  };
  progress(result.machine);
  for (const steps of sizes) {
    const dir = join(work, `${steps}`);
    const folder = writeFolder(dir, steps);
    const plan = PLAN[steps];
    progress(`${steps} steps: ours`);
    // --quick times fewer keystrokes, to stay under a minute.
    const edits = quick ? Math.min(plan.edits, 10) : plan.edits;
    const mine = await measureSize(ours(join(work, 'code-cache')), dir, folder, steps, {
      edits,
      deadlineMs: plan.oursDeadlineMs,
      extras: true,
      requests: true,
    });
    progress(`${steps} steps: yaml-language-server`);
    // Their server failing (out of memory on the largest file, say) leaves its cells empty.
    const theirs = await measureSize(yamlLanguageServer(work), dir, folder, steps, {
      edits: Math.min(edits, plan.theirsEdits),
      deadlineMs: plan.theirsDeadlineMs,
      extras: false,
      requests: plan.theirsRequests,
    }).catch((error: unknown) => {
      progress(`yaml-language-server failed at ${steps} steps: ${String(error)}`);
      return undefined;
    });
    result.sizes.push({ steps, ours: mine, theirs });
    // What is measured so far survives a failure later on.
    save(jsonPath, result);
  }
  progress('start → first diagnostics, 100 steps');
  const small = writeFolder(join(work, 'start'), 100);
  const runs = quick ? 3 : 5;
  // A code cache folder of its own: the first start finds none (as after installing or
  // updating the extension) and writes it at exit; the starts after it are the median.
  const startCache = join(work, 'start-code-cache');
  rmSync(startCache, { recursive: true, force: true });
  const [first, ...later] = await startToDiagnostics(
    ours(startCache),
    join(work, 'start'),
    small,
    runs + 1,
    60_000,
  );
  result.startToDiagnostics.ours = later;
  result.startToDiagnostics.oursFirst = first;
  result.startToDiagnostics.theirs = await startToDiagnostics(
    yamlLanguageServer(work),
    join(work, 'start'),
    small,
    runs,
    60_000,
  );
  progress('activation');
  const activation = activationMs(runs);
  result.activation = {
    ms: activation.ms,
    method: ACTIVATION_METHOD,
    serverForkMs: activation.serverForkMs,
  };
  save(jsonPath, { ...result, activationRuns: activation });
  printTables(result);
  progress(`raw figures: ${jsonPath}`);
  if (!quick) {
    progress('in-process figures');
    console.log(`\nIn-process (the core alone, no LSP; not the targets above):\n`);
    console.log((await inProcessTables()).join('\n\n'));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
