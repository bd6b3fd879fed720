import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { RunbookApi } from '../../src/client/extension';
import type { PreviewSnapshot } from '../../src/client/preview/preview-panel';
import { analyze } from '../../src/core/analyze';
import { previewModel } from '../../src/core/preview/preview-model';
import { defaultSettings } from '../../src/core/settings';
import { DiskRunbooks, diskResolver } from '../../src/file-access/disk-runbooks';
import { EXTENSION_ID, fixtureUri, pollUntil, replaceText } from './helpers';

// __dirname is out/test/vscode: the repository is three folders up.
const EXAMPLES = path.resolve(__dirname, '../../../examples');
const EXAMPLE_FILE = /\.(runbook|announcement)\.ya?ml$/;
const SEED_000 = path.join(EXAMPLES, 'gitter-2015/scheduled-maintenance-19-july.announcement.yaml');
const SEED_000_ZONES = [
  'Tokyo: 4pm',
  'Moscow: 10am',
  'CEST: 9am',
  'Eastern: 3am',
  'Central: 2am',
  'Pacific: Midnight',
];
const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';

function examplesBelow(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'broken' ? [] : examplesBelow(file);
    return EXAMPLE_FILE.test(entry.name) ? [file] : [];
  });
}

function api(): RunbookApi {
  const extension = vscode.extensions.getExtension<RunbookApi>(EXTENSION_ID);
  assert.ok(extension?.isActive, `${EXTENSION_ID} is active`);
  return extension.exports;
}

const describePanels = (panels: PreviewSnapshot[]) =>
  JSON.stringify(
    panels.map((p) => ({
      uri: p.uri,
      title: p.title,
      seq: p.seq,
      rendered: p.rendered && {
        seq: p.rendered.seq,
        uri: p.rendered.uri,
        text: p.rendered.text.slice(0, 300),
      },
    })),
  );

/**
 * The panel showing `uri`, once its webview has drawn the newest content and `accept` takes it:
 * the text checked is what the webview's own script reported from its DOM.
 */
async function drawnPreview(
  uri: vscode.Uri,
  what: string,
  accept: (panel: PreviewSnapshot) => boolean = () => true,
): Promise<PreviewSnapshot> {
  const drawn = (p: PreviewSnapshot) =>
    p.uri === uri.toString() && p.rendered?.seq === p.seq && p.rendered.uri === p.uri && accept(p);
  const panels = await pollUntil(
    () => api().previews(),
    (all) => all.some(drawn),
    what,
    describePanels,
  );
  return panels.find(drawn)!;
}

/** Shows the file in the first column and its preview beside it, as the editor's title button does. */
async function previewToSide(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One });
  await vscode.commands.executeCommand('runbook.showPreviewToSide');
  return editor;
}

/** What the core computes for an example, the way the server does (linked runbooks read from disk). */
function expectedModel(file: string) {
  const text = readFileSync(file, 'utf8');
  return previewModel(
    analyze(
      text,
      path.basename(file),
      defaultSettings,
      Date.now(),
      diskResolver(file, [EXAMPLES], defaultSettings, new DiskRunbooks()),
    ),
  );
}

describe('VS Code: the preview panel', () => {
  // Only what this suite opened: closing every editor would ask about other suites' unsaved untitled files.
  after(async () => {
    const ours = (tab: vscode.Tab) =>
      (tab.input instanceof vscode.TabInputWebview &&
        tab.input.viewType.endsWith('runbook.preview')) ||
      (tab.input instanceof vscode.TabInputText &&
        !tab.isDirty &&
        tab.input.uri.scheme === 'file' &&
        /\.(runbook|announcement)\.ya?ml$/.test(tab.input.uri.path));
    await vscode.window.tabGroups.close(
      vscode.window.tabGroups.all.flatMap((group) => group.tabs.filter(ours)),
    );
  });

  for (const file of examplesBelow(EXAMPLES).sort()) {
    it(`previews ${path.relative(EXAMPLES, file)} beside it, with its title and times`, async () => {
      const uri = vscode.Uri.file(file);
      await previewToSide(uri);
      const model = expectedModel(file);
      const panel = await drawnPreview(uri, `the preview of ${path.basename(file)}`, (p) =>
        p.rendered!.text.includes(model.title ?? '\u0000'),
      );
      assert.equal(panel.title, `Preview ${path.basename(file)}`);
      assert.equal(panel.following, true);
      const text = panel.rendered!.text;
      for (const line of [...(model.window?.lines ?? []), ...model.zonesList])
        assert.ok(text.includes(line), `"${line}" in the panel:\n${text}`);
      if (model.estimate)
        assert.ok(
          text.includes(`× ${model.estimate.safetyFactor}`),
          `the doubling in the panel:\n${text}`,
        );
      // An announcement folds its runbook's steps away (a closed <details> has no visible text).
      if (model.kind === 'runbook')
        for (const step of model.steps)
          assert.ok(text.includes(step.id), `step ${step.id} in the panel`);
      assert.equal(api().previews().length, 1, 'one panel, following the active editor');
    });
  }

  it('follows the active runbook editor, and stays when another kind of file is active', async () => {
    const runbook = vscode.Uri.file(path.join(EXAMPLES, 'gitter-2015/restructure.runbook.yaml'));
    await previewToSide(vscode.Uri.file(SEED_000));
    await drawnPreview(vscode.Uri.file(SEED_000), "seed 000's preview", (p) =>
      p.rendered!.text.includes('Scheduled maintenance 19 July'),
    );
    await vscode.window.showTextDocument(runbook, { viewColumn: vscode.ViewColumn.One });
    const followed = await drawnPreview(runbook, 'the preview following the active editor', (p) =>
      p.rendered!.text.includes("Restructure Gitter's data storage"),
    );
    assert.equal(followed.title, 'Preview restructure.runbook.yaml');
    const readme = await vscode.window.showTextDocument(
      vscode.Uri.file(path.join(EXAMPLES, 'README.md')),
      { viewColumn: vscode.ViewColumn.One },
    );
    assert.equal(vscode.window.activeTextEditor, readme);
    assert.deepEqual(
      api()
        .previews()
        .map((p) => p.uri),
      [runbook.toString()],
    );
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it("shows seed 000's conversions as the post wrote them, and follows an edit", async () => {
    const uri = vscode.Uri.file(SEED_000);
    const editor = await previewToSide(uri);
    const before = await drawnPreview(uri, "seed 000's preview", (p) =>
      p.rendered!.text.includes('Scheduled maintenance 19 July'),
    );
    assert.ok(before.rendered!.text.includes(SEED_000_ZONES.join('\n')), before.rendered!.text);
    assert.match(before.rendered!.text, /30m × 2 = 1h/);
    try {
      await replaceText(
        editor.document,
        'title: Scheduled maintenance 19 July',
        'title: Rescheduled maintenance 26 July',
      );
      const after = await drawnPreview(uri, 'the preview after the edit', (p) =>
        p.rendered!.text.includes('Rescheduled maintenance 26 July'),
      );
      assert.ok(after.seq > before.seq);
      assert.ok(
        after.rendered!.text.includes(SEED_000_ZONES.join('\n')),
        'the times are still there',
      );
    } finally {
      // Leave the example as it is on disk.
      await vscode.window.showTextDocument(editor.document, { viewColumn: vscode.ViewColumn.One });
      await vscode.commands.executeCommand('workbench.action.files.revert');
      assert.equal(editor.document.isDirty, false, 'seed 000 reverted');
    }
  });

  it('shows a file with errors, its problems first', async () => {
    const uri = vscode.Uri.file(path.join(EXAMPLES, 'broken/unknown-step.runbook.yaml'));
    await previewToSide(uri);
    const panel = await drawnPreview(uri, 'the preview of a file with errors', (p) =>
      /\d+ errors?/.test(p.rendered!.text),
    );
    assert.match(
      panel.rendered!.text.trimStart(),
      /^\d+ errors?(, \d+ warnings?)?: this preview shows what can be shown/,
    );
    assert.match(panel.rendered!.text, /unknown-step/);
  });

  it("says so when an announcement's runbook is missing", async () => {
    const uri = vscode.Uri.file(path.join(EXAMPLES, 'broken/runbook-not-found.announcement.yaml'));
    await previewToSide(uri);
    await drawnPreview(uri, 'the missing runbook in the panel', (p) =>
      /The linked runbook .* is missing/.test(p.rendered!.text),
    );
  });

  it('shows every string from the file as text: no script, no image, no handler', async () => {
    const uri = fixtureUri('injection.announcement.yaml');
    await previewToSide(uri);
    const panel = await drawnPreview(uri, 'the injection fixture drawn', (p) =>
      p.rendered!.text.includes(SCRIPT),
    );
    // The webview's DOM: each payload is text in the title, the zones (labels) and the section.
    const text = panel.rendered!.text;
    for (const payload of [SCRIPT, IMG])
      assert.ok(
        text.split(payload).length - 1 >= 3,
        `"${payload}" as text at least three times:\n${text}`,
      );
    // The HTML given to the webview: the payloads only escaped, no element or link made from them.
    assert.ok(
      !/<script|<img|onerror=alert/i.test(panel.html.replace(/&lt;[^]*?&gt;/g, '')),
      panel.html,
    );
    assert.ok(
      panel.html.includes('&lt;script&gt;alert(1)&lt;/script&gt;') &&
        panel.html.includes('&lt;img src=x onerror=alert(1)&gt;'),
      panel.html,
    );
    assert.ok(!/href="javascript/i.test(panel.html) && !/<img/i.test(panel.html));
  });
});
