// The Node executor: runs a step's `run`, `verify` or `rollback` in the user's shell, streams its
// masked output, keeps a bounded step log, and stops the whole process tree on cancel. Shared by
// the CLI and the extension; the engine sees only the CommandExecutor interface.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { StringDecoder } from 'node:string_decoder';
import { createMasker, secretValues } from '../core/run/mask';
import type {
  CommandExecutor,
  CommandOutcome,
  CommandRequest,
  RunningCommand,
} from '../core/run/run-types';
import { notFoundMessage, shellFor, signalTree, spawnErrorMessage } from './shell';
import { DEFAULT_LOG_LIMIT_BYTES, StepLog, stepLogName } from './step-log';
import { OutputRecord } from './output-record';

/** Options of {@link createExecutor}. */
export interface ExecutorOptions {
  /** The working folder of every command. */
  cwd: string;
  /** The user's environment; variables with secret-looking names are masked in the output. */
  env: NodeJS.ProcessEnv;
  /** Added to it for every command (RUNBOOK_RUN_ID, RUNBOOK_FILE); RUNBOOK_STEP_ID is added here. */
  extraEnv: Record<string, string>;
  /** Milliseconds between SIGTERM and SIGKILL on cancel; 5000 by default. */
  graceMs?: number;
  /** `runbook.run.maskPatterns`: more variable names (globs with `*`) whose values are masked. */
  maskPatterns?: string[];
  /** Where the step logs go; no logs without it. */
  logFolder?: string;
  /** Bytes kept at the start of a step log, and again at its end; 1 MiB by default. */
  logLimitBytes?: number;
  /** The platform whose shell and kill to use; `process.platform` by default. */
  platform?: NodeJS.Platform;
}

/**
 * An executor that runs each command in the user's shell (`/bin/sh -c`, or `cmd.exe /d /s /c`),
 * as its own process group on POSIX, with stdin closed. Output from stdout and stderr goes
 * through a masker for each stream, then to `onOutput` and to `<logFolder>/<step>.<phase>.<attempt>.log`;
 * nothing unmasked leaves it. `start` never throws: a command that cannot start ends with
 * `{ exitCode: null, signal: null, error }`.
 */
export function createExecutor(options: ExecutorOptions): CommandExecutor {
  const platform = options.platform ?? process.platform;
  const graceMs = options.graceMs ?? 5000;
  const env = { ...options.env, ...options.extraEnv };
  const secrets = secretValues(env, options.maskPatterns ?? []);
  return {
    start(request, onOutput) {
      return startCommand(request, onOutput, { ...options, env, platform, graceMs, secrets });
    },
  };
}

interface Resolved extends ExecutorOptions {
  platform: NodeJS.Platform;
  graceMs: number;
  secrets: string[];
}

function startCommand(
  request: CommandRequest,
  onOutput: (text: string) => void,
  options: Resolved,
): RunningCommand {
  const started = performance.now();
  const { platform } = options;
  const shell = shellFor(request.command, platform);
  const log = openLog(request, options);
  const record = new OutputRecord();
  const emit = (text: string) => {
    if (text.length === 0) return;
    record.add(text);
    log?.write(text);
    onOutput(text);
  };

  let settle: (outcome: CommandOutcome) => void = () => undefined;
  const done = new Promise<CommandOutcome>((resolve) => (settle = resolve));
  let settled = false;
  let cancelled = false;
  const finish = (outcome: Omit<CommandOutcome, 'durationMs'>) => {
    if (settled) return;
    settled = true;
    const durationMs = performance.now() - started;
    void (log?.close() ?? Promise.resolve(false)).then((written) =>
      settle({
        ...outcome,
        ...(cancelled ? { cancelled: true } : {}),
        durationMs,
        ...record.summary(),
        ...(written && log ? { logPath: log.path } : {}),
      }),
    );
  };

  const notStarted = (error: unknown) =>
    finish({
      exitCode: null,
      signal: null,
      error: spawnErrorMessage(error, shell.file, options.cwd),
    });

  let child: ChildProcess;
  try {
    child = spawn(shell.file, shell.args, {
      cwd: options.cwd,
      env: { ...options.env, RUNBOOK_STEP_ID: request.stepId },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group on POSIX, so that cancel reaches what the command started too.
      detached: platform !== 'win32',
      windowsVerbatimArguments: shell.verbatim,
      windowsHide: true,
    });
  } catch (error) {
    // Some failures (a working folder that is a file, a NUL in the command) throw at once.
    notStarted(error);
    return { pid: undefined, done, cancel: () => undefined };
  }

  // One decoder and one masker per stream: a character or a secret cut between two chunks of
  // stdout is joined again even when stderr wrote in between.
  const streams = [child.stdout, child.stderr].map((stream) => {
    const decoder = new StringDecoder('utf8');
    const masker = createMasker(options.secrets);
    stream?.on('data', (chunk: Buffer) => emit(masker.push(decoder.write(chunk))));
    return () => emit(masker.push(decoder.end()) + masker.flush());
  });

  let spawned = false;
  child.on('spawn', () => (spawned = true));
  child.on('error', (error) => {
    // After a successful spawn, errors come from kill(); the 'close' event still ends the command.
    if (!spawned) notStarted(error);
  });
  child.on('close', (exitCode: number | null, signal: NodeJS.Signals | null) => {
    if (settled) return;
    for (const end of streams) end();
    const notFound = notFoundMessage(request.command, exitCode, platform);
    finish({ exitCode, signal, ...(notFound ? { error: notFound } : {}) });
  });

  const cancel = () => {
    if (cancelled || settled || child.pid === undefined) return;
    cancelled = true;
    const pid = child.pid;
    signalTree(pid, 'SIGTERM', platform);
    if (platform === 'win32') return;
    // Not cleared when the command closes: members of the group that hold no pipe (output
    // redirected) and ignore SIGTERM would outlive the cancel. Unreferenced, it keeps nothing
    // alive; a group that has gone makes its kill a no-op.
    setTimeout(() => signalTree(pid, 'SIGKILL', platform), options.graceMs).unref();
  };
  // Ctrl-C passed on: the group gets SIGINT, as it would in a shell's foreground; no kill follows.
  const interrupt = () => {
    if (settled || child.pid === undefined) return;
    if (platform === 'win32') return cancel();
    signalTree(child.pid, 'SIGINT', platform);
  };
  return { pid: child.pid, done, cancel, interrupt };
}

/** The step log for a request, or undefined without a log folder or when it cannot be created. */
function openLog(request: CommandRequest, options: Resolved): StepLog | undefined {
  if (options.logFolder === undefined) return undefined;
  const name = stepLogName(request.stepId, request.phase, request.attempt);
  try {
    return new StepLog(
      join(options.logFolder, name),
      options.logLimitBytes ?? DEFAULT_LOG_LIMIT_BYTES,
    );
  } catch {
    // A log folder that cannot be created costs the log, not the command.
    return undefined;
  }
}
