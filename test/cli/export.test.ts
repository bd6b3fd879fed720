import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EXPORT_FORMATS } from '../../src/core/export/index';
import { tweetLength } from '../../src/core/export/tweet-length';
import { ROOT, runCli, spawnCli } from './run-cli';

/** Before every example's window, so that `start-in-past` stays quiet. */
const BEFORE = '2009-01-01T00:00:00Z';
const SEED_000 = 'examples/gitter-2015/scheduled-maintenance-19-july.announcement.yaml';

function examples(folder: 'seeds' | 'broken'): string[] {
  const root = resolve(ROOT, 'examples');
  const folders =
    folder === 'broken'
      ? ['broken']
      : readdirSync(root, { withFileTypes: true })
          .filter((d) => d.isDirectory() && d.name !== 'broken')
          .map((d) => d.name);
  return folders.flatMap((name) =>
    readdirSync(join(root, name))
      .filter((file) => /\.ya?ml$/.test(file))
      .map((file) => `examples/${name}/${file}`),
  );
}

/** What each format's output must look like, beyond not being empty. */
const SHAPES: Record<string, (text: string) => void> = {
  html: (text) => assert.match(text, /^<!doctype html>\n[\s\S]*<\/html>\n$/),
  ics: (text) =>
    assert.match(
      text,
      /^BEGIN:VCALENDAR\r\n[\s\S]*\r\nDTSTART:\d{8}T\d{6}Z\r\n[\s\S]*END:VCALENDAR\r\n$/,
    ),
  json: (text) => assert.equal(typeof (JSON.parse(text) as { window: unknown }).window, 'object'),
  statuspage: (text) =>
    assert.match(
      (JSON.parse(text) as { incident: { scheduled_for: string } }).incident.scheduled_for,
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/,
    ),
  banner: (text) => assert.match(text, /^enabled: (true|false)\ntext: .+\n(url: .+\n)?$/),
  tweet: (text) => assert.ok(tweetLength(text.trimEnd()) <= 280, text),
  md: (text) => assert.match(text, /^(> \*\*.*\n(>.*\n)*\n)?# /),
  text: (text) => assert.match(text, /\nWindow: /),
};

describe('CLI: runbook preview --format (exports)', () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'runbook-export-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  for (const file of examples('seeds')) {
    it(`exports ${file} in every format, exiting 0`, async () => {
      for (const format of EXPORT_FORMATS) {
        const result = await runCli('preview', file, '--format', format, '--now', BEFORE);
        assert.equal(result.status, 0, `${format}: ${result.stderr}`);
        SHAPES[format](result.stdout);
      }
    });
  }

  it('still exports every broken example, exiting 1 when lint finds errors or the format cannot be made, and says why', async () => {
    const cannot = new Set<string>();
    for (const file of examples('broken')) {
      const lint = JSON.parse(
        (await runCli('lint', file, '--format', 'json', '--now', BEFORE)).stdout,
      ) as Array<{ diagnostics: Array<{ severity: string }> }>;
      const errors = lint[0].diagnostics.some((d) => d.severity === 'error');
      for (const format of EXPORT_FORMATS) {
        const result = await runCli('preview', file, '--format', format, '--now', BEFORE);
        if (result.stdout === '') {
          // Only a calendar event and a status page entry need a valid start and an end; everything else exports.
          assert.match(
            result.stderr,
            new RegExp(
              `runbook: cannot export ${file} as ${format}: .*(no valid start|needs an end)`,
            ),
            `${file} ${format}`,
          );
          assert.ok(format === 'ics' || format === 'statuspage', `${file} ${format}`);
          assert.equal(result.status, 1, `${file} ${format}`);
          cannot.add(file);
        } else {
          assert.equal(result.status, errors ? 1 : 0, `${file} ${format}: ${result.stderr}`);
          SHAPES[format](result.stdout);
        }
      }
    }
    assert.ok(
      cannot.has('examples/broken/invalid-time.runbook.yaml') &&
        cannot.has('examples/broken/window-without-end.announcement.yaml') &&
        !cannot.has('examples/broken/label-mismatch.runbook.yaml'),
    );
  });

  it('refuses a calendar event and a status page entry for a window whose end is not known, and says so in the tweet', async () => {
    const file = 'examples/broken/window-without-end.announcement.yaml';
    for (const format of ['ics', 'statuspage']) {
      const result = await runCli('preview', file, '--format', format, '--now', BEFORE);
      assert.equal(result.status, 1, format);
      assert.equal(result.stdout, '', format);
      assert.match(
        result.stderr,
        new RegExp(
          `^runbook: cannot export ${file} as ${format}: a (calendar event|scheduled maintenance) needs an end: nothing in this file gives the window a length\\. Add \`length:\` or \`end:\``,
          'm',
        ),
        format,
      );
    }
    const tweet = await runCli('preview', file, '--format', 'tweet', '--now', BEFORE);
    assert.equal(tweet.status, 0, tweet.stderr);
    assert.match(
      tweet.stdout,
      /^Certificate rotation: Sun 19 Jul 08:00 BST \(07:00 UTC\), end not known\./,
    );
  });

  it("prints seed 000's tweet, banner and calendar event from the built CLI", () => {
    assert.equal(
      spawnCli('preview', SEED_000, '--format', 'tweet', '--now', BEFORE).stdout,
      'Scheduled maintenance 19 July: Sun 19 Jul 8am–9am BST (7am–8am UTC). Web, desktop, mobile, irc and api will be unavailable. Tokyo: 4pm · Moscow: 10am · CEST: 9am · Eastern: 3am · Central: 2am · Pacific: Midnight.\n',
    );
    assert.equal(
      spawnCli('preview', SEED_000, '--format', 'banner', '--now', BEFORE).stdout,
      'enabled: true\ntext: Scheduled maintenance Sun 19 Jul at 8am BST\n',
    );
    assert.match(
      spawnCli('preview', SEED_000, '--format=ics', '--now', BEFORE).stdout,
      /\r\nDTSTART:20150719T070000Z\r\nDTEND:20150719T080000Z\r\n/,
    );
  });

  it('writes --out FILE, refuses to overwrite it without --force, and overwrites it with', async () => {
    const path = join(folder, 'seed-000.ics');
    const first = await runCli(
      'preview',
      SEED_000,
      '--format',
      'ics',
      '--out',
      path,
      '--now',
      BEFORE,
    );
    assert.deepEqual([first.status, first.stdout], [0, `Wrote ${path} (ics)\n`]);
    const expected = (await runCli('preview', SEED_000, '--format', 'ics', '--now', BEFORE)).stdout;
    assert.equal(readFileSync(path, 'utf8'), expected);
    writeFileSync(path, 'keep me');
    const again = await runCli(
      'preview',
      SEED_000,
      '--format',
      'md',
      '--out',
      path,
      '--now',
      BEFORE,
    );
    assert.equal(again.status, 2);
    assert.match(
      again.stderr,
      new RegExp(
        `runbook: ${path.replace(/[.\\/]/g, '\\$&')} already exists: give --force to overwrite it`,
      ),
    );
    assert.equal(readFileSync(path, 'utf8'), 'keep me');
    const forced = await runCli(
      'preview',
      SEED_000,
      '--format',
      'ics',
      '--out',
      path,
      '--force',
      '--now',
      BEFORE,
    );
    assert.equal(forced.status, 0);
    assert.equal(readFileSync(path, 'utf8'), expected);
  });

  it('exits 2 for --force without --out and for a folder that is not there', async () => {
    const alone = await runCli('preview', SEED_000, '--force');
    assert.equal(alone.status, 2);
    assert.match(alone.stderr, /--force only goes with --out FILE/);
    const nowhere = await runCli('preview', SEED_000, '--out', join(folder, 'missing', 'x.md'));
    assert.equal(nowhere.status, 2);
    assert.match(nowhere.stderr, /cannot write .*x\.md: it does not exist \(ENOENT\)/);
  });

  it('answers for a 10 MB file: too large, nothing exported', async () => {
    const path = join(folder, 'huge.announcement.yaml');
    writeFileSync(
      path,
      `kind: announcement\ntitle: Huge\nsections:\n  notes: |\n${'    lorem ipsum dolor sit amet, consectetur adipiscing elit\n'.repeat(180_000)}`,
    );
    const out = join(folder, 'huge.html');
    const result = await runCli('preview', path, '--format', 'html', '--out', out);
    assert.equal(result.status, 2);
    assert.match(
      result.stderr,
      /info file-too-large This file is too large to analyse \(10\.\d MB; the limit is 5\.0 MB/,
    );
    assert.throws(() => readFileSync(out), /ENOENT/);
  });
});
