import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { RunCommandResult } from '../../../src/client/run/run-commands';
import type { RunTestApi } from '../../../src/client/run/run-feature';
import { nextDiagnostics } from '../helpers';
import { TestPrompts, demoCopy, removeDemoCopy, runApi, type DemoCopy } from '../run-helpers';

describe('VS Code in Restricted Mode: nothing runs', () => {
  let api: RunTestApi;
  let prompts: TestPrompts;
  let demo: DemoCopy;

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
  });

  after(() => {
    api.setPrompts(undefined);
    removeDemoCopy(demo);
  });

  it('every run command refuses, says why, and asks nothing', async () => {
    const published = nextDiagnostics(demo.uri, 'first diagnostics');
    await vscode.window.showTextDocument(demo.uri);
    await published;
    for (const [command, title] of [
      ['runbook.run', 'Runbook: Run'],
      ['runbook.runFrom', 'Runbook: Run from Here'],
      ['runbook.dryRun', 'Runbook: Dry Run'],
      ['runbook.resumeRun', 'Runbook: Resume Run'],
      ['runbook.stopRun', 'Runbook: Stop Run'],
    ]) {
      prompts.shown.length = 0;
      const result = await vscode.commands.executeCommand<RunCommandResult>(
        command,
        demo.uri,
        'migrate',
      );
      assert.equal(result.status, 'refused', `${command}: ${JSON.stringify(result)}`);
      assert.ok(result.status === 'refused' && result.reason === 'untrusted', command);
      assert.match(
        result.message,
        new RegExp(
          `^${title} is off in Restricted Mode: a run executes the shell commands in the runbook`,
        ),
      );
      assert.deepEqual(
        prompts.shown.map((s) => [s.message, s.actions]),
        [[result.message, ['Manage Workspace Trust']]],
        command,
      );
    }
    assert.deepEqual(prompts.confirmations, [], 'no confirmation was asked');
    assert.equal(existsSync(path.join(demo.folder, '.runbook')), false, 'no journal was written');
    assert.equal(existsSync(path.join(demo.folder, 'scratch')), false, 'no command ran');
    assert.equal(api.current(), undefined, 'no run');
  });

  it('shows no run lenses, only the plan’s sum', async () => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
      'vscode.executeCodeLensProvider',
      demo.uri,
    );
    const titles = lenses.map((lens) => lens.command?.title ?? '');
    assert.deepEqual(
      titles.filter((title) => title.startsWith('▶')),
      [],
      JSON.stringify(titles),
    );
  });
});
