import { strict as assert } from 'node:assert';
import { codeLenses } from '../../../src/core/features/code-lenses';
import { estimateHover } from '../../../src/core/features/estimate-hover';
import { UNCHECKED_MARK } from '../../../src/core/features/plan-caveat';
import {
  planSummary,
  statusLine,
  summaryLine,
  summaryMarkdown,
  verdictMark,
  type PlanSummary,
} from '../../../src/core/features/plan-summary';
import { stepInlayHints } from '../../../src/core/features/step-inlay-hints';
import { cursor, lines } from '../helpers';
import { analyzeAt, linkedAnnouncement, OWN_ESTIMATE, runbookOf, seed002 } from './plan-fixtures';

function summaryOf(text: string): PlanSummary {
  const summary = planSummary(analyzeAt(text));
  assert.ok(summary, `a summary of:\n${text}`);
  return summary;
}

/** `[label, step id]` of each step hint. */
function hintsOf(text: string): Array<[string, string]> {
  const analysis = analyzeAt(text);
  return stepInlayHints(analysis).map((hint) => {
    const before = analysis.text.slice(0, hint.offset);
    return [hint.label, before.slice(before.lastIndexOf(' ') + 1)];
  });
}

// The issue's runbook: one estimate written without a unit, 45m of valid ones, a 2h window.
const UNITLESS = runbookOf(['a 30m', 'b 30', 'c 15m']);

describe('features/plan-caveat: no ✓ on a guess', () => {
  it('an invalid estimate: the window "fits" a lower bound, shown ○ with the step named, never ✓', () => {
    const summary = summaryOf(UNITLESS);
    assert.equal(summary.verdict, 'fits');
    assert.equal(summaryLine(summary), 'Σ ≥ 45m × 2 ≥ 1h 30m · window 2h ○ lower bound');
    assert.equal(statusLine(summary), 'Σ ≥ 45m × 2 ≥ 1h 30m ○ lower bound');
    assert.equal(
      summary.caveat?.reason,
      "lower bound: step `b` has no valid estimate; the plan's inputs have 1 error",
    );
    const details = summaryMarkdown(summary);
    assert.match(
      details,
      /^○ The window \(2h\) fits the plan as computed .*, but that is no pass: lower bound: step `b` has no valid estimate/m,
    );
    assert.doesNotMatch(details, /✓/);
  });

  it('the lens says ○ and gives the reason as its tooltip', () => {
    const [lens] = codeLenses(analyzeAt(UNITLESS));
    assert.equal(lens.title, 'Σ ≥ 45m × 2 ≥ 1h 30m · window 2h ○ lower bound');
    assert.equal(
      lens.tooltip,
      "○ The plan is not final: lower bound: step `b` has no valid estimate; the plan's inputs have 1 error.",
    );
    assert.equal(codeLenses(analyzeAt(seed002()))[0].tooltip, undefined);
  });

  it('steps after a broken estimate start at a lower bound, T+≥, or T+? when nothing is known', () => {
    assert.deepEqual(hintsOf(UNITLESS), [
      ['T+0:00', 'a'],
      ['T+0:30', 'b'],
      ['T+≥0:30', 'c'],
    ]);
    assert.deepEqual(hintsOf(runbookOf(['a 30', 'b 15m', 'c 5m []'])), [
      ['T+0:00', 'a'],
      ['T+?', 'b'],
      ['T+0:00', 'c'],
    ]);
    const [, , c] = stepInlayHints(analyzeAt(UNITLESS));
    assert.match(
      c.tooltip,
      /ends T\+≥0:45\..*At the earliest: a step before it has no valid estimate/,
    );
  });

  it("an unknown `needs`: the step's start is a lower bound and the reason names the id", () => {
    const text = runbookOf(['a 30m', 'b 15m a ghost', 'c 15m ghost']);
    assert.deepEqual(hintsOf(text), [
      ['T+0:00', 'a'],
      ['T+≥0:30', 'b'],
      ['T+?', 'c'],
    ]);
    assert.match(
      summaryOf(text).caveat?.reason ?? '',
      /^lower bound: step `b` needs `ghost`, which no step has; the plan's inputs have 2 errors$/,
    );
    assert.equal(summaryOf(text).lowerBound, true);
  });

  it('a complete plan with an error elsewhere in its inputs: ○ and the count of errors', () => {
    const text = runbookOf(['a 30m', 'b 20m', 'a 5m']);
    const summary = summaryOf(text);
    assert.equal(summary.lowerBound, false);
    assert.match(verdictMark(summary), /^○ \d+ errors?$/);
    assert.match(summary.caveat?.reason ?? '', /^the plan's inputs have \d+ errors?$/);
  });

  it('a window shorter than even a lower bound is still ✗, with the reason in the details', () => {
    const summary = summaryOf(
      runbookOf(
        ['a 2h', 'b -'],
        ['  start: 2099-07-19 08:00', '  zone: Europe/London', '  length: 1h'],
      ),
    );
    assert.equal(summaryLine(summary), 'Σ ≥ 2h × 2 ≥ 4h · window 1h ✗ shorter than the estimate');
    assert.match(
      summaryMarkdown(summary),
      /○ The plan is not final: lower bound: step `b` has no valid estimate\./,
    );
  });

  it("an announcement linked to a runbook with a broken estimate: ○, the runbook's errors counted", () => {
    const announcement = lines(
      'kind: announcement',
      'title: T',
      'runbook: ./linked.runbook.yaml',
      'start: 2099-07-19 08:00',
      'zone: Europe/London',
      'length: 2h',
    );
    const analysis = linkedAnnouncement(announcement, UNITLESS);
    assert.equal(codeLenses(analysis)[0].title, 'Σ ≥ 45m × 2 ≥ 1h 30m · window 2h ○ lower bound');
    assert.equal(
      planSummary(analysis)?.caveat?.reason,
      "lower bound: step `b` has no valid estimate; the plan's inputs have 1 error",
    );
    // The announcement's own estimate is not a lower bound: a clean one has no caveat.
    assert.equal(planSummary(analyzeAt(OWN_ESTIMATE, 'x.announcement.yaml'))?.caveat, undefined);
  });

  it("the length hover gives the reason, and a step's hover its start as a lower bound", () => {
    const length = cursor(UNITLESS.replace('length: 2h', 'length: 2|h'));
    const onLength = estimateHover(analyzeAt(length.text), length.offset)?.markdown ?? '';
    assert.match(onLength, /^○ The window \(2h\) fits the plan as computed/m);
    assert.doesNotMatch(onLength, /✓/);
    const step = cursor(UNITLESS.replace('estimate: 15m', 'estimate: 1|5m'));
    assert.match(
      estimateHover(analyzeAt(step.text), step.offset)?.markdown ?? '',
      /Starts T\+≥0:30, ends T\+≥0:45 \(.*\): at the earliest/,
    );
  });

  it('a clean, complete plan keeps its ✓ and has no caveat', () => {
    const summary = summaryOf(seed002());
    assert.equal(summary.caveat, undefined);
    assert.equal(verdictMark(summary), '✓');
    assert.notEqual(UNCHECKED_MARK, '✓');
  });
});

describe("features/plan-caveat: the verdict's own errors", () => {
  it('does not count the window-shorter diagnostics as errors in the inputs', () => {
    const summary = summaryOf(seed002('1h'));
    assert.equal(summary.verdict, 'shorter-than-estimate');
    assert.equal(summary.caveat, undefined);
    assert.doesNotMatch(summaryMarkdown(summary), /○/);
  });
});
