import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './helpers';

interface WalkthroughStep {
  id: string;
  title: string;
  description: string;
  media: { markdown?: string; image?: string };
  completionEvents?: string[];
}

/** The command ids a step's `command:` links run ("command:runbook.run", "command:x?%5B…%5D"). */
function linkedCommands(description: string): string[] {
  return [...description.matchAll(/\]\(command:([\w.-]+)/g)].map((match) => match[1]);
}

describe('VS Code: the getting-started walkthrough', () => {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not loaded`);
  const manifest = extension.packageJSON as {
    contributes: { walkthroughs: { id: string; title: string; steps: WalkthroughStep[] }[] };
  };

  it('is contributed with its six steps, each with its page', () => {
    const [walkthrough] = manifest.contributes.walkthroughs;
    assert.equal(walkthrough.id, 'gettingStarted');
    assert.deepEqual(
      walkthrough.steps.map((step) => step.title),
      [
        'Write a runbook',
        'See the doubled estimate',
        'Write its announcement',
        'Check the zones',
        'Preview and export',
        'Run the demo',
      ],
    );
    for (const step of walkthrough.steps) {
      const page = step.media.markdown;
      assert.ok(page, `${step.id} has no markdown page`);
      assert.ok(existsSync(path.join(extension.extensionPath, page)), `${page} is not shipped`);
      assert.ok((step.completionEvents ?? []).length > 0, `${step.id} has no completion event`);
    }
  });

  it("has buttons for the extension's real commands, every one registered", async () => {
    // Activated, as a click on a button would activate it (onCommand), so its commands are there.
    await extension.activate();
    const registered = new Set(await vscode.commands.getCommands(true));
    const steps = manifest.contributes.walkthroughs[0].steps;
    const linked = steps.flatMap((step) => linkedCommands(step.description));
    for (const id of [
      'runbook.newMaintenance',
      'runbook.showPreviewToSide',
      'runbook.exportAnnouncement',
      'runbook.dryRun',
      'runbook.run',
      'workbench.action.quickOpen',
    ])
      assert.ok(linked.includes(id), `no button runs ${id}`);
    assert.deepEqual(
      linked.filter((id) => !registered.has(id)),
      [],
      'buttons for commands nobody registered',
    );
    // A step completed by a command is completed by one of its own buttons.
    for (const step of steps)
      for (const event of step.completionEvents ?? [])
        if (event.startsWith('onCommand:'))
          assert.ok(
            linkedCommands(step.description).includes(event.slice(10)),
            `${step.id}: ${event}`,
          );
  });
});
