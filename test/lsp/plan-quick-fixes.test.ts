import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic,
  type TextEdit,
} from 'vscode-languageserver-protocol';
import { LspClient } from './lsp-client';
import { applyEdits, editsFor, FIXTURES, messageOf, readFixture } from './text-helpers';

/** The plan and link rules' fixtures: `<code>.yaml` in, `<code>.golden.yaml` out; announcements link linked.runbook.yaml. */
const CODES = [
  'window-shorter-than-estimate',
  'window-shorter-than-planned',
  'no-time-to-roll-back',
  'short-notice',
  'announcement-runbook-mismatch',
  'runbook-not-found',
] as const;

describe('LSP: quick fixes of the plan and link rules', () => {
  let client: LspClient;
  let ws: string;
  before(async () => {
    ws = mkdtempSync(join(tmpdir(), 'runbook-lsp-fixes-'));
    // On disk, not open: the announcements read it as the CLI would.
    copyFileSync(join(FIXTURES, 'linked.runbook.yaml'), join(ws, 'linked.runbook.yaml'));
    client = await LspClient.start({}, [pathToFileURL(ws).toString()]);
  });
  after(async () => {
    await client?.stop();
    rmSync(ws, { recursive: true, force: true });
  });

  /** The quick fixes offered for one diagnostic (sent back as the editor would). */
  async function fixesFor(uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
    const actions = ((await client.codeActions(uri, diagnostic.range, [diagnostic])) ??
      []) as CodeAction[];
    return actions.filter(
      (action) =>
        action.kind === CodeActionKind.QuickFix &&
        action.diagnostics?.some(
          (d) => d.code === diagnostic.code && d.range.start.line === diagnostic.range.start.line,
        ),
    );
  }

  for (const code of CODES) {
    it(`fixes ${code}.yaml into ${code}.golden.yaml, which then lints clean`, async () => {
      const text = readFixture(`${code}.yaml`);
      const kind = /^kind: (\w+)/m.exec(text)![1];
      const uri = pathToFileURL(join(ws, `${code}.${kind}.yaml`)).toString();
      await client.open(uri, text);
      const found = (await client.diagnosticsFor(uri)).filter((d) => d.code === code);
      assert.ok(found.length > 0, `${code}.yaml has ${code} diagnostics`);
      const edits: TextEdit[] = [];
      for (const diagnostic of found) {
        const fixes = await fixesFor(uri, diagnostic);
        const fix = fixes.find((action) => action.isPreferred) ?? fixes[0];
        assert.ok(fix, `a fix for "${messageOf(diagnostic)}"`);
        edits.push(...editsFor(fix.edit, uri));
      }
      const fixed = applyEdits(text, edits);
      assert.equal(fixed, readFixture(`${code}.golden.yaml`));
      await client.change(uri, fixed);
      assert.deepEqual(
        (await client.diagnosticsFor(uri)).map((d) => `${String(d.code)}: ${messageOf(d)}`),
        [],
        'nothing left',
      );
      await client.close(uri);
    });
  }

  it('offers both ways out of a rollback that does not fit, the earlier deadline first', async () => {
    const uri = pathToFileURL(join(ws, 'rollback.runbook.yaml')).toString();
    await client.open(uri, readFixture('no-time-to-roll-back.yaml'));
    const [warning] = await client.diagnosticsFor(uri);
    assert.equal(
      messageOf(warning),
      'No time to roll back: deadline 40m + rollback 15m = 55m ends after the 50m window (without `length` or `end` it lasts the planned length); a rollback decided at the deadline would overrun it by 5m.',
    );
    const fixes = await fixesFor(uri, warning);
    assert.deepEqual(
      fixes.map((fix) => [fix.title, fix.isPreferred ?? false]),
      [
        ['Set the deadline to 35m (window 50m − rollback 15m)', true],
        ['Add length: 55m (deadline + rollback)', false],
      ],
    );
    assert.match(
      applyEdits(readFixture('no-time-to-roll-back.yaml'), editsFor(fixes[1].edit, uri)),
      /\n {2}zone: Pacific\/Auckland\n {2}length: 55m\nsteps:/,
    );
    await client.close(uri);
  });
});
