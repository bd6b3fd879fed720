import type { DecisionEvent, JournalEvent, JournalSink, WarningKind } from './journal-events';
import type { DistributiveOmit } from './omit';
import type { Clock, CommandPhase, Decision } from './run-types';

/** An event before it is stamped with the time it is written. */
export type Unstamped = DistributiveOmit<JournalEvent, 'at'>;

/** Thrown when the journal cannot take an event: nothing more may start. */
export class JournalBroken extends Error {}

export interface RecorderListener {
  /** Every journal event, once it is durable. */
  event?(event: JournalEvent): void;
  /** Output of a step's command as it arrives (already masked by the executor). */
  output?(step: string, phase: CommandPhase, text: string): void;
}

/**
 * Writes the run's events: each is stamped, appended and made durable before the run goes on,
 * then shown to the front end. Warnings of one kind are written once unless told to repeat.
 */
export class RunRecorder {
  readonly warnings: string[] = [];

  constructor(
    private readonly journal: JournalSink,
    private readonly clock: Clock,
    private readonly listener: RecorderListener | undefined,
    private readonly warned: Set<WarningKind>,
  ) {}

  async record(event: Unstamped): Promise<void> {
    const stamped: JournalEvent = { ...event, at: new Date(this.clock.now()).toISOString() };
    try {
      await this.journal.append(stamped);
    } catch (error) {
      throw new JournalBroken(error instanceof Error ? error.message : String(error));
    }
    this.listener?.event?.(stamped);
  }

  output(step: string, phase: CommandPhase, text: string): void {
    this.listener?.output?.(step, phase, text);
  }

  async warn(
    kind: WarningKind,
    message: string,
    extra: { step?: string; repeat?: boolean; projectedEnd?: number } = {},
  ): Promise<void> {
    if (!extra.repeat && this.warned.has(kind)) return;
    this.warned.add(kind);
    this.warnings.push(message);
    await this.record({
      type: 'warning',
      kind,
      message,
      ...(extra.step !== undefined ? { step: extra.step } : {}),
      ...(extra.projectedEnd !== undefined ? { projectedEnd: extra.projectedEnd } : {}),
    });
  }

  async decide<A extends string>(
    question: DecisionEvent['question'],
    step: string | undefined,
    decision: Decision<A>,
  ): Promise<void> {
    await this.record({
      type: 'decision',
      question,
      ...(step !== undefined ? { step } : {}),
      answer: decision.answer,
      by: decision.by,
    });
  }
}
