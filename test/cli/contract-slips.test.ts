import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliIn } from './run-cli';

const NOW = '2020-01-01T00:00:00Z';

describe('CLI: line ends, encodings, YAML outside the fast path, the last year', () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'runbook-text-cases-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const lint = async (name: string, bytes: string | Buffer) => {
    writeFileSync(join(folder, name), bytes);
    return runCliIn(folder, 'lint', name, '--now', NOW);
  };

  it('reads lone carriage returns as line ends: the one real problem, at its line', async () => {
    const result = await lint(
      'mac.runbook.yaml',
      'kind: runbook\rtitle: T\rsteps:\r  - id: a\r    estimate: 10m\r    needs: [b]\rwindow: { start: 2099-07-19 08:00, zone: UTC }\r',
    );
    assert.equal(
      result.stdout,
      'mac.runbook.yaml:6:13 error unknown-step No step has the id "b".\n',
    );
    assert.equal(result.status, 1);
  });

  it('says a file in UTF-16 without a byte-order mark is UTF-16, in one line', async () => {
    const result = await lint(
      'wide.runbook.yaml',
      Buffer.from('kind: runbook\ntitle: T\nsteps: []\n', 'utf16le'),
    );
    assert.equal(
      result.stdout,
      'wide.runbook.yaml:1:1 error yaml-syntax This file looks like UTF-16 (little-endian): every other byte is zero. Runbooks and announcements are read as UTF-8: save the file as UTF-8. Nothing in it is checked until then.\n',
    );
    assert.equal(result.status, 1);
  });

  it('reports %YAML with no document, and reads !!omap and !!pairs values', async () => {
    const directive = await lint('only.runbook.yaml', '%YAML 1.2\n');
    assert.match(
      directive.stdout,
      /^only\.runbook\.yaml:1:\d+ error yaml-syntax Missing directives-end indicator line: a directive such as %YAML 1\.2 must be followed by --- and the document\.\n$/,
    );
    assert.equal(directive.status, 1);
    const tagged = await lint(
      'tagged.runbook.yaml',
      'kind: runbook\ntitle: T\nwindow: !!omap\n  - start: 2099-01-01 08:00\n  - zone: UTC\n  - length: 10m\nsteps: !!pairs\n  - id: a\n',
    );
    // The window's zone and length were read: a step without an estimate is all there is to say.
    assert.equal(
      tagged.stdout,
      'tagged.runbook.yaml:8:9 warning missing-estimate Step "a" has no estimate, so the runbook\'s total is only a lower bound. Add `estimate:` (like 30m or 30m..1h).\n',
    );
    assert.equal(tagged.status, 0);
  });

  it('reports a window whose length takes it past 2100', async () => {
    const result = await lint(
      'late.runbook.yaml',
      'kind: runbook\ntitle: T\nwindow:\n  start: 2100-12-31 23:00\n  zone: UTC\n  length: 2h\nsteps:\n  - id: a\n    estimate: 10m\n',
    );
    assert.equal(
      result.stdout,
      'late.runbook.yaml:6:11 error invalid-time The window would end 2101-01-01 01:00 (start + `length`), after 2100: a maintenance window falls between 1970 and 2100. Start earlier or make it shorter.\n',
    );
    assert.equal(result.status, 1);
  });
});
