// Journal events for tests: one of every type by hand, and fast-check arbitraries for any valid
// journal (a run-started, then any events), with every optional field sometimes present.
import fc from 'fast-check';
import type { JournalEvent, RunStartedEvent } from '../../../src/core/run/journal-events';
import { JOURNAL_VERSION } from '../../../src/core/run/journal-events';

const AT = '2026-12-06T10:15:00.000Z';

/** A run-started for runbook `id`, at `at`. */
export function started(id = 'demo', at = AT, steps = ['a', 'b']): RunStartedEvent {
  return {
    type: 'run-started',
    at,
    version: JOURNAL_VERSION,
    runId: 'r1',
    runbook: { id, path: 'ops/demo.runbook.yaml', contentHash: 'abc', title: 'Demo' },
    user: 'ana',
    host: 'box',
    steps,
    parallel: 1,
    anchor: 1_796_552_100_000,
  };
}

/** One event of every type, starting with run-started, in an order a run could write them. */
export const everyType: JournalEvent[] = [
  started(),
  { type: 'decision', at: AT, question: 'start', answer: 'go', by: 'ana' },
  { type: 'command-started', at: AT, step: 'a', phase: 'run', attempt: 1 },
  { type: 'process-started', at: AT, step: 'a', phase: 'run', attempt: 1, pid: 4242 },
  {
    type: 'output-tail',
    at: AT,
    step: 'a',
    phase: 'run',
    tail: 'line 1\nline "2"\r\n\u0000é',
    bytes: 20,
  },
  {
    type: 'command-finished',
    at: AT,
    step: 'a',
    phase: 'run',
    attempt: 1,
    exitCode: null,
    signal: 'SIGTERM',
    durationMs: 1200,
    error: 'timed out',
    cancelled: true,
  },
  { type: 'step-state', at: AT, step: 'a', state: 'done', durationMs: 1500 },
  {
    type: 'warning',
    at: AT,
    kind: 'projected-past-window-end',
    message: 'late',
    step: 'b',
    projectedEnd: 1_796_560_000_000,
  },
  { type: 'run-resumed', at: AT, user: 'bo', host: 'other', contentHash: 'abc' },
  { type: 'run-ended', at: AT, outcome: 'done' },
];

const text = fc.string({ unit: 'binary', maxLength: 12 });
const at = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2100-01-01T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString());
const phase = fc.constantFrom('run' as const, 'verify' as const, 'rollback' as const);
const ms = fc.nat({ max: 10_000_000 });

/** Any valid event but run-started, its optional fields sometimes left out. */
const laterEvent: fc.Arbitrary<JournalEvent> = fc
  .oneof(
    fc.record(
      {
        type: fc.constant('command-started' as const),
        at,
        step: text,
        phase,
        attempt: fc.integer({ min: 1, max: 9 }),
      },
      { requiredKeys: ['type', 'at', 'step', 'phase', 'attempt'] },
    ),
    fc.record({
      type: fc.constant('process-started' as const),
      at,
      step: text,
      phase,
      attempt: fc.integer({ min: 1, max: 9 }),
      pid: fc.nat(),
    }),
    fc.record({
      type: fc.constant('output-tail' as const),
      at,
      step: text,
      phase,
      tail: fc.string({ unit: 'binary', maxLength: 40 }),
      bytes: ms,
    }),
    fc.record(
      {
        type: fc.constant('command-finished' as const),
        at,
        step: text,
        phase,
        attempt: fc.integer({ min: 1, max: 9 }),
        exitCode: fc.option(fc.integer({ min: -255, max: 255 })),
        signal: fc.option(text),
        durationMs: ms,
        error: text,
        cancelled: fc.boolean(),
      },
      {
        requiredKeys: [
          'type',
          'at',
          'step',
          'phase',
          'attempt',
          'exitCode',
          'signal',
          'durationMs',
        ],
      },
    ),
    fc.record(
      {
        type: fc.constant('step-state' as const),
        at,
        step: text,
        state: fc.constantFrom(
          'pending' as const,
          'running' as const,
          'done' as const,
          'failed' as const,
          'rolled-back' as const,
        ),
        durationMs: ms,
      },
      { requiredKeys: ['type', 'at', 'step', 'state'] },
    ),
    fc.record(
      {
        type: fc.constant('decision' as const),
        at,
        question: fc.constantFrom('failure' as const, 'deadline' as const, 'resume' as const),
        step: text,
        answer: text,
        by: text,
      },
      { requiredKeys: ['type', 'at', 'question', 'answer', 'by'] },
    ),
    fc.record(
      {
        type: fc.constant('warning' as const),
        at,
        kind: fc.constantFrom(
          'rehearsal' as const,
          'journal-torn' as const,
          'step-over-planned' as const,
        ),
        message: text,
        step: text,
        projectedEnd: fc.nat(),
      },
      { requiredKeys: ['type', 'at', 'kind', 'message'] },
    ),
    fc.record({
      type: fc.constant('run-resumed' as const),
      at,
      user: text,
      host: text,
      contentHash: text,
    }),
    fc.record({
      type: fc.constant('run-ended' as const),
      at,
      outcome: fc.constantFrom('done' as const, 'aborted' as const, 'stopped' as const),
    }),
  )
  // fc.record may build objects without a prototype; JSON.parse never does.
  .map((event) => ({ ...event }));

/** Any valid journal: a run-started (with a name and steps of any characters), then up to `max` events. */
export const anyJournal = (max = 8): fc.Arbitrary<JournalEvent[]> =>
  fc
    .tuple(
      fc
        .record({ id: text, at, steps: fc.array(text, { maxLength: 4 }) })
        .map(({ id, at, steps }) => started(id, at, steps)),
      fc.array(laterEvent, { maxLength: max }),
    )
    .map(([first, rest]) => [first, ...rest]);
