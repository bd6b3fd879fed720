import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { jsonChunks } from '../../src/cli/json-chunks';
import { ROOT } from './run-cli';

const STEPS = 5_000;
const NOW = '2026-01-01T00:00:00Z';

/** A runbook whose schedule is megabytes long: far more than a pipe holds. */
function bigRunbook(folder: string): string {
  const lines = [
    'kind: runbook',
    'title: Big',
    'window: { start: "2026-07-19 08:00", zone: UTC, length: 1000h }',
    'steps:',
  ];
  for (let i = 0; i < STEPS; i++)
    lines.push(`  - { id: step-${i}, title: Step number ${i} of many, estimate: 5m }`);
  const path = join(folder, 'big.runbook.yaml');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI; with `closeEarly`, the reader closes stdout after the first piece, as `| head -1` does. */
function runBuiltCli(args: string[], closeEarly: boolean): Promise<Finished> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [resolve(ROOT, 'dist/cli.js'), ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => {
      stdout.push(chunk);
      if (closeEarly) child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', fail);
    child.on('close', (code, signal) =>
      done({
        code,
        signal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      }),
    );
  });
}

describe('CLI: large output is streamed', () => {
  let folder: string;
  let big: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'runbook-output-'));
    big = bigRunbook(folder);
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('writes JSON exactly as JSON.stringify(value, null, 2) would, in small pieces', () => {
    const values: unknown[] = [
      [],
      {},
      null,
      'a "quoted" \u001b text',
      [1, [2, [3, [4, { deep: [5] }]]], { a: undefined, b: null }, undefined],
      { list: Array.from({ length: 1000 }, (_, i) => ({ i, s: `x${i}`, e: [], o: {} })) },
      { when: new Date(0), nested: { more: { and: { more: [true, false] } } } },
    ];
    for (const value of values) {
      const chunks = [...jsonChunks(value)];
      assert.equal(chunks.join(''), JSON.stringify(value, null, 2));
      const longest = chunks.reduce((most, chunk) => Math.max(most, chunk.length), 0);
      assert.ok(longest < 200, `a piece of ${longest} characters`);
    }
  });

  it('schedule --format json of a runbook of 5,000 steps prints megabytes that parse', async () => {
    const result = await runBuiltCli(['schedule', big, '--format', 'json', '--now', NOW], false);
    assert.equal(result.code, 0, result.stderr);
    assert.ok(result.stdout.length > 1_000_000, `only ${result.stdout.length} characters`);
    const parsed = JSON.parse(result.stdout) as { steps: Array<{ id: string }> };
    assert.equal(parsed.steps.length, STEPS);
    assert.equal(parsed.steps[STEPS - 1].id, `step-${STEPS - 1}`);
  });

  for (const args of [
    ['schedule', '--now', NOW],
    ['schedule', '--format', 'json', '--now', NOW],
    ['preview', '--format', 'md', '--now', NOW],
  ])
    it(`stops quietly with 141 when the reader of \`${args.slice(0, -2).join(' ')}\` closes early`, async () => {
      const [command, ...options] = args;
      const result = await runBuiltCli([command, big, ...options], true);
      assert.equal(result.signal, null);
      assert.equal(result.code, 141, result.stderr);
      assert.ok(result.stdout.length > 0);
      assert.doesNotMatch(result.stderr, /Error|EPIPE|\n\s+at /, 'no stack trace, no error text');
    });
});
