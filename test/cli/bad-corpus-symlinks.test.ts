import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SYMLINK_CASES } from '../bad-corpus/manifest';
import { runCliIn } from './run-cli';

// The corpus's symlink cases, made at test time (a repository cannot hold links to /etc/passwd
// portably): a link inside the workspace that leads out of it is `runbook-not-found`, and nothing
// of what it points at is printed.
describe('CLI: the bad-input corpus, symlinks', () => {
  let base: string;
  let workspace: string;
  before(() => {
    base = mkdtempSync(join(tmpdir(), 'runbook-bad-links-'));
    workspace = join(base, 'workspace');
    mkdirSync(workspace);
    writeFileSync(
      join(base, 'secret.runbook.yaml'),
      'kind: runbook\ntitle: SECRET OUTSIDE TITLE\nsteps:\n  - id: secret-step\n    estimate: 5m\n',
    );
    for (const [name, target] of Object.entries(SYMLINK_CASES)) {
      symlinkSync(target, join(workspace, `${name}.runbook.yaml`));
      writeFileSync(
        join(workspace, `${name}.announcement.yaml`),
        `kind: announcement\ntitle: T\nrunbook: ./${name}.runbook.yaml\nstart: 2026-07-19 08:00\nzone: UTC\n`,
      );
    }
  });
  after(() => rmSync(base, { recursive: true, force: true }));

  for (const [name, target] of Object.entries(SYMLINK_CASES)) {
    it(`${name}: an announcement linking a symlink to ${target}`, async () => {
      const file = `${name}.announcement.yaml`;
      const problems: string[] = [];
      const commands = [
        ['lint', file],
        ['schedule', file],
        ['preview', file, '--format', 'md'],
        ['lint', '.'],
      ];
      for (const args of commands) {
        const result = await runCliIn(workspace, ...args);
        const output = result.stdout + result.stderr;
        if (/SECRET OUTSIDE|secret-step|root:x?:0|PATH=|HOME=/.test(output))
          problems.push(`${args.join(' ')}: prints what the link leads to`);
        if (args[0] === 'lint' && args[1] === file && !/runbook-not-found/.test(output))
          problems.push(`${args.join(' ')}: no runbook-not-found`);
      }
      assert.deepEqual(problems, []);
    });
  }
});
