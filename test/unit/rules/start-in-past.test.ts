import { strict as assert } from 'node:assert';
import { announcement, found, runbookWindow } from './time-fixtures';

const HOUR = 3_600_000;
const text = runbookWindow(['start: 2026-07-19 08:00', 'zone: Europe/London', 'length: 2h']);
const START = Date.parse('2026-07-19T07:00:00Z');

describe('rules/start-in-past', () => {
  it('runs only when the analysis is given a now', () => {
    assert.deepEqual(found(text, 'start-in-past', null), []);
    assert.deepEqual(
      found(text.replace('2026-07-19', '2015-07-19'), 'start-in-past', null),
      [],
      'never reads the clock',
    );
  });

  it('says nothing for a window still ahead', () => {
    assert.deepEqual(found(text, 'start-in-past', START - 1), []);
  });

  it('notes a window that is open, on the start, as an info', () => {
    const [open] = found(text, 'start-in-past', START + HOUR);
    assert.equal(open.text, '2026-07-19 08:00');
    assert.equal(open.severity, 'info');
    assert.equal(
      open.message,
      'This window is open now: it opened 60 minutes ago (2026-07-19 08:00 Europe/London) and closes in 60 minutes.',
    );
    assert.match(found(text, 'start-in-past', START)[0].message, /opened just now/);
  });

  it('notes a window that has closed', () => {
    const [closed] = found(text, 'start-in-past', START + 9 * 24 * HOUR);
    assert.equal(
      closed.message,
      'This window has already closed: it opened 9 days ago (2026-07-19 08:00 Europe/London). Move the start if this is a new plan.',
    );
  });

  it('checks announcements, and windows without an end', () => {
    const started = announcement('start: 2015-07-19 08:00', 'zone: Europe/London');
    assert.match(
      found(started, 'start-in-past', Date.parse('2026-07-19T00:00:00Z'))[0].message,
      /^This window has already begun: it opened 11 years ago/,
    );
  });
});
