import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { dryRunText } from '../core/run/dry-run';
import type { JournalEvent } from '../core/run/journal-events';
import { replayJournal } from '../core/run/replay';
import type {
  DeadlineAnswer,
  FailureAnswer,
  InterruptedAnswer,
  RunOutcome,
} from '../core/run/run-types';
import { runPlanOf } from '../core/run/run-plan';
import { writeRunReport } from '../runner/run-report';
import { contentHash, prepareRun, type RunSession } from '../runner/run-session';
import { analyzeFileForCommand } from './analyze-file';
import type { CliIo } from './cli-io';
import type { Output } from './output';
import { cliDecider, type Prompt, type RunFlags } from './run-decider';
import { RunPrinter } from './run-printer';
import { confirmOnTerminal, terminalPrompt } from './terminal-prompt';
import { parseOptions, UsageError } from './usage-error';

/** Exit codes of `runbook run`, as README documents them. */
const EXIT: Record<RunOutcome, number> = { done: 0, aborted: 1, 'rolled-back': 3, stopped: 2 };
const FLAGS = ['--dry-run', '--yes', '--resume'];

/**
 * `runbook run FILE …`: runs a runbook's steps with the engine, records them in the journal under
 * `.runbook/runs/` of the current folder, prints their output under a header per step, asks on
 * the terminal (or lets flags answer), and exits 0 done, 1 failed or aborted, 3 rolled back, 2 for
 * usage or a journal that cannot be written.
 */
export async function runCommand(
  args: string[],
  io: CliIo,
  out: Output,
  err: Output,
  cwd: string,
): Promise<number> {
  const flags = new Set(args.filter((arg) => FLAGS.includes(arg)));
  const { positional, options } = parseOptions(
    args.filter((arg) => !FLAGS.includes(arg)),
    {
      from: '<step id>',
      resume: '<journal file>',
      interrupted: ['ask', 'verify', 'retry', 'done', 'failed'],
      'on-failure': ['ask', 'abort', 'rollback', 'skip'],
      'on-deadline': ['ask', 'continue', 'rollback'],
      parallel: '<number of steps at once>',
      format: ['text', 'json'],
    },
  );
  if (positional.length !== 1)
    throw new UsageError(`run takes one runbook file, not ${positional.length}`);
  const parallel = Number(options.parallel ?? '1');
  if (!Number.isInteger(parallel) || parallel < 1 || parallel > 64)
    throw new UsageError(
      `--parallel must be a whole number from 1 to 64, not "${options.parallel}"`,
    );
  const [file] = positional;
  const analysis = await analyzeFileForCommand(file, undefined, err, cwd);
  if (!analysis) return 2;
  const text = analysis.text;

  if (flags.has('--dry-run')) {
    const planned = runPlanOf(analysis, file, contentHash(text));
    if (!planned.ok) return await refuse(err, file, planned.problems);
    await out.lines(dryRunText(planned.plan, analysis, Date.now()));
    return 0;
  }

  const interactive = io.interactive === true && io.stdin !== undefined;
  if (!interactive && !flags.has('--yes')) {
    await err.line(
      'runbook: run needs a terminal to show you the commands and ask before they run; without one, pass --yes to run them unattended',
    );
    return 2;
  }
  const terminal =
    interactive && io.stdin
      ? terminalPrompt(io.stdin, io.stderrStream ?? process.stderr)
      : undefined;
  try {
    return await runWith(file, analysis, io, err, cwd, parallel, flags, options, terminal?.prompt);
  } finally {
    terminal?.close();
  }
}

async function runWith(
  file: string,
  analysis: NonNullable<Awaited<ReturnType<typeof analyzeFileForCommand>>>,
  io: CliIo,
  errors: Output,
  cwd: string,
  parallel: number,
  flags: ReadonlySet<string>,
  options: Record<string, string>,
  prompt: Prompt | undefined,
): Promise<number> {
  // During a run lines are said as events come: a reader that went away costs them, not the run.
  const err = (text: string) => void errors.line(text).catch(() => undefined);
  const user = userName();
  const runFlags: RunFlags = {
    interrupted: (options.interrupted ?? 'ask') as InterruptedAnswer | 'ask',
    onFailure: (options['on-failure'] ?? 'ask') as FailureAnswer | 'ask',
    onDeadline: (options['on-deadline'] ?? 'ask') as DeadlineAnswer | 'ask',
  };
  const printer = new RunPrinter(io, options.format === 'json', cwd);
  // The decider is made before the session it may have to stop.
  const live: { session?: RunSession } = {};
  const stop = (reason: string) => {
    err(`runbook: ${reason}`);
    live.session?.engine.stop(reason);
  };
  const resume =
    options.resume !== undefined
      ? resolve(cwd, options.resume)
      : flags.has('--resume')
        ? true
        : undefined;
  const prepared = await prepareRun({
    file: resolve(cwd, file),
    displayPath: file,
    text: analysis.text,
    analysis,
    journalFolder: join(cwd, '.runbook', 'runs'),
    env: io.env ?? process.env,
    maskPatterns: [],
    parallel,
    decider: cliDecider(runFlags, prompt, stop, user),
    listener: printer.listener(),
    ...(options.from !== undefined ? { from: { step: options.from, by: user } } : {}),
    ...(resume !== undefined ? { resume } : {}),
    confirm: async (message) => {
      if (prompt) return confirmOnTerminal(prompt, message);
      err(`runbook: ${message} (not resumed: no terminal to ask)`);
      return false;
    },
  });
  if (!prepared.ok) {
    err(`runbook: ${prepared.message}`);
    return prepared.reason === 'declined' || prepared.reason === 'nothing-to-resume' ? 1 : 2;
  }
  const session = prepared.session;
  live.session = session;
  try {
    for (const warning of session.warnings) err(`runbook: warning: ${warning}`);
    if (options.from !== undefined && !session.plan.steps.some((s) => s.id === options.from)) {
      err(`runbook: --from: no step has the id "${options.from}"`);
      return 2;
    }
    const blocked = interruptedWithoutAnswer(session.previous, runFlags, prompt);
    if (blocked) {
      err(`runbook: ${blocked}`);
      return 2;
    }
    if (!flags.has('--yes')) {
      printer.commandsToRun(session.plan);
      if (!prompt || !(await confirmOnTerminal(prompt, 'Run these commands?'))) {
        err('runbook: nothing was run.');
        return 1;
      }
    }
    printer.started(session);
    const outcome = await withCtrlC(io, session, prompt !== undefined, () => session.engine.run());
    printer.ended(session, outcome, await report(session, printer, err));
    return EXIT[outcome];
  } finally {
    await session.close();
  }
}

/** The report beside the journal; a report that cannot be written costs the report, not the run's exit code. */
async function report(
  session: RunSession,
  printer: RunPrinter,
  err: (text: string) => void,
): Promise<string | undefined> {
  try {
    return await writeRunReport(session, printer.recorded());
  } catch (error) {
    err(`runbook: warning: the run report could not be written: ${describe(error)}`);
    return undefined;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** An interrupted step with `ask` and no terminal: refuse before anything runs, naming the flag. */
function interruptedWithoutAnswer(
  previous: readonly JournalEvent[],
  flags: RunFlags,
  prompt: Prompt | undefined,
): string | undefined {
  if (prompt || flags.interrupted !== 'ask' || previous.length === 0) return undefined;
  const run = replayJournal(previous);
  if (!run) return undefined;
  for (const [step, state] of run.states)
    if (state === 'running' || state === 'verifying' || state === 'interrupted')
      return `step "${step}" was running when the run stopped and may or may not have finished; with no terminal to ask, choose with --interrupted verify|retry|done|failed`;
  if (run.rollingBack && run.openRollback !== undefined)
    return `the rollback of step "${run.openRollback}" was running when the run stopped and may or may not have finished; with no terminal to ask, choose with --interrupted retry (run it again), done (take it as finished) or failed (abort)`;
  return undefined;
}

/**
 * Ctrl-C goes to the running step's process group (it is in a group of its own, so the terminal
 * does not reach it); its failure is then asked about, or, with no terminal, the run aborts. A
 * second Ctrl-C stops the run.
 */
async function withCtrlC(
  io: CliIo,
  session: RunSession,
  interactive: boolean,
  run: () => Promise<RunOutcome> | undefined,
): Promise<RunOutcome> {
  let pressed = 0;
  const onSigint = () => {
    pressed++;
    const said = io.stderr(
      pressed === 1
        ? '\nrunbook: Ctrl-C: stopping the running step…\n'
        : '\nrunbook: Ctrl-C again: stopping the run\n',
    );
    if (said instanceof Promise) said.catch(() => undefined);
    if (pressed === 1 && interactive) session.engine.interrupt();
    else session.engine.stop(interactive ? 'Ctrl-C twice' : 'Ctrl-C');
  };
  io.onSigint?.(onSigint);
  try {
    const outcome = await run();
    if (!outcome) throw new Error('the run did not start');
    return outcome;
  } finally {
    io.onSigint?.(undefined);
  }
}

async function refuse(err: Output, file: string, problems: readonly string[]): Promise<number> {
  await err.line(`runbook: ${file} cannot be run:`);
  await err.lines(problems.map((p) => `  ${p}`));
  return 2;
}

function userName(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown user';
  }
}
