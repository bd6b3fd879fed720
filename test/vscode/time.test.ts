import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { hoverText, pollUntil, rangeOf, repoPath, waitForDiagnostics } from './helpers';

/** Seed 000: "8:00AM BST on Sunday … Tokyo: 4pm"; the examples test may have opened it already. */
const SEED_000 = 'examples/gitter-2015/scheduled-maintenance-19-july.announcement.yaml';
const START = '2015-07-19 08:00';

async function openSeed000(): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.file(repoPath(SEED_000));
  const document = await vscode.workspace.openTextDocument(uri);
  assert.equal(document.languageId, 'runbook');
  // Diagnostics (start-in-past) say the server has this version: its answers below are about it.
  await waitForDiagnostics(
    uri,
    (diagnostics) => diagnostics.some((d) => d.code === 'start-in-past'),
    'start-in-past',
  );
  return document;
}

function hintsIn(document: vscode.TextDocument): Thenable<vscode.InlayHint[]> {
  const whole = new vscode.Range(0, 0, document.lineCount, 0);
  return vscode.commands.executeCommand<vscode.InlayHint[]>(
    'vscode.executeInlayHintProvider',
    document.uri,
    whole,
  );
}

const labelOf = (hint: vscode.InlayHint) =>
  typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join('');
const describeHints = (hints: vscode.InlayHint[]) =>
  hints
    .map((hint) => `${labelOf(hint)} at ${hint.position.line}:${hint.position.character}`)
    .join(', ') || '(none)';

describe('VS Code: times and zones', () => {
  it("shows seed 000's window on hover over start: the zones that fit, the rest named", async () => {
    const document = await openSeed000();
    const position = rangeOf(document, 'start:').start.translate(0, 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      document.uri,
      position,
    );
    const text = hoverText(hovers);
    assert.match(text, /Maintenance window/);
    assert.ok(text.includes('| Tokyo (`Asia/Tokyo`) | 4pm–5pm | JST (+09:00) |'), text);
    assert.ok(text.includes('| Eastern (`America/New_York`) | 3am–4am | EDT (-04:00) |'), text);
    // Eight zones are more than the hover holds without scrolling: the last two are named below.
    assert.ok(text.includes('2 more: Central, Pacific.'), text);
  });

  it("puts → 07:00 UTC after seed 000's start", async () => {
    const document = await openSeed000();
    const hints = await hintsIn(document);
    assert.deepEqual(hints.map(labelOf), ['→ 07:00 UTC'], describeHints(hints));
    assert.deepEqual(hints[0].position, rangeOf(document, START).end);
  });

  describe('with runbook.inlayHints.enabled off', () => {
    const settings = () => vscode.workspace.getConfiguration('runbook');
    // User settings: a workspace setting would write examples/.vscode/settings.json into the repository.
    after(async () => {
      await settings().update('inlayHints.enabled', undefined, vscode.ConfigurationTarget.Global);
    });

    it('shows no hints, and shows them again once it is back on', async () => {
      const document = await openSeed000();
      await settings().update('inlayHints.enabled', false, vscode.ConfigurationTarget.Global);
      await pollUntil(
        () => hintsIn(document),
        (hints) => hints.length === 0,
        'empty hints after turning them off',
        describeHints,
      );
      await settings().update('inlayHints.enabled', undefined, vscode.ConfigurationTarget.Global);
      const back = await pollUntil(
        () => hintsIn(document),
        (hints) => hints.length === 1,
        'the hint back after turning hints on',
        describeHints,
      );
      assert.equal(labelOf(back[0]), '→ 07:00 UTC');
    });
  });
});
