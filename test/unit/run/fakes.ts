// Fakes for the run engine: a clock that moves only when told, an executor whose commands end when
// the test says so (or at once, from a script), an in-memory journal and a decider with set answers.
import type { JournalEvent, JournalSink } from '../../../src/core/run/journal-events';
import type {
  Clock,
  CommandExecutor,
  CommandOutcome,
  CommandRequest,
  Decider,
  Decision,
  RunningCommand,
} from '../../../src/core/run/run-types';

export class FakeClock implements Clock {
  private timers: { at: number; callback: () => void; id: number }[] = [];
  private nextId = 0;
  constructor(public time = Date.UTC(2026, 6, 19, 7, 0)) {}
  now(): number {
    return this.time;
  }
  setTimer(ms: number, callback: () => void): () => void {
    const id = this.nextId++;
    this.timers.push({ at: this.time + ms, callback, id });
    return () => (this.timers = this.timers.filter((timer) => timer.id !== id));
  }
  /** Moves time on, firing each timer that falls due, in order, and letting promises settle. */
  async advance(ms: number): Promise<void> {
    const until = this.time + ms;
    for (;;) {
      this.timers.sort((a, b) => a.at - b.at);
      const next = this.timers[0];
      if (!next || next.at > until) break;
      this.timers.shift();
      this.time = next.at;
      next.callback();
      await settle();
    }
    this.time = until;
    await settle();
  }
}

/** Lets every pending promise chain run (the engine awaits the journal before each action). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 50; i++) await new Promise((resolve) => setImmediate(resolve));
}

export interface StartedCommand extends CommandRequest {
  finish(outcome?: Partial<CommandOutcome>): void;
  cancelled: boolean;
}

/**
 * Commands end at once with exit 0, unless `script` says otherwise for that command text (an
 * exit code, or 'hold' to keep it running until the test calls finish()).
 */
export class FakeExecutor implements CommandExecutor {
  readonly started: StartedCommand[] = [];
  running = 0;
  maxRunning = 0;
  private nextPid = 1000;
  constructor(public script: Record<string, number | 'hold' | number[]> = {}) {}

  start(request: CommandRequest, onOutput: (text: string) => void): RunningCommand {
    let resolve: (outcome: CommandOutcome) => void = () => undefined;
    const done = new Promise<CommandOutcome>((r) => (resolve = r));
    this.running++;
    this.maxRunning = Math.max(this.maxRunning, this.running);
    let open = true;
    const started: StartedCommand = {
      ...request,
      cancelled: false,
      finish: (outcome = {}) => {
        if (!open) return;
        open = false;
        this.running--;
        const tail = `$ ${request.command}\n`;
        resolve({
          exitCode: 0,
          signal: null,
          durationMs: 5,
          outputTail: tail,
          outputBytes: tail.length,
          ...outcome,
        });
      },
    };
    this.started.push(started);
    onOutput(`$ ${request.command}\n`);
    const planned = this.script[request.command];
    const code = Array.isArray(planned) ? planned.shift() : planned;
    if (code !== 'hold') started.finish({ exitCode: code ?? 0 });
    return {
      pid: this.nextPid++,
      done,
      cancel: () => {
        started.cancelled = true;
        started.finish({ exitCode: null, signal: 'SIGTERM', cancelled: true });
      },
    };
  }

  commands(): string[] {
    return this.started.map((c) => c.command);
  }
}

export class MemoryJournal implements JournalSink {
  readonly events: JournalEvent[] = [];
  /** After this many events every append fails, as a full disk or a crash would. */
  constructor(private readonly failAfter = Infinity) {}
  append(event: JournalEvent): Promise<void> {
    if (this.events.length >= this.failAfter) return Promise.reject(new Error('ENOSPC'));
    this.events.push(structuredClone(event));
    return Promise.resolve();
  }
  types(): string[] {
    return this.events.map((event) => event.type);
  }
  states(): string[] {
    return this.events.flatMap((e) => (e.type === 'step-state' ? [`${e.step}:${e.state}`] : []));
  }
}

type Answers = { [K in keyof Decider]?: Awaited<ReturnType<Decider[K]>>['answer'][] };

/** Answers from queues, by question; an unanswered question stays open until `answer` is called. */
export class ScriptedDecider implements Decider {
  readonly asked: string[] = [];
  private readonly waiting = new Map<string, (answer: string) => void>();
  constructor(private readonly answers: Answers = {}) {}

  onFailure = this.make('onFailure');
  onRollbackFailure = this.make('onRollbackFailure');
  onDeadline = this.make('onDeadline');
  onTimeout = this.make('onTimeout');
  onInterrupted = this.make('onInterrupted');
  onManual = this.make('onManual');

  /** Answers the open question of that kind. */
  answer(question: keyof Decider, answer: string): void {
    const resolve = this.waiting.get(question);
    if (!resolve) throw new Error(`no open ${question} question (asked: ${this.asked.join(', ')})`);
    this.waiting.delete(question);
    resolve(answer);
  }

  private make<K extends keyof Decider>(question: K): Decider[K] {
    return ((first: { id?: string } | readonly unknown[]) => {
      const step = Array.isArray(first) ? '' : (first as { id: string }).id;
      this.asked.push(`${question}${step ? `:${step}` : ''}`);
      const queue = this.answers[question] as string[] | undefined;
      const next = queue?.shift();
      if (next !== undefined) return Promise.resolve({ answer: next, by: 'tester' });
      return new Promise<Decision<string>>((resolve) =>
        this.waiting.set(question, (answer) => resolve({ answer, by: 'tester' })),
      );
    }) as unknown as Decider[K];
  }
}
