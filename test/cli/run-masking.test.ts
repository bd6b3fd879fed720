import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readJournal } from '../../src/core/run/journal-read';
import { ROOT } from './run-cli';

const SECRET = 'hunter2-very-secret';

/** Every file under `dir`, recursively (the journal, the step logs, the report). */
function filesUnder(dir: string): string[] {
  const found: string[] = [];
  const pending = [dir];
  for (let next = pending.pop(); next !== undefined; next = pending.pop())
    for (const name of readdirSync(next)) {
      const path = join(next, name);
      if (statSync(path).isDirectory()) pending.push(path);
      else found.push(path);
    }
  return found;
}

describe('cli: runbook run masks secret environment values everywhere it writes', () => {
  let folder: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'runbook-mask-'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('a secret echoed, failed on and rolled back appears in no output, journal, log or report', () => {
    writeFileSync(
      join(folder, 't.runbook.yaml'),
      [
        'kind: runbook',
        'id: t',
        'title: T',
        'steps:',
        '  - id: connect',
        '    estimate: 1m',
        '    run: echo "connecting with $DB_PASSWORD"; echo "stderr $DB_PASSWORD" >&2',
        '    verify: echo "checked $DB_PASSWORD"',
        '    rollback: echo "disconnecting $DB_PASSWORD"',
        '  - id: migrate',
        '    estimate: 1m',
        '    run: echo "migrating with $DB_PASSWORD"; printf "no newline %s" "$DB_PASSWORD"',
        '    verify: echo "bad password $DB_PASSWORD" >&2; exit 1',
        '    rollback: echo "undoing with $DB_PASSWORD"; echo "rollback error $DB_PASSWORD" >&2',
        '',
      ].join('\n'),
    );
    const result = spawnSync(
      process.execPath,
      [resolve(ROOT, 'dist/cli.js'), 'run', 't.runbook.yaml', '--yes', '--on-failure', 'rollback'],
      {
        cwd: folder,
        encoding: 'utf8',
        env: { ...process.env, DB_PASSWORD: SECRET },
        // A guard against a hung process only.
        timeout: 120_000,
      },
    );
    assert.equal(result.status, 3, result.stderr + result.stdout);
    const written = filesUnder(join(folder, '.runbook'));
    const journal = written.find((path) => path.endsWith('.jsonl'));
    const report = written.find((path) => path.endsWith('.md'));
    assert.ok(journal && report, written.join('\n'));
    assert.ok(written.filter((path) => path.endsWith('.log')).length >= 5, written.join('\n'));
    const reading = readJournal(readFileSync(journal, 'utf8'));
    assert.ok(!('error' in reading), JSON.stringify(reading));
    const places: [string, string][] = [
      ['stdout', result.stdout],
      ['stderr', result.stderr],
      ...written.map((path): [string, string] => [path, readFileSync(path, 'utf8')]),
    ];
    for (const [where, text] of places) assert.ok(!text.includes(SECRET), `${where}:\n${text}`);
    assert.match(result.stdout, /connecting with \*\*\*\n/);
    assert.match(result.stdout, /no newline \*\*\*/);
    assert.match(result.stdout, /undoing with \*\*\*\n/);
    assert.match(readFileSync(journal, 'utf8'), /bad password \*\*\*/);
  });
});
