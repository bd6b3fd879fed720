import { strict as assert } from 'node:assert';
import { RunEngine, type EngineOptions } from '../../../src/core/run/engine';
import { replayJournal } from '../../../src/core/run/replay';
import { FakeClock, FakeExecutor, MemoryJournal, ScriptedDecider, settle } from './fakes';
import { planOf, runbookText } from './run-fixtures';

const MINUTE = 60_000;

/** Three steps, each with run, verify and rollback; `migrate` is the one tests make fail. */
const THREE = runbookText([
  '  - { id: backup, estimate: 10m, run: backup.sh, verify: check-backup.sh, rollback: drop-backup.sh }',
  '  - { id: migrate, estimate: 5m, run: migrate.sh, verify: check-migrate.sh, rollback: undo-migrate.sh }',
  '  - { id: reopen, estimate: 5m, run: reopen.sh, rollback: close.sh }',
]);

type Fakes = { journal?: MemoryJournal; decider?: ScriptedDecider };

function setUp(text: string, options: Partial<EngineOptions> & Fakes = {}, now?: number) {
  const clock = new FakeClock(now);
  const executor = new FakeExecutor();
  const journal = options.journal ?? new MemoryJournal();
  const decider = options.decider ?? new ScriptedDecider();
  const engine = new RunEngine({
    plan: planOf(text),
    runId: 'run-1',
    user: 'ana',
    host: 'ops-1',
    ...options,
    clock,
    executor,
    journal,
    decider,
  });
  return { clock, executor, journal, decider, engine };
}

describe('run/engine', () => {
  it('runs each step and its check in order and records every state and command', async () => {
    const { executor, journal, engine } = setUp(THREE);
    assert.equal(await engine.run(), 'done');
    assert.deepEqual(executor.commands(), [
      'backup.sh',
      'check-backup.sh',
      'migrate.sh',
      'check-migrate.sh',
      'reopen.sh',
    ]);
    assert.deepEqual(journal.states(), [
      'backup:running',
      'backup:verifying',
      'backup:done',
      'migrate:running',
      'migrate:verifying',
      'migrate:done',
      'reopen:running',
      'reopen:done',
    ]);
    assert.equal(journal.events[0].type, 'run-started');
    assert.equal(journal.events.at(-1)?.type, 'run-ended');
  });

  it('runs steps whose needs are met side by side only when asked', async () => {
    const text = runbookText([
      '  - { id: a, estimate: 1m, run: a.sh, needs: [] }',
      '  - { id: b, estimate: 1m, run: b.sh, needs: [] }',
      '  - { id: c, estimate: 1m, run: c.sh, needs: [a, b] }',
    ]);
    for (const parallel of [1, 2]) {
      const { executor, engine } = setUp(text, { parallel });
      executor.script = { 'a.sh': 'hold', 'b.sh': 'hold' };
      const run = engine.run();
      await settle();
      assert.deepEqual(executor.commands(), parallel === 1 ? ['a.sh'] : ['a.sh', 'b.sh']);
      executor.started[0].finish();
      await settle();
      executor.started[1].finish();
      assert.equal(await run, 'done');
      assert.equal(executor.maxRunning, parallel);
      assert.equal(executor.commands().at(-1), 'c.sh', 'c waits for both');
    }
  });

  it('asks on a failed check; Retry runs the step again as attempt 2', async () => {
    const { executor, decider, journal, engine } = setUp(THREE);
    executor.script = { 'check-migrate.sh': [1, 0] };
    const run = engine.run();
    await settle();
    assert.deepEqual(decider.asked, ['onFailure:migrate']);
    decider.answer('onFailure', 'retry');
    assert.equal(await run, 'done');
    const migrates = executor.started.filter((c) => c.command === 'migrate.sh');
    assert.deepEqual(
      migrates.map((c) => c.attempt),
      [1, 2],
    );
    assert.ok(
      journal.events.some(
        (e) => e.type === 'decision' && e.answer === 'retry' && e.by === 'tester',
      ),
    );
  });

  it('Roll back undoes the failed step, then the done steps newest first', async () => {
    const { executor, journal, engine } = setUp(THREE, {
      decider: new ScriptedDecider({ onFailure: ['rollback'] }),
    });
    executor.script = { 'check-migrate.sh': 1 };
    assert.equal(await engine.run(), 'rolled-back');
    assert.deepEqual(executor.commands().slice(-2), ['undo-migrate.sh', 'drop-backup.sh']);
    assert.deepEqual(journal.states().slice(-2), ['migrate:rolled-back', 'backup:rolled-back']);
    assert.ok(!executor.commands().includes('reopen.sh'), 'nothing starts after the failure');
  });

  it('Skip goes on past the failed step; Abort ends the run', async () => {
    const skip = setUp(THREE, { decider: new ScriptedDecider({ onFailure: ['skip'] }) });
    skip.executor.script = { 'migrate.sh': 2 };
    assert.equal(await skip.engine.run(), 'done');
    assert.ok(skip.journal.states().includes('migrate:skipped'));
    assert.equal(skip.executor.commands().at(-1), 'reopen.sh');

    const abort = setUp(THREE, { decider: new ScriptedDecider({ onFailure: ['abort'] }) });
    abort.executor.script = { 'migrate.sh': 2 };
    assert.equal(await abort.engine.run(), 'aborted');
    assert.ok(!abort.executor.commands().includes('reopen.sh'));
  });

  it('a manual step waits for Mark done, then its check runs', async () => {
    const text = runbookText([
      '  - { id: announce, estimate: 2m, manual: true, run: never-run.sh, verify: check.sh }',
    ]);
    const { executor, decider, engine } = setUp(text);
    const run = engine.run();
    await settle();
    assert.deepEqual(executor.commands(), [], 'a manual step runs no command');
    decider.answer('onManual', 'done');
    assert.equal(await run, 'done');
    assert.deepEqual(executor.commands(), ['check.sh']);
  });

  it('at the planned time asks before stopping a step; Wait gives it as long again', async () => {
    const text = runbookText(['  - { id: slow, estimate: 10m, run: slow.sh }']);
    const { clock, executor, decider, journal, engine } = setUp(text);
    executor.script = { 'slow.sh': 'hold' };
    const run = engine.run();
    await settle();
    await clock.advance(20 * MINUTE);
    assert.deepEqual(decider.asked, ['onTimeout:slow']);
    decider.answer('onTimeout', 'wait');
    await settle();
    await clock.advance(20 * MINUTE);
    decider.answer('onTimeout', 'kill');
    await settle();
    assert.equal(executor.started[0].cancelled, true);
    decider.answer('onFailure', 'abort');
    assert.equal(await run, 'aborted');
    const warnings = journal.events.filter(
      (e) => e.type === 'warning' && e.kind === 'step-over-planned',
    );
    assert.equal(warnings.length, 2);
    assert.ok(decider.asked.includes('onFailure:slow'));
  });

  it('at the go/no-go with steps left, starts nothing until someone chooses', async () => {
    const text = runbookText(
      [
        '  - { id: first, estimate: 30m, run: first.sh }',
        '  - { id: second, estimate: 30m, run: second.sh, rollback: undo-second.sh }',
      ],
      ['rollback:', '  deadline: 40m'],
    );
    const { clock, executor, decider, journal, engine } = setUp(text);
    clock.time = Date.UTC(2026, 6, 19, 7, 0);
    executor.script = { 'first.sh': 'hold' };
    const run = engine.run();
    await settle();
    await clock.advance(41 * MINUTE);
    assert.deepEqual(decider.asked, ['onDeadline']);
    executor.started[0].finish();
    await settle();
    assert.deepEqual(executor.commands(), ['first.sh'], 'second waits for the answer');
    decider.answer('onDeadline', 'continue');
    assert.equal(await run, 'done');
    assert.ok(journal.events.some((e) => e.type === 'warning' && e.kind === 'deadline-reached'));
  });

  it('warns once when the projected end passes the window and the deadline', async () => {
    const text = runbookText(
      [
        '  - { id: long, estimate: 20m, run: long.sh }',
        '  - { id: more, estimate: 20m, run: more.sh }',
      ],
      ['rollback:', '  deadline: 40m'],
    );
    const { clock, executor, journal, engine } = setUp(text, {
      decider: new ScriptedDecider({ onDeadline: ['continue'], onTimeout: ['wait', 'wait'] }),
    });
    executor.script = { 'long.sh': 'hold' };
    const run = engine.run();
    await settle();
    await clock.advance(50 * MINUTE);
    executor.started[0].finish();
    assert.equal(await run, 'done');
    const kinds = journal.events.flatMap((e) =>
      e.type === 'warning' && e.kind.startsWith('projected') ? [e.kind] : [],
    );
    assert.deepEqual(kinds, ['projected-past-window-end', 'projected-past-deadline']);
    const message = journal.events.flatMap((e) =>
      e.type === 'warning' && e.kind === 'projected-past-window-end' ? [e.message] : [],
    )[0];
    assert.match(message, /09:10 Europe\/London.*after the window's end, 2026-07-19 09:00/);
  });

  it('outside the window counts the window and the deadline from its own start, and says so', async () => {
    const { clock, journal, engine } = setUp(THREE, {}, Date.UTC(2026, 11, 6, 10, 0));
    assert.equal(await engine.run(), 'done');
    const started = journal.events[0];
    assert.equal(started.type === 'run-started' && started.anchor, clock.time);
    assert.ok(journal.events.some((e) => e.type === 'warning' && e.kind === 'rehearsal'));
    assert.equal(engine.snapshot().frame.end, clock.time + 60 * MINUTE);
  });

  it('--from records the steps before it as skipped and runs the rest', async () => {
    const { executor, journal, engine } = setUp(THREE, { from: { step: 'migrate', by: 'ana' } });
    assert.equal(await engine.run(), 'done');
    assert.equal(executor.commands()[0], 'migrate.sh');
    assert.ok(journal.states().includes('backup:skipped'));
  });

  it('Stop stops the running command and ends the run as aborted', async () => {
    const { executor, journal, engine } = setUp(THREE);
    executor.script = { 'backup.sh': 'hold' };
    const run = engine.run();
    await settle();
    engine.stop('ana');
    assert.equal(await run, 'aborted');
    assert.equal(executor.started[0].cancelled, true);
    assert.deepEqual(executor.commands(), ['backup.sh']);
    assert.ok(journal.events.some((e) => e.type === 'decision' && e.question === 'stop'));
  });

  it('starts nothing more once the journal cannot be written', async () => {
    for (let failAfter = 1; failAfter < 12; failAfter++) {
      const journal = new MemoryJournal(failAfter);
      const { executor, engine } = setUp(THREE, { journal });
      assert.equal(await engine.run(), 'stopped');
      assert.equal(engine.snapshot().journalProblem, 'ENOSPC');
      const recorded = journal.events.filter((e) => e.type === 'command-started').length;
      assert.ok(
        executor.started.length <= recorded + 1,
        `after ${failAfter} events: ${executor.started.length} commands, ${recorded} recorded`,
      );
    }
  });
  it('asks about a rollback the run died in as cut off, and about its retry failing as a failure', async () => {
    const first = setUp(THREE, { decider: new ScriptedDecider({ onFailure: ['rollback'] }) });
    first.executor.script = { 'check-migrate.sh': 1 };
    assert.equal(await first.engine.run(), 'rolled-back');
    const events = first.journal.events;
    const cut = events.findIndex((e) => e.type === 'command-started' && e.phase === 'rollback');
    const resume = replayJournal(events.slice(0, cut + 1));
    assert.equal(resume?.openRollback, 'migrate');
    const decider = new ScriptedDecider({ onRollbackFailure: ['retry', 'retry'] });
    const cutOff: boolean[] = [];
    const ask = decider.onRollbackFailure;
    decider.onRollbackFailure = (step, outcome, wasCutOff) => {
      cutOff.push(wasCutOff);
      return ask(step, outcome, wasCutOff);
    };
    const resumed = setUp(THREE, { decider, ...(resume ? { resume } : {}) });
    resumed.executor.script = { 'undo-migrate.sh': [1, 0] };
    assert.equal(await resumed.engine.run(), 'rolled-back');
    assert.deepEqual(cutOff, [true, false]);
    assert.deepEqual(resumed.executor.commands(), [
      'undo-migrate.sh',
      'undo-migrate.sh',
      'drop-backup.sh',
    ]);
  });
});
