// Start-up figures for `npm run bench`: extension activation and the size of the .vsix.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './servers';

export const ACTIVATION_METHOD =
  'fresh node process, stub `vscode`: require dist/extension.js + await activate(), server start included';

/** Median over `runs` fresh processes of loading the extension and awaiting `activate()`, in ms. */
export function activationMs(runs: number): {
  ms: number;
  requireMs: number[];
  activateMs: number[];
} {
  const requireMs: number[] = [];
  const activateMs: number[] = [];
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
      error?: string;
    };
    if (answer.requireMs === undefined || answer.activateMs === undefined)
      throw new Error(`The activation probe failed: ${answer.error ?? line} ${child.stderr}`);
    requireMs.push(answer.requireMs);
    activateMs.push(answer.activateMs);
    totals.push(answer.requireMs + answer.activateMs);
  }
  return { ms: totals.sort((a, b) => a - b)[Math.floor(runs / 2)], requireMs, activateMs };
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
