import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analyze';
import type { Analysis } from '../../../src/core/analysis-types';
import {
  EXAMPLE_ESTIMATE_MINUTES,
  maintenanceFiles,
  type MaintenanceInput,
} from '../../../src/core/scaffold/maintenance-files';
import { defaultStart } from '../../../src/core/scaffold/start-time';
import { allZoneNames } from '../../../src/core/time/index';

const NOW = Date.UTC(2026, 11, 6, 18, 40);

/** Both files analysed as the editor does: the announcement follows its `runbook:` to the runbook. */
function lint(input: MaintenanceInput, now: number): { runbook: Analysis; announcement: Analysis } {
  const files = maintenanceFiles(input);
  const runbook = analyze(files.runbook.text, files.runbook.fileName, undefined, now);
  const announcement = analyze(
    files.announcement.text,
    files.announcement.fileName,
    undefined,
    now,
    (path) =>
      path === `./${files.runbook.fileName}`
        ? { status: 'found', path, analysis: runbook }
        : { status: 'not-found', path, message: `not ${files.runbook.fileName}` },
  );
  return { runbook, announcement };
}

const problems = (analysis: Analysis) => analysis.diagnostics.map((d) => `${d.code}: ${d.message}`);

function withDefaultStart(title: string, zone: string, audience: string[], now: number) {
  const minutes = 2 * EXAMPLE_ESTIMATE_MINUTES;
  return { title, zone, audience, start: defaultStart(now, { zone, audience, minutes }).text };
}

describe('scaffold: New Maintenance files', () => {
  it('writes a linked runbook and announcement named after the title', () => {
    const files = maintenanceFiles({
      title: 'Upgrade Postgres 15',
      start: '2026-12-13 19:00',
      zone: 'Europe/London',
      audience: ['America/New_York', 'Asia/Tokyo'],
    });
    assert.equal(files.runbook.fileName, 'upgrade-postgres-15.runbook.yaml');
    assert.equal(files.announcement.fileName, 'upgrade-postgres-15.announcement.yaml');
    assert.match(
      files.runbook.text,
      /^window:\n {2}start: 2026-12-13 19:00\n {2}zone: Europe\/London$/m,
    );
    assert.match(files.runbook.text, /^audience:\n {2}- America\/New_York\n {2}- Asia\/Tokyo$/m);
    assert.match(files.announcement.text, /^runbook: \.\/upgrade-postgres-15\.runbook\.yaml$/m);
    assert.doesNotMatch(files.announcement.text, /^(length|end|estimate):/m);
  });

  it('plans the window from the steps: 1h of estimates, doubled to 2h, and the announcement says the same', () => {
    const { runbook, announcement } = lint(
      withDefaultStart('Upgrade', 'Europe/London', [], NOW),
      NOW,
    );
    assert.deepEqual(problems(runbook), []);
    assert.deepEqual(problems(announcement), []);
    assert.equal(runbook.plan?.estimate.high, 60 * 60);
    assert.equal(runbook.plan?.planned, 2 * 60 * 60);
    const window = runbook.window;
    assert.ok(window?.startMs !== undefined && window.endMs !== undefined);
    assert.equal(window.endMs - window.startMs, 2 * 60 * 60 * 1000);
    assert.equal(announcement.window?.endMs, window.endMs);
  });

  it('quotes titles YAML would read otherwise, and keeps them as typed', () => {
    for (const title of [
      'Upgrade: Postgres "15"',
      "It's #1 — données à Zürich",
      'yes',
      '12:30',
      '- list?',
      '  spaced  ',
      'データベース更新 🚧',
      '{ not: a mapping }',
    ]) {
      const input = withDefaultStart(title, 'Asia/Tokyo', ['Europe/Paris'], NOW);
      const { runbook, announcement } = lint(input, NOW);
      assert.deepEqual(problems(runbook), [], title);
      assert.deepEqual(problems(announcement), [], title);
      const root = runbook.parsed.root;
      assert.ok(root);
      assert.match(maintenanceFiles(input).runbook.text, /^title: /m);
      assert.equal(announcement.window?.startMs, runbook.window?.startMs, title);
    }
  });

  it('lints clean for any title, zone, audience and present', function () {
    this.timeout(120_000);
    const zones = allZoneNames();
    const zone = fc.constantFrom(...zones);
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((t) => t.trim() !== ''),
        zone,
        fc.uniqueArray(zone, { maxLength: 4 }),
        fc.date({
          min: new Date('1975-01-01T00:00:00Z'),
          max: new Date('2090-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (title, primary, audience, date) => {
          const now = date.getTime();
          const { runbook, announcement } = lint(
            withDefaultStart(title, primary, audience, now),
            now,
          );
          assert.deepEqual(problems(runbook), []);
          assert.deepEqual(problems(announcement), []);
        },
      ),
      { seed: 20261206, numRuns: 150 },
    );
  });
});
