import { strict as assert } from 'node:assert';
import { RunEngine } from '../../../src/core/run/engine';
import type { JournalEvent } from '../../../src/core/run/journal-events';
import { runReport } from '../../../src/core/run/report';
import type { RunPlan } from '../../../src/core/run/run-types';
import { FakeClock, FakeExecutor, MemoryJournal, ScriptedDecider, settle } from './fakes';
import { at, fourSteps, JournalWriter, T0 } from './report-fixtures';

const MINUTE = 60_000;
const section = (report: string, heading: string) =>
  report.split(`\n## ${heading}`)[1]?.split('\n## ')[0]?.trim() ?? '';

describe('run/report', () => {
  it('reports a done run: who, when, each step, the time against the window and deadline', () => {
    const plan = fourSteps();
    const events = new JournalWriter(plan)
      .step('backup', 0, 8)
      .step('migrate', 8, 11)
      .step('reopen', 11, 12)
      .state('cleanup', 12, 'skipped')
      .end(12, 'done');
    const report = runReport(plan, events);
    assert.equal(
      report.split('\n## Time')[0],
      [
        '# Run report: Upgrade',
        '',
        '- Runbook: upgrade.runbook.yaml (id upgrade)',
        '- Run: 20260719T070000Z-ab12',
        '- By: ana on ops-1',
        '- Started: 2026-07-19 08:00 Europe/London',
        '- Ended: 2026-07-19 08:12 Europe/London',
        '- Outcome: **done**: every step done or skipped (3 done, 1 skipped)',
        '',
      ].join('\n'),
    );
    assert.equal(
      section(report, 'Time'),
      'Finished 12m after the start; window 1h: 48m to spare; deadline 40m: met.',
    );
    assert.equal(
      section(report, 'Steps'),
      [
        '| # | Step | Estimate | Planned | Actual | Outcome | Attempts |',
        '|---:|---|---|---|---|---|---:|',
        '| 1 | backup — Back up | 10m | 20m | 8m | done | 1 |',
        '| 2 | migrate | 5m | 10m | 3m | done | 1 |',
        '| 3 | reopen | 2m–5m | 10m | 1m | done | 1 |',
        '| 4 | cleanup | — | — | — | skipped | 0 |',
      ].join('\n'),
    );
    assert.equal(section(report, 'Warnings (times in Europe/London)'), 'None.');
    assert.equal(section(report, 'Decisions (times in Europe/London)'), 'None.');
    assert.equal(
      section(report, 'What to change next time'),
      'Nothing: no step took longer than its estimate, and the run fit its window.',
    );
    assert.ok(report.endsWith('window.\n'));
  });

  it('reports a rolled-back run from the engine: the failed step, the decision, the steps undone', async () => {
    const plan = fourSteps();
    const clock = new FakeClock(T0);
    const executor = new FakeExecutor({ 'backup.sh': 'hold', 'migrate.sh': 'hold' });
    const journal = new MemoryJournal();
    const events: JournalEvent[] = [];
    const engine = new RunEngine({
      plan,
      runId: 'run-1',
      user: 'ana',
      host: 'ops-1',
      clock,
      executor,
      journal,
      decider: new ScriptedDecider({ onFailure: ['rollback'] }),
      listener: { event: (event) => events.push(event) },
    });
    const run = engine.run();
    await settle();
    await clock.advance(10 * MINUTE);
    executor.started[0].finish();
    await settle();
    await clock.advance(3 * MINUTE);
    executor.started[1].finish({ exitCode: 1 });
    assert.equal(await run, 'rolled-back');
    const report = runReport(plan, events);
    assert.match(report, /- Outcome: \*\*rolled back\*\* \(2 rolled-back, 2 pending\)/);
    assert.equal(
      section(report, 'Steps').split('\n').slice(2).join('\n'),
      [
        '| 1 | backup — Back up | 10m | 20m | 10m | rolled-back | 1 |',
        '| 2 | migrate | 5m | 10m | 3m | rolled-back | 1 |',
        '| 3 | reopen | 2m–5m | 10m | — | pending | 0 |',
        '| 4 | cleanup | — | — | — | pending | 0 |',
      ].join('\n'),
    );
    assert.equal(
      section(report, 'Decisions (times in Europe/London)'),
      '- 2026-07-19 08:13: migrate failed — rollback, by tester',
    );
    assert.equal(
      section(report, 'Time'),
      'Ended 13m after the start; window 1h: 47m to spare; deadline 40m: met.',
    );
    // backup took 10m, exactly its estimate: that is no lesson.
    assert.equal(
      section(report, 'What to change next time'),
      'Nothing: no step took longer than its estimate, and the run fit its window.',
    );
  });

  it('says what to change: steps over their estimates (2.4×), steps with none, and the window', () => {
    const plan = fourSteps();
    const events = new JournalWriter(plan)
      .step('backup', 0, 10)
      .step('migrate', 10, 22)
      .step('reopen', 22, 60)
      .step('cleanup', 60, 63)
      .end(63, 'done');
    const report = runReport(plan, events);
    assert.equal(
      section(report, 'Time'),
      'Finished 1h 3m after the start; window 1h: passed by 3m; deadline 40m: passed by 23m.',
    );
    assert.equal(
      section(report, 'What to change next time'),
      [
        '- migrate took 2.4× its estimate: 12m against 5m',
        '- reopen took 7.6× its estimate: 38m against 5m',
        '- cleanup has no estimate and took 3m: give it one, so that the plan counts it',
        '- The run took 1h 3m, 3m more than its 1h window: make the window at least 1h 3m long, or bring the estimates above in line and plan again',
      ].join('\n'),
    );
  });

  it('reports an aborted run: the failed step, its attempts, the decisions in order', () => {
    const plan = fourSteps();
    const events = new JournalWriter(plan)
      .step('backup', 0, 9)
      .step('migrate', 9, 11, 'failed')
      .add({
        type: 'decision',
        at: at(12),
        question: 'failure',
        step: 'migrate',
        answer: 'retry',
        by: 'ana',
      })
      .state('migrate', 12, 'pending')
      .step('migrate', 12, 15, 'failed')
      .add({
        type: 'warning',
        at: at(13),
        kind: 'step-over-planned',
        message: '"migrate" has run for 10m (planned 10m).',
        step: 'migrate',
      })
      .add({
        type: 'decision',
        at: at(16),
        question: 'failure',
        step: 'migrate',
        answer: 'abort',
        by: 'bo',
      })
      .end(16, 'aborted');
    const report = runReport(plan, events);
    assert.match(
      report,
      /- Outcome: \*\*aborted\*\*: the run stopped before every step was done \(1 done, 1 failed, 2 pending\)/,
    );
    assert.match(report, /\n\| 2 \| migrate \| 5m \| 10m \| 3m \| failed \| 2 \|\n/);
    assert.equal(
      section(report, 'Decisions (times in Europe/London)'),
      [
        '- 2026-07-19 08:12: migrate failed — retry, by ana',
        '- 2026-07-19 08:16: migrate failed — abort, by bo',
      ].join('\n'),
    );
    assert.equal(
      section(report, 'Warnings (times in Europe/London)'),
      '- 2026-07-19 08:13: "migrate" has run for 10m \\(planned 10m\\). (step-over-planned)',
    );
    assert.match(section(report, 'Time'), /^Ended 16m after the start;/);
  });

  it('reports a run stopped without run-ended up to its last event, and a rehearsal from its own start', () => {
    const plan = fourSteps();
    const rehearsalStart = T0 - 24 * 60 * MINUTE;
    const writer = new JournalWriter(plan, -24 * 60, rehearsalStart).step(
      'backup',
      -24 * 60,
      -24 * 60 + 5,
    );
    const report = runReport(plan, writer.events);
    assert.match(
      report,
      /- Ended: 2026-07-18 08:05 Europe\/London \(the last event in the journal\)/,
    );
    assert.match(report, /- Outcome: \*\*stopped\*\*: the journal has no end/);
    assert.equal(
      section(report, 'Time'),
      "Ended 5m after the start; window 1h: 55m to spare; deadline 40m: met. The run started outside its window (a rehearsal or a late start), so the window and the deadline are counted from the run's start.",
    );
  });

  it('writes times in the zone asked for, and lists resumes', () => {
    const plan = fourSteps();
    const events = new JournalWriter(plan)
      .add({ type: 'run-resumed', at: at(30), user: 'bo', host: 'box', contentHash: 'hash1' })
      .end(31, 'aborted');
    const report = runReport(plan, events, { zone: 'Asia/Tokyo' });
    assert.match(report, /- Started: 2026-07-19 16:00 Asia\/Tokyo/);
    assert.match(report, /- Resumed: by bo on box at 2026-07-19 16:30 Asia\/Tokyo/);
    assert.match(runReport(plan, events, { zone: 'Not/AZone' }), /- Started: 2026-07-19 07:00 UTC/);
  });

  it('escapes ids, titles, users and messages from the file and the journal', () => {
    const hostile = 'a|b`c`<img src=x onerror=alert(1)>\n# heading\r\n| x |';
    const plan: RunPlan = {
      runbookId: 'r|1',
      file: 'ops/<b>.runbook.yaml',
      contentHash: 'h',
      title: '**bold**\n---',
      steps: [
        {
          id: hostile,
          index: 0,
          title: '| x | y |\n- item',
          needs: [],
          estimate: { low: 60, high: 60 },
          planned: 120,
        },
      ],
      safetyFactor: 2,
    };
    const events = new JournalWriter(plan);
    events.events[0] = {
      ...events.events[0],
      type: 'run-started',
      user: '<script>alert(1)</script>',
    } as JournalEvent;
    events
      .step(hostile, 0, 5)
      .add({ type: 'warning', at: at(5), kind: 'file-changed', message: 'line 1\nline 2 | `x`' });
    const report = runReport(plan, events.end(6, 'done'));
    const row = report.split('\n').find((line) => line.startsWith('| 1 |')) ?? '';
    // Seven cells: the row splits on exactly eight unescaped pipes.
    assert.equal(row.split(/(?<!\\)\|/).length, 9, row);
    assert.doesNotMatch(report, /(?<!\\)<(img|b|script)/);
    assert.doesNotMatch(report, /(?<!\\)`/);
    assert.ok(report.includes('# Run report: \\*\\*bold\\*\\* ---\n'));
    assert.ok(report.includes('- By: \\<script\\>alert\\(1\\)\\</script\\> on ops-1'));
    assert.ok(report.includes(': line 1 line 2 \\| \\`x\\` (file-changed)'));
    assert.ok(report.includes('- a\\|b\\`c\\`'), 'the advice line escapes the id too');
    // Only the headings start with #: a title cannot add one.
    assert.deepEqual(report.split('\n').filter((line) => line.startsWith('#')).length, 6);
  });

  it('bounds the report of 10,000 steps: 200 rows, then a count, in linear time', () => {
    const steps = Array.from({ length: 10_000 }, (_, index) => ({
      id: `step-${index}`,
      index,
      needs: index === 0 ? [] : [`step-${index - 1}`],
      estimate: { low: 30, high: 30 },
      planned: 60,
    }));
    const plan: RunPlan = { ...fourSteps(), steps };
    const writer = new JournalWriter(plan);
    for (let index = 0; index < steps.length; index++)
      writer.step(`step-${index}`, index, index + 1);
    const events = writer.end(10_000, 'done');
    const started = Date.now();
    const report = runReport(plan, events);
    // A guard against a quadratic blow-up (10,000² look-ups), not a measure of speed.
    assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
    const lines = report.split('\n');
    assert.equal(lines.filter((line) => /^\| \d+ \|/.test(line)).length, 200);
    assert.ok(lines.includes('… and 9800 more steps'));
    assert.ok(lines.includes('- … and 9800 more steps'), 'the advice is bounded too');
    assert.ok(lines.length < 500, `${lines.length} lines`);
  });
});
