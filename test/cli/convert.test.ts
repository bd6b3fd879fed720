import { strict as assert } from 'node:assert';
import { runCli } from './run-cli';

type ZoneJson = {
  label: string;
  zone: string;
  start: string;
  end: string | null;
  abbreviation: string | null;
  offset: string;
  day_shift: number;
};

async function convertJson(...args: string[]): Promise<ZoneJson[]> {
  const result = await runCli('convert', ...args, '--format', 'json');
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout) as ZoneJson[];
}

const SEED_000_TO =
  'Tokyo=Asia/Tokyo,Moscow=Europe/Moscow,CEST=Europe/Paris,Eastern=America/New_York,Central=America/Chicago,Pacific=America/Los_Angeles';

describe('CLI: runbook convert', () => {
  it('prints the zones array of the JSON contract, labelled with the zone name when no label is given', async () => {
    assert.deepEqual(
      await convertJson(
        '2026-07-19 08:00',
        '--zone',
        'Europe/London',
        '--to',
        'Asia/Tokyo,America/New_York',
      ),
      [
        {
          label: 'Asia/Tokyo',
          zone: 'Asia/Tokyo',
          start: '2026-07-19T16:00:00+09:00',
          end: null,
          abbreviation: 'JST',
          offset: '+09:00',
          day_shift: 0,
        },
        {
          label: 'America/New_York',
          zone: 'America/New_York',
          start: '2026-07-19T03:00:00-04:00',
          end: null,
          abbreviation: 'EDT',
          offset: '-04:00',
          day_shift: 0,
        },
      ],
    );
  });

  it('gives end times with --length or --end, and keeps labels written as Label=Zone', async () => {
    const byLength = await convertJson(
      '2015-07-19 08:00',
      '--zone',
      'Europe/London',
      '--to',
      SEED_000_TO,
      '--length',
      '1h',
    );
    assert.deepEqual(
      byLength.map((z) => [z.label, z.start, z.end, z.offset]),
      [
        ['Tokyo', '2015-07-19T16:00:00+09:00', '2015-07-19T17:00:00+09:00', '+09:00'],
        ['Moscow', '2015-07-19T10:00:00+03:00', '2015-07-19T11:00:00+03:00', '+03:00'],
        ['CEST', '2015-07-19T09:00:00+02:00', '2015-07-19T10:00:00+02:00', '+02:00'],
        ['Eastern', '2015-07-19T03:00:00-04:00', '2015-07-19T04:00:00-04:00', '-04:00'],
        ['Central', '2015-07-19T02:00:00-05:00', '2015-07-19T03:00:00-05:00', '-05:00'],
        ['Pacific', '2015-07-19T00:00:00-07:00', '2015-07-19T01:00:00-07:00', '-07:00'],
      ],
    );
    assert.deepEqual(
      await convertJson(
        '2015-07-19 08:00',
        '--zone',
        'Europe/London',
        '--to',
        SEED_000_TO,
        '--end',
        '2015-07-19 09:00',
      ),
      byLength,
    );
  });

  it('needs no --zone for an ISO start with an offset, and shifts days both ways', async () => {
    const zones = await convertJson(
      '2026-07-19T05:00:00Z',
      '--to',
      'America/Los_Angeles,Pacific/Kiritimati',
    );
    assert.deepEqual(
      zones.map((z) => [z.start, z.day_shift]),
      [
        ['2026-07-18T22:00:00-07:00', -1],
        ['2026-07-19T19:00:00+14:00', 0],
      ],
    );
    const late = await convertJson(
      '2026-07-18 22:00',
      '--zone',
      'America/Los_Angeles',
      '--to',
      'Pacific/Kiritimati',
    );
    assert.deepEqual(
      late.map((z) => [z.start, z.abbreviation, z.day_shift]),
      [['2026-07-19T19:00:00+14:00', null, 1]],
    );
  });

  it('converts to Etc/GMT+5 as −05:00 (POSIX signs are reversed)', async () => {
    const [zone] = await convertJson('2026-01-15T12:00:00+00:00', '--to', 'Etc/GMT+5');
    assert.deepEqual([zone.start, zone.offset], ['2026-01-15T07:00:00-05:00', '-05:00']);
  });

  it('prints the seed-000-style list in --time-format and a 24h table', async () => {
    const result = await runCli(
      'convert',
      '2015-07-19 08:00',
      '--zone',
      'Europe/London',
      '--to',
      SEED_000_TO,
      '--time-format',
      '12h',
    );
    assert.equal(result.status, 0);
    assert.equal(
      result.stdout,
      [
        'Sun 2015-07-19 8am Europe/London (BST, UTC+01:00)',
        'Sun 2015-07-19 7am UTC',
        '',
        'Tokyo: 4pm',
        'Moscow: 10am',
        'CEST: 9am',
        'Eastern: 3am',
        'Central: 2am',
        'Pacific: Midnight',
        '',
        'Zone                           Starts            Offset',
        'Tokyo (Asia/Tokyo)             Sun 19 Jul 16:00  JST (UTC+09:00)',
        'Moscow (Europe/Moscow)         Sun 19 Jul 10:00  MSK (UTC+03:00)',
        'CEST (Europe/Paris)            Sun 19 Jul 09:00  CEST (UTC+02:00)',
        'Eastern (America/New_York)     Sun 19 Jul 03:00  EDT (UTC-04:00)',
        'Central (America/Chicago)      Sun 19 Jul 02:00  CDT (UTC-05:00)',
        'Pacific (America/Los_Angeles)  Sun 19 Jul 00:00  PDT (UTC-07:00)',
        '',
      ].join('\n'),
    );
  });

  it('writes 24h by default, with ends and the weekday where the day differs', async () => {
    const result = await runCli(
      'convert',
      '2026-07-18 22:00',
      '--zone',
      'America/Los_Angeles',
      '--to',
      'Asia/Tokyo',
      '--length',
      '30m',
    );
    assert.equal(
      result.stdout,
      [
        'Sat 2026-07-18 22:00–22:30 America/Los_Angeles (PDT, UTC-07:00)',
        'Sun 2026-07-19 05:00–05:30 UTC',
        '',
        'Tokyo: Sun 14:00–14:30',
        '',
        'Zone                Starts            Ends   Offset',
        'Tokyo (Asia/Tokyo)  Sun 19 Jul 14:00  14:30  JST (UTC+09:00)',
        '',
      ].join('\n'),
    );
  });

  it('exits 2 naming every unknown zone with the closest names, without the whole help', async () => {
    const result = await runCli(
      'convert',
      '2026-07-19 08:00',
      '--zone',
      'Europe/Londn',
      '--to',
      'Asia/Tokio,EST,UTC+1,Asia/Tokyo',
    );
    assert.equal(result.status, 2);
    assert.equal(result.stdout, '');
    assert.deepEqual(result.stderr.trim().split('\n'), [
      'runbook: --zone: "Europe/Londn" is not an IANA time zone. Did you mean Europe/London?',
      'runbook: --to: "Asia/Tokio" is not an IANA time zone. Did you mean Asia/Tokyo?',
      'runbook: --to: "EST" is an abbreviation, not a zone: it may mean America/New_York, America/Toronto, America/Detroit, America/Panama. Write the IANA name, which also follows daylight saving.',
      'runbook: --to: "UTC+1" is an offset, not a zone. A fixed offset is the IANA zone Etc/GMT-1 (its sign is reversed, as POSIX writes it); a city\'s zone also follows its daylight saving.',
      'runbook: see `runbook convert --help` for usage',
    ]);
  });

  it('exits 2 for a time it cannot read, one the clocks skip, or an end before the start', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['tomorrow at 8', '--zone', 'UTC'], /"tomorrow at 8" is not a date and time/],
      [['2026-02-30 08:00', '--zone', 'UTC'], /February 2026 has 28 days/],
      [['2026-07-19 08:00'], /is a wall-clock time: say where with --zone/],
      [
        ['2026-03-29 01:30', '--zone', 'Europe/London'],
        /does not exist in Europe\/London: the clocks skip it; the first time after the gap is 2026-03-29 02:00/,
      ],
      [
        ['2026-07-19 08:00', '--zone', 'UTC', '--end', '2026-07-19 07:00'],
        /--end \(2026-07-19 07:00\) must come after the start/,
      ],
      [
        ['2026-07-19 08:00', '--zone', 'UTC', '--length', 'an hour'],
        /--length: "an hour" is not a duration/,
      ],
    ];
    for (const [args, message] of cases) {
      const result = await runCli('convert', ...args, '--to', 'Asia/Tokyo');
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr, message);
    }
  });

  it('notes a repeated wall-clock time and an offset the zone does not have, and converts anyway', async () => {
    const repeated = await runCli(
      'convert',
      '2026-10-25 01:30',
      '--zone',
      'Europe/London',
      '--to',
      'UTC',
      '--format',
      'json',
    );
    assert.equal((JSON.parse(repeated.stdout) as ZoneJson[])[0].start, '2026-10-25T00:30:00+00:00');
    assert.match(
      repeated.stderr,
      /happens twice in Europe\/London; converting the first \(UTC\+01:00\)/,
    );
    const mismatch = await runCli(
      'convert',
      '2026-07-19T08:00:00+00:00',
      '--zone',
      'Europe/London',
      '--to',
      'UTC',
      '--format',
      'json',
    );
    assert.equal((JSON.parse(mismatch.stdout) as ZoneJson[])[0].start, '2026-07-19T08:00:00+00:00');
    assert.match(mismatch.stderr, /has the offset \+00:00, but Europe\/London is on \+01:00 then/);
  });

  it('exits 2 for bad usage, saying what is wrong and where the help is', async () => {
    for (const args of [
      [],
      ['2026-07-19 08:00', '--zone', 'UTC'],
      ['2026-07-19', '08:00', '--to', 'UTC'],
      ['2026-07-19 08:00', '--to', 'UTC', '--length', '1h', '--end', '2026-07-19 09:00'],
      ['x', '--to', 'UTC', '--time-format', '13h'],
      ['x', '--to', ','],
    ]) {
      const result = await runCli('convert', ...args);
      assert.equal(result.status, 2, args.join(' '));
      assert.match(
        result.stderr,
        /\nrunbook: see `runbook convert --help` for usage\n$/,
        args.join(' '),
      );
      assert.doesNotMatch(result.stderr, /Usage:/, args.join(' '));
    }
  });
});
