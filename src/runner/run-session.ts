import { createHash, randomBytes } from 'node:crypto';
import { hostname, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import type { Analysis } from '../core/analysis-types';
import { RunEngine, type RunListener } from '../core/run/engine';
import type { JournalEvent } from '../core/run/journal-events';
import { replayJournal, type ReplayedRun } from '../core/run/replay';
import { runPlanOf } from '../core/run/run-plan';
import type { Clock, Decider, RunPlan } from '../core/run/run-types';
import { createExecutor } from './executor';
import { JournalError, appendToJournal, createJournal, journalPath } from './journal-file';
import { newestUnfinished, readJournalFile } from './journal-reading';

/** What a front end (CLI, extension) hands over to start or resume a run. */
export interface RunRequest {
  /** The runbook file, absolute. */
  file: string;
  /** How the run names it in the journal and in messages (relative to the workspace or cwd). */
  displayPath: string;
  /** The text the run starts from, and its analysis (the front end has both already). */
  text: string;
  analysis: Analysis;
  /** Where journals go, absolute: `<workspace>/.runbook/runs` by default. */
  journalFolder: string;
  env: NodeJS.ProcessEnv;
  maskPatterns: readonly string[];
  parallel: number;
  decider: Decider;
  listener?: RunListener;
  from?: { step: string; by: string };
  /** Resume: `true` for the newest unfinished journal of this runbook, or a journal's path. */
  resume?: true | string;
  /**
   * Asked before resuming a journal of another runbook, or of a runbook whose text changed since:
   * the message says which; false means do not resume.
   */
  confirm(message: string): Promise<boolean>;
  clock?: Clock;
}

/** A run ready to start: `engine.run()` runs it. */
export interface RunSession {
  engine: RunEngine;
  plan: RunPlan;
  runId: string;
  journalPath: string;
  /** Where the step logs go: beside the journal, in a folder of the same name. */
  logFolder: string;
  /** The journal's events before this session (a resume), for the front end to draw. */
  previous: readonly JournalEvent[];
  /** Warnings from reading the journal back (a torn last line). */
  warnings: readonly string[];
  close(): Promise<void>;
}

export type RunSessionResult =
  | { ok: true; session: RunSession }
  | {
      ok: false;
      reason: 'refused' | 'journal' | 'nothing-to-resume' | 'declined';
      message: string;
    };

/** The real clock; a timer longer than setTimeout allows is shortened, never fired early by overflow. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer(ms, callback) {
    const timer = setTimeout(callback, Math.min(Math.max(0, ms), 2_147_483_647));
    return () => clearTimeout(timer);
  },
};

/** A hash of the runbook's text: a resume compares it with the text now. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Checks the runbook, opens (or re-opens) its journal and builds the engine. Nothing runs yet;
 * a runbook with errors, an unwritable journal folder or an unreadable journal is refused here
 * with a message that says why.
 */
export async function prepareRun(request: RunRequest): Promise<RunSessionResult> {
  const result = runPlanOf(request.analysis, request.displayPath, contentHash(request.text));
  if (!result.ok)
    return {
      ok: false,
      reason: 'refused',
      message: `${request.displayPath} cannot be run while it has errors:\n${result.problems.map((p) => `  ${p}`).join('\n')}`,
    };
  const plan = result.plan;
  const clock = request.clock ?? systemClock;
  const resumed = request.resume ? await findResume(request, plan) : undefined;
  if (resumed && !resumed.ok) return resumed;
  const user = safeUser();
  const host = hostname();
  const path = resumed?.path ?? journalPath(request.journalFolder, plan.runbookId, clock.now());
  let journal;
  try {
    journal = resumed ? await appendToJournal(path) : await createJournal(path);
  } catch (error) {
    const message = error instanceof JournalError ? error.message : String(error);
    return { ok: false, reason: 'journal', message };
  }
  const runId = resumed?.run.started.runId ?? newRunId(clock.now());
  const logFolder = path.replace(/\.jsonl$/, '');
  const executor = createExecutor({
    cwd: dirname(request.file),
    env: request.env,
    extraEnv: { RUNBOOK_RUN_ID: runId, RUNBOOK_FILE: request.file },
    maskPatterns: [...request.maskPatterns],
    logFolder,
  });
  const engine = new RunEngine({
    plan,
    runId,
    user,
    host,
    clock,
    executor,
    journal,
    decider: request.decider,
    parallel: request.parallel,
    ...(request.listener ? { listener: request.listener } : {}),
    ...(request.from && !resumed ? { from: request.from } : {}),
    ...(resumed ? { resume: resumed.run } : {}),
  });
  const warnings = [...(resumed?.warnings ?? []), ...journal.repaired];
  return {
    ok: true,
    session: {
      engine,
      plan,
      runId,
      journalPath: path,
      logFolder,
      previous: resumed?.events ?? [],
      warnings,
      close: () => journal.close(),
    },
  };
}

type FoundResume =
  | { ok: true; path: string; run: ReplayedRun; events: JournalEvent[]; warnings: string[] }
  | { ok: false; reason: 'journal' | 'nothing-to-resume' | 'declined'; message: string };

async function findResume(request: RunRequest, plan: RunPlan): Promise<FoundResume> {
  let path = typeof request.resume === 'string' ? request.resume : undefined;
  if (path === undefined) {
    const newest = await newestUnfinished(request.journalFolder, plan.runbookId);
    if (!newest)
      return {
        ok: false,
        reason: 'nothing-to-resume',
        message: `No unfinished run of ${request.displayPath} in ${join(request.journalFolder)}.`,
      };
    path = newest.path;
  }
  const reading = await readJournalFile(path);
  if ('error' in reading)
    return { ok: false, reason: 'journal', message: `${path}: ${reading.error}` };
  const run = replayJournal(reading.events);
  // run-started is written before anything runs: a journal without it is a run that never began.
  if (!run)
    return {
      ok: false,
      reason: 'nothing-to-resume',
      message: `${path} holds no whole event: that run stopped before it started, and nothing of it ran; run the runbook again without --resume.`,
    };
  if (run.ended)
    return {
      ok: false,
      reason: 'nothing-to-resume',
      message: `The run in ${path} has ended (${run.ended}); there is nothing to resume.`,
    };
  const question = resumeQuestion(run, plan, path);
  if (question && !(await request.confirm(question)))
    return { ok: false, reason: 'declined', message: 'Not resumed.' };
  return { ok: true, path, run, events: reading.events, warnings: reading.warnings };
}

function resumeQuestion(run: ReplayedRun, plan: RunPlan, path: string): string | undefined {
  const recorded = run.started.runbook;
  if (recorded.id !== plan.runbookId)
    return `${path} is a run of "${recorded.id}" (${recorded.path}), not of "${plan.runbookId}". Resume it with this runbook anyway?`;
  if (recorded.contentHash !== plan.contentHash)
    return `${plan.file} has changed since this run started. Resume with the file as it is now? Steps recorded done stay done.`;
  return undefined;
}

/** "20261206T101500Z-3fa2": sortable, and unique enough for two runs started the same second. */
function newRunId(now: number): string {
  const stamp = new Date(now).toISOString().replace(/[-:]|\.\d+/g, '');
  return `${stamp}-${randomBytes(2).toString('hex')}`;
}

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    // A uid with no passwd entry (containers): still record who, by number.
    return `uid ${process.getuid?.() ?? 'unknown'}`;
  }
}
