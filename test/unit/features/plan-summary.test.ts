import { strict as assert } from 'node:assert';
import {
  planSummary,
  statusLine,
  summaryLine,
  summaryMarkdown,
  verdictSentence,
  type PlanSummary,
} from '../../../src/core/features/plan-summary';
import { lines } from '../helpers';
import {
  analyzeAt,
  linkedAnnouncement,
  OWN_ESTIMATE as ANNOUNCEMENT,
  runbookOf,
  SEED_003,
  seed002,
} from './plan-fixtures';

function summaryOf(text: string, fileName?: string): PlanSummary {
  const summary = planSummary(analyzeAt(text, fileName));
  assert.ok(summary, `a summary of:\n${text}`);
  return summary;
}

describe('features/plan-summary', () => {
  it("sums seed 002's steps, × 1.25, against its 2h window: the plan fitted", () => {
    const summary = summaryOf(seed002());
    assert.equal(summaryLine(summary), 'Σ 1h 10m–1h 30m × 1.25 = 1h 52m 30s · window 2h ✓');
    assert.equal(statusLine(summary), 'Σ 1h 10m–1h 30m × 1.25 = 1h 52m 30s ✓');
    assert.equal(
      verdictSentence(summary),
      '✓ The window (2h) fits the plan (1h 10m–1h 30m × 1.25 = 1h 52m 30s), with 7m 30s to spare.',
    );
  });

  it('says what "double the estimate" would have asked of seed 002: shorter than planned', () => {
    const summary = summaryOf(seed002('2h', '2'));
    assert.equal(summary.verdict, 'shorter-than-planned');
    assert.equal(
      summaryLine(summary),
      'Σ 1h 10m–1h 30m × 2 = 3h · window 2h ✗ shorter than planned',
    );
    assert.equal(statusLine(summary), 'Σ 1h 10m–1h 30m × 2 = 3h ✗ window 2h');
    assert.equal(
      verdictSentence(summary),
      '✗ The window (2h) is shorter than planned: 1h 10m–1h 30m × 2 = 3h, 1h more. The estimate itself fits.',
    );
  });

  it('says when the window is shorter than the estimate itself, by its high end', () => {
    const summary = summaryOf(seed002('1h20m'));
    assert.equal(summary.verdict, 'shorter-than-estimate');
    assert.equal(
      summaryLine(summary),
      'Σ 1h 10m–1h 30m × 1.25 = 1h 52m 30s · window 1h 20m ✗ shorter than the estimate',
    );
    assert.match(
      verdictSentence(summary)!,
      /^✗ The window \(1h 20m\) is shorter than the estimate \(1h 30m\) itself/,
    );
  });

  it('fits exactly when the window is the planned length, float dust and all', () => {
    const summary = summaryOf(seed002('1h52m30s'));
    assert.equal(summary.verdict, 'fits');
    assert.match(verdictSentence(summary)!, /exactly\.$/);
  });

  it("sums seed 003's three ranges: 12h 30m–1d 1h, in its 25h window", () => {
    assert.equal(summaryLine(summaryOf(SEED_003)), 'Σ 12h 30m–1d 1h × 1 = 1d 1h · window 1d 1h ✓');
  });

  it('takes the longest of parallel branches', () => {
    const summary = summaryOf(runbookOf(['a 10m', 'b 1h a', 'c 20m a', 'd 5m b c']));
    assert.deepEqual(summary.estimate, { low: 75 * 60, high: 75 * 60 });
    assert.equal(summaryLine(summary), 'Σ 1h 15m × 2 = 2h 30m · window 2h ✗ shorter than planned');
  });

  it('writes ≥ when steps have no estimate, and says how many', () => {
    const summary = summaryOf(runbookOf(['a 30m', 'b -', 'c -']));
    assert.equal(summaryLine(summary), 'Σ ≥ 30m × 2 ≥ 1h · window 2h ○ lower bound');
    assert.match(
      summaryMarkdown(summary),
      /2 steps have no estimate: the total is a lower bound\./,
    );
  });

  it('reports steps in a cycle instead of looping, and counts the rest as a lower bound', () => {
    const summary = summaryOf(runbookOf(['a 10m', 'b 10m c', 'c 10m b']));
    assert.equal(summary.unschedulable, 2);
    assert.equal(
      summaryLine(summary),
      'Σ ≥ 10m × 2 ≥ 20m · window 2h ○ lower bound · 2 steps in a cycle, not counted',
    );
  });

  it('says a window without length or end is the planned length, with no verdict to give', () => {
    const summary = summaryOf(
      runbookOf(['a 30m'], ['  start: 2099-07-19 08:00', '  zone: Europe/London']),
    );
    assert.equal(summary.windowWritten, false);
    assert.equal(summaryLine(summary), 'Σ 30m × 2 = 1h · window 1h (the planned length)');
    assert.equal(statusLine(summary), 'Σ 30m × 2 = 1h');
    assert.equal(verdictSentence(summary), undefined);
  });

  it('has nothing to sum without any estimate, and nothing for a file of no kind', () => {
    assert.equal(planSummary(analyzeAt(runbookOf(['a -', 'b -']))), undefined);
    assert.equal(planSummary(analyzeAt(lines('title: T'), 'notes.yaml')), undefined);
  });

  it("sums an announcement's own estimate × its safety factor (seed 000: 30m doubled is the hour)", () => {
    const summary = summaryOf(ANNOUNCEMENT, 'test.announcement.yaml');
    assert.equal(summary.source, 'estimate');
    assert.equal(summaryLine(summary), 'Σ 30m × 2 = 1h · window 1h ✓');
    assert.match(summaryMarkdown(summary), /\*\*Estimate\*\* 30m: the announcement's `estimate`\./);
  });

  it("takes a linked runbook's plan over the announcement's own estimate", () => {
    const announcement = ANNOUNCEMENT.replace(
      'title: T',
      'title: T\nrunbook: ./linked.runbook.yaml',
    ).replace('length: 1h', 'length: 2h');
    const summary = planSummary(linkedAnnouncement(announcement, seed002()));
    assert.equal(summary?.source, 'runbook');
    assert.equal(summaryLine(summary), 'Σ 1h 10m–1h 30m × 1.25 = 1h 52m 30s · window 2h ✓');
    assert.match(summaryMarkdown(summary), /the linked runbook's longest path/);
  });
});
