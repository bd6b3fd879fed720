import { attemptKey } from './replay';
import type { RunRecorder } from './run-recorder';
import type {
  CommandExecutor,
  CommandOutcome,
  CommandPhase,
  RunningCommand,
  RunStep,
} from './run-types';

/**
 * Runs one command of a step and records it: `command-started` before the spawn (so that a run
 * killed in between knows the command may have run), `process-started` with its pid, the tail of
 * its output and how it finished. Keeps each step's running command, to stop or interrupt it.
 */
export class CommandRunner {
  private readonly current = new Map<string, RunningCommand>();

  constructor(
    private readonly executor: CommandExecutor,
    private readonly recorder: RunRecorder,
    /** Attempts so far per `step:phase` (a resume starts from the journal's count). */
    private readonly attempts: Map<string, number>,
    private readonly stopping: () => boolean,
  ) {}

  async run(step: RunStep, phase: CommandPhase, command: string): Promise<CommandOutcome> {
    const key = attemptKey(step.id, phase);
    const attempt = (this.attempts.get(key) ?? 0) + 1;
    this.attempts.set(key, attempt);
    await this.recorder.record({ type: 'command-started', step: step.id, phase, attempt });
    if (this.stopping()) return stoppedOutcome();
    const handle = this.executor.start({ command, phase, stepId: step.id, attempt }, (text) =>
      this.recorder.output(step.id, phase, text),
    );
    this.current.set(step.id, handle);
    if (this.stopping()) handle.cancel();
    let outcome: CommandOutcome;
    try {
      if (handle.pid !== undefined)
        await this.recorder.record({
          type: 'process-started',
          step: step.id,
          phase,
          attempt,
          pid: handle.pid,
        });
    } finally {
      // When the journal fails, the command is let finish; nothing more is recorded.
      outcome = await handle.done;
      this.current.delete(step.id);
    }
    await this.finished(step, phase, attempt, outcome);
    return outcome;
  }

  /** Stops every running command's process group. */
  cancelAll(): void {
    for (const command of this.current.values()) command.cancel();
  }

  /** Ctrl-C passed on to every running command (stopped outright where it cannot be passed on). */
  interruptAll(): void {
    for (const command of this.current.values()) (command.interrupt ?? command.cancel)();
  }

  cancel(step: string): void {
    this.current.get(step)?.cancel();
  }

  private async finished(
    step: RunStep,
    phase: CommandPhase,
    attempt: number,
    outcome: CommandOutcome,
  ): Promise<void> {
    if (outcome.outputTail !== undefined && outcome.outputTail !== '')
      await this.recorder.record({
        type: 'output-tail',
        step: step.id,
        phase,
        tail: outcome.outputTail,
        bytes: outcome.outputBytes ?? outcome.outputTail.length,
      });
    await this.recorder.record({
      type: 'command-finished',
      step: step.id,
      phase,
      attempt,
      exitCode: outcome.exitCode,
      signal: outcome.signal,
      durationMs: outcome.durationMs,
      ...(outcome.error !== undefined ? { error: outcome.error } : {}),
      ...(outcome.cancelled ? { cancelled: true } : {}),
    });
  }
}

/** The outcome of a command the run did not start because it was being stopped. */
export function stoppedOutcome(): CommandOutcome {
  return {
    exitCode: null,
    signal: null,
    durationMs: 0,
    cancelled: true,
    error: 'the run was stopped',
  };
}
