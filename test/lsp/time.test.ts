import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  CodeActionKind,
  DiagnosticSeverity,
  type CodeAction,
  type TextEdit,
} from 'vscode-languageserver-protocol';
import { LspClient, REPO_ROOT } from './lsp-client';
import { applyEdits, editsFor, messageOf } from './text-helpers';

/** A window that crosses New York's spring change, with no audience of its own. */
const CROSSING =
  'kind: runbook\ntitle: T\nwindow:\n  start: 2099-03-08 06:00\n  zone: UTC\n  length: 2h\nsteps:\n  - id: a\n    estimate: 5m\n';

describe('LSP: times and zones', () => {
  let client: LspClient;
  before(
    async () =>
      (client = await LspClient.start({
        audienceZones: ['America/New_York', 42, 'Not/AZone'],
        timeFormat: 'weird',
      })),
  );
  after(async () => client?.stop());

  it('reads runbook.audienceZones from the client, leaving out what is not a zone', async () => {
    const uri = 'file:///work/crossing.runbook.yaml';
    await client.open(uri, CROSSING);
    const diagnostics = await client.diagnosticsFor(uri);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.severity]),
      [['window-crosses-dst', DiagnosticSeverity.Information]],
    );
    assert.match(messageOf(diagnostics[0]), /America\/New_York \(from runbook\.audienceZones\)/);
  });

  it('passes the clock: a window in the past gets start-in-past', async () => {
    const uri = 'file:///work/past.runbook.yaml';
    await client.open(uri, CROSSING.replace('2099-03-08 06:00', '2015-07-19 08:00'));
    assert.deepEqual(
      (await client.diagnosticsFor(uri)).map((d) => d.code),
      ['start-in-past'],
    );
  });

  it("turns the time rules' fixes into quick fixes: seed 004 as written, fixed to EDT twice", async () => {
    const file = path.join(
      REPO_ROOT,
      'examples/campaign-app-2019/planned-maintenance.announcement.yaml',
    );
    const text = readFileSync(file, 'utf8');
    const uri = `file://${file}`;
    await client.open(uri, text);
    const warnings = (await client.diagnosticsFor(uri)).filter(
      (d) => d.severity === DiagnosticSeverity.Warning,
    );
    assert.deepEqual(
      warnings.map((d) => d.code),
      ['label-mismatch', 'prose-time-mismatch'],
    );
    const edits: TextEdit[] = [];
    for (const diagnostic of warnings) {
      const actions = ((await client.codeActions(uri, diagnostic.range, [diagnostic])) ??
        []) as CodeAction[];
      const fix = actions.find((action) => action.diagnostics?.[0]?.code === diagnostic.code);
      assert.ok(
        fix && fix.kind === CodeActionKind.QuickFix && fix.isPreferred,
        String(diagnostic.code),
      );
      edits.push(...editsFor(fix.edit, uri));
    }
    const fixed = applyEdits(text, edits);
    assert.equal(
      fixed,
      text
        .replace('label: EST,', 'label: EDT,')
        .replace('UTC (00:00am - 01:00am EST)', 'UTC (00:00am - 01:00am EDT)'),
    );
    await client.change(uri, fixed);
    assert.deepEqual(
      (await client.diagnosticsFor(uri)).map((d) => d.code),
      ['start-in-past'],
    );
  });
});
