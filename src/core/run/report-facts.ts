// What a run report needs from a journal's events, gathered in one pass: a runbook can have 10,000
// steps and a run tens of thousands of events, so each event costs one map look-up, no more.
import type {
  DecisionEvent,
  JournalEvent,
  RunEndedEvent,
  RunResumedEvent,
  RunStartedEvent,
  WarningEvent,
} from './journal-events';
import type { RunPlan, StepState } from './run-types';

/** One step of the plan as the journal left it. */
export interface StepFacts {
  /** The last state recorded; undefined when the journal never mentions the step. */
  state: StepState | undefined;
  /** How long the step took, from its last done or failed state; undefined if it never got there. */
  durationMs: number | undefined;
  /** How many times it started running (1, or more after Retry and resumes). */
  attempts: number;
}

/** A run's journal, digested for its report. */
export interface RunFacts {
  started: RunStartedEvent | undefined;
  resumes: RunResumedEvent[];
  ended: RunEndedEvent | undefined;
  /** The last event's instant (epoch ms): where a journal without run-ended stops. */
  lastAt: number | undefined;
  /** By the plan's step index. */
  steps: StepFacts[];
  warnings: WarningEvent[];
  decisions: DecisionEvent[];
}

/** Epoch ms of an event's `at`; undefined for a time that does not parse. */
export function instantOf(at: string): number | undefined {
  const ms = Date.parse(at);
  return Number.isFinite(ms) ? ms : undefined;
}

/**
 * Reads the events once. Steps are matched to the plan by id; events about steps the plan no
 * longer has (a resume of a changed file) are left out of the table, not out of the lists.
 */
export function runFacts(plan: RunPlan, events: readonly JournalEvent[]): RunFacts {
  const indexById = new Map(plan.steps.map((step, index) => [step.id, index]));
  const facts: RunFacts = {
    started: undefined,
    resumes: [],
    ended: undefined,
    lastAt: undefined,
    steps: plan.steps.map(() => ({ state: undefined, durationMs: undefined, attempts: 0 })),
    warnings: [],
    decisions: [],
  };
  for (const event of events) {
    facts.lastAt = instantOf(event.at) ?? facts.lastAt;
    switch (event.type) {
      case 'run-started':
        facts.started ??= event;
        break;
      case 'run-resumed':
        facts.resumes.push(event);
        break;
      case 'run-ended':
        facts.ended = event;
        break;
      case 'warning':
        facts.warnings.push(event);
        break;
      case 'decision':
        facts.decisions.push(event);
        break;
      case 'step-state': {
        const index = indexById.get(event.step);
        if (index === undefined) break;
        const step = facts.steps[index];
        step.state = event.state;
        if (event.state === 'running') step.attempts++;
        if ((event.state === 'done' || event.state === 'failed') && event.durationMs !== undefined)
          step.durationMs = event.durationMs;
        break;
      }
      default:
        break;
    }
  }
  return facts;
}

/** A step's outcome in the report: a step left running or verifying was cut off, so interrupted. */
export function stepOutcome(state: StepState | undefined): StepState {
  if (state === undefined) return 'pending';
  return state === 'running' || state === 'verifying' ? 'interrupted' : state;
}
