import { strict as assert } from 'node:assert';
import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic,
  type TextEdit,
} from 'vscode-languageserver-protocol';
import { LspClient } from './lsp-client';
import { applyEdits, editsFor, messageOf, readFixture } from './text-helpers';

/** The time rules' fixtures: `<code>.yaml` in, `<code>.golden.yaml` out. */
const CODES = [
  'unknown-zone',
  'zone-abbreviation',
  'nonexistent-local-time',
  'ambiguous-local-time',
  'label-mismatch',
  'prose-time-mismatch',
] as const;

describe('LSP: quick fixes of the time rules', () => {
  let client: LspClient;
  before(async () => (client = await LspClient.start()));
  after(async () => client?.stop());

  /** The quick fixes offered for one diagnostic (sent back as the editor would). */
  async function fixesFor(uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
    const actions = ((await client.codeActions(uri, diagnostic.range, [diagnostic])) ??
      []) as CodeAction[];
    return actions.filter(
      (action) =>
        action.kind === CodeActionKind.QuickFix &&
        action.diagnostics?.some(
          (d) =>
            d.code === diagnostic.code &&
            d.range.start.line === diagnostic.range.start.line &&
            d.range.start.character === diagnostic.range.start.character,
        ),
    );
  }

  /** Opens a fixture under a name of its kind and returns its diagnostics of `code`. */
  async function openFixture(
    code: string,
  ): Promise<{ uri: string; text: string; found: Diagnostic[] }> {
    const text = readFixture(`${code}.yaml`);
    const kind = /^kind: (\w+)/m.exec(text)![1];
    const uri = `file:///work/fixtures/${code}.${kind}.yaml`;
    await client.open(uri, text);
    const found = (await client.diagnosticsFor(uri)).filter((d) => d.code === code);
    assert.ok(found.length > 0, `${code}.yaml has ${code} diagnostics`);
    return { uri, text, found };
  }

  for (const code of CODES) {
    it(`fixes ${code}.yaml into ${code}.golden.yaml, which then lints clean`, async () => {
      const { uri, text, found } = await openFixture(code);
      const edits: TextEdit[] = [];
      for (const diagnostic of found) {
        const fixes = await fixesFor(uri, diagnostic);
        // The preferred fix where there is one; else the first, as a person picking from the list.
        const fix = fixes.find((action) => action.isPreferred) ?? fixes[0];
        assert.ok(fix, `a fix for "${messageOf(diagnostic)}"`);
        edits.push(...editsFor(fix.edit, uri));
      }
      const fixed = applyEdits(text, edits);
      assert.equal(fixed, readFixture(`${code}.golden.yaml`));
      await client.change(uri, fixed);
      const left = await client.diagnosticsFor(uri);
      assert.deepEqual(
        left.filter((d) => d.code === code),
        [],
        `no ${code} left`,
      );
      assert.deepEqual(
        left.map((d) => `${String(d.code)}: ${messageOf(d)}`),
        [],
        'nothing else either',
      );
    });
  }

  it('offers every zone an ambiguous abbreviation may mean, none preferred', async () => {
    const { uri, found } = await openFixture('zone-abbreviation');
    const bst = found.find((d) => messageOf(d).includes('BST'))!;
    const fixes = await fixesFor(uri, bst);
    assert.deepEqual(
      fixes.map((fix) => [fix.title, fix.isPreferred ?? false]),
      [
        ['Change to Europe/London', false],
        ['Change to Asia/Dhaka', false],
        ['Change to Pacific/Bougainville', false],
      ],
    );
  });

  it('offers both instants of a repeated time, with their offsets', async () => {
    const { uri, found } = await openFixture('ambiguous-local-time');
    const edits = (await fixesFor(uri, found[0])).map((fix) => editsFor(fix.edit, uri)[0].newText);
    assert.deepEqual(edits, ['2099-10-25T01:30:00+01:00', '2099-10-25T01:30:00+00:00']);
  });
});
