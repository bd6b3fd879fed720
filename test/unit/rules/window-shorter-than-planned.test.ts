import { strict as assert } from 'node:assert';
import { defaultSettings } from '../../../src/core/settings';
import { lines } from '../helpers';
import { allMessages, announcementText, fixed, foundLinked, runbookText } from './linked-fixtures';

const WINDOW = ['start: 2026-07-19 17:00', 'zone: Pacific/Auckland'];
/** Seed 002's plan in short: 1h10m..1h30m of steps. */
const STEPS = [
  'steps:',
  '  - id: backup',
  '    estimate: 15m..20m',
  '  - id: upgrade',
  '    estimate: 55m..1h10m',
];

describe('rules/window-shorter-than-planned', () => {
  it("warns on seed 002's 2h window for 1h 30m of work, with the arithmetic, and fixes it to 3h", () => {
    const text = runbookText([...WINDOW, 'length: 2h'], ...STEPS);
    const [warning, ...rest] = foundLinked(text, 'window-shorter-than-planned');
    assert.deepEqual(rest, []);
    assert.equal(warning.text, '2h');
    assert.equal(warning.severity, 'warning');
    assert.equal(
      warning.message,
      'Window 2h is shorter than 2 × estimate 1h 30m = 3h: it leaves only 30m for what the estimate misses. The estimate is the range 1h 10m–1h 30m; a range counts as its high end.',
    );
    assert.deepEqual(
      warning.fixes?.map((f) => f.title),
      ['Set length to 3h (2 × 1h 30m)'],
    );
    const after = fixed(text, warning);
    assert.match(after, /^ {2}length: 3h$/m);
    assert.deepEqual(allMessages(after), []);
  });

  it('is quiet when the window is the planned length or longer, or has no length (then it is the planned length)', () => {
    for (const length of ['3h', '3h1m', 'PT3H'])
      assert.deepEqual(
        foundLinked(
          runbookText([...WINDOW, `length: ${length}`], ...STEPS),
          'window-shorter-than-planned',
        ),
        [],
        length,
      );
    assert.deepEqual(allMessages(runbookText(WINDOW, ...STEPS)), []);
  });

  it("measures an end against the plan too, without a fix (which of start and end should move is the author's call)", () => {
    const [warning] = foundLinked(
      runbookText([...WINDOW, 'end: 2026-07-19 19:00'], ...STEPS),
      'window-shorter-than-planned',
    );
    assert.equal(warning.text, '2026-07-19 19:00');
    assert.equal(warning.fixes, undefined);
  });

  it("follows the file's safety factor, then the setting, and rounds a fix up to the minute", () => {
    const factor = runbookText(
      [...WINDOW, 'length: 1h30m'],
      'safety_factor: 1.5',
      'steps:',
      '  - id: a',
      '    estimate: 1h5m',
    );
    const [warning] = foundLinked(factor, 'window-shorter-than-planned');
    assert.match(
      warning.message,
      /^Window 1h 30m is shorter than 1\.5 × estimate 1h 5m = 1h 37m 30s: /,
    );
    assert.deepEqual(
      warning.fixes?.map((f) => f.title),
      ['Set length to 1h38m (1.5 × 1h 5m, rounded up)'],
    );
    assert.deepEqual(allMessages(fixed(factor, warning)), []);
    const setting = { ...defaultSettings, safetyFactor: 3 };
    assert.match(
      foundLinked(
        runbookText([...WINDOW, 'length: 2h'], 'steps:', '  - id: a', '    estimate: 45m'),
        'window-shorter-than-planned',
        {},
        setting,
      )[0].message,
      /3 × estimate 45m = 2h 15m/,
    );
  });

  it('ignores float dust: 1.1 × 1h is 66m exactly', () => {
    assert.deepEqual(
      foundLinked(
        runbookText(
          [...WINDOW, 'length: 66m'],
          'safety_factor: 1.1',
          'steps:',
          '  - id: a',
          '    estimate: 1h',
        ),
        'window-shorter-than-planned',
      ),
      [],
    );
  });

  it('says when the total is a lower bound: steps without an estimate count as zero', () => {
    const text = runbookText(
      [...WINDOW, 'length: 1h'],
      'steps:',
      '  - id: a',
      '    estimate: 40m',
      '  - id: b',
    );
    const [warning] = foundLinked(text, 'window-shorter-than-planned');
    assert.match(warning.message, /2 × estimate 40m = at least 1h 20m/);
    assert.match(
      warning.message,
      /The total is a lower bound: some steps have no estimate or cannot be scheduled\./,
    );
  });

  it("measures an announcement against its linked runbook's plan, not its own estimate", () => {
    const runbook = runbookText([...WINDOW, 'length: 2h'], ...STEPS);
    const text = announcementText(
      'runbook: ./up.runbook.yaml',
      ...WINDOW,
      'estimate: 30m',
      'length: 2h',
    );
    const [warning] = foundLinked(text, 'window-shorter-than-planned', {
      './up.runbook.yaml': runbook,
    });
    assert.match(
      warning.message,
      /^Window 2h is shorter than 2 × the runbook's estimate 1h 30m = 3h: /,
    );
    // Without the link, its own 30m × 2 = 1h fits the 2h.
    assert.deepEqual(
      foundLinked(text.replace('runbook: ./up.runbook.yaml\n', ''), 'window-shorter-than-planned'),
      [],
    );
  });

  it("takes an announcement's own estimate × its safety factor when it links no runbook, and adds nothing for a missing length", () => {
    const own = announcementText(...WINDOW, 'estimate: 45m', 'safety_factor: 1.5', 'length: 1h');
    assert.match(
      foundLinked(own, 'window-shorter-than-planned')[0].message,
      /^Window 1h is shorter than 1\.5 × estimate 45m = 1h 7m 30s/,
    );
    assert.deepEqual(
      foundLinked(
        lines(
          ...own
            .trimEnd()
            .split('\n')
            .filter((l) => !l.startsWith('length')),
        ),
        'window-shorter-than-planned',
      ),
      [],
    );
  });
});
