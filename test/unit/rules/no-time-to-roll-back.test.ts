import { strict as assert } from 'node:assert';
import { allMessages, fixed, foundLinked, runbookText } from './linked-fixtures';

const WINDOW = ['start: 2026-07-19 08:00', 'zone: Europe/London'];
const STEPS = ['steps:', '  - id: work', '    estimate: 25m'];
const rollback = (deadline: string, estimate?: string) => [
  'rollback:',
  `  deadline: ${deadline}`,
  ...(estimate ? [`  estimate: ${estimate}`] : []),
];

describe('rules/no-time-to-roll-back', () => {
  it('warns on the deadline when deadline + rollback passes the window, with the sum and the overrun', () => {
    const text = runbookText([...WINDOW, 'length: 50m'], ...STEPS, ...rollback('40m', '15m'));
    const [warning, ...rest] = foundLinked(text, 'no-time-to-roll-back');
    assert.deepEqual(rest, []);
    assert.equal(warning.text, '40m');
    assert.equal(warning.severity, 'warning');
    assert.equal(
      warning.message,
      'No time to roll back: deadline 40m + rollback 15m = 55m ends after the 50m window; a rollback decided at the deadline would overrun it by 5m.',
    );
    assert.deepEqual(
      warning.fixes?.map((f) => [f.title, f.preferred]),
      [
        ['Set the deadline to 35m (window 50m − rollback 15m)', true],
        ['Set length to 55m (deadline + rollback)', false],
      ],
    );
    for (const fix of warning.fixes)
      assert.deepEqual(allMessages(fixed(text, warning, fix.title)), [], fix.title);
  });

  it('is quiet when the rollback ends with the window or before, or without a deadline', () => {
    assert.deepEqual(
      foundLinked(
        runbookText([...WINDOW, 'length: 55m'], ...STEPS, ...rollback('40m', '15m')),
        'no-time-to-roll-back',
      ),
      [],
    );
    assert.deepEqual(
      foundLinked(
        runbookText([...WINDOW, 'length: 50m'], ...STEPS, 'rollback:', '  estimate: 2h'),
        'no-time-to-roll-back',
      ),
      [],
    );
  });

  it('checks a deadline alone against the window', () => {
    const [warning] = foundLinked(
      runbookText([...WINDOW, 'length: 1h'], ...STEPS, ...rollback('1h30m')),
      'no-time-to-roll-back',
    );
    assert.match(
      warning.message,
      /^No time to roll back: the deadline 1h 30m \(no `rollback.estimate`\) ends after the 1h window/,
    );
    assert.deepEqual(
      warning.fixes?.map((f) => f.title),
      ["Set the deadline to 1h (the window's length)", 'Set length to 1h30m (deadline + rollback)'],
    );
  });

  it('measures a window without length by its planned length, and offers to add a length', () => {
    const text = runbookText(WINDOW, ...STEPS, ...rollback('45m', '15m'));
    const [warning] = foundLinked(text, 'no-time-to-roll-back');
    assert.match(
      warning.message,
      /ends after the 50m window \(without `length` or `end` it lasts the planned length\)/,
    );
    assert.deepEqual(
      warning.fixes?.map((f) => f.title),
      [
        'Set the deadline to 35m (window 50m − rollback 15m)',
        'Add length: 1h (deadline + rollback)',
      ],
    );
    const added = fixed(text, warning, 'Add length: 1h (deadline + rollback)');
    assert.match(added, /\n {2}zone: Europe\/London\n {2}length: 1h\n/);
    assert.deepEqual(allMessages(added), []);
  });

  it('uses the high ends of ranges, and offers no deadline shorter than a minute', () => {
    const [warning] = foundLinked(
      runbookText([...WINDOW, 'length: 50m'], ...STEPS, ...rollback('20m..30m', '40m..50m')),
      'no-time-to-roll-back',
    );
    assert.match(warning.message, /deadline 30m \+ rollback 50m = 1h 20m/);
    assert.deepEqual(
      warning.fixes?.map((f) => f.title),
      ['Set length to 1h20m (deadline + rollback)'],
    );
  });

  it('leaves invalid durations to invalid-duration and announcements alone', () => {
    assert.deepEqual(
      foundLinked(
        runbookText([...WINDOW, 'length: 50m'], ...STEPS, ...rollback('-40m', '15m')),
        'no-time-to-roll-back',
      ),
      [],
    );
    assert.deepEqual(
      foundLinked(
        runbookText([...WINDOW, 'length: 50m'], ...STEPS, ...rollback('40m', '0m')),
        'no-time-to-roll-back',
      ),
      [],
    );
  });
});
