import { strict as assert } from 'node:assert';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient } from './lsp-client';
import { messageOf, range } from './text-helpers';

/** Code, range and severity of each diagnostic, in the order published (the server sorts by position). */
function summary(diagnostics: Diagnostic[]) {
  return diagnostics.map((d) => ({ code: d.code, range: d.range, severity: d.severity }));
}

const CLEAN = `kind: runbook
title: Upgrade Postgres
steps:
  - id: backup
    estimate: 30m
  - id: migrate
    estimate: 5m..10m
    needs: [backup]
window: { start: 2099-07-19 08:00, zone: UTC, length: 12h }
`;

describe('LSP: diagnostics', () => {
  let client: LspClient;
  before(async () => (client = await LspClient.start()));
  after(async () => client?.stop());

  it('publishes an empty list for a clean runbook', async () => {
    const uri = 'file:///work/clean.runbook.yaml';
    await client.open(uri, CLEAN);
    const publication = await client.publicationFor(uri);
    assert.deepEqual(publication.diagnostics, []);
    assert.equal(publication.version, 1);
  });

  it('reports yaml-syntax on the broken text', async () => {
    const uri = 'file:///work/syntax.runbook.yaml';
    await client.open(
      uri,
      'kind: runbook\ntitle: a: b\nsteps: []\nwindow: { start: 2099-07-19 08:00, zone: UTC, length: 12h }\n',
    );
    const diagnostics = await client.diagnosticsFor(uri);
    assert.deepEqual(summary(diagnostics), [
      { code: 'yaml-syntax', range: range(1, 7, 1, 8), severity: DiagnosticSeverity.Error },
    ]);
    assert.equal(diagnostics[0].source, 'runbook');
    assert.match(messageOf(diagnostics[0]), /Nested mappings/);
  });

  it('reports schema on the offending node, one per failure', async () => {
    const uri = 'file:///work/schema.runbook.yaml';
    await client.open(
      uri,
      'kind: runbook\ntitle: T\nowner: 5\nsteps:\n  - id: backup\n    estimate: 30m\n    imapct: outage\nwindow: { start: 2099-07-19 08:00, zone: UTC, length: 12h }\n',
    );
    const diagnostics = await client.diagnosticsFor(uri);
    assert.deepEqual(summary(diagnostics), [
      { code: 'schema', range: range(2, 7, 2, 8), severity: DiagnosticSeverity.Error },
      { code: 'schema', range: range(6, 4, 6, 10), severity: DiagnosticSeverity.Error },
    ]);
    assert.match(messageOf(diagnostics[1]), /Unknown key `imapct`.*`impact`/);
    assert.ok(diagnostics.every((d) => d.source === 'runbook'));
  });

  it('reports invalid-duration on the value', async () => {
    const uri = 'file:///work/duration.runbook.yaml';
    await client.open(
      uri,
      'kind: runbook\ntitle: T\nsteps:\n  - id: backup\n    estimate: 1h..30m\nwindow: { start: 2099-07-19 08:00, zone: UTC, length: 12h }\n',
    );
    const diagnostics = await client.diagnosticsFor(uri);
    assert.deepEqual(summary(diagnostics), [
      { code: 'invalid-duration', range: range(4, 14, 4, 21), severity: DiagnosticSeverity.Error },
    ]);
    assert.equal(diagnostics[0].source, 'runbook');
    assert.match(messageOf(diagnostics[0]), /backwards/);
  });

  it('reports duplicate-step-id on the repeat, pointing at the first', async () => {
    const uri = 'file:///work/duplicate.runbook.yaml';
    await client.open(
      uri,
      'kind: runbook\ntitle: T\nsteps:\n  - id: backup\n    estimate: 30m\n  - id: backup\n    estimate: 5m\nwindow: { start: 2099-07-19 08:00, zone: UTC, length: 12h }\n',
    );
    const diagnostics = await client.diagnosticsFor(uri);
    assert.deepEqual(summary(diagnostics), [
      { code: 'duplicate-step-id', range: range(5, 8, 5, 14), severity: DiagnosticSeverity.Error },
    ]);
    assert.equal(diagnostics[0].source, 'runbook');
    assert.deepEqual(
      diagnostics[0].relatedInformation?.map((r) => r.location),
      [{ uri, range: range(3, 8, 3, 14) }],
    );
  });

  it('reports unknown-step on the needs entry', async () => {
    const uri = 'file:///work/unknown.runbook.yaml';
    await client.open(
      uri,
      'kind: runbook\ntitle: T\nsteps:\n  - id: backup\n    estimate: 30m\n  - id: migrate\n    estimate: 5m\n    needs: [bakup]\nwindow: { start: 2099-07-19 08:00, zone: UTC, length: 12h }\n',
    );
    const diagnostics = await client.diagnosticsFor(uri);
    assert.deepEqual(summary(diagnostics), [
      { code: 'unknown-step', range: range(7, 12, 7, 17), severity: DiagnosticSeverity.Error },
    ]);
    assert.equal(diagnostics[0].source, 'runbook');
    assert.match(messageOf(diagnostics[0]), /"bakup".*"backup"/);
  });

  it('reports dependency-cycle once per cycle, on the needs entry that closes it', async () => {
    const uri = 'file:///work/cycle.runbook.yaml';
    await client.open(
      uri,
      'kind: runbook\ntitle: T\nsteps:\n  - id: drain\n    estimate: 1m\n    needs: [restart]\n  - id: restart\n    estimate: 1m\n    needs: [drain]\nwindow: { start: 2099-07-19 08:00, zone: UTC, length: 12h }\n',
    );
    const diagnostics = await client.diagnosticsFor(uri);
    assert.deepEqual(summary(diagnostics), [
      { code: 'dependency-cycle', range: range(5, 12, 5, 19), severity: DiagnosticSeverity.Error },
    ]);
    assert.ok(
      diagnostics.every(
        (d) => d.source === 'runbook' && /"drain" and "restart"/.test(messageOf(d)),
      ),
    );
  });

  it('reports missing-estimate as a warning on the step id', async () => {
    const uri = 'file:///work/estimate.runbook.yaml';
    await client.open(
      uri,
      'kind: runbook\ntitle: T\nsteps:\n  - id: backup\n    title: Back up\nwindow: { start: 2099-07-19 08:00, zone: UTC, length: 12h }\n',
    );
    const diagnostics = await client.diagnosticsFor(uri);
    assert.deepEqual(summary(diagnostics), [
      { code: 'missing-estimate', range: range(3, 8, 3, 14), severity: DiagnosticSeverity.Warning },
    ]);
    assert.equal(diagnostics[0].source, 'runbook');
  });

  it('re-publishes after each change, empty once fixed', async () => {
    const uri = 'file:///work/edited.runbook.yaml';
    await client.open(uri, CLEAN.replace('needs: [backup]', 'needs: [bakup]'));
    assert.deepEqual(
      (await client.diagnosticsFor(uri)).map((d) => d.code),
      ['unknown-step'],
    );
    await client.change(uri, CLEAN);
    const fixed = await client.publicationFor(uri);
    assert.deepEqual(fixed.diagnostics, []);
    assert.equal(fixed.version, 2);
    await client.change(uri, CLEAN.replace('estimate: 30m', 'estimate: soon'));
    assert.deepEqual(
      (await client.diagnosticsFor(uri)).map((d) => d.code),
      ['invalid-duration'],
    );
  });

  it('checks an untitled document by its kind:', async () => {
    const uri = 'untitled:Untitled-1';
    await client.open(uri, CLEAN.replace('estimate: 30m', 'estimate: 30'));
    const diagnostics = await client.diagnosticsFor(uri);
    assert.deepEqual(summary(diagnostics), [
      { code: 'invalid-duration', range: range(4, 14, 4, 16), severity: DiagnosticSeverity.Error },
    ]);
  });

  it('checks a file whose name says nothing by its kind:', async () => {
    const uri = 'file:///work/notes.yaml';
    await client.open(
      uri,
      CLEAN.replace('  - id: migrate\n', '  - id: migrate\n    surprise: yes\n'),
    );
    const diagnostics = await client.diagnosticsFor(uri);
    assert.deepEqual(summary(diagnostics), [
      { code: 'schema', range: range(6, 4, 6, 12), severity: DiagnosticSeverity.Error },
    ]);
  });
});

describe('LSP: runbook.validate', () => {
  let client: LspClient;
  before(async () => (client = await LspClient.start({ validate: false })));
  after(async () => client?.stop());

  it('publishes an empty list when validation is off, and re-validates when it is turned on', async () => {
    const uri = 'file:///work/unvalidated.runbook.yaml';
    const broken = CLEAN.replace('needs: [backup]', 'needs: [bakup]');
    await client.open(uri, broken);
    assert.deepEqual(await client.diagnosticsFor(uri), []);
    assert.ok(client.configurationRequests.length >= 1, 'the server asked for the settings');

    client.settings = {};
    await client.configurationChanged();
    assert.deepEqual(
      (await client.diagnosticsFor(uri)).map((d) => d.code),
      ['unknown-step'],
    );

    client.settings = { validate: false };
    await client.configurationChanged();
    assert.deepEqual(await client.diagnosticsFor(uri), []);
  });
});
