import { secondsToMs } from '../time/units';
import { overPlannedText } from './outcome-text';
import type { RunRecorder } from './run-recorder';
import type { Clock, CommandPhase, Decider, Decision, RunStep } from './run-types';

/** What the timeouts need from the engine that owns the steps. */
export interface TimeoutHost {
  clock: Clock;
  recorder: RunRecorder;
  decider: Decider;
  /** Asks, unless a stop comes first (then undefined). */
  ask<A extends string>(question: () => Promise<Decision<A>>): Promise<Decision<A> | undefined>;
  /** How long the step has been running, and which of its commands runs now. */
  elapsed(index: number): number;
  phase(index: number): CommandPhase;
  /** Stop It was chosen: the step fails as timed out. */
  stopStep(index: number): void;
}

/**
 * Per-step timeouts: at a step's planned time (safety factor × its high estimate) the run warns
 * and asks whether to stop the step or give it as long again. A step without an estimate has none.
 */
export class StepTimeouts {
  /** A token per armed step, so that a late answer cannot reach a later attempt of it. */
  private readonly armed = new Map<number, object>();

  constructor(private readonly host: TimeoutHost) {}

  /** Arms the step's timeout; the returned function disarms it (the step ended). */
  arm(step: RunStep, index: number): () => void {
    const planned = step.planned;
    if (planned === undefined || planned <= 0) return () => undefined;
    const token = {};
    let cancel = () => {};
    const arm = () => {
      cancel = this.host.clock.setTimer(secondsToMs(planned), () => {
        void this.due(step, index, token, arm).catch(() => undefined);
      });
    };
    this.armed.set(index, token);
    arm();
    return () => {
      this.armed.delete(index);
      cancel();
    };
  }

  private async due(step: RunStep, index: number, token: object, rearm: () => void) {
    const { host } = this;
    const elapsed = host.elapsed(index);
    await host.recorder.warn('step-over-planned', overPlannedText(step, elapsed), {
      step: step.id,
      repeat: true,
    });
    const phase = host.phase(index);
    const decision = await host.ask(() => host.decider.onTimeout(step, phase, elapsed));
    // The step may have ended (or started again) while the question was open: then it changes nothing.
    if (!decision || this.armed.get(index) !== token) return;
    await host.recorder.decide('timeout', step.id, decision);
    if (decision.answer === 'wait') return rearm();
    host.stopStep(index);
  }
}
