import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli';

const SEED_003 = 'examples/metrics-2017/schema-migration.runbook.yaml';
const SEED_003_ANNOUNCEMENT = 'examples/metrics-2017/maintenance-monday.announcement.yaml';
/** Before every seed's window, so that `start-in-past` stays quiet. */
const BEFORE = '2009-01-01T00:00:00Z';

type Bounds = { low: number; high: number };
interface ScheduleJson {
  steps: Array<{
    id: string | null;
    start: Bounds;
    end: Bounds;
    critical: boolean;
    clock: { start: { low: string; high: string }; end: { low: string; high: string } } | null;
  }>;
  estimate: Bounds;
  planned_minutes: number;
  critical_path: string[];
  phases: Array<{ impact: string; start: Bounds; end: Bounds; steps: string[] }>;
  unschedulable: string[];
}

async function scheduleJson(...args: string[]): Promise<{
  status: number | null;
  json: ScheduleJson;
  stderr: string;
}> {
  const result = await runCli('schedule', ...args, '--format', 'json');
  return {
    status: result.status,
    json: JSON.parse(result.stdout) as ScheduleJson,
    stderr: result.stderr,
  };
}

/** The JSON contract alone (docs/cli.md): what scripts may rely on. */
function contract(json: ScheduleJson) {
  return {
    steps: json.steps.map(({ id, start, end, critical }) => ({ id, start, end, critical })),
    estimate: json.estimate,
    planned_minutes: json.planned_minutes,
  };
}

describe('CLI: runbook schedule', () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'runbook-schedule-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  function write(name: string, text: string): string {
    const path = join(folder, name);
    writeFileSync(path, text);
    return path;
  }

  it("gives seed 003's phases as ranges in minutes from the window's start, as the JSON contract", async () => {
    const { status, json, stderr } = await scheduleJson(SEED_003, '--now', BEFORE);
    assert.deepEqual(contract(json), {
      steps: [
        {
          id: 'copy-databases',
          start: { low: 0, high: 0 },
          end: { low: 30, high: 60 },
          critical: true,
        },
        {
          id: 'convert-schema',
          start: { low: 30, high: 60 },
          end: { low: 390, high: 780 },
          critical: true,
        },
        {
          id: 'catch-up',
          start: { low: 390, high: 780 },
          end: { low: 750, high: 1500 },
          critical: true,
        },
      ],
      estimate: { low: 750, high: 1500 },
      planned_minutes: 1500,
    });
    // Additions beside the contract: clock times in the window's zone, and the phases.
    assert.deepEqual(json.steps[2].clock?.end, {
      low: '2017-04-10T22:30:00-07:00',
      high: '2017-04-11T11:00:00-07:00',
    });
    assert.deepEqual(
      json.phases.map((phase) => phase.impact),
      ['outage', 'degraded'],
    );
    assert.equal(stderr, '');
    assert.equal(status, 0);
  });

  it('marks the longest of parallel branches critical and starts the others together', async () => {
    const file = write(
      'parallel.runbook.yaml',
      [
        'kind: runbook',
        'title: Parallel',
        'window:',
        '  start: 2099-07-19 08:00',
        '  zone: Europe/London',
        '  length: 3h',
        'steps:',
        '  - id: backup',
        '    estimate: 30m',
        '  - id: install-core',
        '    estimate: 20m..30m',
        '    needs: [backup]',
        '  - id: update-databases',
        '    estimate: 45m',
        '    needs: [backup]',
        '  - id: open',
        '    estimate: 5m',
        '    needs: [install-core, update-databases]',
        '',
      ].join('\n'),
    );
    const { status, json } = await scheduleJson(file, '--now', BEFORE);
    assert.deepEqual(contract(json), {
      steps: [
        { id: 'backup', start: { low: 0, high: 0 }, end: { low: 30, high: 30 }, critical: true },
        {
          id: 'install-core',
          start: { low: 30, high: 30 },
          end: { low: 50, high: 60 },
          critical: false,
        },
        {
          id: 'update-databases',
          start: { low: 30, high: 30 },
          end: { low: 75, high: 75 },
          critical: true,
        },
        { id: 'open', start: { low: 75, high: 75 }, end: { low: 80, high: 80 }, critical: true },
      ],
      estimate: { low: 80, high: 80 },
      planned_minutes: 160,
    });
    assert.deepEqual(json.critical_path, ['backup', 'update-databases', 'open']);
    assert.equal(status, 0);
  });

  it('writes seed 003 as a table: T+ ranges, clock times in Los Angeles with Tuesday marked, the phases and the sum', async () => {
    const result = await runCli('schedule', SEED_003, '--now', BEFORE);
    assert.equal(
      result.stdout,
      [
        'Move the Metrics databases to a new schema',
        'Window: Mon 2017-04-10 10:00–Tue 2017-04-11 11:00 America/Los_Angeles (PDT, UTC-07:00)',
        '        Mon 2017-04-10 17:00–Tue 2017-04-11 18:00 UTC',
        '',
        '   Step            Impact    Estimate  Starts         Ends            Starts at     Ends at',
        '*  copy-databases  outage    30m–1h    T+0:00         T+0:30..1:00    10:00         10:30..11:00',
        '*  convert-schema  degraded  6h–12h    T+0:30..1:00   T+6:30..13:00   10:30..11:00  16:30..23:00',
        '*  catch-up        degraded  6h–12h    T+6:30..13:00  T+12:30..25:00  16:30..23:00  22:30..Tue 11:00',
        '* on the critical path; clock times in America/Los_Angeles',
        '',
        'Phases',
        '  outage    T+0:00–0:30..1:00          10:00–10:30..11:00             copy-databases',
        '  degraded  T+0:30..1:00–12:30..25:00  10:30..11:00–22:30..Tue 11:00  convert-schema, catch-up',
        '',
        'Critical path: copy-databases → convert-schema → catch-up',
        'Σ 12h 30m–1d 1h × 1 = 1d 1h · window 1d 1h ✓',
        '',
      ].join('\n'),
    );
    assert.equal(result.status, 0);
  });

  it('schedules the runbook an announcement links, saying so on stderr', async () => {
    const fromAnnouncement = await scheduleJson(SEED_003_ANNOUNCEMENT, '--now', BEFORE);
    assert.deepEqual(
      contract(fromAnnouncement.json),
      contract((await scheduleJson(SEED_003, '--now', BEFORE)).json),
    );
    assert.match(
      fromAnnouncement.stderr,
      /is an announcement; scheduling its runbook, examples\/metrics-2017\/schema-migration\.runbook\.yaml/,
    );
  });

  it('lists steps in a cycle as unschedulable, with the errors on stderr, and exits 1', async () => {
    const file = write(
      'cycle.runbook.yaml',
      'kind: runbook\ntitle: T\nsteps:\n  - id: a\n    estimate: 10m\n  - id: b\n    estimate: 5m\n    needs: [c]\n  - id: c\n    estimate: 5m\n    needs: [b]\n',
    );
    const { status, json, stderr } = await scheduleJson(file);
    assert.deepEqual(
      json.steps.map((step) => step.id),
      ['a'],
    );
    assert.deepEqual(json.unschedulable, ['b', 'c']);
    assert.match(stderr, /error dependency-cycle/);
    assert.equal(status, 1);
  });

  it('exits 2 for a file it cannot read, one that is not a runbook, an announcement without one, and bad usage', async () => {
    assert.equal((await runCli('schedule', join(folder, 'missing.runbook.yaml'))).status, 2);
    const notes = write('notes.yaml', 'title: T\n');
    assert.match((await runCli('schedule', notes)).stderr, /is not a runbook/);
    const announcement = write(
      'x.announcement.yaml',
      'kind: announcement\ntitle: T\nstart: 2099-07-19 08:00\nzone: Europe/London\nestimate: 30m\n',
    );
    const result = await runCli('schedule', announcement, '--now', BEFORE);
    assert.match(result.stderr, /is an announcement without `runbook:`/);
    assert.equal(result.status, 2);
    assert.equal((await runCli('schedule', notes, '--format', 'md')).status, 2);
    assert.equal((await runCli('schedule')).status, 2);
  });

  it('answers --format json with JSON when there is nothing to schedule: the reason and the diagnostics', async () => {
    const announcement = write(
      'y.announcement.yaml',
      'kind: announcement\ntitle: T\nrunbook: ./gone.runbook.yaml\nstart: 2099-07-19 08:00\nzone: UTC\nlength: 1h\n',
    );
    const notes = write('notes.yaml', 'title: T\n');
    const missing = join(folder, 'missing.runbook.yaml');
    const cases: Array<[string, number, string, string[]]> = [
      [
        announcement,
        1,
        `${announcement} is an announcement whose runbook cannot be read (see above): there are no steps to schedule`,
        ['runbook-not-found'],
      ],
      [
        notes,
        2,
        `${notes} is not a runbook: give it \`kind: runbook\`, or a name ending in .runbook.yaml`,
        ['schema'],
      ],
      [missing, 2, `cannot read ${missing}: it does not exist (ENOENT)`, []],
    ];
    for (const [file, status, message, codes] of cases) {
      const result = await runCli('schedule', file, '--format', 'json', '--now', BEFORE);
      const json = JSON.parse(result.stdout) as {
        error: { message: string; file: string; diagnostics: Array<{ code: string }> };
      };
      assert.equal(json.error.message, message);
      assert.equal(json.error.file, file);
      assert.deepEqual(
        json.error.diagnostics.map((d) => d.code),
        codes,
      );
      assert.equal(result.status, status, file);
    }
  });
});
