import { strict as assert } from 'node:assert';
import { RunEngine } from '../../../src/core/run/engine';
import type { JournalEvent } from '../../../src/core/run/journal-events';
import { replayJournal, type ReplayedRun } from '../../../src/core/run/replay';
import type { RunOutcome } from '../../../src/core/run/run-types';
import { planOf, runbookText } from './run-fixtures';
import { FakeClock, FakeExecutor, MemoryJournal, ScriptedDecider } from './fakes';

const STEPS = runbookText([
  '  - { id: backup, estimate: 10m, run: backup.sh, verify: check-backup.sh, rollback: drop-backup.sh }',
  '  - { id: notify, estimate: 1m }',
  '  - { id: migrate, estimate: 5m, run: migrate.sh, verify: check-migrate.sh, rollback: undo-migrate.sh }',
  '  - { id: reopen, estimate: 5m, run: reopen.sh, rollback: close.sh }',
]);

interface Scenario {
  name: string;
  script: Record<string, number[]>;
  failure: 'rollback' | 'retry';
  outcome: RunOutcome;
}

const SCENARIOS: Scenario[] = [
  { name: 'a clean run', script: {}, failure: 'retry', outcome: 'done' },
  {
    name: 'a failed check, retried',
    script: { 'check-migrate.sh': [1, 0, 0] },
    failure: 'retry',
    outcome: 'done',
  },
  {
    name: 'a failed check, rolled back',
    script: { 'check-migrate.sh': [1, 1, 1] },
    failure: 'rollback',
    outcome: 'rolled-back',
  },
];

/** The engine over STEPS, as a run and its resume share it; `resume` is the journal so far. */
function engineFor(
  executor: FakeExecutor,
  journal: MemoryJournal,
  asked: ScriptedDecider,
  resume?: ReplayedRun,
): RunEngine {
  return new RunEngine({
    plan: planOf(STEPS),
    runId: 'run-1',
    user: 'ana',
    host: 'ops-1',
    clock: new FakeClock(),
    executor,
    journal,
    decider: asked,
    ...(resume ? { resume } : {}),
  });
}

/** A journal that fails after `failAfter` events, as a run killed at that point leaves it. */
async function crashAt(scenario: Scenario, failAfter: number, executor: FakeExecutor) {
  const journal = new MemoryJournal(failAfter);
  const engine = engineFor(executor, journal, decider(scenario));
  return { outcome: await engine.run(), events: journal.events };
}

function decider(scenario: Scenario): ScriptedDecider {
  return new ScriptedDecider({
    onFailure: [scenario.failure, scenario.failure, scenario.failure],
    onManual: ['done', 'done'],
    onInterrupted: ['verify', 'verify', 'verify'],
    onRollbackFailure: ['retry', 'retry'],
  });
}

async function resume(scenario: Scenario, events: JournalEvent[], executor: FakeExecutor) {
  const replayed = replayJournal(events);
  assert.ok(replayed, 'the journal starts with run-started');
  const journal = new MemoryJournal();
  const asked = decider(scenario);
  const engine = engineFor(executor, journal, asked, replayed);
  return { outcome: await engine.run(), asked: asked.asked, events: journal.events };
}

function finalStates(events: readonly JournalEvent[]): Map<string, string> {
  const states = new Map<string, string>();
  for (const event of events)
    if (event.type === 'step-state' && event.state !== 'interrupted')
      states.set(event.step, event.state);
  return states;
}

describe('run/engine: killed after any journal event, then resumed', () => {
  for (const scenario of SCENARIOS) {
    it(`${scenario.name}: loses nothing and repeats no run`, async () => {
      const reference = new FakeExecutor(structuredClone(scenario.script));
      const whole = await crashAt(scenario, Infinity, reference);
      assert.equal(whole.outcome, scenario.outcome);
      const runsOnce = reference.commands().filter((c) => !c.startsWith('check-'));

      for (let failAfter = 1; failAfter < whole.events.length; failAfter++) {
        const executor = new FakeExecutor(structuredClone(scenario.script));
        const crashed = await crashAt(scenario, failAfter, executor);
        // Killed while writing run-ended, the run had already ended as it would have.
        if (failAfter < whole.events.length - 1) assert.equal(crashed.outcome, 'stopped');
        assert.equal(crashed.events.length, failAfter);
        const resumed = await resume(scenario, crashed.events, executor);
        const where = `killed after event ${failAfter} (${JSON.stringify(crashed.events.at(-1))})`;
        assert.equal(resumed.outcome, scenario.outcome, where);
        // No run or rollback command ran more often than in the run never killed, except one cut
        // off mid-way that a person chose to run again; every step ended as it did there.
        const count = (commands: string[]) =>
          commands.reduce((m, c) => m.set(c, (m.get(c) ?? 0) + 1), new Map<string, number>());
        const ran = count(executor.commands().filter((c) => !c.startsWith('check-')));
        const reference = count(runsOnce);
        const retried = resumed.asked.filter((q) => q.startsWith('onRollbackFailure')).length;
        for (const [command, times] of ran)
          assert.ok(
            times <= (reference.get(command) ?? 0) + retried,
            `${where}: ${command} ran ${times} times`,
          );
        assert.deepEqual(
          finalStates([...crashed.events, ...resumed.events]),
          finalStates(whole.events),
          where,
        );
        const end = resumed.events.at(-1);
        assert.equal(end?.type === 'run-ended' && end.outcome, scenario.outcome, where);
      }
    });
  }

  it('asks about a step that was running, and never runs it again unasked', async () => {
    const executor = new FakeExecutor();
    const events: JournalEvent[] = [];
    const { events: crashed } = await crashAt(
      { name: '', script: {}, failure: 'retry', outcome: 'done' },
      4,
      executor,
    );
    events.push(...crashed);
    assert.deepEqual(
      events.map((e) => e.type),
      ['run-started', 'step-state', 'command-started', 'process-started'],
    );
    const resumed = await resume(
      { name: '', script: {}, failure: 'retry', outcome: 'done' },
      events,
      executor,
    );
    assert.equal(resumed.asked[0], 'onInterrupted:backup');
    assert.equal(executor.commands().filter((c) => c === 'backup.sh').length, 1);
  });
});
