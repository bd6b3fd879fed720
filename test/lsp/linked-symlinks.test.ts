import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lsp-client';
import { messageOf } from './text-helpers';

const runbookText = (estimate: string) =>
  `kind: runbook\ntitle: Upgrade\nwindow:\n  start: 2099-07-19 08:00\n  zone: UTC\n  length: 2h\nsteps:\n  - id: upgrade\n    estimate: ${estimate}\n`;
const announcementText = (link: string) =>
  `kind: announcement\ntitle: Upgrade\nrunbook: ${link}\nstart: 2099-07-19 08:00\nzone: UTC\nlength: 2h\n`;

describe('LSP: a runbook: link is judged by the file it really is', () => {
  let root: string;
  let ws: string;
  let client: LspClient;
  const uri = (name: string) => pathToFileURL(join(ws, name)).toString();

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'runbook-lsp-symlinks-'));
    ws = join(root, 'ws');
    mkdirSync(join(ws, 'ops'), { recursive: true });
    // 1h30m × 2 does not fit 2h: a warning shows that the runbook was read.
    writeFileSync(join(root, 'outside.runbook.yaml'), runbookText('1h30m'));
    writeFileSync(join(ws, 'ops/inside.runbook.yaml'), runbookText('1h30m'));
    symlinkSync(join(root, 'outside.runbook.yaml'), join(ws, 'outside-link.runbook.yaml'));
    symlinkSync('/etc/passwd', join(ws, 'passwd.runbook.yaml'));
    symlinkSync('/proc/self/environ', join(ws, 'environ.runbook.yaml'));
    symlinkSync(join(ws, 'ops/inside.runbook.yaml'), join(ws, 'inside-link.runbook.yaml'));
    execFileSync('mkfifo', [join(ws, 'ops/pipe.runbook.yaml')]);
    client = await LspClient.start({}, [pathToFileURL(ws).toString()]);
  });
  after(async () => {
    await client?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('refuses links leading outside the workspace and files that are not regular, and follows one inside', async () => {
    const outside = (link: string) =>
      `"${link}" is a symbolic link (or lies under one) leading outside the workspace folder ${ws}: only runbooks inside it are read.`;
    const cases: Array<[string, string[]]> = [
      ['./outside-link.runbook.yaml', [outside('./outside-link.runbook.yaml')]],
      ['./passwd.runbook.yaml', [outside('./passwd.runbook.yaml')]],
      ['./environ.runbook.yaml', [outside('./environ.runbook.yaml')]],
      ['./ops/pipe.runbook.yaml', ['"./ops/pipe.runbook.yaml" is not a regular file.']],
      ['./inside-link.runbook.yaml', ['window-shorter-than-planned']],
    ];
    const announcement = uri('a.announcement.yaml');
    for (const [link, expected] of cases) {
      await client.open(announcement, announcementText(link));
      const diagnostics = await client.diagnosticsFor(announcement);
      assert.deepEqual(
        diagnostics.map((d) => (d.code === 'runbook-not-found' ? messageOf(d) : String(d.code))),
        expected,
        link,
      );
      await client.close(announcement);
    }
    assert.ok(client.alive);
  });
});
