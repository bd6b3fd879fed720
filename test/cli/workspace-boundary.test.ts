import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliIn } from './run-cli';

/** A title no output may show: it is only in a runbook outside the workspace. */
const SECRET = 'OUTSIDE-ONLY-TITLE';
const runbookText = (title: string) =>
  `kind: runbook\ntitle: ${title}\nwindow: { start: 2099-07-19 08:00, zone: UTC, length: 2h }\nsteps:\n  - id: outside-step\n    estimate: 30m\n`;
const announcementText = (link: string) =>
  `kind: announcement\ntitle: T\nrunbook: ${link}\nstart: 2099-07-19 08:00\nzone: UTC\nlength: 2h\n`;

describe('CLI: the workspace boundary holds on the real path', () => {
  let root: string;
  let ws: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'runbook-boundary-'));
    ws = join(root, 'ws');
    mkdirSync(join(ws, 'ops'), { recursive: true });
    writeFileSync(join(root, 'outside.runbook.yaml'), runbookText(SECRET));
    writeFileSync(join(ws, 'ops/inside.runbook.yaml'), runbookText('Inside'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('refuses a runbook: link to a symbolic link leading outside, in lint and schedule, showing nothing of it', async () => {
    symlinkSync(join(root, 'outside.runbook.yaml'), join(ws, 'link.runbook.yaml'));
    // A folder link on the way is resolved too.
    symlinkSync(root, join(ws, 'up'));
    const expected = (link: string) =>
      `"${link}" is a symbolic link (or lies under one) leading outside the workspace folder ${ws}: only runbooks inside it are read.`;
    for (const link of ['./link.runbook.yaml', './up/outside.runbook.yaml']) {
      writeFileSync(join(ws, 'a.announcement.yaml'), announcementText(link));
      const lint = await runCliIn(ws, 'lint', 'a.announcement.yaml');
      assert.equal(
        lint.stdout,
        `a.announcement.yaml:3:10 error runbook-not-found ${expected(link)}\n`,
      );
      assert.equal(lint.status, 1);
      const schedule = await runCliIn(ws, 'schedule', 'a.announcement.yaml');
      assert.equal(schedule.stdout, '');
      assert.doesNotMatch(schedule.stderr, new RegExp(`${SECRET}|outside-step`));
      assert.match(schedule.stderr, /runbook-not-found/);
      assert.equal(schedule.status, 1);
    }
  });

  it('follows a symbolic link whose file is inside the workspace', async () => {
    symlinkSync(join(ws, 'ops/inside.runbook.yaml'), join(ws, 'link.runbook.yaml'));
    writeFileSync(join(ws, 'a.announcement.yaml'), announcementText('./link.runbook.yaml'));
    const schedule = await runCliIn(ws, 'schedule', 'a.announcement.yaml');
    assert.match(schedule.stdout, /Inside/);
    assert.equal(schedule.status, 0);
  });

  it("skips, with a line on stderr, the folder walk's symbolic links leading outside or to no regular file", async () => {
    symlinkSync(join(root, 'outside.runbook.yaml'), join(ws, 'a-outside.runbook.yaml'));
    symlinkSync('/etc/passwd', join(ws, 'b-passwd.runbook.yaml'));
    symlinkSync('/proc/self/environ', join(ws, 'c-environ.runbook.yaml'));
    symlinkSync(join(ws, 'nothing-here'), join(ws, 'd-dangling.runbook.yaml'));
    execFileSync('mkfifo', [join(ws, 'ops/pipe')]);
    symlinkSync(join(ws, 'ops/pipe'), join(ws, 'e-fifo.runbook.yaml'));
    symlinkSync(join(ws, 'ops/inside.runbook.yaml'), join(ws, 'f-inside.runbook.yaml'));
    const result = await runCliIn(ws, 'lint', '.', '--format', 'json');
    const outside = 'it leads outside the current directory and the folder being checked';
    assert.deepEqual(result.stderr.trim().split('\n'), [
      `runbook: skipped a-outside.runbook.yaml, a symbolic link: ${outside}.`,
      `runbook: skipped b-passwd.runbook.yaml, a symbolic link: ${outside}.`,
      // Where it leads is not there when the test runs elsewhere than Linux.
      existsSync('/proc/self/environ')
        ? `runbook: skipped c-environ.runbook.yaml, a symbolic link: ${outside}.`
        : 'runbook: skipped c-environ.runbook.yaml, a symbolic link: it leads to no file (or to a loop of links).',
      'runbook: skipped d-dangling.runbook.yaml, a symbolic link: it leads to no file (or to a loop of links).',
      'runbook: skipped e-fifo.runbook.yaml, a symbolic link: it leads to something that is not a regular file.',
    ]);
    const files = (JSON.parse(result.stdout) as Array<{ file: string }>).map(({ file }) => file);
    assert.deepEqual(files, ['f-inside.runbook.yaml', 'ops/inside.runbook.yaml']);
    assert.doesNotMatch(result.stdout, new RegExp(`${SECRET}|root:`));
    assert.equal(result.status, 0);
  });

  it('refuses a FIFO or a device named on the command line at once, instead of waiting on it', async () => {
    execFileSync('mkfifo', [join(ws, 'pipe.runbook.yaml')]);
    const result = await runCliIn(ws, 'lint', 'pipe.runbook.yaml', '/dev/null');
    assert.deepEqual(result.stderr.trim().split('\n'), [
      'runbook: cannot read pipe.runbook.yaml: not a regular file',
      'runbook: cannot read /dev/null: not a regular file',
      '0 files checked: 0 errors, 0 warnings, 0 notes.',
    ]);
    assert.equal(result.status, 2);
  });
});
