import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiagnosticCodes } from '../../src/core/diagnostic';
import { runCli, runCliIn, spawnCli } from './run-cli';

interface LintJson {
  file: string;
  diagnostics: Array<{
    code: string;
    severity: string;
    message: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
  }>;
}

describe('CLI: runbook lint', () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'runbook-cli-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('exits 0 on the examples: only seed 002\'s short window and seed 004\'s "EST" are warned about, and .runbookignore keeps broken/ out', () => {
    const result = spawnCli('lint', 'examples', '--now', '2009-01-01T00:00:00Z');
    const seed004 = 'examples/campaign-app-2019/planned-maintenance.announcement.yaml';
    assert.deepEqual(
      result.stdout
        .trim()
        .split('\n')
        .map((line) => line.split(' ').slice(0, 3).join(' ')),
      [
        `${seed004}:19:14 warning label-mismatch`,
        `${seed004}:24:74 warning prose-time-mismatch`,
        'examples/cloudcannon-2018/postgres-upgrade.runbook.yaml:34:11 warning window-shorter-than-planned',
        'examples/cloudcannon-2018/scheduled-maintenance.announcement.yaml:17:9 warning window-shorter-than-planned',
      ],
    );
    assert.match(
      result.stdout,
      /postgres-upgrade\.runbook\.yaml:34:11 warning window-shorter-than-planned Window 2h is shorter than 2 × estimate 1h 30m = 3h: /,
    );
    assert.match(
      result.stdout,
      /scheduled-maintenance\.announcement\.yaml:17:9 warning window-shorter-than-planned Window 2h is shorter than 2 × the runbook's estimate 1h 30m = 3h: /,
    );
    assert.match(result.stderr, /10 files checked: 0 errors, 4 warnings, 0 notes\./);
    assert.equal(result.status, 0);
  });

  it("follows an announcement's runbook: on disk, inside the current directory or beside an announcement outside it", async () => {
    writeFileSync(
      join(folder, 'up.runbook.yaml'),
      'kind: runbook\ntitle: T\nwindow: { start: 2099-07-19 08:00, zone: UTC, length: 1h }\nsteps:\n  - id: a\n    estimate: 45m\n',
    );
    const path = join(folder, 'a.announcement.yaml');
    const announce = (link: string) =>
      writeFileSync(
        path,
        `kind: announcement\ntitle: T\nrunbook: ${link}\nstart: 2099-07-19 08:00\nzone: UTC\nlength: 1h\n`,
      );
    const lintOne = async () =>
      (
        JSON.parse((await runCli('lint', path, '--format', 'json')).stdout) as LintJson[]
      )[0].diagnostics.map((d) => `${d.code}: ${d.message}`);
    announce('./up.runbook.yaml');
    assert.deepEqual(await lintOne(), [
      "window-shorter-than-planned: Window 1h is shorter than 2 × the runbook's estimate 45m = 1h 30m: it leaves only 15m for what the estimate misses.",
    ]);
    announce('./up.runbok.yaml');
    assert.deepEqual(await lintOne(), [
      'runbook-not-found: No file at "./up.runbok.yaml", relative to this announcement\'s folder. Did you mean ./up.runbook.yaml?',
    ]);
    announce('../x.runbook.yaml');
    assert.deepEqual(await lintOne(), [
      'runbook-not-found: "../x.runbook.yaml" is outside this announcement\'s folder, and the announcement is in no workspace folder: only runbooks beside it or below it are read.',
    ]);
    // Run from a workspace below the runbook: the announcement is inside it, the runbook is not.
    mkdirSync(join(folder, 'ws'));
    writeFileSync(
      join(folder, 'ws/b.announcement.yaml'),
      'kind: announcement\ntitle: T\nrunbook: ../up.runbook.yaml\nstart: 2099-07-19 08:00\nzone: UTC\nlength: 2h\n',
    );
    const outside = await runCliIn(join(folder, 'ws'), 'lint', 'b.announcement.yaml');
    assert.equal(
      outside.stdout,
      `b.announcement.yaml:3:10 error runbook-not-found "../up.runbook.yaml" is outside the workspace folder ${join(folder, 'ws')}: only runbooks inside it are read.\n`,
    );
    assert.equal(outside.status, 1);
    assert.equal((await runCliIn(folder, 'lint', 'ws/b.announcement.yaml')).status, 0);
  });

  it("compares with the clock unless --now says otherwise: the seeds' windows are in the past", async () => {
    const result = await runCli('lint', 'examples', '--format', 'json');
    // The seeds' maintenance happened years ago; the demo's window is made up and stays ahead.
    const report = (JSON.parse(result.stdout) as LintJson[]).filter(
      ({ file }) => !file.startsWith('examples/demo/'),
    );
    assert.equal(report.length, 9);
    for (const { file, diagnostics } of report)
      assert.ok(
        diagnostics.some((d) => d.code === 'start-in-past' && d.severity === 'info'),
        file,
      );
    assert.equal(result.status, 0);
    const before = JSON.parse(
      (
        await runCli(
          'lint',
          'examples/gitter-2015',
          '--format',
          'json',
          '--now=2015-07-19T06:59:00Z',
        )
      ).stdout,
    ) as LintJson[];
    assert.deepEqual(
      before.flatMap((file) => file.diagnostics),
      [],
    );
    const during = JSON.parse(
      (
        await runCli(
          'lint',
          'examples/gitter-2015',
          '--format',
          'json',
          '--now=2015-07-19T08:30:00+01:00',
        )
      ).stdout,
    ) as LintJson[];
    assert.deepEqual(
      during.map((file) => file.diagnostics.map((d) => d.message)),
      Array(2).fill([
        'This window is open now: it opened 30 minutes ago (2015-07-19 08:00 Europe/London) and closes in 30 minutes.',
      ]),
    );
  });

  it('exits 2 for a --now that is not an instant', async () => {
    for (const now of ['yesterday', '2026-07-19 08:00', '2026-02-30T08:00:00Z']) {
      const result = await runCli('lint', 'examples', '--now', now);
      assert.equal(result.status, 2, now);
      assert.match(result.stderr, /--now must be an ISO date-time with an offset/);
    }
  });

  it('reports every code of the broken examples as JSON and exits 1', () => {
    const result = spawnCli('lint', 'examples/broken', '--format', 'json');
    assert.equal(result.status, 1);
    const report = JSON.parse(result.stdout) as LintJson[];
    const codes = new Set(report.flatMap((file) => file.diagnostics.map((d) => d.code)));
    for (const code of DiagnosticCodes.filter(
      (c) => c !== 'file-too-large' && c !== 'too-many-problems',
    ))
      assert.ok(codes.has(code), `examples/broken reports ${code}`);
    for (const file of report) {
      const expected = /([a-z-]+)\.(runbook|announcement)\.yaml$/.exec(file.file)![1];
      assert.deepEqual([...new Set(file.diagnostics.map((d) => d.code))], [expected], file.file);
    }
  });

  it('follows the JSON contract: the path as given, 1-based lines and columns, severities as words', async () => {
    const path = join(folder, 'x.runbook.yaml');
    writeFileSync(
      path,
      'kind: runbook\ntitle: T\nsteps:\n  - id: a\n    estimate: 30m\n  - id: b\n    estimate: 5m\n    needs: [c]\nwindow: { start: 2099-07-19 08:00, zone: UTC }\n',
    );
    const result = await runCli('lint', path, '--format=json');
    assert.deepEqual(JSON.parse(result.stdout), [
      {
        file: path,
        diagnostics: [
          {
            code: 'unknown-step',
            severity: 'error',
            message: 'No step has the id "c".',
            line: 8,
            column: 13,
            endLine: 8,
            endColumn: 14,
          },
        ],
      },
    ]);
  });

  it('prints compiler-style lines and exits 0 when there are only warnings', async () => {
    const path = join(folder, 'x.runbook.yaml');
    writeFileSync(path, 'kind: runbook\ntitle: T\nsteps:\n  - id: a\n');
    const result = await runCli('lint', path);
    assert.equal(
      result.stdout,
      `${path}:1:1 warning missing-window This runbook has no window: nothing says when it runs, so its times cannot be checked, converted or announced. Add \`window:\` with \`start:\` and \`zone:\`.\n` +
        `${path}:4:9 warning missing-estimate Step "a" has no estimate, so the runbook's total is only a lower bound. Add \`estimate:\` (like 30m or 30m..1h).\n`,
    );
    assert.equal(result.status, 0);
  });

  it('walks folders for runbook and announcement files only, honouring nested .runbookignore files', async () => {
    mkdirSync(join(folder, 'team/drafts'), { recursive: true });
    writeFileSync(join(folder, 'a.runbook.yaml'), 'kind: runbook\ntitle: T\nsteps: []\n');
    writeFileSync(join(folder, 'notes.yaml'), 'kind: runbook\n: : broken');
    writeFileSync(
      join(folder, 'team/b.announcement.yml'),
      'kind: announcement\ntitle: T\nstart: 2026-07-19 08:00\nzone: Europe/London\n',
    );
    writeFileSync(join(folder, 'team/drafts/c.runbook.yaml'), 'not: [closed');
    writeFileSync(join(folder, 'team/.runbookignore'), '# work in progress\ndrafts/\n');
    const report = JSON.parse(
      (await runCli('lint', folder, '--format', 'json')).stdout,
    ) as LintJson[];
    assert.deepEqual(
      report.map((r) => r.file),
      [join(folder, 'a.runbook.yaml'), join(folder, 'team/b.announcement.yml')],
    );
  });

  it('checks a file named on the command line even when an ignore file lists it', async () => {
    writeFileSync(join(folder, '.runbookignore'), 'c.runbook.yaml\n');
    writeFileSync(
      join(folder, 'c.runbook.yaml'),
      'kind: runbook\ntitle: T\nsteps: [{ id: a, needs: [zz] }]\n',
    );
    writeFileSync(
      join(folder, 'd.runbook.yaml'),
      'kind: runbook\ntitle: T\nsteps: [{ id: a, estimate: 5m }]\n',
    );
    const walked = await runCli('lint', folder, '--format', 'json');
    assert.equal(walked.status, 0);
    assert.deepEqual(
      (JSON.parse(walked.stdout) as LintJson[]).map((file) => file.file.replace(/^.*\//, '')),
      ['d.runbook.yaml'],
    );
    assert.equal((await runCli('lint', join(folder, 'c.runbook.yaml'))).status, 1);
  });

  it('reports invalid UTF-8 as yaml-syntax instead of failing to read', async () => {
    const path = join(folder, 'bad.runbook.yaml');
    writeFileSync(
      path,
      Buffer.concat([
        Buffer.from('kind: runbook\ntitle: caf'),
        Buffer.from([0xc3, 0x28]),
        Buffer.from('\nsteps: []\n'),
      ]),
    );
    const [file] = JSON.parse(
      (await runCli('lint', path, '--format', 'json')).stdout,
    ) as LintJson[];
    assert.deepEqual(
      file.diagnostics.map((d) => [d.code, d.line]),
      [
        ['missing-window', 1],
        ['yaml-syntax', 2],
      ],
    );
  });

  it('exits 2 with a message for a path that cannot be read', async () => {
    const result = await runCli('lint', join(folder, 'missing.runbook.yaml'));
    assert.equal(result.status, 2);
    assert.match(
      result.stderr,
      /cannot read .*missing\.runbook\.yaml: it does not exist \(ENOENT\)/,
    );
  });

  it('exits 2 for bad usage with the problem in a line and where the help is, not the help', () => {
    const cases: [string[], string][] = [
      [
        ['lint'],
        'runbook: lint needs at least one file or folder\nrunbook: see `runbook lint --help` for usage',
      ],
      [
        ['lint', 'x', '--format', 'xml'],
        'runbook: --format must be text or json, not "xml"\nrunbook: see `runbook lint --help` for usage',
      ],
      [
        ['lint', 'x', '--fromat', 'json'],
        'runbook: unknown option --fromat (did you mean --format?)\nrunbook: see `runbook lint --help` for usage',
      ],
      [
        ['lint', '-format', 'json', 'x'],
        'runbook: unknown option -format (did you mean --format?)\nrunbook: see `runbook lint --help` for usage',
      ],
      [
        ['lint', 'x', '--now', '--format', 'json'],
        'runbook: --now needs a value (<ISO date-time with offset>)\nrunbook: see `runbook lint --help` for usage',
      ],
      [
        ['frobnicate'],
        'runbook: unknown command "frobnicate"\nrunbook: see `runbook --help` for usage',
      ],
    ];
    for (const [args, stderr] of cases) {
      const result = spawnCli(...args);
      assert.equal(result.status, 2, args.join(' '));
      assert.equal(result.stderr.trimEnd(), stderr, args.join(' '));
      assert.equal(result.stdout, '', args.join(' '));
    }
    // Nothing asked at all: the whole help, as a usage error.
    const bare = spawnCli();
    assert.equal(bare.status, 2);
    assert.match(bare.stderr, /Usage:[\s\S]*runbook lint PATH[\s\S]*runbook convert START/);
  });

  it("prints one command's help for --help, -h and `help COMMAND`, with exit 0, whatever else is on the line", async () => {
    for (const args of [
      ['lint', '--help'],
      ['lint', 'x', '--format', 'xml', '-h'],
      ['help', 'lint'],
    ]) {
      const result = await runCli(...args);
      assert.equal(result.status, 0, args.join(' '));
      assert.match(result.stdout, /^Usage:\n {2}runbook lint PATH/, args.join(' '));
      assert.doesNotMatch(result.stdout, /runbook convert START/, args.join(' '));
      assert.match(result.stdout, /Exit codes: 0 no errors/, args.join(' '));
    }
    for (const command of ['preview', 'schedule', 'convert', 'run'])
      assert.match(
        (await runCli(command, '--help')).stdout,
        new RegExp(`^Usage:\\n {2}runbook ${command} `),
      );
  });

  it('reads a file whose name starts with a dash after `--`', async () => {
    writeFileSync(
      join(folder, '-x.runbook.yaml'),
      'kind: runbook\ntitle: T\nsteps:\n  - id: a\n    estimate: 5m\n',
    );
    const result = await runCli('lint', '--format', 'json', '--', join(folder, '-x.runbook.yaml'));
    assert.equal(result.status, 0, result.stderr);
    assert.equal((JSON.parse(result.stdout) as LintJson[]).length, 1);
  });

  it('exits 2 and says so for a folder that holds no runbook or announcement', async () => {
    const empty = join(folder, 'empty');
    mkdirSync(empty);
    writeFileSync(join(empty, 'notes.yaml'), 'title: not ours\n');
    const result = await runCli('lint', empty);
    assert.equal(result.status, 2);
    assert.match(
      result.stderr,
      /empty holds no \*\.runbook\.yaml or \*\.announcement\.yaml file to check/,
    );
  });

  it("writes an output larger than a pipe's buffer whole before the process exits, as in-process", async () => {
    for (let i = 0; i < 300; i++)
      writeFileSync(
        join(folder, `s${i}.runbook.yaml`),
        'kind: runbook\ntitle: T\nsteps:\n  - id: a\n',
      );
    const spawned = spawnCli('lint', folder, '--format', 'json');
    assert.equal(spawned.status, 0, spawned.stderr);
    assert.ok(spawned.stdout.length > 64 * 1024, `${spawned.stdout.length} characters`);
    assert.equal((JSON.parse(spawned.stdout) as LintJson[]).length, 300);
    assert.deepEqual(await runCli('lint', folder, '--format', 'json'), spawned);
  });

  it('prints its help with exit 0', async () => {
    const result = await runCli('--help');
    assert.equal(result.status, 0);
    assert.match(result.stdout, /runbook lint PATH/);
  });
});
