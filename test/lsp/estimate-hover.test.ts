import { strict as assert } from 'node:assert';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { LspClient } from './lsp-client';
import { cursor } from './text-helpers';

/** Seed 002's plan as made: 1h 10m–1h 30m of steps in the 2h CloudCannon allocated, doubled by default. */
const RUNBOOK = `kind: runbook
title: Upgrade Postgres four major versions
window:
  start: 2099-11-13 17:00
  zone: Pacific/Auckland
  length: 2h
steps:
  - id: backup
    estimate: 20m..30m
  - id: upgrade
    estimate: 50m..1h
`;

const text = (hover: Hover | null) => (hover?.contents as MarkupContent | undefined)?.value ?? '';

describe('LSP: hover on estimates and length', () => {
  let client: LspClient;
  const uri = 'file:///work/estimate-hover.runbook.yaml';
  before(async () => {
    client = await LspClient.start();
    await client.open(uri, RUNBOOK);
    await client.diagnosticsFor(uri);
  });
  after(async () => client?.stop());

  const hoverAt = (find: string, marked: string) =>
    client.hover(uri, cursor(RUNBOOK.replace(find, marked)).position);

  it("shows a step's estimate, planned length, share of the critical path and start", async () => {
    const hover = await hoverAt('estimate: 50m..1h', 'estimate: 5|0m..1h');
    assert.equal(
      text(hover),
      '**Estimate** 50m–1h · planned 2h (× 2) · 67 % of the critical path\n\nStarts T+0:20..0:30, ends T+1:10..1:30 (17:20..17:30 → 18:10..18:30 in `Pacific/Auckland`).',
    );
    assert.deepEqual(hover?.range, {
      start: { line: 10, character: 14 },
      end: { line: 10, character: 21 },
    });
  });

  it('shows the verdict on length before the window table', async () => {
    const value = text(await hoverAt('length: 2h', 'length: 2|h'));
    assert.match(
      value,
      /^\*\*Window length\*\* 2h · estimate 1h 10m–1h 30m · planned 3h \(× 2\)\n\n✗ The window \(2h\) is shorter than planned: 1h 10m–1h 30m × 2 = 3h, 1h more\. The estimate itself fits\./,
    );
    assert.match(value, /\*\*Maintenance window\*\*/);
  });
});
