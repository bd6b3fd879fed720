// The machinery of the kill-and-resume test: a runbook whose commands keep a ledger of what ran,
// the moments to kill at (each one an event: a journal line, a byte of output, a ledger line),
// and the end of every process a killed run left behind, as a machine restart would end them.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from './run-cli';

/**
 * What every command does: append "<phase> <step>" to the ledger first (so the test counts
 * executions), stay inside the command until killed when the test holds it there, fail the
 * verify of a step that has a `fail-<step>` file, and write a small file.
 */
export const STEP_SCRIPT = [
  'echo "$1 $RUNBOOK_STEP_ID" >> ledger',
  'if [ "$HOLD" = "$1 $RUNBOOK_STEP_ID" ]; then exec sleep 600; fi',
  'if [ "$1" = verify ] && [ -e "fail-$RUNBOOK_STEP_ID" ]; then echo "check failed"; exit 1; fi',
  'echo "$1 of $RUNBOOK_STEP_ID" > "out-$RUNBOOK_STEP_ID"',
  'echo "$1 of $RUNBOOK_STEP_ID: ok"',
  '',
].join('\n');

export const STEP_IDS = ['s1', 's2', 's3', 's4'];

/** Four steps, each with run, verify and rollback through STEP_SCRIPT. */
export function writeRunbook(folder: string): string {
  const steps = STEP_IDS.map(
    (id) =>
      `  - { id: ${id}, estimate: 1m, run: sh step.sh run, verify: sh step.sh verify, rollback: sh step.sh rollback }`,
  );
  const text = ['kind: runbook', 'id: k', 'title: Kill and resume', 'steps:', ...steps, ''];
  writeFileSync(join(folder, 'step.sh'), STEP_SCRIPT);
  writeFileSync(join(folder, 'k.runbook.yaml'), text.join('\n'));
  return 'k.runbook.yaml';
}

/** The journal of the run in `folder` (one runbook, one run per folder), if it exists yet. */
export function journalIn(folder: string): string | undefined {
  const dir = join(folder, '.runbook/runs/k');
  if (!existsSync(dir)) return undefined;
  const name = readdirSync(dir).find((entry) => entry.endsWith('.jsonl'));
  return name === undefined ? undefined : join(dir, name);
}

/** The ledger's lines: "<phase> <step>", one per command that got as far as its first line. */
export function ledger(folder: string): string[] {
  const path = join(folder, 'ledger');
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n').filter(Boolean);
}

/** How many whole lines (ended by a newline) a file has, or 0 when it does not exist. */
export function wholeLines(path: string | undefined): number {
  if (path === undefined || !existsSync(path) || statSync(path).size === 0) return 0;
  const text = readFileSync(path, 'utf8');
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** Starts `runbook run` from `folder` as a child process, its commands marked by `token`. */
export function startCli(
  folder: string,
  args: string[],
  token: string,
  env: Record<string, string> = {},
): ChildProcess {
  return spawn(process.execPath, [resolve(ROOT, 'dist/cli.js'), 'run', ...args], {
    cwd: folder,
    env: { ...process.env, RUNBOOK_KILL_TEST: token, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** The exit code and output of a child process once it has exited. */
export function finished(child: ChildProcess): Promise<{ status: number | null; output: string }> {
  const chunks: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolveExit) =>
    child.once('close', (status) =>
      resolveExit({ status, output: Buffer.concat(chunks).toString('utf8') }),
    ),
  );
}

/**
 * Resolves true once `probe` holds, checking it on the child's output and every few
 * milliseconds; false when the child exits first (a run's output can be a few bytes shorter than
 * the reference's: "in 1s" for "in under 1s"). A probe that never holds is caught by the test's
 * own mocha timeout, not by a clock here.
 */
export function when(child: ChildProcess, probe: () => boolean): Promise<boolean> {
  return new Promise((resolveWait) => {
    let timer: NodeJS.Timeout | undefined;
    const stop = () => {
      clearTimeout(timer);
      child.stdout?.off('data', check);
      child.off('exit', exited);
    };
    const exited = () => {
      stop();
      resolveWait(false);
    };
    function check(): void {
      if (probe()) {
        stop();
        resolveWait(true);
      } else {
        clearTimeout(timer);
        timer = setTimeout(check, 2);
      }
    }
    child.stdout?.on('data', check);
    child.once('exit', exited);
    check();
  });
}

/** Linux: the processes whose environment holds the test's token (the killed run's commands). */
function marked(token: string): number[] {
  const needle = `RUNBOOK_KILL_TEST=${token}\0`;
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // A zombie's environ reads empty: only a process that can still act is found.
      if (readFileSync(`/proc/${entry}/environ`, 'latin1').includes(needle)) pids.push(+entry);
    } catch {
      // Gone meanwhile, or not ours.
    }
  }
  return pids;
}

/**
 * Ends every command the killed run left running (their process groups outlive the CLI), and
 * waits until none of them can write to the ledger any more.
 */
export async function endStrays(token: string): Promise<void> {
  // SIGKILL cannot be refused: the loop ends; the test's mocha timeout guards the impossible.
  for (let pids = marked(token); pids.length > 0; pids = marked(token)) {
    for (const pid of pids)
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    await new Promise((resolveTick) => setTimeout(resolveTick, 5));
  }
}
