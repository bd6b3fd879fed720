import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { RunCommandResult } from '../../src/client/run/run-commands';
import type { RunTestApi } from '../../src/client/run/run-feature';
import { journalFileName } from '../../src/core/run/journal-catalog';
import type { JournalEvent } from '../../src/core/run/journal-events';
import { serializeEvent } from '../../src/core/run/journal-read';
import { pollUntil, replaceText } from './helpers';
import {
  TestPrompts,
  demoCopy,
  removeDemoCopy,
  type DemoCopy,
  ended,
  journalEvents,
  runApi,
  stepNode,
  waitForRun,
} from './run-helpers';

const STEPS = ['announce', 'backup', 'migrate', 'smoke-test', 'reopen'];

const run = (command: string, ...args: unknown[]) =>
  vscode.commands.executeCommand<RunCommandResult>(command, ...args);

function started(result: RunCommandResult): { runId: string; journalPath: string } {
  if (result.status !== 'started') assert.fail(JSON.stringify(result));
  return result;
}

const states = (api: RunTestApi) =>
  api.nodes().flatMap((n) => (n.kind === 'step' ? [`${n.step}: ${n.state}`] : []));

describe('VS Code: running a runbook', () => {
  let api: RunTestApi;
  let prompts: TestPrompts;
  let demo: DemoCopy;
  /** Every temporary copy this suite made, removed at its end. */
  const copies: DemoCopy[] = [];
  const copy = (...sub: string[]) => {
    const made = demoCopy(...sub);
    copies.push(made);
    return made;
  };

  before(async () => {
    api = await runApi();
    demo = copy();
    prompts = new TestPrompts();
    api.setPrompts(prompts);
  });

  after(async () => {
    api.setPrompts(undefined);
    const ours = (tab: vscode.Tab) =>
      tab.input instanceof vscode.TabInputText &&
      (tab.input.uri.scheme === 'runbook-dry-run' ||
        copies.some((c) => (tab.input as vscode.TabInputText).uri.fsPath.startsWith(c.root)));
    await vscode.window.tabGroups.close(
      vscode.window.tabGroups.all.flatMap((g) => g.tabs.filter(ours)),
    );
    for (const made of copies) removeDemoCopy(made);
  });

  it('offers ▶ Run over steps: and ▶ Run from here over each step, and renders them without running anything', async () => {
    const editor = await vscode.window.showTextDocument(demo.uri);
    const lenses = await pollUntil(
      () =>
        vscode.commands.executeCommand<vscode.CodeLens[]>(
          'vscode.executeCodeLensProvider',
          demo.uri,
        ),
      (all) => all.filter((l) => l.command?.title.startsWith('▶')).length === 6,
      'the run lenses',
      (all) => JSON.stringify(all.map((l) => l.command?.title)),
    );
    const text = editor.document.getText();
    const lineOf = (needle: string) => editor.document.positionAt(text.indexOf(needle)).line;
    const ours = lenses
      .filter((l) => l.command?.title.startsWith('▶'))
      .map((l) => [
        l.command?.title,
        l.range.start.line,
        l.command?.command,
        (l.command?.arguments as unknown[] | undefined)?.[1],
      ]);
    assert.deepEqual(ours, [
      ['▶ Run', lineOf('steps:'), 'runbook.run', undefined],
      ...STEPS.map((id) => ['▶ Run from here', lineOf(`- id: ${id}`), 'runbook.runFrom', id]),
    ]);
    assert.equal(existsSync(path.join(demo.folder, '.runbook')), false, 'no journal');
    assert.equal(existsSync(path.join(demo.folder, 'scratch')), false, 'no command ran');
  });

  it('Dry Run shows the plan in a read-only document and runs nothing', async () => {
    const result = await run('runbook.dryRun', demo.uri);
    assert.equal(result.status, 'dry-run', JSON.stringify(result));
    const { lines, uri } = result as { lines: string[]; uri: string };
    assert.equal(
      lines[0],
      'Dry run of Demo maintenance (harmless) (' +
        vscode.workspace.asRelativePath(demo.uri, false) +
        '): nothing is run.',
    );
    assert.ok(lines.includes('Window: 2027-01-16 22:00 to 22:10 Europe/London.'), lines.join('\n'));
    assert.ok(lines.includes('   verify: test ! -e fail-the-check'), lines.join('\n'));
    const shown = vscode.window.activeTextEditor?.document;
    assert.equal(shown?.uri.toString(), uri);
    assert.equal(shown?.getText(), `${lines.join('\n')}\n`);
    assert.equal(prompts.confirmations.length, 0, 'a dry run asks nothing');
    assert.equal(existsSync(path.join(demo.folder, '.runbook')), false, 'no journal');
  });

  it('runs the demo to the end once the modal listing every command is confirmed', async () => {
    await vscode.window.showTextDocument(demo.uri);
    const { journalPath } = started(await run('runbook.run', demo.uri));
    const [confirmation] = prompts.confirmations;
    assert.equal(confirmation.message, 'Run "Demo maintenance (harmless)"?');
    for (const line of [
      'announce — Tell users the maintenance starts',
      '  run: sleep 1 && echo "rows=42" > scratch/backup.txt && echo "backed up 42 rows"',
      '  verify: grep -q "rows=42" scratch/backup.txt',
      '  rollback: rm -f scratch/migrated.txt && echo "restored the old format"',
      'reopen — Let users back in',
    ])
      assert.ok(confirmation.detail.includes(line), `${line}\nin\n${confirmation.detail}`);

    const view = await ended(api);
    assert.equal(view.outcome, 'done', JSON.stringify(view.warnings));
    assert.deepEqual(
      states(api),
      STEPS.map((id) => `${id}: done`),
    );
    for (const node of api.nodes()) assert.match(node.description, /^\d+:\d\d \/ est /, node.label);

    assert.equal(path.dirname(journalPath), path.join(demo.folder, '.runbook', 'runs', 'demo'));
    const events = journalEvents(journalPath);
    assert.equal(events[0].type, 'run-started');
    const last = events.at(-1);
    assert.ok(last?.type === 'run-ended' && last.outcome === 'done', JSON.stringify(last));
    // The report goes beside the journal once the run has ended, and opens in the Markdown preview.
    const report = journalPath.replace(/\.jsonl$/, '.md');
    // Waited for by its content: the file exists a moment before its text is written.
    const reportText = () => (existsSync(report) ? readFileSync(report, 'utf8') : '');
    await pollUntil(
      reportText,
      (text) => /^# Run report: Demo maintenance/m.test(text),
      `report ${report}`,
    );

    assert.ok(view.terminalName, 'the run has a terminal');
    assert.ok(
      vscode.window.terminals.some((t) => t.name === view.terminalName),
      `${view.terminalName} among ${vscode.window.terminals.map((t) => t.name).join(', ')}`,
    );
    assert.ok(view.transcript.includes('── backup · run ──'), view.transcript);
    assert.ok(view.transcript.includes('backed up 42 rows\r\n'), view.transcript);
    assert.ok(!/[^\r]\n/.test(view.transcript), 'every line end is \\r\\n');
    assert.match(api.status().text, /^\$\(pass\) demo done after \d+:\d\d$/);
    assert.match(
      readFileSync(path.join(demo.folder, 'scratch/banner.txt'), 'utf8'),
      /^maintenance over/,
    );
  });

  it('after a failed check, Roll Back from the tree undoes the completed steps newest first; an edit meanwhile is reported, not run', async () => {
    const editor = await vscode.window.showTextDocument(demo.uri);
    const failTheCheck = path.join(demo.folder, 'fail-the-check');
    writeFileSync(failTheCheck, '');
    try {
      prompts.asked.length = 0;
      const { journalPath } = started(await run('runbook.run', demo.uri));
      const migrate = await stepNode(
        api,
        'migrate',
        (n) => n.contextValue.includes('ask-failure'),
        'the failure question on migrate',
      );
      assert.equal(migrate.kind === 'step' && migrate.state, 'failed');
      assert.deepEqual(
        prompts.asked.filter((q) => q.kind === 'failure').map((q) => q.step),
        ['migrate'],
        'the notification asked too',
      );

      // The run waits on the question: edit the runbook now. The run keeps its plan and says so once.
      await replaceText(
        editor.document,
        'Demo maintenance (harmless)',
        'Demo maintenance (edited)',
      );
      await waitForRun(
        api,
        (a) => a.current()?.warnings.some((w) => w.includes('changed during the run')),
        'the file-changed warning',
      );
      assert.equal(
        prompts.shown.filter((s) => s.message.includes('changed during the run')).length,
        1,
      );

      assert.equal(await vscode.commands.executeCommand('runbook.run.rollBack', migrate), true);
      const view = await ended(api);
      assert.equal(view.outcome, 'rolled-back');
      assert.deepEqual(states(api), [
        'announce: rolled-back',
        'backup: rolled-back',
        'migrate: rolled-back',
        'smoke-test: pending',
        'reopen: pending',
      ]);

      const events = journalEvents(journalPath);
      const rollbacks = events.flatMap((e) =>
        e.type === 'command-started' && e.phase === 'rollback' ? [e.step] : [],
      );
      assert.deepEqual(
        rollbacks,
        ['migrate', 'backup', 'announce'],
        'the failed step, then the done ones newest first',
      );
      const decision = events.find(
        (e): e is Extract<JournalEvent, { type: 'decision' }> => e.type === 'decision',
      );
      assert.equal(decision?.question, 'failure');
      assert.equal(decision?.answer, 'rollback');
      assert.ok(decision?.by, 'who decided');
      const last = events.at(-1);
      assert.ok(last?.type === 'run-ended' && last.outcome === 'rolled-back', JSON.stringify(last));
      for (const file of ['banner.txt', 'backup.txt', 'migrated.txt'])
        assert.equal(existsSync(path.join(demo.folder, 'scratch', file)), false, file);
      // The edit never reached the run: the journal's text hash is the file as it was at the start.
      const startedEvent = events[0];
      assert.ok(startedEvent.type === 'run-started');
      assert.equal(startedEvent.runbook.title, 'Demo maintenance (harmless)');
    } finally {
      rmSync(failTheCheck, { force: true });
      await replaceText(
        editor.document,
        'Demo maintenance (edited)',
        'Demo maintenance (harmless)',
      ).catch(() => undefined);
      await editor.document.save();
    }
  });

  it('a reloaded window offers to resume an unfinished run, and the resume asks about the step that was cut off', async () => {
    const reload = copy('reload');
    const text = readFileSync(reload.file, 'utf8');
    const start = Date.now() - 1000;
    const at = new Date(start).toISOString();
    const journal = path.join(reload.folder, '.runbook', 'runs', 'demo', journalFileName(start));
    const lines: JournalEvent[] = [
      {
        type: 'run-started',
        at,
        version: 1,
        runId: 'reload-test',
        runbook: {
          id: 'demo',
          path: 'demo.runbook.yaml',
          contentHash: createHash('sha256').update(text).digest('hex'),
        },
        user: 'someone',
        host: 'elsewhere',
        steps: STEPS,
        parallel: 1,
        anchor: start,
      },
      { type: 'step-state', at, step: 'announce', state: 'running' },
      { type: 'command-started', at, step: 'announce', phase: 'run', attempt: 1 },
      {
        type: 'command-finished',
        at,
        step: 'announce',
        phase: 'run',
        attempt: 1,
        exitCode: 0,
        signal: null,
        durationMs: 5,
      },
      { type: 'step-state', at, step: 'announce', state: 'done', durationMs: 5 },
      { type: 'step-state', at, step: 'backup', state: 'running' },
      { type: 'command-started', at, step: 'backup', phase: 'run', attempt: 1 },
    ];
    mkdirSync(path.dirname(journal), { recursive: true });
    writeFileSync(journal, lines.map(serializeEvent).join(''));
    // What announce did before the window closed.
    mkdirSync(path.join(reload.folder, 'scratch'));
    writeFileSync(path.join(reload.folder, 'scratch/banner.txt'), 'maintenance started\n');

    prompts.shown.length = 0;
    prompts.asked.length = 0;
    await vscode.window.showTextDocument(reload.uri);
    const offer = await pollUntil(
      () => prompts.shown.find((s) => s.actions.includes('Resume Run')),
      (found) => found !== undefined,
      'the offer to resume',
      () => JSON.stringify(prompts.shown),
    );
    assert.match(offer!.message, /did not finish\. Resume it\?$/);
    assert.equal(
      existsSync(path.join(reload.folder, 'scratch/backup.txt')),
      false,
      'the offer runs nothing',
    );

    prompts.answers.interrupted = 'retry';
    try {
      const result = started(await run('runbook.resumeRun', reload.uri));
      assert.equal(result.journalPath, journal, 'the same journal goes on');
      assert.match(
        prompts.confirmations.at(-1)?.message ?? '',
        /^Resume the run of "Demo maintenance \(harmless\)"\?/,
      );
      const view = await ended(api);
      assert.equal(view.outcome, 'done');
      assert.deepEqual(
        prompts.asked.filter((q) => q.kind === 'interrupted').map((q) => q.step),
        ['backup'],
      );
      const events = journalEvents(journal);
      assert.equal(events.filter((e) => e.type === 'run-started').length, 1);
      assert.equal(events.filter((e) => e.type === 'run-resumed').length, 1);
      const announceRuns = events.filter(
        (e) => e.type === 'command-started' && e.step === 'announce',
      );
      assert.equal(announceRuns.length, 1, 'a step recorded done is not run again');
      assert.deepEqual(
        states(api),
        STEPS.map((id) => `${id}: done`),
      );
    } finally {
      delete prompts.answers.interrupted;
    }
  });
});
