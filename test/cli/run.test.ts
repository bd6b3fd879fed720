import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli as runCliInProcess } from '../../src/cli/cli';
import { readJournal } from '../../src/core/run/journal-read';
import { JOURNAL_VERSION, type JournalEvent } from '../../src/core/run/journal-events';
import { contentHash } from '../../src/runner/run-session';
import { ROOT, type CliResult } from './run-cli';

/** Runs `runbook run …` in this process from `cwd`, with the given environment for the commands. */
async function run(cwd: string, args: string[], env = process.env): Promise<CliResult> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const status = await runCliInProcess(['run', ...args], {
    stdout: (text) => stdout.push(text),
    stderr: (text) => stderr.push(text),
    cwd,
    env,
  });
  return { status, stdout: stdout.join(''), stderr: stderr.join('') };
}

/** A copy of examples/demo in a temp folder, so that its scratch files and journals land there. */
function demoCopy(): string {
  const folder = mkdtempSync(join(tmpdir(), 'runbook-run-'));
  cpSync(join(ROOT, 'examples/demo/demo.runbook.yaml'), join(folder, 'demo.runbook.yaml'));
  return folder;
}

function journals(folder: string, id: string): string[] {
  const dir = join(folder, '.runbook/runs', id);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .map((name) => join(dir, name));
}

function eventsOf(path: string): JournalEvent[] {
  const reading = readJournal(readFileSync(path, 'utf8'));
  if ('error' in reading) throw new Error(reading.error);
  return reading.events;
}

function runbookIn(folder: string, steps: string[]): string {
  const text = ['kind: runbook', 'id: t', 'title: T', 'steps:', ...steps, ''].join('\n');
  writeFileSync(join(folder, 't.runbook.yaml'), text);
  return 't.runbook.yaml';
}

describe('cli: runbook run', () => {
  const folders: string[] = [];
  const temp = () => {
    const folder = demoCopy();
    folders.push(folder);
    return folder;
  };
  after(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

  it('runs the demo to the end: output under a header per step, a journal that says done', async () => {
    const folder = temp();
    const result = await run(folder, ['demo.runbook.yaml', '--yes']);
    assert.equal(result.status, 0, result.stderr + result.stdout);
    assert.match(result.stdout, /── backup · run ──\nbacked up 42 rows\n/);
    assert.match(result.stdout, /✓ reopen done/);
    assert.ok(existsSync(join(folder, 'scratch/migrated.txt')));
    const [journal] = journals(folder, 'demo');
    const events = eventsOf(journal);
    assert.equal(events[0].type, 'run-started');
    const end = events.at(-1);
    assert.equal(end?.type === 'run-ended' && end.outcome, 'done');
    const log = readFileSync(join(journal.replace(/\.jsonl$/, ''), 'backup.run.1.log'), 'utf8');
    assert.match(log, /backed up 42 rows/);
  });

  it('a failing verify with --on-failure rollback undoes the steps newest first and exits 3', async () => {
    const folder = temp();
    writeFileSync(join(folder, 'fail-the-check'), '');
    const result = await run(folder, ['demo.runbook.yaml', '--yes', '--on-failure', 'rollback']);
    assert.equal(result.status, 3, result.stderr + result.stdout);
    assert.match(result.stdout, /✗ migrate verify: exit code 1/);
    const events = eventsOf(journals(folder, 'demo')[0]);
    const rollbacks = events.flatMap((e) =>
      e.type === 'command-started' && e.phase === 'rollback' ? [e.step] : [],
    );
    assert.deepEqual(rollbacks, ['migrate', 'backup', 'announce']);
    const report = readFileSync(journals(folder, 'demo')[0].replace(/\.jsonl$/, '.md'), 'utf8');
    assert.match(report, /rolled.back/i);
    assert.match(result.stdout, /runbook: report \.runbook\/runs\/demo\/.*\.md\n/);
    assert.ok(!existsSync(join(folder, 'scratch/backup.txt')), 'the backup was rolled back');
    assert.ok(!events.some((e) => e.type === 'command-started' && e.step === 'smoke-test'));
  });

  it('without a terminal and without --yes runs nothing and exits 2', async () => {
    const folder = temp();
    const result = await run(folder, ['demo.runbook.yaml']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /needs a terminal .* pass --yes/);
    assert.deepEqual(journals(folder, 'demo'), []);
    assert.ok(!existsSync(join(folder, 'scratch')));
  });

  it('refuses a runbook with errors, listing them, and runs nothing', async () => {
    const folder = temp();
    const file = runbookIn(folder, [
      '  - { id: a, estimate: 1m, run: touch ran }',
      '  - { id: b, estimate: 1m, needs: [nope], run: touch ran }',
    ]);
    const result = await run(folder, [file, '--yes']);
    assert.equal(result.status, 2);
    assert.match(
      result.stderr,
      /cannot be run while it has errors:\n {2}line 6, column \d+: .*nope.*\(unknown-step\)/,
    );
    assert.ok(!existsSync(join(folder, 'ran')));
  });

  it('names a command missing from PATH, and --on-failure abort exits 1', async () => {
    const folder = temp();
    const file = runbookIn(folder, [
      '  - { id: a, estimate: 1m, run: no-such-command-xyz --now }',
      '  - { id: b, estimate: 1m, run: touch ran }',
    ]);
    const result = await run(folder, [file, '--yes', '--on-failure', 'abort']);
    assert.equal(result.status, 1, result.stderr + result.stdout);
    assert.match(result.stdout, /command not found: no-such-command-xyz \(exit 127\)/);
    assert.ok(!existsSync(join(folder, 'ran')));
  });

  it('a journal folder that cannot be written: nothing starts, and the message says where', async () => {
    const folder = temp();
    writeFileSync(join(folder, '.runbook'), 'a file where the folder should be');
    const result = await run(folder, ['demo.runbook.yaml', '--yes']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /\.runbook/);
    assert.ok(!existsSync(join(folder, 'scratch')), 'no step ran');
  });

  it('--dry-run prints the plan, clock times and ETA, and runs nothing', async () => {
    const folder = temp();
    const result = await run(folder, ['demo.runbook.yaml', '--dry-run']);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^Dry run of Demo maintenance/);
    assert.match(result.stdout, /3\. migrate — .*\n.*\n.*\n {3}verify: test ! -e fail-the-check\n/);
    assert.match(result.stdout, /✓ Before the go\/no-go deadline, 22:05\./);
    assert.ok(!existsSync(join(folder, 'scratch')));
    assert.deepEqual(journals(folder, 'demo'), []);
  });

  it('masks secret environment values in the output and the step log', async () => {
    const folder = temp();
    const file = runbookIn(folder, [
      '  - { id: a, estimate: 1m, run: echo "token is $DEPLOY_TOKEN" }',
    ]);
    const env = { ...process.env, DEPLOY_TOKEN: 'hunter2-very-secret' };
    const result = await run(folder, [file, '--yes'], env);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /token is \*\*\*/);
    assert.doesNotMatch(result.stdout, /hunter2/);
    const journal = journals(folder, 't')[0];
    const log = readFileSync(join(journal.replace(/\.jsonl$/, ''), 'a.run.1.log'), 'utf8');
    assert.doesNotMatch(log + readFileSync(journal, 'utf8'), /hunter2/);
  });

  it('--format json prints the journal events, one per line, and a summary', async () => {
    const folder = temp();
    const result = await run(folder, ['demo.runbook.yaml', '--yes', '--format', 'json']);
    assert.equal(result.status, 0, result.stderr);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string });
    assert.equal(lines[0].type, 'run-started');
    const journal = journals(folder, 'demo')[0];
    assert.deepEqual(lines.at(-1), {
      type: 'summary',
      outcome: 'done',
      journal,
      report: journal.replace(/\.jsonl$/, '.md'),
    });
  });

  it('--from starts at a step; the ones before are recorded as skipped', async () => {
    const folder = temp();
    const file = runbookIn(folder, [
      '  - { id: a, estimate: 1m, run: echo a >> order }',
      '  - { id: b, estimate: 1m, run: echo b >> order }',
    ]);
    const result = await run(folder, [file, '--yes', '--from', 'b']);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(readFileSync(join(folder, 'order'), 'utf8'), 'b\n');
    assert.match(result.stdout, /• a skipped/);
  });

  it('--resume with no unfinished run says so and exits 1', async () => {
    const folder = temp();
    const result = await run(folder, ['demo.runbook.yaml', '--yes', '--resume']);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /No unfinished run of demo.runbook.yaml/);
  });

  it('--resume of a run killed before its first event was on disk: nothing ran, it says so, exit 1', async () => {
    const folder = temp();
    const file = runbookIn(folder, ['  - { id: a, estimate: 1m, run: touch ran }']);
    const dir = join(folder, '.runbook/runs/t');
    mkdirSync(dir, { recursive: true });
    for (const torn of ['', '{"type":"run-started","at":"2026-']) {
      writeFileSync(join(dir, '2026-01-01T00-00-00Z.jsonl'), torn);
      const result = await run(folder, [file, '--yes', '--resume', '--interrupted', 'retry']);
      assert.equal(result.status, 1, result.stderr);
      assert.match(result.stderr, /stopped before it started, and nothing of it ran/);
      assert.ok(!existsSync(join(folder, 'ran')));
    }
  });

  it('--resume of a run killed mid-rollback: unattended, only --interrupted lets it go on', async () => {
    const folder = temp();
    const file = runbookIn(folder, [
      '  - { id: a, estimate: 1m, run: echo a >> ran, rollback: echo undo-a >> ran }',
      '  - { id: b, estimate: 1m, run: echo b >> ran, rollback: echo undo-b >> ran }',
    ]);
    const at = '2026-01-01T00:00:00.000Z';
    const text = readFileSync(join(folder, file), 'utf8');
    const events = [
      {
        type: 'run-started',
        at,
        version: JOURNAL_VERSION,
        runId: 'r',
        runbook: { id: 't', path: file, contentHash: contentHash(text) },
        user: 'ana',
        host: 'ops-1',
        steps: ['a', 'b'],
        parallel: 1,
      },
      ...['a', 'b'].map((step) => ({ type: 'step-state', at, step, state: 'done' })),
      { type: 'decision', at, question: 'deadline', answer: 'rollback', by: 'ana' },
      { type: 'command-started', at, step: 'b', phase: 'rollback', attempt: 1 },
    ];
    const journal = join(folder, '.runbook/runs/t/2026-01-01T00-00-00Z.jsonl');
    mkdirSync(join(journal, '..'), { recursive: true });
    const written = events.map((event) => `${JSON.stringify(event)}\n`).join('');
    writeFileSync(journal, written);
    const refused = await run(folder, [file, '--yes', '--resume']);
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /the rollback of step "b" was running .*--interrupted retry/);
    assert.equal(readFileSync(journal, 'utf8'), written, 'the journal is left as it was');
    const result = await run(folder, [file, '--yes', '--resume', '--interrupted', 'done']);
    assert.equal(result.status, 3, result.stderr + result.stdout);
    assert.equal(readFileSync(join(folder, 'ran'), 'utf8'), 'undo-a\n', 'b is not undone twice');
  });

  describe('killed with SIGKILL mid-step, then --resume', () => {
    let folder: string;
    let file: string;
    before(async function () {
      folder = temp();
      file = runbookIn(folder, [
        '  - { id: first, estimate: 1m, run: echo first >> ran }',
        '  - { id: slow, estimate: 1m, run: echo slow >> ran && exec sleep 600, verify: grep -q slow ran }',
        '  - { id: last, estimate: 1m, run: echo last >> ran }',
      ]);
      const cli = spawn(process.execPath, [resolve(ROOT, 'dist/cli.js'), 'run', file, '--yes'], {
        cwd: folder,
        stdio: 'ignore',
      });
      // Wait until the journal says the slow step's process is running, then kill the CLI.
      const pid = await waitFor(() => {
        const journal = journals(folder, 't')[0];
        if (!journal) return undefined;
        const started = eventsOf(journal).find(
          (e) => e.type === 'process-started' && e.step === 'slow',
        );
        return started?.type === 'process-started' ? started.pid : undefined;
      });
      cli.kill('SIGKILL');
      await new Promise((resolve) => cli.once('exit', resolve));
      // The step's own process group outlives the CLI (it is detached); end it as an operator would.
      process.kill(-pid, 'SIGKILL');
    });

    it('refuses to go on unattended without --interrupted, naming the step and the flag', async () => {
      const result = await run(folder, [file, '--yes', '--resume']);
      assert.equal(result.status, 2);
      assert.match(
        result.stderr,
        /step "slow" was running .*--interrupted verify\|retry\|done\|failed/,
      );
    });

    it('--interrupted verify checks the step instead of running it again, and the run goes on', async () => {
      const result = await run(folder, [file, '--yes', '--resume', '--interrupted', 'verify']);
      assert.equal(result.status, 0, result.stderr + result.stdout);
      assert.equal(readFileSync(join(folder, 'ran'), 'utf8'), 'first\nslow\nlast\n');
      const events = eventsOf(journals(folder, 't')[0]);
      assert.ok(events.some((e) => e.type === 'run-resumed'));
      assert.ok(
        events.some(
          (e) => e.type === 'step-state' && e.step === 'slow' && e.state === 'interrupted',
        ),
      );
      const end = events.at(-1);
      assert.equal(end?.type === 'run-ended' && end.outcome, 'done');
    });
  });
});

/** Polls `probe` until it returns a value; the deadline is far above the usual second or two. */
async function waitFor<T>(probe: () => T | undefined, deadlineMs = 90_000): Promise<T> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`nothing after ${deadlineMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
