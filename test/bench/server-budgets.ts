// Part of `npm run bench`: the time budgets the protocol and CLI tests used to assert, measured
// on the built server (dist/server.js, over stdio) and the built CLI (dist/cli.js).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BAD_INPUTS } from '../lsp/bad-inputs';
import { LspClient, REPO_ROOT } from '../lsp/lsp-client';
import type { BudgetRow } from './budgets';

async function elapsedMs(request: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await request();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** After each hostile file: the slowest answer to the next hover, symbols and completion requests. */
async function badInputRows(client: LspClient): Promise<BudgetRow[]> {
  const valid = 'file:///bench/bad/valid.runbook.yaml';
  await client.open(valid, 'kind: runbook\ntitle: T\nsteps:\n  - id: backup\n    estimate: 30m\n');
  await client.diagnosticsFor(valid);
  const rows: BudgetRow[] = [];
  for (const [index, input] of BAD_INPUTS.entries()) {
    const uri = `file:///bench/bad/${input.fileName ?? `case-${index}.runbook.yaml`}`;
    const text = input.text();
    if (Buffer.isBuffer(text)) client.openRaw(uri, text);
    else await client.open(uri, text);
    await client.diagnosticsFor(uri, 120_000);
    const answers = [
      await elapsedMs(() => client.hover(valid, { line: 3, character: 10 })),
      await elapsedMs(() => client.hover(uri, { line: 0, character: 1 })),
      await elapsedMs(() => client.documentSymbols(uri)),
      await elapsedMs(() => client.completion(uri, { line: 0, character: 0 })),
    ];
    rows.push({ what: `server after ${input.name}`, ms: Math.max(...answers), budget: 1000 });
    await client.close(uri);
  }
  return rows;
}

/** A runbook of 10 MB: too large to analyse, so the answer should come at once. */
function hugeRunbook(): string {
  const step = '  - id: step\n    estimate: 1m\n';
  return `kind: runbook\ntitle: T\nsteps:\n${step.repeat(Math.ceil((10 * 1024 * 1024) / step.length))}`;
}

async function previewRow(client: LspClient): Promise<BudgetRow> {
  const uri = 'file:///bench/huge.runbook.yaml';
  await client.open(uri, hugeRunbook());
  await client.diagnosticsFor(uri, 120_000);
  const ms = await elapsedMs(() => client.preview(uri));
  await client.close(uri);
  return { what: 'server: runbook/preview of a 10 MB file (refused)', ms, budget: 1000 };
}

/** `runbook preview` of a 10 MB announcement, the whole process as a user runs it. */
function cliRow(): BudgetRow {
  const folder = mkdtempSync(join(tmpdir(), 'runbook-bench-'));
  try {
    const path = join(folder, 'huge.announcement.yaml');
    writeFileSync(
      path,
      `kind: announcement\ntitle: Huge\nsections:\n  notes: |\n${'    lorem ipsum dolor sit amet, consectetur adipiscing elit\n'.repeat(180_000)}`,
    );
    const cli = join(REPO_ROOT, 'dist/cli.js');
    const args = [cli, 'preview', path, '--format', 'html', '--out', join(folder, 'huge.html')];
    const samples = [0, 1, 2].map(() => {
      const start = process.hrtime.bigint();
      spawnSync(process.execPath, args, { cwd: REPO_ROOT });
      return Number(process.hrtime.bigint() - start) / 1e6;
    });
    const ms = samples.sort((a, b) => a - b)[1];
    return { what: 'CLI: `runbook preview` of a 10 MB file (refused)', ms, budget: 1000 };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The server's and the CLI's budgets: answers that must not wait on hostile or huge files. */
export async function serverBudgetRows(): Promise<BudgetRow[]> {
  const client = await LspClient.start();
  try {
    return [...(await badInputRows(client)), await previewRow(client), cliRow()];
  } finally {
    await client.stop();
  }
}
