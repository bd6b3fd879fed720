import { strict as assert } from 'node:assert';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { LspClient } from './lsp-client';
import { cursor, range } from './text-helpers';

/** Issue 12's runbook: an estimate written without a unit between two valid ones, in a 2h window. */
const BROKEN = `kind: runbook
title: Restructure
window:
  start: 2099-07-19 08:00
  zone: Europe/London
  length: 2h
steps:
  - id: migrate
    estimate: 30m
  - id: reindex
    estimate: 30
  - id: test
    estimate: 15m
`;
const REASON = "lower bound: step `reindex` has no valid estimate; the plan's inputs have 1 error";
const text = (hover: Hover | null) => (hover?.contents as MarkupContent | undefined)?.value ?? '';

describe('LSP: no ✓ on a plan computed around a broken estimate', () => {
  let client: LspClient;
  const uri = 'file:///work/plan-caveat.runbook.yaml';
  before(async () => {
    client = await LspClient.start();
    await client.open(uri, BROKEN);
    await client.diagnosticsFor(uri);
  });
  after(async () => client?.stop());

  it('the lens over steps: says ○ lower bound, and why in its tooltip', async () => {
    const lenses = await client.codeLenses(uri);
    assert.deepEqual(
      lenses?.map((lens) => [lens.command?.title, lens.command?.tooltip]),
      [['Σ ≥ 45m × 2 ≥ 1h 30m · window 2h ○ lower bound', `○ The plan is not final: ${REASON}.`]],
    );
  });

  it('the status bar summary says ○ lower bound, and why in its tooltip, with no ✓ anywhere', async () => {
    const summary = await client.summary(uri);
    assert.equal(summary?.text, 'Σ ≥ 45m × 2 ≥ 1h 30m ○ lower bound');
    assert.match(
      summary?.tooltip ?? '',
      new RegExp(`but that is no pass: ${REASON.replace(/[`$]/g, '.')}\\.`),
    );
    assert.doesNotMatch(summary?.tooltip ?? '', /✓/);
  });

  it('the step after the broken estimate starts at T+≥0:30, not a confident T+0:30', async () => {
    const hints = await client.inlayHints(uri, range(0, 0, 100, 0));
    assert.deepEqual(
      hints?.map((hint) => hint.label),
      ['→ 07:00 UTC', 'T+0:00', 'T+0:30', 'T+≥0:30'],
    );
    assert.match(
      hints?.[3].tooltip as string,
      /At the earliest: a step before it has no valid estimate/,
    );
  });

  it('the hovers on length and on the next step say so too', async () => {
    const onLength = text(
      await client.hover(uri, cursor(BROKEN.replace('length: 2h', 'length: 2|h')).position),
    );
    assert.match(onLength, /^○ The window \(2h\) fits the plan as computed/m);
    assert.doesNotMatch(onLength, /✓/);
    const onStep = text(
      await client.hover(uri, cursor(BROKEN.replace('estimate: 15m', 'estimate: 1|5m')).position),
    );
    assert.match(onStep, /Starts T\+≥0:30, ends T\+≥0:45 .*: at the earliest/);
  });

  it('a fixed estimate brings the ✓ back', async () => {
    await client.change(uri, BROKEN.replace('estimate: 30\n', 'estimate: 30m\n'));
    await client.diagnosticsFor(uri);
    assert.equal((await client.summary(uri))?.text, 'Σ 1h 15m × 2 = 2h 30m ✗ window 2h');
    await client.change(uri, BROKEN.replace('estimate: 30\n', 'estimate: 15m\n'));
    await client.diagnosticsFor(uri);
    assert.equal((await client.summary(uri))?.text, 'Σ 1h × 2 = 2h ✓');
  });
});
