import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { hover } from '../../../src/core/features/hover';
import { lines } from '../helpers';

/** Winter: London is on GMT now, BST at the window. */
const NOW = Date.parse('2026-01-15T12:00:00Z');

/** A runbook whose window is at `start` in `zone`, shown in `audience`. */
function runbook(zone: string, audience: string[] = [], start = '2026-07-19 08:00'): string {
  return lines(
    'kind: runbook',
    'title: T',
    'window:',
    `  start: ${start}`,
    `  zone: ${zone}`,
    '  length: 1h',
    'audience:',
    ...audience.map((entry) => `  - ${entry}`),
    'steps: []',
  );
}

/** The hover over the `occurrence`-th appearance of `word` (its first letter), and what it covers. */
function hoverOn(text: string, word: string, occurrence = 0, now: number | null = NOW) {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) offset = text.indexOf(word, offset + 1);
  assert.ok(offset >= 0, `${word} is in the fixture`);
  const result = hover(analyze(text, 'test.yaml', undefined, now ?? undefined), offset + 1);
  return result && { markdown: result.markdown, over: text.slice(result.start, result.end) };
}

describe('features/time-hover: a zone', () => {
  it("shows the window's zone at the window's start and now, and the next clock change", () => {
    const result = hoverOn(runbook('Europe/London'), 'Europe/London');
    assert.equal(result?.over, 'Europe/London');
    const markdown = result.markdown;
    assert.match(markdown, /^\*\*`Europe\/London`\*\* · London/);
    assert.ok(
      markdown.includes("| At the window's start | Sun 19 Jul 2026 08:00 | BST (+01:00) |"),
      markdown,
    );
    assert.ok(markdown.includes('| Now | Thu 15 Jan 2026 12:00 | GMT (+00:00) |'), markdown);
    assert.ok(
      markdown.includes(
        'Next change: Clocks go forward 1h on Sun 29 Mar 2026 01:00 → 02:00 (GMT → BST), in 2 months.',
      ),
      markdown,
    );
  });

  it("says when the clocks go back, in the file's time format", () => {
    const text = runbook('America/New_York').replace('steps:', 'time_format: 12h\nsteps:');
    const markdown = hoverOn(
      text,
      'America/New_York',
      0,
      Date.parse('2026-07-01T00:00:00Z'),
    )!.markdown;
    assert.ok(
      markdown.includes(
        'Next change: Clocks go back 1h on Sun 1 Nov 2026 2am → 1am (EDT → EST), in 4 months.',
      ),
      markdown,
    );
  });

  it('says No DST for a zone that keeps its offset', () => {
    const markdown = hoverOn(runbook('Europe/London', ['Asia/Tokyo']), 'Asia/Tokyo')!.markdown;
    assert.ok(
      markdown.includes("| At the window's start | Sun 19 Jul 2026 16:00 | JST (+09:00) |"),
      markdown,
    );
    assert.match(markdown, /No DST: the clocks do not change here in the coming year\./);
  });

  it("shows Lord Howe's half-hour change", () => {
    const markdown = hoverOn(
      runbook('Europe/London', ['{ label: Lord Howe, zone: Australia/Lord_Howe }']),
      'Australia/Lord_Howe',
      0,
      Date.parse('2026-07-01T00:00:00Z'),
    )!.markdown;
    assert.ok(
      markdown.includes("| At the window's start | Sun 19 Jul 2026 17:30 | LHST (+10:30) |"),
      markdown,
    );
    assert.ok(
      markdown.includes(
        'Next change: Clocks go forward 30m on Sun 4 Oct 2026 02:00 → 02:30 (LHST → LHDT), in 3 months.',
      ),
      markdown,
    );
  });

  it('shows Etc/GMT+5 as -05:00, five hours behind UTC, on an audience entry', () => {
    const markdown = hoverOn(runbook('Europe/London', ['Etc/GMT+5']), 'Etc/GMT+5')!.markdown;
    assert.match(markdown, /^\*\*`Etc\/GMT\+5`\*\*\n/);
    assert.ok(
      markdown.includes("| At the window's start | Sun 19 Jul 2026 02:00 | -05:00 |"),
      markdown,
    );
    assert.match(markdown, /No DST/);
    assert.match(markdown, /POSIX signs: `Etc\/GMT\+5` is 5 hours behind UTC\./);
  });

  it('leaves out what it cannot know: the now row without a now, the start row without a start', () => {
    const withoutNow = hoverOn(runbook('Asia/Tokyo'), 'Asia/Tokyo', 0, null)!.markdown;
    assert.doesNotMatch(withoutNow, /\| Now/);
    assert.match(withoutNow, /No DST/);
    const withoutStart = hoverOn(runbook('Asia/Tokyo', [], 'soon'), 'Asia/Tokyo')!.markdown;
    assert.doesNotMatch(withoutStart, /window's start/);
    assert.ok(
      withoutStart.includes('| Now | Thu 15 Jan 2026 21:00 | JST (+09:00) |'),
      withoutStart,
    );
  });

  it('works on zones of an announcement and its { zone, label } entries', () => {
    const text = lines(
      'kind: announcement',
      'title: T',
      'start: 2026-07-19 08:00',
      'zone: Europe/Paris',
      'audience:',
      '  - { label: Eastern, zone: America/New_York }',
    );
    assert.match(
      hoverOn(text, 'Europe/Paris')!.markdown,
      /\| At the window's start \| Sun 19 Jul 2026 08:00 \| CEST \(\+02:00\) \|/,
    );
    const eastern = hoverOn(text, 'America/New_York')!;
    assert.equal(eastern.over, 'America/New_York');
    assert.match(
      eastern.markdown,
      /\| At the window's start \| Sun 19 Jul 2026 02:00 \| EDT \(-04:00\) \|/,
    );
    assert.match(eastern.markdown, /\| Now \| Thu 15 Jan 2026 07:00 \| EST \(-05:00\) \|/);
  });

  it('leaves a zone that is not one, and the zone key, to the other hovers', () => {
    assert.match(hoverOn(runbook('Europe/Londn'), 'Europe/Londn')!.markdown, /^\*\*zone\*\*: /);
    assert.match(hoverOn(runbook('Europe/London'), 'zone:')!.markdown, /^\*\*zone\*\*: /);
  });
});
