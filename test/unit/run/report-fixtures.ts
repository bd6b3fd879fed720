// Journals for run report tests, written event by event at given minutes after the window opens
// (08:00 London, 07:00 UTC, 19 July 2026), as the engine would write them.
import type { JournalEvent } from '../../../src/core/run/journal-events';
import type { RunOutcome, RunPlan, StepState } from '../../../src/core/run/run-types';
import { planOf, runbookText } from './run-fixtures';

export const T0 = Date.UTC(2026, 6, 19, 7, 0);
const MINUTE = 60_000;
export const at = (minutes: number) => new Date(T0 + minutes * MINUTE).toISOString();

/** backup 10m, migrate 5m, reopen 2m..5m, cleanup (no estimate); a 1h window, a 40m deadline. */
export function fourSteps(): RunPlan {
  return planOf(
    runbookText(
      [
        '  - { id: backup, title: Back up, estimate: 10m, run: backup.sh, rollback: drop.sh }',
        '  - { id: migrate, estimate: 5m, run: migrate.sh, rollback: undo.sh }',
        '  - { id: reopen, estimate: 2m..5m, run: reopen.sh }',
        '  - { id: cleanup, run: cleanup.sh }',
      ],
      ['rollback:', '  deadline: 40m'],
    ),
  );
}

/** Writes a journal: `step(…)` for each step run, then `end(…)`. */
export class JournalWriter {
  readonly events: JournalEvent[];
  constructor(plan: RunPlan, startMinute = 0, anchor = T0) {
    this.events = [
      {
        type: 'run-started',
        at: at(startMinute),
        version: 1,
        runId: '20260719T070000Z-ab12',
        runbook: { id: plan.runbookId, path: plan.file, contentHash: plan.contentHash },
        user: 'ana',
        host: 'ops-1',
        steps: plan.steps.map((step) => step.id),
        parallel: 1,
        anchor,
      },
    ];
  }

  /** The step runs from `from` to `to` (minutes) and ends in `state`. */
  step(id: string, from: number, to: number, state: StepState = 'done'): this {
    this.events.push({ type: 'step-state', at: at(from), step: id, state: 'running' });
    const durationMs = (to - from) * MINUTE;
    this.events.push({
      type: 'step-state',
      at: at(to),
      step: id,
      state,
      ...(state === 'done' || state === 'failed' ? { durationMs } : {}),
    });
    return this;
  }

  state(id: string, minute: number, state: StepState): this {
    this.events.push({ type: 'step-state', at: at(minute), step: id, state });
    return this;
  }

  add(event: JournalEvent): this {
    this.events.push(event);
    return this;
  }

  end(minute: number, outcome: RunOutcome): JournalEvent[] {
    this.events.push({ type: 'run-ended', at: at(minute), outcome });
    return this.events;
  }
}
