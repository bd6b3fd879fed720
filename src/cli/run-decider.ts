import { outcomeText } from '../core/run/outcome-text';
import type {
  DeadlineAnswer,
  Decider,
  Decision,
  FailureAnswer,
  InterruptedAnswer,
  RollbackFailureAnswer,
} from '../core/run/run-types';
import { formatDuration } from '../core/duration';
import { msToSeconds } from '../core/time/units';

/** A question on the terminal with one-letter answers; resolves to the chosen answer. */
export type Prompt = <A extends string>(
  question: string,
  choices: ReadonlyArray<{ key: string; answer: A; label: string }>,
) => Promise<A>;

/** The flags that answer for an unattended run; `ask` asks on the terminal. */
export interface RunFlags {
  interrupted: 'ask' | InterruptedAnswer;
  onFailure: 'ask' | FailureAnswer;
  onDeadline: 'ask' | DeadlineAnswer;
}

/**
 * `--interrupted` for a rollback the run died in: retry runs it again; done and verify (a rollback
 * has no check) take it as finished and go on with the rest, not running it twice; failed aborts.
 */
const CUT_OFF_ROLLBACK: Record<InterruptedAnswer, RollbackFailureAnswer> = {
  retry: 'retry',
  done: 'skip',
  verify: 'skip',
  failed: 'abort',
};

/**
 * The CLI's answers: a flag when it says what to do, else a prompt on the terminal. Without a
 * terminal, `ask` means abort (`stop` ends the run as aborted), a step past its planned time goes
 * on with a warning, and a manual step counts as failed, so that nothing waits for an answer that
 * cannot come.
 */
export function cliDecider(
  flags: RunFlags,
  prompt: Prompt | undefined,
  stop: (reason: string) => void,
  user: string,
): Decider {
  const by = <A extends string>(answer: A): Decision<A> => ({ by: user, answer });
  const never = <A extends string>(reason: string): Promise<Decision<A>> => {
    stop(reason);
    return new Promise<Decision<A>>(() => undefined);
  };
  return {
    async onFailure(step, phase, outcome) {
      if (flags.onFailure !== 'ask') return { answer: flags.onFailure, by: '--on-failure' };
      if (!prompt) return { answer: 'abort', by: 'no terminal to ask (--on-failure ask)' };
      const question = `"${step.id}" failed: its ${phase} ended with ${outcomeText(outcome)}.`;
      return by(
        await prompt<FailureAnswer>(question, [
          { key: 'r', answer: 'retry', label: 'retry' },
          { key: 's', answer: 'skip', label: 'skip it' },
          { key: 'b', answer: 'rollback', label: 'roll back' },
          { key: 'a', answer: 'abort', label: 'abort' },
        ]),
      );
    },
    async onRollbackFailure(step, outcome, cutOff) {
      if (cutOff && flags.interrupted !== 'ask')
        return { answer: CUT_OFF_ROLLBACK[flags.interrupted], by: '--interrupted' };
      if (!prompt) return { answer: 'abort', by: 'no terminal to ask' };
      const question = `The rollback of "${step.id}" failed: ${outcomeText(outcome)}.`;
      return by(
        await prompt(question, [
          { key: 'r', answer: 'retry', label: 'retry it' },
          { key: 's', answer: 'skip', label: 'skip it and roll back the rest' },
          { key: 'a', answer: 'abort', label: 'abort' },
        ]),
      );
    },
    async onDeadline(remaining) {
      if (flags.onDeadline !== 'ask') return { answer: flags.onDeadline, by: '--on-deadline' };
      if (!prompt) return never('no terminal to answer the go/no-go (--on-deadline ask)');
      const question = `Go/no-go: ${remaining.length} step(s) not started.`;
      return by(
        await prompt<DeadlineAnswer>(question, [
          { key: 'c', answer: 'continue', label: 'continue' },
          { key: 'b', answer: 'rollback', label: 'roll back' },
        ]),
      );
    },
    async onTimeout(step, phase, elapsedMs) {
      // Nobody to ask before killing: a slow step goes on (the warning says so) rather than being
      // cut off half-way through, say, a migration.
      if (!prompt) return { answer: 'wait', by: 'no terminal to ask' };
      const question = `"${step.id}" (${phase}) has run for ${formatDuration(msToSeconds(elapsedMs))}, past its planned time.`;
      return by(
        await prompt(question, [
          { key: 'w', answer: 'wait', label: 'keep waiting' },
          { key: 'k', answer: 'kill', label: 'stop it' },
        ]),
      );
    },
    async onInterrupted(step) {
      if (flags.interrupted !== 'ask') return { answer: flags.interrupted, by: '--interrupted' };
      if (!prompt)
        return never(
          `"${step.id}" was interrupted; choose with --interrupted verify|retry|done|failed`,
        );
      const choices: { key: string; answer: InterruptedAnswer; label: string }[] = [
        { key: 'r', answer: 'retry', label: 'run it again' },
        { key: 'd', answer: 'done', label: 'mark it done' },
        { key: 'f', answer: 'failed', label: 'mark it failed' },
      ];
      if (step.verify !== undefined)
        choices.unshift({ key: 'v', answer: 'verify', label: 'run its verify only' });
      const question = `"${step.id}" was running when the run stopped; it may or may not have finished.`;
      return by(await prompt(question, choices));
    },
    async onManual(step) {
      if (!prompt) return { answer: 'failed', by: 'no terminal to mark a manual step done' };
      const question = `Manual step "${step.id}"${step.title ? `: ${step.title}` : ''}. Tell the run when it is done.`;
      return by(
        await prompt(question, [
          { key: 'd', answer: 'done', label: 'done' },
          { key: 'f', answer: 'failed', label: 'failed' },
        ]),
      );
    },
  };
}
