import { strict as assert } from 'node:assert';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { JOURNAL_VERSION } from '../../../src/core/run/journal-events';
import type { RunCommandResult } from '../../../src/client/run/run-commands';
import type { RunTestApi } from '../../../src/client/run/run-feature';
import { EXTENSION_ID, nextDiagnostics } from '../helpers';
import { TestPrompts, demoCopy, removeDemoCopy, runApi, type DemoCopy } from '../run-helpers';

/** Every command of this runbook leaves a file named ran-…: none may appear. */
const MARKER_RUNBOOK = [
  'kind: runbook',
  'id: marker',
  'title: Leaves a marker when anything runs',
  'steps:',
  '  - { id: one, estimate: 1m, run: touch ran-run, verify: touch ran-verify, rollback: touch ran-rollback }',
  '  - { id: two, estimate: 1m, run: touch ran-two }',
  '',
].join('\n');

/** A run of it that died while step one was running: what a resume (or its offer) would go on with. */
function unfinishedJournal(file: string): string {
  const at = '2026-01-01T00:00:00.000Z';
  const events = [
    {
      type: 'run-started',
      at,
      version: JOURNAL_VERSION,
      runId: '20260101T000000Z-0000',
      runbook: { id: 'marker', path: 'marker.runbook.yaml', contentHash: 'x' },
      user: 'ana',
      host: 'ops-1',
      steps: ['one', 'two'],
      parallel: 1,
    },
    { type: 'step-state', at, step: 'one', state: 'running' },
    { type: 'command-started', at, step: 'one', phase: 'run', attempt: 1 },
  ];
  mkdirSync(path.dirname(file), { recursive: true });
  const text = events.map((event) => `${JSON.stringify(event)}\n`).join('');
  writeFileSync(file, text);
  return text;
}

/** Files a run would leave: markers from its commands, and anything new under .runbook. */
function traces(folder: string): string[] {
  const found = readdirSync(folder).filter((name) => name.startsWith('ran-'));
  const runs = path.join(folder, '.runbook/runs/marker');
  return [...found, ...readdirSync(runs).filter((name) => name !== '2026-01-01T00-00-00Z.jsonl')];
}

/** The run commands the extension declares: the run, its variants and the run tree's answers. */
function runCommandIds(): string[] {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  const declared = (extension?.packageJSON as { contributes: { commands: { command: string }[] } })
    .contributes.commands;
  return declared
    .map((entry) => entry.command)
    .filter((id) => /^runbook\.(run|runFrom|dryRun|resumeRun|stopRun)$|^runbook\.run\./.test(id));
}

describe('VS Code in Restricted Mode: nothing runs', () => {
  let api: RunTestApi;
  let prompts: TestPrompts;
  let demo: DemoCopy;
  let marker: vscode.Uri;
  let journal: string;
  let journalText: string;

  before(async () => {
    assert.equal(
      vscode.workspace.isTrusted,
      false,
      'this suite needs a workspace that is not trusted',
    );
    api = await runApi();
    prompts = new TestPrompts();
    api.setPrompts(prompts);
    demo = demoCopy();
    const file = path.join(demo.folder, 'marker.runbook.yaml');
    writeFileSync(file, MARKER_RUNBOOK);
    marker = vscode.Uri.file(file);
    journal = path.join(demo.folder, '.runbook/runs/marker/2026-01-01T00-00-00Z.jsonl');
    journalText = unfinishedJournal(journal);
  });

  after(() => {
    api.setPrompts(undefined);
    removeDemoCopy(demo);
  });

  afterEach(() => {
    assert.deepEqual(traces(demo.folder), [], 'nothing ran and no journal was written');
    assert.equal(readFileSync(journal, 'utf8'), journalText, 'the unfinished journal is untouched');
    assert.deepEqual(prompts.confirmations, [], 'no run was offered for confirmation');
    assert.deepEqual(prompts.asked, [], 'no run asked a question');
    assert.equal(api.current(), undefined, 'no run');
  });

  it('opening a runbook with an unfinished run offers no resume', async () => {
    const published = nextDiagnostics(marker, 'first diagnostics');
    await vscode.window.showTextDocument(marker);
    await published;
    // The offer's own check comes first on open and needs no server; the diagnostics took a
    // round trip to the server, so an offer would have been shown by now.
    assert.deepEqual(
      prompts.shown.filter((shown) => /did not finish/.test(shown.message)),
      [],
      JSON.stringify(prompts.shown),
    );
  });

  it('every run command refuses with every kind of argument, says why, and asks nothing', async () => {
    await vscode.window.showTextDocument(marker);
    const node = { questionId: 'q1', step: 'one', label: 'one' };
    const argumentLists: unknown[][] = [
      [],
      [marker],
      [marker.toString()],
      [marker, 'one'],
      [marker.toString(), 'two', { extra: true }],
      [node],
      [undefined, 'one'],
    ];
    const ids = runCommandIds();
    assert.ok(ids.length >= 15, ids.join(', '));
    for (const id of ids)
      for (const args of argumentLists) {
        const what = `${id}(${JSON.stringify(args)})`;
        prompts.shown.length = 0;
        const result = await vscode.commands.executeCommand<RunCommandResult>(id, ...args);
        assert.equal(result.status, 'refused', `${what}: ${JSON.stringify(result)}`);
        assert.ok(result.status === 'refused' && result.reason === 'untrusted', what);
        assert.match(
          result.message,
          /^Runbook: .+ is off in Restricted Mode: a run executes the shell commands in the runbook/,
        );
        assert.deepEqual(
          prompts.shown.map((s) => [s.message, s.actions]),
          [[result.message, ['Manage Workspace Trust']]],
          what,
        );
      }
  });

  it('shows no run lenses, and its own lens commands run nothing', async () => {
    for (const uri of [marker, demo.uri]) {
      // The lens provider command needs the document open (else: Illegal argument).
      await vscode.window.showTextDocument(uri);
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
        'vscode.executeCodeLensProvider',
        uri,
      );
      const titles = lenses.map((lens) => lens.command?.title ?? '');
      assert.deepEqual(
        titles.filter((title) => title.startsWith('▶')),
        [],
        JSON.stringify(titles),
      );
      // The extension's own lens commands (the rest are the editor's, like Show References).
      for (const lens of lenses)
        if (lens.command?.command.startsWith('runbook.'))
          await vscode.commands.executeCommand(
            lens.command.command,
            ...((lens.command.arguments ?? []) as unknown[]),
          );
    }
  });

  it('contributes no tasks, the one other way an editor runs commands', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    const contributes = (extension?.packageJSON as { contributes: Record<string, unknown> })
      .contributes;
    assert.equal(contributes.taskDefinitions, undefined);
  });
});
