// Start-up figures for `npm run bench`: extension activation and the size of the .vsix.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './servers';

/**
 * What VS Code awaits when it activates the extension. Starting the language client (loading its
 * library, forking the server) follows once activate() has returned: it is timed apart.
 */
export const ACTIVATION_METHOD =
  'fresh node process, stub `vscode`: require dist/extension.js + await activate(), as VS Code awaits it';

/**
 * Median over `runs` fresh processes of loading the extension and awaiting `activate()`, in ms;
 * and the median of when, from the load, the extension forked the language server.
 */
export function activationMs(runs: number): {
  ms: number;
  serverForkMs: number | undefined;
  requireMs: number[];
  activateMs: number[];
  serverForkMsRuns: (number | null)[];
} {
  const requireMs: number[] = [];
  const activateMs: number[] = [];
  const serverForkMsRuns: (number | null)[] = [];
  const totals: number[] = [];
  const probe = join(REPO_ROOT, 'out/test/bench/lsp/activation-probe.js');
  for (let i = 0; i < runs; i++) {
    const child = spawnSync(process.execPath, [probe, REPO_ROOT], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    const line = child.stdout.trim().split('\n').pop() ?? '';
    const answer = JSON.parse(line || '{"error":"no output"}') as {
      requireMs?: number;
      activateMs?: number;
      serverForkMs?: number | null;
      error?: string;
    };
    if (answer.requireMs === undefined || answer.activateMs === undefined)
      throw new Error(`The activation probe failed: ${answer.error ?? line} ${child.stderr}`);
    requireMs.push(answer.requireMs);
    activateMs.push(answer.activateMs);
    serverForkMsRuns.push(answer.serverForkMs ?? null);
    totals.push(answer.requireMs + answer.activateMs);
  }
  // A run that never forked the server (within the probe's 30 s) leaves the figure out: no median.
  const forks = serverForkMsRuns.flatMap((ms) => (ms === null ? [] : [ms]));
  return {
    ms: middle(totals),
    serverForkMs: forks.length === runs ? middle(forks) : undefined,
    requireMs,
    activateMs,
    serverForkMsRuns,
  };
}

function middle(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

/**
 * `npm run package` (its `vscode:prepublish` rebuilds dist/ minified, as shipped), then the
 * size of the .vsix in bytes. The servers are measured afterwards, on that build.
 */
export function packageVsix(): number {
  const run = spawnSync('npm', ['run', 'package'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`npm run package failed:\n${run.stdout}\n${run.stderr}`);
  return statSync(join(REPO_ROOT, 'dist/maintenance-runbooks.vsix')).size;
}
