import { relative } from 'node:path';
import { formatDuration } from '../core/duration';
import type { RunListener } from '../core/run/engine';
import type { JournalEvent } from '../core/run/journal-events';
import type { CommandPhase, RunOutcome, RunPlan } from '../core/run/run-types';
import { msToSeconds } from '../core/time/units';
import type { RunSession } from '../runner/run-session';
import { inertText } from '../core/text/inert-text';
import type { CliIo } from './cli-io';

/**
 * What `runbook run` prints. Text: each command's live output under a header naming the step,
 * then one line per step's end, the warnings and decisions, and a summary. JSON: the journal's
 * events, one per line, as they are written (the output stays in the step logs). What the CLI
 * says itself, the runbook's ids and commands included, has its control characters made visible
 * (`inertText`); a command's own output is passed through as the command wrote it (its colours),
 * as running it in a shell would.
 */
export class RunPrinter {
  private header = '';
  /** The last output did not end its line: a header must not be glued to it. */
  private midLine = false;
  private readonly events: JournalEvent[] = [];

  constructor(
    private readonly io: CliIo,
    private readonly json: boolean,
    private readonly cwd: string,
  ) {}

  listener(): RunListener {
    return {
      event: (event) => this.event(event),
      output: (step, phase, text) => this.output(step, phase, text),
    };
  }

  /** Every command that may run, before the question whether to run them. */
  commandsToRun(plan: RunPlan): void {
    const lines = [
      `${plan.title ?? plan.runbookId}: these commands may run (in ${plan.file}'s folder):`,
    ];
    for (const step of plan.steps) {
      if (step.run === undefined) lines.push(`  ${step.id}: manual (you mark it done)`);
      for (const phase of ['run', 'verify', 'rollback'] as const) {
        const command = step[phase];
        if (command !== undefined) lines.push(`  ${step.id} ${phase}: ${command}`);
      }
    }
    say(this.io.stderr, `${lines.join('\n')}\n`);
  }

  started(session: RunSession): void {
    if (!this.json) this.line(`runbook: journal ${relative(this.cwd, session.journalPath)}`);
  }

  ended(session: RunSession, outcome: RunOutcome, report: string | undefined): void {
    const states = session.engine.snapshot().states;
    const count = (state: string) => [...states.values()].filter((s) => s === state).length;
    const summary = `run ${outcome}: ${count('done')} done, ${count('skipped')} skipped, ${count('failed')} failed, ${count('rolled-back')} rolled back of ${states.size} steps`;
    if (this.json) {
      const problem = session.engine.snapshot().journalProblem;
      const paths = {
        journal: session.journalPath,
        ...(report ? { report } : {}),
        ...(problem !== undefined ? { journalProblem: problem } : {}),
      };
      say(this.io.stdout, `${JSON.stringify({ type: 'summary', outcome, ...paths })}\n`);
      return;
    }
    this.line(`runbook: ${summary}.`);
    const problem = session.engine.snapshot().journalProblem;
    if (problem !== undefined)
      this.line(
        `runbook: the journal could not be written (${problem}): no step was started after that.`,
      );
    if (report) this.line(`runbook: report ${relative(this.cwd, report)}`);
  }

  /** The events this session wrote, for the report. */
  recorded(): readonly JournalEvent[] {
    return this.events;
  }

  private event(event: JournalEvent): void {
    this.events.push(event);
    if (this.json) {
      say(this.io.stdout, `${JSON.stringify(event)}\n`);
      return;
    }
    const line = this.describe(event);
    if (line !== undefined) this.line(line);
  }

  private describe(event: JournalEvent): string | undefined {
    switch (event.type) {
      case 'step-state':
        if (event.state === 'done' || event.state === 'failed')
          return `${mark(event.state)} ${event.step} ${event.state}${event.durationMs !== undefined ? ` in ${took(event.durationMs)}` : ''}`;
        if (
          event.state === 'skipped' ||
          event.state === 'rolled-back' ||
          event.state === 'interrupted'
        )
          return `${mark(event.state)} ${event.step} ${event.state}`;
        return undefined;
      case 'warning':
        return `runbook: warning: ${event.message}`;
      case 'decision':
        return `runbook: ${event.question}${event.step ? ` (${event.step})` : ''}: ${event.answer}, by ${event.by}`;
      case 'command-finished':
        if (event.error !== undefined) return `✗ ${event.step} ${event.phase}: ${event.error}`;
        if (event.signal !== null)
          return `✗ ${event.step} ${event.phase}: killed by ${event.signal}`;
        if (event.exitCode !== 0)
          return `✗ ${event.step} ${event.phase}: exit code ${event.exitCode}`;
        return undefined;
      default:
        return undefined;
    }
  }

  /** A line of the run's own story, on stdout with the output so that a log keeps their order. */
  private line(text: string): void {
    say(this.io.stdout, `${this.midLine ? '\n' : ''}${text}\n`);
    this.midLine = false;
    this.header = '';
  }

  private output(step: string, phase: CommandPhase, text: string): void {
    if (this.json) return;
    const header = `── ${step} · ${phase} ──`;
    if (header !== this.header) {
      this.header = header;
      say(this.io.stdout, `${this.midLine ? '\n' : ''}${header}\n`);
    }
    written(this.io.stdout(text));
    this.midLine = text !== '' && !text.endsWith('\n');
  }
}

/** The CLI's own words, made inert. */
function say(write: (text: string) => unknown, text: string): void {
  written(write(inertText(text)));
}

/** A run goes on when its reader has gone: a failed write costs the output, not the run. */
function written(result: unknown): void {
  if (result instanceof Promise) result.catch(() => undefined);
}

function mark(state: string): string {
  return state === 'done' ? '✓' : state === 'failed' ? '✗' : '•';
}

/** "1m 5s"; under a second is said so rather than rounded to nothing. */
function took(ms: number): string {
  return ms < 1000 ? 'under 1s' : formatDuration(msToSeconds(ms));
}
