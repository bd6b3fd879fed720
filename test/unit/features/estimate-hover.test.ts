import { strict as assert } from 'node:assert';
import { estimateHover } from '../../../src/core/features/estimate-hover';
import { hover } from '../../../src/core/features/hover';
import { cursor, lines } from '../helpers';
import { analyzeAt, linkedAnnouncement, runbookOf, SEED_003, seed002 } from './plan-fixtures';

/** The estimate hover at `|`, placed by replacing `find` with `marked`, and the text it is about. */
function hoverAt(text: string, find: string, marked: string, fileName?: string) {
  assert.ok(text.includes(find), `the fixture holds ${find}`);
  const { text: clean, offset } = cursor(text.replace(find, marked));
  const result = estimateHover(analyzeAt(clean, fileName), offset);
  return result && { markdown: result.markdown, over: clean.slice(result.start, result.end) };
}

describe('features/estimate-hover', () => {
  it("on a step's estimate: its range, planned length, share of the critical path and when it runs", () => {
    const result = hoverAt(seed002(), 'estimate: 30m..40m', 'estimate: 30m|..40m');
    assert.equal(result?.over, '30m..40m');
    assert.equal(
      result?.markdown,
      [
        '**Estimate** 30m–40m · planned 50m (× 1.25) · 44 % of the critical path',
        'Starts T+0:20..0:25, ends T+0:50..1:05 (17:20..17:25 → 17:50..18:05 in `Pacific/Auckland`).',
      ].join('\n\n'),
    );
  });

  it('answers on the key too, and counts the critical path by high ends (seed 003: 12h of 25h)', () => {
    const result = hoverAt(
      SEED_003,
      '    estimate: 6h..12h\n    impact: degraded\n  - id: catch-up',
      '    esti|mate: 6h..12h\n    impact: degraded\n  - id: catch-up',
    );
    assert.equal(result?.over, 'estimate');
    assert.match(
      result.markdown,
      /^\*\*Estimate\*\* 6h–12h · planned 12h \(× 1\) · 48 % of the critical path\n\nStarts T\+0:30\.\.1:00, ends T\+6:30\.\.13:00 \(10:30\.\.11:00 → 16:30\.\.23:00 in `America\/Los_Angeles`\)\.$/,
    );
  });

  it('says a parallel step off the critical path is not on it', () => {
    const text = runbookOf(['a 10m', 'b 1h a', 'c 20m a', 'd 5m b c']);
    const result = hoverAt(text, 'estimate: 20m', 'estimate: 2|0m');
    assert.match(
      result!.markdown,
      /^\*\*Estimate\*\* 20m · planned 40m \(× 2\) · not on the critical path\n\nStarts T\+0:10, ends T\+0:30 \(08:10 → 08:30 in `Europe\/London`\)\.$/,
    );
  });

  it('leaves out the clock where the window has none, and says a step in a cycle is not scheduled', () => {
    const noWindow = runbookOf(['a 10m', 'b 5m'], []);
    assert.match(
      hoverAt(noWindow, 'estimate: 5m', 'estimate: 5|m')!.markdown,
      /Starts T\+0:10, ends T\+0:15\.$/,
    );
    const cycle = runbookOf(['a 10m', 'b 10m c', 'c 7m b']);
    assert.match(
      hoverAt(cycle, 'estimate: 7m', 'estimate: 7|m')!.markdown,
      /Not scheduled: the step is in a dependency cycle, or waits for one\./,
    );
  });

  it('warns on the critical path that steps without an estimate count as zero', () => {
    const result = hoverAt(runbookOf(['a 30m', 'b -']), 'estimate: 30m', 'estimate: 3|0m');
    assert.match(result!.markdown, /100 % of the critical path/);
    assert.match(
      result!.markdown,
      /Steps without an estimate count as zero, so the critical path may be longer\./,
    );
  });

  it('gives way to the diagnostic on an estimate that does not parse', () => {
    assert.equal(
      hoverAt(runbookOf(['a 30m', 'b 30']), 'estimate: 30\n', 'estimate: 3|0\n'),
      undefined,
    );
  });

  it("on the window's length: the estimate, the planned length and the verdict with its arithmetic", () => {
    const result = hoverAt(seed002('2h', '2'), 'length: 2h', 'length: 2|h');
    assert.equal(result?.over, '2h');
    assert.equal(
      result?.markdown,
      [
        '**Window length** 2h · estimate 1h 10m–1h 30m · planned 3h (× 2)',
        '✗ The window (2h) is shorter than planned: 1h 10m–1h 30m × 2 = 3h, 1h more. The estimate itself fits.',
      ].join('\n\n'),
    );
  });

  it('puts the verdict before the window table in the whole hover on length', () => {
    const { text, offset } = cursor(seed002().replace('length: 2h', 'len|gth: 2h'));
    const markdown = hover(analyzeAt(text), offset)?.markdown ?? '';
    assert.match(
      markdown,
      /^\*\*Window length\*\* 2h · estimate 1h 10m–1h 30m · planned 1h 52m 30s \(× 1\.25\)\n\n✓ The window \(2h\) fits the plan/,
    );
    assert.match(markdown, /\n\n---\n\n\*\*Maintenance window\*\* · Tue 13 Nov 2018 · 2h/);
  });

  it("on an announcement's estimate and length, by its own estimate or its linked runbook's", () => {
    const announcement = lines(
      'kind: announcement',
      'title: T',
      'start: 2099-07-19 08:00',
      'zone: Europe/London',
      'estimate: 30m',
      'length: 45m',
    );
    assert.equal(
      hoverAt(announcement, 'estimate: 30m', 'estimate: 3|0m', 'x.announcement.yaml')?.markdown,
      '**Estimate** 30m · planned 1h (× 2)',
    );
    assert.match(
      hoverAt(announcement, 'length: 45m', 'length: 4|5m', 'x.announcement.yaml')!.markdown,
      /✗ The window \(45m\) is shorter than planned: 30m × 2 = 1h, 15m more/,
    );
    const linked = announcement.replace('title: T', 'title: T\nrunbook: ./linked.runbook.yaml');
    const { text, offset } = cursor(linked.replace('estimate: 30m', 'estimate: 3|0m'));
    const markdown = estimateHover(linkedAnnouncement(text, seed002()), offset)?.markdown;
    assert.equal(
      markdown,
      "**Estimate** 30m\n\nThe linked runbook's steps sum to 1h 10m–1h 30m, planned 1h 52m 30s (× 1.25); that plan is the one the window is checked against.",
    );
  });

  it("in the whole hover on a step's estimate key, puts what the key means first, then the plan", () => {
    const { text, offset } = cursor(seed002().replace('estimate: 5m', 'esti|mate: 5m'));
    const markdown = hover(analyzeAt(text), offset)?.markdown ?? '';
    assert.match(
      markdown,
      /^\*\*estimate\*\*: How long the step takes[^]*\n\n---\n\n\*\*Estimate\*\* 5m · planned 6m 15s \(× 1\.25\) · 6 % of the critical path/,
    );
  });

  it('says nothing elsewhere', () => {
    assert.equal(hoverAt(seed002(), 'id: backup', 'id: back|up'), undefined);
    assert.equal(
      hoverAt(seed002(), 'zone: Pacific/Auckland', 'zone: Pacific/Auck|land'),
      undefined,
    );
  });
});
