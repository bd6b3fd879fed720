import { strict as assert } from 'node:assert';
import { allMessages, announcementText, fixed, foundLinked, runbookText } from './linked-fixtures';

const WINDOW = ['start: 2026-07-19 08:00', 'zone: Europe/London'];
const STEPS = [
  'steps:',
  '  - id: backup',
  '    estimate: 30m',
  '  - id: migrate',
  '    estimate: 45m..1h',
];

describe('rules/window-shorter-than-estimate', () => {
  it('is an error on a length below the estimate, with the plan it should have, and fixes it to the planned length', () => {
    const text = runbookText([...WINDOW, 'length: 1h'], ...STEPS);
    const [error, ...rest] = foundLinked(text, 'window-shorter-than-estimate');
    assert.deepEqual(rest, []);
    assert.equal(error.text, '1h');
    assert.equal(error.severity, 'error');
    assert.equal(
      error.message,
      'Window 1h is shorter than the estimate 1h 30m: the work alone does not fit, before any margin. Plan 2 × estimate 1h 30m = 3h. The estimate is the range 1h 15m–1h 30m; a range counts as its high end.',
    );
    assert.deepEqual(
      error.fixes?.map((f) => f.title),
      ['Set length to 3h (2 × 1h 30m)'],
    );
    assert.deepEqual(allMessages(fixed(text, error)), []);
  });

  it('leaves a window between the estimate and the plan to window-shorter-than-planned, and reports one code per window', () => {
    const text = runbookText([...WINDOW, 'length: 1h30m'], ...STEPS);
    assert.deepEqual(foundLinked(text, 'window-shorter-than-estimate'), []);
    assert.deepEqual(
      foundLinked(text, 'window-shorter-than-planned').map((d) => d.text),
      ['1h30m'],
    );
    assert.deepEqual(
      foundLinked(runbookText([...WINDOW, 'length: 1h'], ...STEPS), 'window-shorter-than-planned'),
      [],
    );
  });

  it('counts a range as its high end: a window of the low end is already too short', () => {
    assert.deepEqual(
      foundLinked(
        runbookText([...WINDOW, 'length: 1h15m'], ...STEPS),
        'window-shorter-than-estimate',
      ).map((d) => d.text),
      ['1h15m'],
    );
  });

  it('takes parallel branches by the longest path, not the sum', () => {
    const parallel = [
      'steps:',
      '  - id: a',
      '    estimate: 40m',
      '  - id: b',
      '    estimate: 30m',
      '    needs: []',
      '  - id: c',
      '    estimate: 10m',
      '    needs: [a, b]',
    ];
    assert.deepEqual(
      foundLinked(
        runbookText([...WINDOW, 'length: 50m'], ...parallel),
        'window-shorter-than-estimate',
      ),
      [],
    );
    assert.match(
      foundLinked(
        runbookText([...WINDOW, 'length: 45m'], ...parallel),
        'window-shorter-than-estimate',
      )[0].message,
      /the estimate 50m/,
    );
  });

  it('says "at least" when steps in a cycle cannot be scheduled, and still reports no loop', () => {
    const cycle = [
      'steps:',
      '  - id: a',
      '    estimate: 30m',
      '  - id: b',
      '    estimate: 1h',
      '    needs: [c]',
      '  - id: c',
      '    estimate: 1h',
      '    needs: [b]',
    ];
    const [error] = foundLinked(
      runbookText([...WINDOW, 'length: 20m'], ...cycle),
      'window-shorter-than-estimate',
    );
    assert.match(
      error.message,
      /^Window 20m is shorter than the estimate, at least 30m: .* Plan 2 × estimate 30m = at least 1h\. The total is a lower bound/,
    );
  });

  it("uses an announcement's linked runbook and writes the fix where the announcement's length is", () => {
    const runbook = runbookText(WINDOW, ...STEPS);
    const text = announcementText('runbook: ./up.runbook.yaml', ...WINDOW, 'length: 45m');
    const [error] = foundLinked(text, 'window-shorter-than-estimate', {
      './up.runbook.yaml': runbook,
    });
    assert.match(
      error.message,
      /^Window 45m is shorter than the runbook's estimate 1h 30m: .* Plan 2 × the runbook's estimate 1h 30m = 3h\./,
    );
    assert.deepEqual(allMessages(fixed(text, error), { './up.runbook.yaml': runbook }), []);
  });

  it('is quiet with nothing to measure against: no estimates, no steps, no window', () => {
    assert.deepEqual(
      foundLinked(
        runbookText([...WINDOW, 'length: 1m'], 'steps: []'),
        'window-shorter-than-estimate',
      ),
      [],
    );
    assert.deepEqual(foundLinked(runbookText([], ...STEPS), 'window-shorter-than-estimate'), []);
    assert.deepEqual(
      foundLinked(announcementText(...WINDOW, 'length: 1m'), 'window-shorter-than-estimate'),
      [],
    );
  });

  it('leaves invalid durations to invalid-duration', () => {
    for (const length of ['-1h', '0m', '9999w', '1h..30m', 'soon']) {
      const text = runbookText([...WINDOW, `length: ${length}`], ...STEPS);
      assert.deepEqual(foundLinked(text, 'window-shorter-than-estimate'), [], length);
      assert.deepEqual(foundLinked(text, 'window-shorter-than-planned'), [], length);
    }
  });
});
