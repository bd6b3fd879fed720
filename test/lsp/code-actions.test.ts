import { strict as assert } from 'node:assert';
import {
  CodeActionKind,
  type CodeAction,
  type Command,
  type Diagnostic,
  type TextEdit,
} from 'vscode-languageserver-protocol';
import { LspClient } from './lsp-client';
import { applyEdits, editsFor, messageOf, range, readFixture } from './text-helpers';

/** Commands carry no edit, so only CodeActions count as quick fixes here. */
function quickFixes(result: (Command | CodeAction)[] | null): CodeAction[] {
  const actions = (result ?? []).filter(
    (action): action is CodeAction => 'kind' in action || 'edit' in action,
  );
  assert.ok(
    actions.every((action) => action.kind === CodeActionKind.QuickFix),
    'every action is a quick fix',
  );
  return actions;
}

describe('LSP: quick fixes', () => {
  let client: LspClient;
  before(async () => (client = await LspClient.start()));
  after(async () => client?.stop());

  /**
   * Opens `<name>.yaml`, applies the first quick fix offered for each diagnostic of `code` (as a
   * person clicking through them would, all against the same text), and returns the result.
   */
  async function fixEach(
    name: string,
    code: string,
  ): Promise<{ uri: string; fixed: string; count: number }> {
    const text = readFixture(`${name}.yaml`);
    const uri = `file:///work/fixtures/${name}.runbook.yaml`;
    await client.open(uri, text);
    const diagnostics = (await client.diagnosticsFor(uri)).filter((d) => d.code === code);
    assert.ok(diagnostics.length > 0, `${name}.yaml has ${code} diagnostics`);
    const edits: TextEdit[] = [];
    for (const diagnostic of diagnostics) {
      const fix = quickFixes(await client.codeActions(uri, diagnostic.range, [diagnostic])).find(
        (action) =>
          action.diagnostics?.some(
            (d: Diagnostic) =>
              d.code === code && d.range.start.line === diagnostic.range.start.line,
          ),
      );
      assert.ok(fix, `a fix for "${messageOf(diagnostic)}"`);
      edits.push(...editsFor(fix.edit, uri));
    }
    return { uri, fixed: applyEdits(text, edits), count: diagnostics.length };
  }

  for (const [name, code] of [
    ['unknown-step', 'unknown-step'],
    ['unknown-key', 'schema'],
    ['unknown-value', 'schema'],
    ['unitless-duration', 'invalid-duration'],
  ] as const) {
    it(`fixes ${name}.yaml into ${name}.golden.yaml`, async () => {
      const { uri, fixed } = await fixEach(name, code);
      assert.equal(fixed, readFixture(`${name}.golden.yaml`));
      // The golden file must itself be clean, or the fix only moved the problem.
      await client.change(uri, fixed);
      assert.deepEqual(await client.diagnosticsFor(uri), []);
    });
  }

  it('marks the only candidate for an unknown step as preferred', async () => {
    const uri = 'file:///work/preferred.runbook.yaml';
    await client.open(uri, readFixture('unknown-step.yaml'));
    const [diagnostic] = (await client.diagnosticsFor(uri)).filter(
      (d) => d.range.start.line === 10,
    );
    const actions = quickFixes(await client.codeActions(uri, diagnostic.range, [diagnostic]));
    assert.deepEqual(
      actions.map((a) => [a.title, a.isPreferred]),
      [['Change to "backup"', true]],
    );
    assert.deepEqual(
      actions[0].diagnostics?.map((d) => [d.code, d.range]),
      [['unknown-step', range(10, 12, 10, 17)]],
    );
  });

  it('offers every close id, none preferred, when several fit', async () => {
    const uri = 'file:///work/several.runbook.yaml';
    const text =
      'kind: runbook\ntitle: T\nsteps:\n  - id: migrate-db\n    estimate: 1m\n  - id: migrate-cache\n    estimate: 1m\n  - id: check\n    estimate: 1m\n    needs: [migrate]\nwindow: { start: 2099-07-19 08:00, zone: UTC, length: 12h }\n';
    await client.open(uri, text);
    const [diagnostic] = await client.diagnosticsFor(uri);
    assert.equal(diagnostic.code, 'unknown-step');
    const actions = quickFixes(await client.codeActions(uri, diagnostic.range, [diagnostic]));
    assert.deepEqual(actions.map((a) => a.title).sort(), [
      'Change to "migrate-cache"',
      'Change to "migrate-db"',
    ]);
    assert.ok(actions.every((a) => !a.isPreferred));
  });

  it('offers nothing where there is no problem', async () => {
    const uri = 'file:///work/no-fix.runbook.yaml';
    await client.open(uri, readFixture('unknown-step.yaml'));
    await client.diagnosticsFor(uri);
    assert.deepEqual(await client.codeActions(uri, range(1, 0, 1, 5)), []);
  });
});
