import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli';

const SEED_000 = 'examples/gitter-2015/scheduled-maintenance-19-july.announcement.yaml';
/** Before every seed's window, so that `start-in-past` stays quiet. */
const BEFORE = '2009-01-01T00:00:00Z';

interface PreviewJson {
  kind: string | null;
  id: string | null;
  title: string | null;
  window: { start: string | null; end: string | null; zone: string | null; minutes: number | null };
  estimate: { low: number; high: number } | null;
  safety_factor: number;
  planned_minutes: number | null;
  zones: Array<{
    label: string;
    zone: string;
    start: string;
    end: string | null;
    abbreviation: string | null;
    offset: string;
    day_shift: number;
  }>;
}

async function previewJson(...args: string[]): Promise<{
  status: number | null;
  json: PreviewJson;
  stderr: string;
}> {
  const result = await runCli('preview', ...args, '--format', 'json');
  return {
    status: result.status,
    json: JSON.parse(result.stdout) as PreviewJson,
    stderr: result.stderr,
  };
}

describe('CLI: runbook preview', () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'runbook-preview-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it("gives seed 000 exactly the post's six conversions, as the CLI's JSON contract (docs/cli.md)", async () => {
    const { status, json, stderr } = await previewJson(SEED_000, '--now', BEFORE);
    assert.deepEqual(json, {
      kind: 'announcement',
      id: 'gitter-maintenance-2015-07-19',
      title: 'Scheduled maintenance 19 July',
      window: {
        start: '2015-07-19T08:00:00+01:00',
        end: '2015-07-19T09:00:00+01:00',
        zone: 'Europe/London',
        minutes: 60,
      },
      estimate: { low: 30, high: 30 },
      safety_factor: 2,
      planned_minutes: 60,
      zones: [
        {
          label: 'Tokyo',
          zone: 'Asia/Tokyo',
          start: '2015-07-19T16:00:00+09:00',
          end: '2015-07-19T17:00:00+09:00',
          abbreviation: 'JST',
          offset: '+09:00',
          day_shift: 0,
        },
        {
          label: 'Moscow',
          zone: 'Europe/Moscow',
          start: '2015-07-19T10:00:00+03:00',
          end: '2015-07-19T11:00:00+03:00',
          abbreviation: 'MSK',
          offset: '+03:00',
          day_shift: 0,
        },
        {
          label: 'CEST',
          zone: 'Europe/Paris',
          start: '2015-07-19T09:00:00+02:00',
          end: '2015-07-19T10:00:00+02:00',
          abbreviation: 'CEST',
          offset: '+02:00',
          day_shift: 0,
        },
        {
          label: 'Eastern',
          zone: 'America/New_York',
          start: '2015-07-19T03:00:00-04:00',
          end: '2015-07-19T04:00:00-04:00',
          abbreviation: 'EDT',
          offset: '-04:00',
          day_shift: 0,
        },
        {
          label: 'Central',
          zone: 'America/Chicago',
          start: '2015-07-19T02:00:00-05:00',
          end: '2015-07-19T03:00:00-05:00',
          abbreviation: 'CDT',
          offset: '-05:00',
          day_shift: 0,
        },
        // Midnight on the same Sunday: no day shift.
        {
          label: 'Pacific',
          zone: 'America/Los_Angeles',
          start: '2015-07-19T00:00:00-07:00',
          end: '2015-07-19T01:00:00-07:00',
          abbreviation: 'PDT',
          offset: '-07:00',
          day_shift: 0,
        },
      ],
    });
    assert.equal(stderr, '');
    assert.equal(status, 0);
  });

  it("writes seed 000's zones list in text exactly as the post did, after the window in its zone and UTC", async () => {
    const result = await runCli('preview', SEED_000, '--now', BEFORE);
    // The head of the text export; the impact, updates and sections follow (test/cli/export.test.ts).
    assert.equal(
      result.stdout.slice(
        0,
        result.stdout.indexOf('Pacific: Midnight\n') + 'Pacific: Midnight\n'.length,
      ),
      [
        'Scheduled maintenance 19 July',
        'Window: Sun 2015-07-19 8am–9am Europe/London (BST, UTC+01:00)',
        '        Sun 2015-07-19 7am–8am UTC',
        'Estimate: 30m × 2 = 1h planned',
        '',
        'Tokyo: 4pm',
        'Moscow: 10am',
        'CEST: 9am',
        'Eastern: 3am',
        'Central: 2am',
        'Pacific: Midnight',
        '',
      ].join('\n'),
    );
    assert.match(
      result.stdout,
      /^Pacific: Midnight\n\nWeb, desktop, mobile, irc and api will be unavailable\.\n/m,
    );
    assert.equal(result.status, 0);
    assert.equal(
      (await runCli('preview', SEED_000, '--format=text', '--now', BEFORE)).stdout,
      result.stdout,
    );
  });

  it('shifts the day where the local date differs: −1 in Los Angeles for a 05:00 UTC start, +1 in Kiritimati and UTC for 22:00 in Los Angeles', async () => {
    const path = join(folder, 'early.announcement.yaml');
    writeFileSync(
      path,
      'kind: announcement\ntitle: Early\nstart: 2026-07-19T05:00:00Z\nzone: UTC\nlength: 1h\naudience: [America/Los_Angeles, Pacific/Kiritimati, Asia/Tokyo]\n',
    );
    const { json, status } = await previewJson(path, '--now', BEFORE);
    assert.deepEqual(
      json.zones.map((z) => [z.label, z.start, z.day_shift]),
      [
        ['America/Los_Angeles', '2026-07-18T22:00:00-07:00', -1],
        ['Pacific/Kiritimati', '2026-07-19T19:00:00+14:00', 0],
        ['Asia/Tokyo', '2026-07-19T14:00:00+09:00', 0],
      ],
    );
    assert.equal(status, 0);
    writeFileSync(
      path,
      'kind: announcement\ntitle: Late\nstart: 2026-07-18 22:00\nzone: America/Los_Angeles\nlength: 1h\ntime_format: 12h\naudience: [{ zone: Pacific/Kiritimati, label: Line Islands }, UTC]\n',
    );
    const late = (await previewJson(path, '--now', BEFORE)).json;
    assert.deepEqual(
      late.zones.map((z) => [z.label, z.start, z.abbreviation, z.offset, z.day_shift]),
      [
        ['Line Islands', '2026-07-19T19:00:00+14:00', null, '+14:00', 1],
        ['UTC', '2026-07-19T05:00:00+00:00', 'UTC', '+00:00', 1],
      ],
    );
    assert.match(
      (await runCli('preview', path, '--now', BEFORE)).stdout,
      /\nLine Islands: Sun 7pm\nUTC: Sun 5am\n$/,
    );
  });

  it("gives null estimate and planned minutes without an estimate, and the file's safety factor", async () => {
    const path = join(folder, 'x.announcement.yaml');
    writeFileSync(
      path,
      'kind: announcement\ntitle: T\nstart: 2026-07-19 08:00\nzone: Europe/London\nlength: 90m\nsafety_factor: 1.5\n',
    );
    const { json } = await previewJson(path, '--now', BEFORE);
    assert.deepEqual(
      [
        json.id,
        json.estimate,
        json.safety_factor,
        json.planned_minutes,
        json.window.minutes,
        json.zones,
      ],
      [null, null, 1.5, null, 90, []],
    );
    writeFileSync(
      path,
      'kind: announcement\ntitle: T\nstart: 2026-07-19 08:00\nzone: Europe/London\nestimate: 20m..45m\nsafety_factor: 1.5\n',
    );
    const ranged = (await previewJson(path, '--now', BEFORE)).json;
    assert.deepEqual(
      [ranged.estimate, ranged.planned_minutes, ranged.window.minutes, ranged.window.end],
      [{ low: 20, high: 45 }, 67.5, 67.5, '2026-07-19T09:07:30+01:00'],
    );
  });

  it("gives a runbook's estimate from its plan: the longest path, low and high, and safety factor × high", async () => {
    const { json, status } = await previewJson(
      'examples/gitter-2015/restructure.runbook.yaml',
      '--now',
      BEFORE,
    );
    assert.deepEqual(
      [
        json.kind,
        json.estimate,
        json.safety_factor,
        json.planned_minutes,
        json.window.start,
        json.window.minutes,
      ],
      ['runbook', { low: 30, high: 30 }, 2, 60, '2015-07-19T08:00:00+01:00', 60],
    );
    assert.equal(status, 0);
    const seed002 = await previewJson(
      'examples/cloudcannon-2018/postgres-upgrade.runbook.yaml',
      '--now',
      BEFORE,
    );
    assert.deepEqual(
      [seed002.json.estimate, seed002.json.planned_minutes, seed002.json.window.minutes],
      [{ low: 70, high: 90 }, 180, 120],
    );
    assert.match(
      seed002.stderr,
      /warning window-shorter-than-planned Window 2h is shorter than 2 × estimate 1h 30m = 3h/,
    );
    assert.equal(seed002.status, 0);
  });

  it("gives an announcement its linked runbook's estimate and planned length, read from disk", async () => {
    writeFileSync(
      join(folder, 'up.runbook.yaml'),
      'kind: runbook\ntitle: T\nsafety_factor: 1.5\nsteps:\n  - id: a\n    estimate: 20m..40m\n',
    );
    const path = join(folder, 'x.announcement.yaml');
    writeFileSync(
      path,
      'kind: announcement\ntitle: T\nrunbook: ./up.runbook.yaml\nstart: 2026-07-19 08:00\nzone: Europe/London\nestimate: 5m\n',
    );
    const { json, status, stderr } = await previewJson(path, '--now', BEFORE);
    assert.deepEqual(
      [
        json.estimate,
        json.safety_factor,
        json.planned_minutes,
        json.window.minutes,
        json.window.end,
      ],
      [{ low: 20, high: 40 }, 1.5, 60, 60, '2026-07-19T09:00:00+01:00'],
    );
    assert.match(
      stderr,
      /announcement-runbook-mismatch The announcement's estimate 5m differs from its runbook's, 20m–40m/,
    );
    assert.equal(status, 0);
    writeFileSync(
      path,
      'kind: announcement\ntitle: T\nrunbook: ./gone.runbook.yaml\nstart: 2026-07-19 08:00\nzone: Europe/London\nestimate: 5m\n',
    );
    const gone = await previewJson(path, '--now', BEFORE);
    assert.deepEqual(
      [gone.json.estimate, gone.json.planned_minutes, gone.status],
      [{ low: 5, high: 5 }, 10, 1],
    );
    assert.match(gone.stderr, /error runbook-not-found No file at "\.\/gone\.runbook\.yaml"/);
  });

  it('previews every broken example as JSON anyway, with its problems on stderr, exiting 1 exactly when there are errors', async () => {
    const cases: Array<[string, number, string | null]> = [
      ['unknown-zone.runbook.yaml', 1, null],
      ['invalid-time.runbook.yaml', 1, null],
      ['yaml-syntax.runbook.yaml', 1, '2099-07-19T08:00:00+01:00'],
      ['nonexistent-local-time.runbook.yaml', 1, null],
      ['label-mismatch.runbook.yaml', 0, '2099-07-19T08:00:00+01:00'],
      ['window-crosses-dst.runbook.yaml', 0, '2099-03-29T00:30:00+00:00'],
    ];
    for (const [name, code, start] of cases) {
      const file = `examples/broken/${name}`;
      const { status, json, stderr } = await previewJson(file, '--now', BEFORE);
      assert.equal(status, code, name);
      assert.equal(json.kind, 'runbook', name);
      assert.equal(json.window.start, start, name);
      const expected = name.replace(/\.runbook\.yaml$/, '');
      assert.match(
        stderr,
        new RegExp(
          `^${file.replace(/\./g, '\\.')}:\\d+:\\d+ (error|warning|info) ${expected} `,
          'm',
        ),
        name,
      );
    }
  });

  it('reports start-in-past on stderr against --now, and exits 2 for a --now that is not an instant', async () => {
    const during = await runCli('preview', SEED_000, '--now', '2015-07-19T08:30:00+01:00');
    assert.equal(
      during.stderr,
      `${SEED_000}:9:8 info start-in-past This window is open now: it opened 30 minutes ago (2015-07-19 08:00 Europe/London) and closes in 30 minutes.\n`,
    );
    assert.equal(during.status, 0);
    const bad = await runCli('preview', SEED_000, '--now', '2015-07-19 08:30');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--now must be an ISO date-time with an offset/);
  });

  it('rejects an unknown format with a usage error naming every format', async () => {
    const typo = await runCli('preview', SEED_000, '--format', 'jsn');
    assert.equal(typo.status, 2);
    assert.match(
      typo.stderr,
      /--format must be one of text, md, html, tweet, ics, banner, statuspage, json, not "jsn"/,
    );
    assert.equal(typo.stdout, '');
  });

  it('exits 2 for bad usage, an unreadable file, and a file that is neither kind', async () => {
    for (const args of [[], [SEED_000, SEED_000], [SEED_000, '--colour']]) {
      const result = await runCli('preview', ...args);
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr, /\nrunbook: see `runbook preview --help` for usage\n$/);
      assert.doesNotMatch(result.stderr, /Usage:/);
    }
    const missing = await runCli('preview', join(folder, 'missing.announcement.yaml'));
    assert.equal(missing.status, 2);
    assert.match(
      missing.stderr,
      /cannot read .*missing\.announcement\.yaml: it does not exist \(ENOENT\)/,
    );
    assert.equal((await runCli('preview', folder)).status, 2);
    const other = join(folder, 'notes.yaml');
    writeFileSync(other, 'title: Not ours\n');
    const neither = await runCli('preview', other);
    assert.equal(neither.status, 2);
    assert.match(neither.stderr, /is neither a runbook nor an announcement/);
  });
});
