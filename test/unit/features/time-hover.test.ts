import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { hover } from '../../../src/core/features/hover';
import { MOST_ZONE_ROWS } from '../../../src/core/features/time-hover';
import { cursor, lines } from '../helpers';

/** Seed 000: "8:00AM BST on Sunday … Tokyo: 4pm, Moscow: 10am, CEST: 9am, Eastern: 3am, Central: 2am, Pacific: Midnight". */
const SEED_000 = lines(
  'kind: announcement',
  'title: Scheduled maintenance 19 July',
  'start: 2015-07-19 08:00        # 8:00AM BST on Sunday',
  'zone: Europe/London',
  'length: 1h',
  'publish: 2015-07-12 08:00',
  'audience:',
  '  - { label: Tokyo, zone: Asia/Tokyo }',
  '  - { label: Moscow, zone: Europe/Moscow }',
  '  - { label: CEST, zone: Europe/Paris }',
  '  - { label: Eastern, zone: America/New_York }',
  '  - { label: Central, zone: America/Chicago }',
  '  - { label: Pacific, zone: America/Los_Angeles }',
  'time_format: 12h',
);
/** Nine days before seed 000's window. */
const NOW = Date.parse('2015-07-10T07:00:00Z');

/** The hover at the `|` (placed by replacing `find` with `marked`), and the text it is about. */
function hoverAt(text: string, find: string, marked: string, now: number | null = NOW) {
  assert.ok(text.includes(find), `the fixture holds ${find}`);
  const { text: clean, offset } = cursor(text.replace(find, marked));
  const result = hover(analyze(clean, 'test.yaml', undefined, now ?? undefined), offset);
  return result && { markdown: result.markdown, over: clean.slice(result.start, result.end) };
}

/** The table row of one zone, by the label or name it starts with. */
function rowOf(markdown: string, name: string): string {
  const row = markdown.split('\n').find((line) => line.startsWith(`| ${name}`));
  assert.ok(row, `a row for ${name} in:\n${markdown}`);
  return row;
}

function runbookWindow(...windowLines: string[]): string {
  return lines(
    'kind: runbook',
    'title: T',
    'window:',
    ...windowLines.map((line) => `  ${line}`),
    'steps: []',
  );
}

describe('features/time-hover: the window', () => {
  it("shows seed 000's window in every zone, as the post converted it by hand", () => {
    const result = hoverAt(SEED_000, 'start:', 'sta|rt:');
    assert.equal(result?.over, 'start');
    const markdown = result.markdown;
    assert.match(
      markdown,
      /^\*\*Maintenance window\*\* · Sun 19 Jul 2015 · 1h {2}\nStarts in 9 days\.\n\n\| Zone \| Local time \| Offset \|\n/,
    );
    assert.equal(
      rowOf(markdown, '**London**'),
      '| **London** (`Europe/London`) | 8am–9am | BST (+01:00) |',
    );
    assert.equal(rowOf(markdown, '`UTC`'), '| `UTC` | 7am–8am | UTC (+00:00) |');
    assert.equal(rowOf(markdown, 'Tokyo'), '| Tokyo (`Asia/Tokyo`) | 4pm–5pm | JST (+09:00) |');
    assert.equal(
      rowOf(markdown, 'Moscow'),
      '| Moscow (`Europe/Moscow`) | 10am–11am | MSK (+03:00) |',
    );
    assert.equal(rowOf(markdown, 'CEST'), '| CEST (`Europe/Paris`) | 9am–10am | CEST (+02:00) |');
    assert.equal(
      rowOf(markdown, 'Eastern'),
      '| Eastern (`America/New_York`) | 3am–4am | EDT (-04:00) |',
    );
    // Eight zones are more than the hover holds: six rows, and a line names the two left out.
    assert.equal(markdown.split('\n').filter((line) => line.startsWith('| ')).length, 7);
    assert.match(
      markdown,
      /\n\n2 more: Central, Pacific\. Hover each under `audience`, or open the preview\.$/,
    );
  });

  it('shows the same table on the value, on end and on length', () => {
    const onValue = hoverAt(SEED_000, '2015-07-19 08:00', '2015-07-19 0|8:00');
    assert.equal(onValue?.over, '2015-07-19 08:00');
    assert.match(onValue.markdown, /\| Tokyo \(`Asia\/Tokyo`\) \| 4pm–5pm \|/);
    const onLength = hoverAt(SEED_000, 'length: 1h', 'length: 1|h');
    assert.equal(onLength?.over, '1h');
    assert.match(onLength.markdown, /Maintenance window/);
    const withEnd = SEED_000.replace('length: 1h', 'end: 2015-07-19 09:30');
    const onEnd = hoverAt(withEnd, 'end:', 'e|nd:');
    assert.match(onEnd!.markdown, /· 1h 30m/);
    assert.match(rowOf(onEnd!.markdown, 'Tokyo'), /4pm–5:30pm/);
  });

  it("shows a runbook's window on the keys under window:, in the 24h format by default", () => {
    const text = runbookWindow('start: 2026-07-19 08:00', 'zone: Europe/London', 'length: 1h');
    const markdown = hoverAt(
      text,
      'start:',
      's|tart:',
      Date.parse('2026-07-10T08:00:00Z'),
    )!.markdown;
    assert.equal(
      rowOf(markdown, '**London**'),
      '| **London** (`Europe/London`) | 08:00–09:00 | BST (+01:00) |',
    );
    assert.match(markdown, /Starts in 9 days\./);
  });

  it("shows the weekday where a zone's date differs from the primary zone's", () => {
    const text = lines(
      'kind: runbook',
      'title: T',
      'window:',
      '  start: 2026-07-19 06:00',
      '  zone: Europe/London',
      '  length: 1h',
      'audience: [America/Los_Angeles, Pacific/Auckland, Pacific/Kiritimati, Asia/Tokyo]',
      'steps: []',
    );
    const markdown = hoverAt(text, 'start:', 'st|art:')!.markdown;
    assert.equal(
      rowOf(markdown, 'Los Angeles'),
      '| Los Angeles (`America/Los_Angeles`) | Sat 22:00–23:00 | PDT (-07:00) |',
    );
    assert.equal(
      rowOf(markdown, 'Auckland'),
      '| Auckland (`Pacific/Auckland`) | 17:00–18:00 | NZST (+12:00) |',
    );
    assert.equal(
      rowOf(markdown, 'Kiritimati'),
      '| Kiritimati (`Pacific/Kiritimati`) | 19:00–20:00 | +14:00 |',
    );
    const late = hoverAt(text.replace('06:00', '23:30'), 'start:', 'st|art:')!.markdown;
    assert.equal(rowOf(late, 'Tokyo'), '| Tokyo (`Asia/Tokyo`) | Mon 07:30–08:30 | JST (+09:00) |');
    assert.equal(rowOf(late, '`UTC`'), '| `UTC` | 22:30–23:30 | UTC (+00:00) |');
    assert.equal(
      rowOf(late, '**London**'),
      '| **London** (`Europe/London`) | 23:30–Mon 00:30 | BST (+01:00) |',
    );
  });

  it('shows an offset where a zone has no abbreviation, with POSIX signs read right', () => {
    const text = lines(
      'kind: runbook',
      'title: T',
      'window:',
      '  start: 2026-07-19 08:00',
      '  zone: Europe/London',
      '  length: 1h',
      'audience: [Asia/Kathmandu, Etc/GMT+5]',
      'steps: []',
    );
    const markdown = hoverAt(text, 'start:', 'st|art:')!.markdown;
    assert.equal(
      rowOf(markdown, 'Kathmandu'),
      '| Kathmandu (`Asia/Kathmandu`) | 12:45–13:45 | +05:45 |',
    );
    assert.equal(rowOf(markdown, '`Etc/GMT+5`'), '| `Etc/GMT+5` | 02:00–03:00 | -05:00 |');
  });

  it('says when the window is under way or over, from the pinned now', () => {
    const start = Date.parse('2015-07-19T07:00:00Z');
    assert.match(
      hoverAt(SEED_000, 'start:', 'st|art:', start + 20 * 60_000)!.markdown,
      / {2}\nUnder way: started 20 minutes ago, ends in 40 minutes\.\n\n/,
    );
    assert.match(
      hoverAt(SEED_000, 'start:', 'st|art:', start + 4 * 3_600_000)!.markdown,
      / {2}\nEnded 3 hours ago\.\n\n/,
    );
    assert.doesNotMatch(
      hoverAt(SEED_000, 'start:', 'st|art:', null)!.markdown,
      /Starts|Ended|Under way/,
    );
  });

  it('marks an offset that changes during the window', () => {
    const text = runbookWindow('start: 2026-10-25 00:30', 'zone: Europe/London', 'length: 2h');
    const markdown = hoverAt(text, 'start:', 'st|art:')!.markdown;
    assert.equal(
      rowOf(markdown, '**London**'),
      '| **London** (`Europe/London`) | 00:30–01:30 | BST (+01:00) → GMT (+00:00) |',
    );
  });

  it('says which instant a repeated wall-clock start is shown as', () => {
    const text = runbookWindow('start: 2026-10-25 01:30', 'zone: Europe/London', 'length: 20m');
    const markdown = hoverAt(text, 'start:', 'st|art:')!.markdown;
    assert.match(
      markdown,
      /`2026-10-25 01:30` happens twice in `Europe\/London`; shown is the earlier, BST \(\+01:00\)\./,
    );
  });

  it('shows when an announcement is published, in its zone and UTC, and how early', () => {
    const markdown = hoverAt(SEED_000, 'publish:', 'pub|lish:')!.markdown;
    assert.match(
      markdown,
      /\*\*Published\*\* Sun 12 Jul 2015 8am BST · 07:00 UTC · in 2 days · 7d before the window opens/,
    );
    assert.match(markdown, /\| Tokyo/);
  });

  it('takes the zone of an ISO start without zone:', () => {
    const text = runbookWindow('start: 2026-07-19T08:00:00+01:00', 'length: 1h');
    const markdown = hoverAt(text, 'start:', 'st|art:')!.markdown;
    assert.equal(rowOf(markdown, '`UTC+01:00`'), '| `UTC+01:00` | 08:00–09:00 | +01:00 |');
  });

  it('escapes labels written in the file', () => {
    // The label holds a `|`, so the cursor is placed by offset here, not by a marker.
    const text = SEED_000.replace('label: Tokyo,', 'label: "Tokyo *HQ* | <b>",');
    const markdown = hover(
      analyze(text, 'test.yaml', undefined, NOW),
      text.indexOf('start:') + 1,
    )!.markdown;
    assert.ok(
      markdown.includes('| Tokyo \\*HQ\\* \\| \\<b\\> (`Asia/Tokyo`) | 4pm–5pm |'),
      markdown,
    );
  });

  it('leaves a window without an instant to the schema description', () => {
    const skipped = runbookWindow('start: 2026-03-29 01:30', 'zone: Europe/London', 'length: 1h');
    assert.match(hoverAt(skipped, 'start:', 'st|art:')!.markdown, /^\*\*start\*\*: /);
    const noZone = runbookWindow('start: 2026-07-19 08:00', 'length: 1h');
    assert.match(hoverAt(noZone, 'start:', 'st|art:')!.markdown, /^\*\*start\*\*: /);
  });
});

describe('features/time-hover: a table that fits the hover', () => {
  /** An announcement for London with `count` audience zones, each a whole-hour offset apart. */
  function withAudience(count: number): string {
    const all = [
      'Asia/Tokyo',
      'Europe/Moscow',
      'Europe/Paris',
      'America/New_York',
      'America/Chicago',
      'America/Denver',
      'America/Los_Angeles',
      'Pacific/Auckland',
      'Asia/Kolkata',
      'Asia/Shanghai',
      'Australia/Sydney',
      'America/Sao_Paulo',
    ].slice(0, count);
    return lines(
      'kind: announcement',
      'title: T',
      'start: 2015-07-19 08:00',
      'zone: Europe/London',
      'length: 1h',
      `audience: [${all.join(', ')}]`,
    );
  }
  const tableRows = (markdown: string) => markdown.split('\n').filter((l) => l.startsWith('| '));

  it(`holds every zone while they fit (${MOST_ZONE_ROWS} rows with the header left out)`, () => {
    const markdown = hoverAt(withAudience(5), 'start:', 'st|art:')!.markdown;
    assert.equal(tableRows(markdown).length - 1, MOST_ZONE_ROWS);
    assert.doesNotMatch(markdown, /more:/);
  });

  it('bounds the table whatever the audience, and names at most three of the rest', () => {
    for (const count of [6, 8, 12]) {
      const markdown = hoverAt(withAudience(count), 'start:', 'st|art:')!.markdown;
      assert.equal(tableRows(markdown).length - 1, MOST_ZONE_ROWS - 1, `${count} zones`);
      const rest = count + 2 - (MOST_ZONE_ROWS - 1);
      assert.match(markdown, new RegExp(`\\n\\n${rest} more: [^\\n]+\\.$`), `${count} zones`);
    }
    assert.match(
      hoverAt(withAudience(12), 'start:', 'st|art:')!.markdown,
      /\n\n8 more: Chicago, Denver, Los Angeles and 5 more\./,
    );
  });
});
