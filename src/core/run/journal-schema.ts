// What each journal event must hold, as a table of small checks. A journal is read back to resume
// a run, so a line the engine did not write must be refused with a reason, not half-trusted.
// The table is typed against journal-events.ts: adding a field there without a check here, or
// making one optional on one side only, fails to compile.
import type { DecisionEvent, JournalEvent, WarningKind } from './journal-events';
import type { CommandPhase, RunOutcome, StepState } from './run-types';

/** One field's check and, for messages, what it should be. */
interface Field {
  check: (value: unknown) => boolean;
  expected: string;
  optional: boolean;
}
type Required = Field & { optional: false };
type Optional = Field & { optional: true };

/** A check for every field but `type`, optional exactly where the event's type says so. */
type FieldsOf<E> = {
  [K in Exclude<keyof E, 'type'>]-?: undefined extends E[K] ? Optional : Required;
};
type EventType = JournalEvent['type'];
type Table = { [T in EventType]: FieldsOf<Extract<JournalEvent, { type: T }>> };

const field = (expected: string, check: (value: unknown) => boolean): Required => ({
  check,
  expected,
  optional: false,
});
const optional = (f: Required): Optional => ({ ...f, optional: true });
const nullable = (f: Required): Required =>
  field(`${f.expected} or null`, (v) => v === null || f.check(v));
/** A field that takes one of the names of a string union; the Record makes the list complete. */
const oneOf = (names: Record<string, true>): Required =>
  field(
    `one of ${Object.keys(names).join(', ')}`,
    (v) => typeof v === 'string' && Object.hasOwn(names, v),
  );

const text = field('a string', (v) => typeof v === 'string');
const number = field('a number', (v) => typeof v === 'number' && Number.isFinite(v));
const integer = field('a whole number', (v) => Number.isSafeInteger(v));
const positive = field(
  'a whole number from 1',
  (v) => Number.isSafeInteger(v) && (v as number) >= 1,
);
const duration = field('a number of ms, 0 or more', (v) => number.check(v) && (v as number) >= 0);
const flag = field('true or false', (v) => typeof v === 'boolean');
const textList = field(
  'a list of strings',
  (v) => Array.isArray(v) && v.every((s) => typeof s === 'string'),
);
// What Date#toISOString writes; an offset is accepted too, as long as it is one instant.
const ISO_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:\d\d)$/;
const instant = field(
  'an ISO 8601 instant like 2026-12-06T10:15:00.000Z',
  (v) => typeof v === 'string' && ISO_INSTANT.test(v) && Number.isFinite(Date.parse(v)),
);
const runbook = field(
  'an object with id, path and contentHash (strings) and an optional title',
  (v) => {
    if (!isObject(v)) return false;
    const { id, path, contentHash, title } = v;
    return (
      [id, path, contentHash].every((s) => typeof s === 'string') &&
      (title === undefined || typeof title === 'string')
    );
  },
);

const PHASES: Record<CommandPhase, true> = { run: true, verify: true, rollback: true };
const STATES: Record<StepState, true> = {
  pending: true,
  running: true,
  verifying: true,
  done: true,
  failed: true,
  skipped: true,
  'rolled-back': true,
  interrupted: true,
};
const QUESTIONS: Record<DecisionEvent['question'], true> = {
  failure: true,
  'rollback-failure': true,
  deadline: true,
  timeout: true,
  interrupted: true,
  manual: true,
  resume: true,
  start: true,
  stop: true,
};
const WARNINGS: Record<WarningKind, true> = {
  'projected-past-window-end': true,
  'projected-past-deadline': true,
  'deadline-reached': true,
  'step-over-planned': true,
  rehearsal: true,
  'file-changed': true,
  'journal-torn': true,
  'journal-write-failed': true,
};
const OUTCOMES: Record<RunOutcome, true> = {
  done: true,
  aborted: true,
  'rolled-back': true,
  stopped: true,
};
const phase = oneOf(PHASES);

const EVENTS: Table = {
  'run-started': {
    at: instant,
    version: positive,
    runId: text,
    runbook,
    user: text,
    host: text,
    steps: textList,
    parallel: positive,
    anchor: optional(number),
  },
  'command-started': { at: instant, step: text, phase, attempt: positive },
  'process-started': { at: instant, step: text, phase, attempt: positive, pid: integer },
  'output-tail': { at: instant, step: text, phase, tail: text, bytes: integer },
  'command-finished': {
    at: instant,
    step: text,
    phase,
    attempt: positive,
    exitCode: nullable(integer),
    signal: nullable(text),
    durationMs: duration,
    error: optional(text),
    cancelled: optional(flag),
  },
  'step-state': { at: instant, step: text, state: oneOf(STATES), durationMs: optional(duration) },
  decision: {
    at: instant,
    question: oneOf(QUESTIONS),
    step: optional(text),
    answer: text,
    by: text,
  },
  warning: {
    at: instant,
    kind: oneOf(WARNINGS),
    message: text,
    step: optional(text),
    projectedEnd: optional(number),
  },
  'run-resumed': { at: instant, user: text, host: text, contentHash: text },
  'run-ended': { at: instant, outcome: oneOf(OUTCOMES) },
};

/** A plain object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** At most `max` characters of a value as JSON, so that a message stays one short line. */
export function quote(value: unknown, max = 80): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > max ? `${json.slice(0, max)}…` : json;
}

/**
 * What is wrong with a parsed line as a journal event, in words, or undefined when it is one.
 * Fields the event does not know are allowed: a later version of the same format may add some.
 */
export function eventProblem(value: unknown): string | undefined {
  if (!isObject(value))
    return `it is ${Array.isArray(value) ? 'a list' : value === null ? 'null' : `a ${typeof value}`}, not an object`;
  const type = value.type;
  if (type === undefined) return 'it has no `type`';
  if (typeof type !== 'string' || !Object.hasOwn(EVENTS, type))
    return `its type ${quote(type, 40)} is not one of ${Object.keys(EVENTS).join(', ')}`;
  const fields: Record<string, Field> = EVENTS[type as EventType];
  for (const [name, f] of Object.entries(fields)) {
    const v = value[name];
    if (v === undefined) {
      if (f.optional) continue;
      return `a ${type} event needs \`${name}\`, ${f.expected}`;
    }
    if (!f.check(v)) return `\`${name}\` of a ${type} event is ${quote(v, 40)}, not ${f.expected}`;
  }
  return undefined;
}
