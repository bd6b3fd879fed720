// Helpers for the executor's tests with real processes: collect output and wait on it, let a
// command wait for the test (a gate file), and tell when a process has gone. Every wait is on an
// event or a state, with a deadline well inside mocha's timeout; nothing measures time.
import { existsSync, readFileSync } from 'node:fs';
import type { CommandOutcome, CommandRequest } from '../../../src/core/run/run-types';
import { createExecutor, type ExecutorOptions } from '../../../src/runner/executor';

/** A request for `command` as step `s1`'s first run. */
export const request = (command: string, stepId = 's1'): CommandRequest => ({
  command,
  phase: 'run',
  stepId,
  attempt: 1,
});

/** Shell text that waits until the file `name` exists in the working folder. */
export const gate = (name: string) => `while [ ! -e ${name} ]; do sleep 0.05; done`;

/** Collects a command's output as it arrives and lets a test wait for a part of it. */
export class Output {
  text = '';
  readonly chunks: string[] = [];
  private waiters: { pattern: RegExp; resolve: (match: RegExpMatchArray) => void }[] = [];

  readonly add = (chunk: string): void => {
    this.chunks.push(chunk);
    this.text += chunk;
    this.waiters = this.waiters.filter(({ pattern, resolve }) => {
      const match = this.text.match(pattern);
      if (match) resolve(match);
      return !match;
    });
  };

  /** Resolves once the output so far matches `pattern`. */
  until(pattern: RegExp): Promise<RegExpMatchArray> {
    const match = this.text.match(pattern);
    if (match) return Promise.resolve(match);
    return new Promise((resolve) => this.waiters.push({ pattern, resolve }));
  }
}

/** Options for a test executor: a small environment, so no variable of the machine is masked. */
export function options(cwd: string, more: Partial<ExecutorOptions> = {}): ExecutorOptions {
  return {
    cwd,
    env: { PATH: process.env.PATH },
    extraEnv: { RUNBOOK_RUN_ID: 'run-42', RUNBOOK_FILE: 'ops/upgrade.runbook.yaml' },
    ...more,
  };
}

/** Runs `command` to its end; returns its outcome and output. */
export async function run(
  command: string,
  executorOptions: ExecutorOptions,
): Promise<{ outcome: CommandOutcome; output: Output }> {
  const output = new Output();
  const outcome = await createExecutor(executorOptions).start(request(command), output.add).done;
  return { outcome, output };
}

/** True when `pid` runs no more: no such process, or a zombie waiting to be reaped. */
function isGone(pid: number): boolean {
  if (existsSync('/proc/self/stat')) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      return /^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2));
    } catch {
      return true;
    }
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch {
    return true;
  }
}

/** Resolves when `pid` has gone; rejects after 20 s (a process the executor failed to stop). */
export async function gone(pid: number): Promise<void> {
  for (let waited = 0; !isGone(pid); waited += 25) {
    if (waited > 20_000) throw new Error(`process ${pid} still runs`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
