// The run's open questions. One question may be answered from several places (a notification's
// button, a modal, the tree's inline actions): the first answer counts, later ones change nothing.
// No `vscode` here: the decider and the tree share it, and the unit tests drive it.

/** The engine's questions (Decider's methods), by name. */
export type QuestionKind =
  'failure' | 'rollback-failure' | 'deadline' | 'timeout' | 'interrupted' | 'manual';

/** An answer as the engine names it, and as a button says it. */
export interface Choice {
  answer: string;
  label: string;
}

export interface Question {
  id: number;
  kind: QuestionKind;
  /** The step it is about; the go/no-go is about the whole run. */
  step?: string;
  message: string;
  choices: readonly Choice[];
}

export const CHOICES = {
  retry: { answer: 'retry', label: 'Retry' },
  skip: { answer: 'skip', label: 'Skip' },
  rollback: { answer: 'rollback', label: 'Roll Back' },
  abort: { answer: 'abort', label: 'Abort' },
  continue: { answer: 'continue', label: 'Continue' },
  kill: { answer: 'kill', label: 'Stop Step' },
  wait: { answer: 'wait', label: 'Keep Waiting' },
  verify: { answer: 'verify', label: 'Verify' },
  done: { answer: 'done', label: 'Mark Done' },
  failed: { answer: 'failed', label: 'Mark Failed' },
} as const satisfies Record<string, Choice>;

/** The open questions of one run. */
export class Questions {
  private readonly open = new Map<number, { question: Question; resolve: (a: string) => void }>();
  private readonly listeners = new Set<() => void>();
  private nextId = 1;

  /** Opens a question; `answered` settles with the first valid answer. */
  ask<A extends string>(
    kind: QuestionKind,
    message: string,
    choices: readonly Choice[],
    step?: string,
  ): { question: Question; answered: Promise<A> } {
    const question: Question = {
      id: this.nextId++,
      kind,
      message,
      choices,
      ...(step !== undefined ? { step } : {}),
    };
    const answered = new Promise<A>((resolve) =>
      this.open.set(question.id, { question, resolve: (answer) => resolve(answer as A) }),
    );
    this.changed();
    return { question, answered };
  }

  /** Answers an open question; false when it is closed already or the answer is not one of its choices. */
  answer(id: number, answer: string): boolean {
    const entry = this.open.get(id);
    if (!entry?.question.choices.some((choice) => choice.answer === answer)) return false;
    this.open.delete(id);
    entry.resolve(answer);
    this.changed();
    return true;
  }

  /** The open question about a step (or, without one, about the run), if any. */
  about(step: string | undefined): Question | undefined {
    for (const { question } of this.open.values()) if (question.step === step) return question;
    return undefined;
  }

  all(): Question[] {
    return [...this.open.values()].map((entry) => entry.question);
  }

  /** Forgets every open question (the run ended or was stopped: the engine no longer waits). */
  clear(): void {
    if (this.open.size === 0) return;
    this.open.clear();
    this.changed();
  }

  onDidChange(listener: () => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
