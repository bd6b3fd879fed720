// The engine's questions, asked in VS Code. Each opens a question in the run's Questions (the tree
// shows it with inline actions) and shows it as a notification, a modal or a quick pick: whichever
// is answered first decides. No `vscode` here: the dialogs are behind RunPrompts.
import { formatDuration } from '../../core/duration';
import { outcomeText, overPlannedText } from '../../core/run/outcome-text';
import type {
  CommandOutcome,
  DeadlineAnswer,
  Decider,
  Decision,
  FailureAnswer,
  InterruptedAnswer,
  ManualAnswer,
  RollbackFailureAnswer,
  RunStep,
  TimeoutAnswer,
} from '../../core/run/run-types';
import { CHOICES, type Choice, type QuestionKind, type Questions } from './run-questions';
import type { RunPrompts } from './run-prompts';

const { retry, skip, rollback, abort, kill, wait, verify, done, failed } = CHOICES;

/** A Decider whose answers come from a person in VS Code; `by` is who they are (the OS user). */
export class UiDecider implements Decider {
  constructor(
    private readonly questions: Questions,
    private readonly prompts: () => RunPrompts,
    private readonly by: string,
  ) {}

  onFailure(
    step: RunStep,
    phase: 'run' | 'verify',
    outcome: CommandOutcome,
  ): Promise<Decision<FailureAnswer>> {
    const message = `Step "${step.id}" failed: its ${phase} command ended with ${outcomeText(outcome)}. Retry it, skip it, roll back the run, or abort?`;
    return this.ask('failure', message, [retry, skip, rollback, abort], step.id);
  }

  onRollbackFailure(
    step: RunStep,
    outcome: CommandOutcome,
  ): Promise<Decision<RollbackFailureAnswer>> {
    const message = `The rollback of "${step.id}" failed (${outcomeText(outcome)}). Retry it, skip it, or abort the rollback?`;
    return this.ask('rollback-failure', message, [retry, skip, abort], step.id);
  }

  onDeadline(remaining: readonly RunStep[]): Promise<Decision<DeadlineAnswer>> {
    const steps = remaining.map((step) => step.id).join(', ');
    const message = `Go/no-go: the deadline has come and ${remaining.length === 1 ? '1 step has' : `${remaining.length} steps have`} not started (${steps}). Continue the run, or roll back?`;
    return this.ask('deadline', message, [CHOICES.continue, rollback]);
  }

  onTimeout(
    step: RunStep,
    phase: 'run' | 'verify' | 'rollback',
    elapsedMs: number,
  ): Promise<Decision<TimeoutAnswer>> {
    const planned = step.planned === undefined ? '' : ` another ${formatDuration(step.planned)}`;
    const message = `${overPlannedText(step, elapsedMs)} Stop its ${phase} command (a failure), or keep waiting${planned}?`;
    return this.ask('timeout', message, [kill, wait], step.id);
  }

  onInterrupted(step: RunStep): Promise<Decision<InterruptedAnswer>> {
    const message = `"${step.id}" was running when the run stopped: it may or may not have finished. Check it with its verify command, run it again, or say how it ended.`;
    const choices =
      step.verify === undefined ? [retry, done, failed] : [verify, retry, done, failed];
    return this.ask('interrupted', message, choices, step.id);
  }

  onManual(step: RunStep): Promise<Decision<ManualAnswer>> {
    const title = step.title === undefined ? '' : ` (${step.title})`;
    const message = `"${step.id}"${title} is done by hand. Mark it done when it is, or failed.`;
    return this.ask('manual', message, [done, failed], step.id);
  }

  private async ask<A extends string>(
    kind: QuestionKind,
    message: string,
    choices: readonly Choice[],
    step?: string,
  ): Promise<Decision<A>> {
    const { question, answered } = this.questions.ask<A>(kind, message, choices, step);
    this.prompts()
      .ask(question)
      .then(
        (answer) => answer !== undefined && this.questions.answer(question.id, answer),
        () => undefined,
      );
    return { answer: await answered, by: this.by };
  }
}
