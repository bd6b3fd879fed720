import type { Analysis } from '../core/analysis-types';

/** One analysis in progress: the core's `analysisSteps()` for one version of one document. */
export interface AnalysisJob {
  readonly uri: string;
  readonly version: number;
  readonly steps: Generator<void, Analysis, void>;
  /** Phases run so far, for the trace. */
  slices: number;
}

/** What the scheduler asks of its owner about the jobs it holds. */
export interface SchedulerPolicy<Job extends AnalysisJob> {
  finished(job: Job, analysis: Analysis): void;
  failed(job: Job, error: unknown): void;
  /** The job reads another document whose newest version is not analysed yet: it waits for that one. */
  waits(job: Job): boolean;
}

/**
 * Runs the analyses in progress a phase at a time, one phase per turn of the event loop
 * (`setImmediate`), taking the jobs in turn: between two phases the server reads and answers
 * messages, so a request about another document never waits for a whole analysis, and a change
 * to a document can drop its analysis before it ends.
 *
 * A job that reads a document still being analysed (an announcement and its open runbook) waits
 * for it, rather than forcing the other to its end for every keystroke of a burst. Work for idle
 * time runs only when no analysis is in progress, a slice per turn, so that it never delays the
 * analysis of an edit.
 */
export class SliceScheduler<Job extends AnalysisJob> {
  /** In the order they run next: a job that ran a phase goes to the back. */
  private readonly jobs = new Map<string, Job>();
  /** The documents whose phase is running now (a link followed from one must not run it again). */
  private readonly running = new Set<string>();
  /** Jobs added so recently that a change read with theirs may still be waiting to be handled. */
  private readonly fresh = new Set<Job>();
  /** Idle work in slices: each returns true when it is done. */
  private readonly idleWork: Array<() => boolean> = [];
  private turnScheduled = false;

  constructor(private readonly policy: SchedulerPolicy<Job>) {}

  /** The job in progress for a document, if any. */
  jobFor(uri: string): Job | undefined {
    return this.jobs.get(uri);
  }

  /** True when no analysis is in progress (the workspace pass runs only then). */
  get idle(): boolean {
    return this.jobs.size === 0;
  }

  /** True while this document's job is running one of its phases (we are inside it, following a link). */
  isRunning(uri: string): boolean {
    return this.running.has(uri);
  }

  /**
   * Adds a job, replacing (and so dropping) the document's job in progress, if any. Its first
   * phase waits two turns: the connection handles one message per turn and queues the turn for
   * the next one after the handler that added this job, so a change already read (a burst that
   * came faster than the server could take it) replaces this job before any of it runs.
   */
  add(job: Job): void {
    this.jobs.delete(job.uri);
    this.jobs.set(job.uri, job);
    this.fresh.add(job);
    setImmediate(() =>
      setImmediate(() => {
        this.fresh.delete(job);
        this.scheduleTurn();
      }),
    );
  }

  /** Drops a document's job; its phases stop here. */
  drop(uri: string): Job | undefined {
    const job = this.jobs.get(uri);
    this.jobs.delete(uri);
    return job;
  }

  /** Runs `slice` once per turn while no analysis is in progress, until it returns true. */
  whenIdle(slice: () => boolean): void {
    this.idleWork.push(slice);
    this.scheduleTurn();
  }

  /**
   * Runs a job's remaining phases now (a linked runbook that an announcement's analysis needs);
   * undefined when it failed.
   */
  finishNow(job: Job): Analysis | undefined {
    for (;;) {
      const result = this.runPhase(job);
      if (result !== 'more') return result;
    }
  }

  private scheduleTurn(): void {
    if (this.turnScheduled || !this.hasWork()) return;
    this.turnScheduled = true;
    setImmediate(() => {
      this.turnScheduled = false;
      const job = this.nextJob();
      if (job) {
        // To the back of the queue: every document in progress gets a phase in turn.
        this.jobs.delete(job.uri);
        this.jobs.set(job.uri, job);
        this.runPhase(job);
      } else if (this.jobs.size === 0) {
        this.runIdleSlice();
      }
      this.scheduleTurn();
    });
  }

  /** A job past its first turns, or idle work with no job at all. */
  private hasWork(): boolean {
    for (const job of this.jobs.values()) if (!this.fresh.has(job)) return true;
    return this.jobs.size === 0 && this.idleWork.length > 0;
  }

  /**
   * The first job past its first turns that need not wait. When every one waits and none is
   * about to start (announcements linking each other), the first of them runs anyway.
   */
  private nextJob(): Job | undefined {
    let waiting: Job | undefined;
    let starting = false;
    for (const job of this.jobs.values()) {
      if (this.fresh.has(job)) starting = true;
      else if (!this.policy.waits(job)) return job;
      else waiting ??= job;
    }
    return starting ? undefined : waiting;
  }

  private runIdleSlice(): void {
    const slice = this.idleWork.shift();
    if (slice && !slice()) this.idleWork.push(slice);
  }

  /** One phase of a job: the analysis when it ended, undefined when it failed, else 'more'. */
  private runPhase(job: Job): Analysis | undefined | 'more' {
    this.running.add(job.uri);
    let step: IteratorResult<void, Analysis>;
    try {
      step = job.steps.next();
    } catch (error) {
      if (this.jobs.get(job.uri) === job) this.jobs.delete(job.uri);
      this.policy.failed(job, error);
      return undefined;
    } finally {
      this.running.delete(job.uri);
    }
    job.slices++;
    if (!step.done) return 'more';
    if (this.jobs.get(job.uri) === job) this.jobs.delete(job.uri);
    this.policy.finished(job, step.value);
    return step.value;
  }
}
