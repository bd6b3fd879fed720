import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { runCli as runCliInProcess } from '../../src/cli/cli';

/** The repository root, from out/test/cli/ where this file runs once built. */
export const ROOT = resolve(__dirname, '../../..');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in this process, as a user would from the repository root. */
export function runCli(...args: string[]): Promise<CliResult> {
  return runCliIn(ROOT, ...args);
}

/**
 * Runs the CLI in this process from another folder: the current directory is the workspace a
 * `runbook:` link must stay in. The status is the exit code the process would have had.
 */
export async function runCliIn(cwd: string, ...args: string[]): Promise<CliResult> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const status = await runCliInProcess(args, {
    stdout: (text) => stdout.push(text),
    stderr: (text) => stderr.push(text),
    cwd,
  });
  return { status, stdout: stdout.join(''), stderr: stderr.join('') };
}

/**
 * Runs the built CLI (dist/cli.js) as a child process, from the repository root. Only for what
 * a process does: its real exit code, its output through a pipe, the bundle actually running.
 */
export function spawnCli(...args: string[]): CliResult {
  const result = spawnSync(process.execPath, [resolve(ROOT, 'dist/cli.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    // A guard against a hung process only: far above the second or two a run takes on a loaded machine.
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
