import { strict as assert } from 'node:assert';
import { LspClient } from './lsp-client';

const RUNBOOK = `kind: runbook
title: Restructure
window:
  start: 2099-07-19 08:00
  zone: Europe/London
  length: 1h
steps:
  - id: migrate
    estimate: 20m
  - id: test
    estimate: 10m
`;

describe('LSP: runbook/summary (the status bar)', () => {
  let client: LspClient;
  let count = 0;
  before(async () => (client = await LspClient.start()));
  after(async () => client?.stop());

  async function open(text: string, name = 'summary.runbook.yaml'): Promise<string> {
    const uri = `file:///work/${++count}-${name}`;
    await client.open(uri, text);
    await client.diagnosticsFor(uri);
    return uri;
  }

  it("answers with the runbook's sum, the verdict and the arithmetic behind it", async () => {
    const summary = await client.summary(await open(RUNBOOK));
    assert.equal(summary?.text, 'Σ 30m × 2 = 1h ✓');
    assert.equal(summary?.verdict, 'fits');
    assert.match(summary?.tooltip ?? '', /\*\*Planned\*\* 30m × 2 \(safety factor\) = 1h\./);
    assert.match(
      summary?.tooltip ?? '',
      /✓ The window \(1h\) fits the plan \(30m × 2 = 1h\) exactly\./,
    );
  });

  it('follows edits, and says when the window is short', async () => {
    const uri = await open(RUNBOOK);
    await client.change(uri, RUNBOOK.replace('length: 1h', 'length: 25m'));
    await client.diagnosticsFor(uri);
    assert.deepEqual(await client.summary(uri), {
      text: 'Σ 30m × 2 = 1h ✗ window 25m',
      verdict: 'shorter-than-estimate',
      tooltip: [
        '**Estimate** 30m: the longest path through the steps.',
        '**Planned** 30m × 2 (safety factor) = 1h.',
        '✗ The window (25m) is shorter than the estimate (30m) itself, before any margin: it needs 1h (30m × 2 = 1h).',
      ].join('\n\n'),
    });
  });

  it("sums an announcement's own estimate when it links no runbook", async () => {
    const uri = await open(
      'kind: announcement\ntitle: T\nstart: 2099-07-19 08:00\nzone: Europe/London\nestimate: 30m\nlength: 45m\n',
      'x.announcement.yaml',
    );
    const summary = await client.summary(uri);
    assert.equal(summary?.text, 'Σ 30m × 2 = 1h ✗ window 45m');
    assert.equal(summary?.verdict, 'shorter-than-planned');
  });

  it('is null with nothing to sum, and for a document the server never saw', async () => {
    assert.equal(
      await client.summary(await open('kind: runbook\ntitle: T\nsteps:\n  - id: a\n')),
      null,
    );
    assert.equal(await client.summary('file:///work/never-opened.runbook.yaml'), null);
  });
});
