import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/** The repository root, from out/test/cli/ where this file runs once built. */
export const ROOT = resolve(__dirname, '../../..');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (dist/cli.js) as a user would, from the repository root. */
export function runCli(...args: string[]): CliResult {
  return runCliIn(ROOT, ...args);
}

/** Runs the built CLI from another folder: the current directory is the workspace a `runbook:` link must stay in. */
export function runCliIn(cwd: string, ...args: string[]): CliResult {
  const result = spawnSync(process.execPath, [resolve(ROOT, 'dist/cli.js'), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 20000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
