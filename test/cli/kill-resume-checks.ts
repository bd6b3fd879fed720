// What a resume after a kill must have done, judged from the journal as the kill left it, the
// ledger of commands (each command appends "<phase> <step>" as its first act), and the journal
// and ledger after the resume. "Runs none twice" is defined in docs/run.md#resume.
import { strict as assert } from 'node:assert';
import type { JournalEvent } from '../../src/core/run/journal-events';
import { replayJournal, type ReplayedRun } from '../../src/core/run/replay';
import type { InterruptedAnswer, StepState } from '../../src/core/run/run-types';

export type Policy = InterruptedAnswer;

/** The run as the kill left it (after any tampering) and the `--interrupted` answer of its resume. */
export interface Killed {
  run: ReplayedRun | undefined;
  ledger: string[];
  policy: Policy;
}

const EXIT = { done: 0, aborted: 1, 'rolled-back': 3, stopped: 2 } as const;
const UNFINISHED: readonly StepState[] = ['running', 'verifying', 'interrupted'];
const SETTLED: readonly StepState[] = ['done', 'skipped', 'rolled-back', 'failed'];

const count = (lines: readonly string[], line: string) => lines.filter((l) => l === line).length;

/** Checks the resume; `where` names the kill in every message, so a failure can be replayed. */
export function checkResume(
  where: string,
  killed: Killed,
  resumed: { status: number | null; output: string },
  after: JournalEvent[],
  ledgerAfter: string[],
  steps: readonly string[],
): void {
  const said = `${where}\n${resumed.output}`;
  const run = killed.run;
  const resumeLedger = ledgerAfter.slice(killed.ledger.length);
  if (run === undefined || run.ended !== undefined) {
    // Killed before the first event was on disk, or after the last: nothing to resume.
    assert.equal(resumed.status, 1, said);
    assert.match(resumed.output, /No unfinished run|has ended|nothing of it ran/, said);
    assert.deepEqual(resumeLedger, [], said);
    return;
  }
  const final = replayJournal(after);
  assert.ok(final?.ended, `${said}\nthe resumed journal has no run-ended`);
  assert.equal(resumed.status, EXIT[final.ended], said);
  assert.equal(after.filter((e) => e.type === 'run-started').length, 1, said);
  const cutOff = run.rollingBack ? run.openRollback : undefined;
  const aborted = cutOff !== undefined && killed.policy === 'failed';
  assert.equal(final.ended === 'aborted', aborted, `${said}\nended ${final.ended}`);
  for (const step of steps) {
    const at = `${said}\nstep ${step}`;
    const before: StepState = run.states.get(step) ?? 'pending';
    const now: StepState = final.states.get(step) ?? 'pending';
    const ranBefore = count(killed.ledger, `run ${step}`);
    const ranInResume = count(resumeLedger, `run ${step}`);
    assert.ok(ranBefore <= 1, `${at}: the killed run ran it ${ranBefore} times`);
    const interrupted = UNFINISHED.includes(before);
    // The resume runs a step's command again only when it was cut off mid-way and retry was chosen.
    let expected: number;
    if (run.rollingBack || SETTLED.includes(before)) expected = 0;
    else if (interrupted) expected = killed.policy === 'retry' ? 1 : 0;
    else expected = now === 'pending' ? 0 : 1;
    assert.equal(ranInResume, expected, `${at}: ${before} → ${now}, run ${ranInResume} times`);
    if (before === 'done')
      assert.equal(count(resumeLedger, `verify ${step}`), 0, `${at}: verified again`);
    checkRollback(at, killed, run, step, resumeLedger);
    if (final.ended === 'done') assert.equal(now, 'done', at);
    if (final.ended === 'rolled-back' && (before !== 'pending' || now !== 'pending'))
      assert.ok(
        now === 'rolled-back' || (step === cutOff && killed.policy !== 'retry'),
        `${at}: ${now} after a rollback`,
      );
  }
}

/** A rollback recorded as succeeded never runs again; one cut off runs again only on retry. */
function checkRollback(
  at: string,
  killed: Killed,
  run: ReplayedRun,
  step: string,
  resumeLedger: string[],
): void {
  const before = count(killed.ledger, `rollback ${step}`);
  const inResume = count(resumeLedger, `rollback ${step}`);
  assert.ok(before <= 1, `${at}: the killed run rolled it back ${before} times`);
  if (run.states.get(step) === 'rolled-back' || run.rollbackSucceeded.has(step))
    assert.equal(inResume, 0, `${at}: rolled back again`);
  else if (run.rollingBack && run.openRollback === step)
    assert.equal(inResume, killed.policy === 'retry' ? 1 : 0, `${at}: cut-off rollback`);
  else assert.ok(inResume <= 1, `${at}: rolled back ${inResume} times in the resume`);
}
