import { formatDuration } from '../duration';
import { localTime } from '../time/conversion';
import { formatLocalDateTime } from '../time/format';
import { MS_PER_DAY, msToSeconds, secondsToMs } from '../time/units';
import type { RunPlan } from './run-types';

/**
 * The clock frame of a run: the instant the window's end and the go/no-go deadline count from.
 * Inside the window that is the window's start. A run outside it (a rehearsal, or a late start)
 * counts from its own start, so that the warnings still mean something, and says so.
 */
export class RunFrame {
  private constructor(
    /** Epoch ms the window's length and the deadline count from. */
    readonly anchor: number,
    readonly rehearsal: boolean,
    /** Where the window ends and the go/no-go falls in this frame, epoch ms. */
    readonly end: number | undefined,
    readonly deadline: number | undefined,
    private readonly plan: RunPlan,
  ) {}

  /** The frame for a run starting `now`; a resume passes the anchor its journal recorded. */
  static of(plan: RunPlan, now: number, recordedAnchor?: number): RunFrame {
    const { windowStart, windowEnd, deadlineAfter } = plan;
    let anchor = recordedAnchor ?? now;
    if (recordedAnchor === undefined && windowStart !== undefined) {
      const closes = windowEnd ?? windowStart + MS_PER_DAY;
      if (now >= windowStart && now <= closes) anchor = windowStart;
    }
    const rehearsal = windowStart !== undefined && anchor !== windowStart;
    const length =
      windowStart !== undefined && windowEnd !== undefined ? windowEnd - windowStart : undefined;
    return new RunFrame(
      anchor,
      rehearsal,
      length === undefined ? undefined : anchor + length,
      deadlineAfter === undefined ? undefined : anchor + secondsToMs(deadlineAfter),
      plan,
    );
  }

  /** "2026-07-19 08:40 Europe/London". */
  clock(ms: number): string {
    const zone = this.plan.zone ?? 'UTC';
    return `${formatLocalDateTime(localTime(ms, zone))} ${zone}`;
  }

  rehearsalText(): string {
    const start = this.plan.windowStart;
    const written = start === undefined ? 'the window' : `the window (${this.clock(start)})`;
    return `This run starts outside ${written}: the window's end and the go/no-go deadline are counted from the run's start, ${this.clock(this.anchor)}.`;
  }

  deadlineText(remaining: number): string {
    const steps = remaining === 1 ? '1 step has' : `${remaining} steps have`;
    return `Go/no-go: it is ${this.clock(this.deadline ?? this.anchor)} and ${steps} not started. No step starts until someone chooses Continue or Roll back.`;
  }

  pastEndText(projected: number): string {
    return `The projected end, ${this.clock(projected)}, is after the window's end, ${this.clock(this.end ?? projected)}, by ${this.over(projected, this.end)}.`;
  }

  pastDeadlineText(projected: number): string {
    return `The projected end, ${this.clock(projected)}, is after the go/no-go deadline, ${this.clock(this.deadline ?? projected)}, by ${this.over(projected, this.deadline)}.`;
  }

  private over(projected: number, limit: number | undefined): string {
    return formatDuration(msToSeconds(projected - (limit ?? projected)));
  }
}
