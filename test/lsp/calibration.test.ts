import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import type { JournalEvent } from '../../src/core/run/journal-events';
import { journalFileName, safeRunbookId } from '../../src/core/run/journal-catalog';
import { serializeEvent } from '../../src/core/run/journal-read';
import { LspClient } from './lsp-client';
import { applyEdits, cursor, editsFor } from './text-helpers';

const RUNBOOK = `kind: runbook
id: db-upgrade
title: Upgrade the database
window:
  start: 2099-07-19 08:00
  zone: Europe/London
  length: 1h
steps:
  - id: backup
    estimate: 10m
  - id: migrate
    estimate: 3m..5m
`;

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 6, 19, 7, 0);
/** Longer than any hover or history read takes; the retries below stop as soon as history shows. */
const DEADLINE_MS = 60_000;
/** Between two hovers while the server reads the journals in the background: a poll, not a wait. */
const POLL_MS = 25;

/** A finished (or, with `ended` false, unfinished) run of db-upgrade, as the engine writes it. */
function writeRun(runsFolder: string, day: number, migrateMs: number, ended = true): void {
  const startedAt = T0 + day * 24 * 60 * MINUTE;
  const at = new Date(startedAt).toISOString();
  const events: JournalEvent[] = [
    {
      type: 'run-started',
      at,
      version: 1,
      runId: `run-${day}`,
      runbook: { id: 'db-upgrade', path: 'db.runbook.yaml', contentHash: 'h' },
      user: 'ana',
      host: 'ops-1',
      steps: ['backup', 'migrate'],
      parallel: 1,
      anchor: startedAt,
    },
    { type: 'step-state', at, step: 'backup', state: 'done', durationMs: 8 * MINUTE },
    { type: 'step-state', at, step: 'migrate', state: 'done', durationMs: migrateMs },
    ...(ended ? [{ type: 'run-ended', at, outcome: 'done' } as const] : []),
  ];
  const dir = join(runsFolder, safeRunbookId('db-upgrade'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, journalFileName(startedAt)), events.map(serializeEvent).join(''));
}

/** 7m 20s, 9m 10s and 12m in three finished runs, oldest first; a run still going is not counted. */
function writeRuns(runsFolder: string): void {
  writeRun(runsFolder, 0, 7 * MINUTE + 20_000);
  writeRun(runsFolder, 1, 9 * MINUTE + 10_000);
  writeRun(runsFolder, 2, 12 * MINUTE);
  writeRun(runsFolder, 3, 99 * MINUTE, false);
}

const text = (hover: Hover | null) => (hover?.contents as MarkupContent | undefined)?.value ?? '';
const until = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('LSP: past runs on the estimate hover, and the quick fix', () => {
  let folder: string;
  let client: LspClient | undefined;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'runbook-calibration-'))));
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    rmSync(folder, { recursive: true, force: true });
  });

  /** Opens the runbook in a workspace of `folder` with these settings, and waits for its diagnostics. */
  async function open(settings: Record<string, unknown> = {}) {
    client = await LspClient.start(settings, [pathToFileURL(folder).href]);
    const uri = pathToFileURL(join(folder, 'ops', 'db.runbook.yaml')).href;
    await client.open(uri, RUNBOOK);
    await client.diagnosticsFor(uri);
    return { client, uri };
  }

  /**
   * Hovers until the hover shows past runs: the first hover only starts reading the journals (the
   * server never makes a hover wait for the disk), so a later one shows them.
   */
  async function hoverWithHistory(lsp: LspClient, uri: string): Promise<string> {
    const { position } = cursor(RUNBOOK.replace('estimate: 3m..5m', 'estimate: 3|m..5m'));
    const deadline = Date.now() + DEADLINE_MS;
    let last = '';
    while (Date.now() < deadline) {
      last = text(await lsp.hover(uri, position));
      if (last.includes('Past runs')) return last;
      await until(POLL_MS);
    }
    assert.fail(`no past runs in the hover within ${DEADLINE_MS} ms; last: ${last}\n${lsp.errors}`);
  }

  it("shows the step's last runs against its estimate, and offers the range they took", async () => {
    writeRuns(join(folder, '.runbook', 'runs'));
    const { client: lsp, uri } = await open();
    const hover = await hoverWithHistory(lsp, uri);
    assert.match(hover, /\n\n\*\*Past runs\*\* last 3 runs: 7m, 9m, 12m; 1\.9× the estimate$/);

    const { position } = cursor(RUNBOOK.replace('estimate: 3m..5m', 'estimate: 3|m..5m'));
    const actions = ((await lsp.codeActions(uri, { start: position, end: position })) ??
      []) as CodeAction[];
    const fix = actions.find((action) => action.title.startsWith('Set the estimate'));
    assert.equal(fix?.title, 'Set the estimate to 7m..12m, the range of the last 3 runs');
    assert.equal(fix.kind, 'quickfix');
    assert.equal(
      applyEdits(RUNBOOK, editsFor(fix.edit, uri)),
      RUNBOOK.replace('estimate: 3m..5m', 'estimate: 7m..12m'),
    );

    // Backup has history too, but 8m on each run is no reason to hover differently than 10m says.
    const backup = cursor(RUNBOOK.replace('estimate: 10m', 'estimate: 1|0m')).position;
    assert.match(
      text(await lsp.hover(uri, backup)),
      /\*\*Past runs\*\* last 3 runs: 8m, 8m, 8m; 0\.8× the estimate$/,
    );
  });

  it('reads the journals where runbook.run.journalFolder points', async () => {
    writeRuns(join(folder, 'shared', 'runs'));
    const { client: lsp, uri } = await open({ run: { journalFolder: 'shared/runs' } });
    assert.match(await hoverWithHistory(lsp, uri), /last 3 runs: 7m, 9m, 12m/);
  });

  it('offers no fix and shows no past runs where there are no journals', async () => {
    const { client: lsp, uri } = await open();
    const { position } = cursor(RUNBOOK.replace('estimate: 3m..5m', 'estimate: 3|m..5m'));
    // Whether or not the (empty) history is cached yet, there is nothing to show or offer.
    for (let i = 0; i < 3; i++) {
      assert.doesNotMatch(text(await lsp.hover(uri, position)), /Past runs/);
      const actions = (await lsp.codeActions(uri, { start: position, end: position })) ?? [];
      assert.deepEqual(actions, []);
    }
  });
});
