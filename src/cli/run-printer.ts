import { relative } from 'node:path';
import { formatDuration } from '../core/duration';
import type { RunListener } from '../core/run/engine';
import type { JournalEvent } from '../core/run/journal-events';
import type { CommandPhase, RunOutcome, RunPlan } from '../core/run/run-types';
import { msToSeconds } from '../core/time/units';
import type { RunSession } from '../runner/run-session';
import type { CliIo } from './cli-io';

// Terminal control characters from a runbook's own text (ids, commands) are shown, not obeyed.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f\u009b]/g;
const visible = (text: string) => text.replace(CONTROL, '?');

/**
 * What `runbook run` prints. Text: each command's live output under a header naming the step,
 * then one line per step's end, the warnings and decisions, and a summary. JSON: the journal's
 * events, one per line, as they are written (the output stays in the step logs).
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
      if (step.run === undefined) lines.push(`  ${visible(step.id)}: manual (you mark it done)`);
      for (const phase of ['run', 'verify', 'rollback'] as const) {
        const command = step[phase];
        if (command !== undefined)
          lines.push(`  ${visible(step.id)} ${phase}: ${visible(command)}`);
      }
    }
    this.io.stderr(`${lines.join('\n')}\n`);
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
      this.io.stdout(`${JSON.stringify({ type: 'summary', outcome, ...paths })}\n`);
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
      this.io.stdout(`${JSON.stringify(event)}\n`);
      return;
    }
    const line = this.describe(event);
    if (line !== undefined) this.line(visible(line));
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
    this.io.stdout(`${this.midLine ? '\n' : ''}${text}\n`);
    this.midLine = false;
    this.header = '';
  }

  private output(step: string, phase: CommandPhase, text: string): void {
    if (this.json) return;
    const header = `── ${visible(step)} · ${phase} ──`;
    if (header !== this.header) {
      this.header = header;
      this.io.stdout(`${this.midLine ? '\n' : ''}${header}\n`);
    }
    this.io.stdout(text);
    this.midLine = text !== '' && !text.endsWith('\n');
  }
}

function mark(state: string): string {
  return state === 'done' ? '✓' : state === 'failed' ? '✗' : '•';
}

/** "1m 5s"; under a second is said so rather than rounded to nothing. */
function took(ms: number): string {
  return ms < 1000 ? 'under 1s' : formatDuration(msToSeconds(ms));
}
