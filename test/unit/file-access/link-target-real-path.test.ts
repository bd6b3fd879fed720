import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultSettings } from '../../../src/core/settings';
import { DiskRunbooks } from '../../../src/file-access/disk-runbooks';
import { linkTarget, readRunbookText } from '../../../src/file-access/link-target';

describe('file-access: linkTarget on the real path', () => {
  let root: string;
  let ws: string;
  let announcement: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'runbook-link-target-'));
    ws = join(root, 'ws');
    mkdirSync(join(ws, 'ops'), { recursive: true });
    announcement = join(ws, 'a.announcement.yaml');
    writeFileSync(announcement, 'kind: announcement\n');
    writeFileSync(join(root, 'outside.runbook.yaml'), 'kind: runbook\n');
    writeFileSync(join(ws, 'ops/in.runbook.yaml'), 'kind: runbook\n');
    symlinkSync(join(root, 'outside.runbook.yaml'), join(ws, 'out.runbook.yaml'));
    symlinkSync(join(ws, 'ops/in.runbook.yaml'), join(ws, 'in.runbook.yaml'));
    symlinkSync(announcement, join(ws, 'me.runbook.yaml'));
    symlinkSync(join(ws, 'loop.runbook.yaml'), join(ws, 'loop.runbook.yaml'));
    execFileSync('mkfifo', [join(ws, 'pipe.runbook.yaml')]);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('refuses a link inside the workspace whose file is outside it, in a workspace and beside an announcement in none', () => {
    for (const [roots, where] of [
      [[ws], `the workspace folder ${ws}`],
      [[], "this announcement's folder"],
    ] as const) {
      assert.deepEqual(linkTarget(announcement, './out.runbook.yaml', roots), {
        ok: false,
        problem: {
          status: 'outside-workspace',
          path: join(ws, 'out.runbook.yaml'),
          message: `"./out.runbook.yaml" is a symbolic link (or lies under one) leading outside ${where}: only runbooks inside it are read.`,
        },
      });
    }
  });

  it('gives the real path of a link inside, and the written path for messages', () => {
    assert.deepEqual(linkTarget(announcement, './in.runbook.yaml', [ws]), {
      ok: true,
      path: join(ws, 'in.runbook.yaml'),
      realPath: realpathSync(join(ws, 'ops/in.runbook.yaml')),
    });
  });

  it('knows a link to the announcement itself, and leaves a loop of links to the reading', () => {
    const self = linkTarget(announcement, './me.runbook.yaml', [ws]);
    assert.equal(self.ok ? 'ok' : self.problem.status, 'self');
    const loop = linkTarget(announcement, './loop.runbook.yaml', [ws]);
    assert.equal(loop.ok, true);
  });

  it('reads no FIFO: it answers at once that it is not a regular file', () => {
    assert.deepEqual(readRunbookText(join(ws, 'pipe.runbook.yaml'), './pipe.runbook.yaml'), {
      ok: false,
      problem: {
        status: 'unreadable',
        path: join(ws, 'pipe.runbook.yaml'),
        message: '"./pipe.runbook.yaml" is not a regular file.',
      },
    });
  });

  it('forgets a file reached through a linked folder when told of it by the path as linked', () => {
    symlinkSync(join(ws, 'ops'), join(ws, 'linked-ops'));
    const path = join(ws, 'linked-ops/in.runbook.yaml');
    const target = linkTarget(announcement, './linked-ops/in.runbook.yaml', [ws]);
    assert.ok(target.ok);
    const disk = new DiskRunbooks();
    const title = () => {
      const linked = disk.resolve(path, 'x', defaultSettings, target.realPath);
      return linked.status === 'found' ? linked.analysis.text : linked.message;
    };
    // Same size and a whole-second modification time: only forgetting makes it read again.
    const second = 1_700_000_000;
    utimesSync(path, second, second);
    assert.equal(title(), 'kind: runbook\n');
    writeFileSync(path, 'kind: RUNBOOK\n');
    utimesSync(path, second, second);
    assert.equal(title(), 'kind: runbook\n');
    disk.forget(path);
    assert.equal(title(), 'kind: RUNBOOK\n');
  });
});
