import { strict as assert } from 'node:assert';
import { defaultSettings } from '../../../src/core/settings';
import { allMessages, announcementText, fixed, foundLinked, runbookText } from './linked-fixtures';

const WINDOW = ['start: 2026-07-19 08:00', 'zone: Europe/London', 'length: 1h'];
const notice = (publish: string, settings = defaultSettings) =>
  foundLinked(announcementText(...WINDOW, `publish: ${publish}`), 'short-notice', {}, settings);

describe('rules/short-notice', () => {
  it('warns on `publish` less than 7 days before the start, and fixes it to 7 days ahead in the same form', () => {
    const text = announcementText(...WINDOW, 'publish: 2026-07-15 09:00');
    const [warning, ...rest] = foundLinked(text, 'short-notice');
    assert.deepEqual(rest, []);
    assert.equal(warning.text, '2026-07-15 09:00');
    assert.equal(warning.severity, 'warning');
    assert.equal(
      warning.message,
      "Published 3 days 23h before the start: readers get less than the 7 days' notice of `runbook.minNoticeDays`. Publish by 2026-07-12 08:00 Europe/London.",
    );
    assert.deepEqual(
      warning.fixes?.map((f) => f.title),
      ['Publish 7 days ahead: 2026-07-12 08:00'],
    );
    assert.deepEqual(allMessages(fixed(text, warning)), []);
    const [iso] = notice('2026-07-15T09:00:00+01:00');
    assert.deepEqual(iso.fixes?.[0].edits[0].newText, '2026-07-12T08:00:00+01:00');
  });

  it('accepts exactly the notice, and more', () => {
    assert.deepEqual(notice('2026-07-12 08:00'), []);
    assert.deepEqual(notice('2026-06-01 08:00'), []);
  });

  it('counts real time across a clock change: 7 days before 29 March 2027 08:00 BST is 22 March 07:00 GMT', () => {
    const text = announcementText(
      'start: 2027-03-29 08:00',
      'zone: Europe/London',
      'length: 1h',
      'publish: 2027-03-22 08:01',
    );
    const [warning] = foundLinked(text, 'short-notice');
    // 29 March is BST, 22 March GMT: 7 days of real time before 08:00 BST is 07:00 GMT.
    assert.deepEqual(warning.fixes?.[0].edits[0].newText, '2027-03-22 07:00');
    assert.deepEqual(allMessages(fixed(text, warning)), []);
  });

  it('says when it goes out at or after the start', () => {
    assert.match(notice('2026-07-19 08:00')[0].message, /^Published at the start: /);
    assert.match(notice('2026-07-19 10:30')[0].message, /^Published 2h 30m after the start: /);
  });

  it('follows runbook.minNoticeDays; 0 turns it off', () => {
    assert.match(
      notice('2026-07-15 09:00', { ...defaultSettings, minNoticeDays: 14 })[0].message,
      /less than the 14 days' notice/,
    );
    assert.deepEqual(notice('2026-07-18 08:00', { ...defaultSettings, minNoticeDays: 1 }), []);
    assert.match(
      notice('2026-07-18 09:00', { ...defaultSettings, minNoticeDays: 1 })[0].message,
      /^Published 23h before the start: readers get less than the 1 day' notice/,
    );
    assert.deepEqual(notice('2026-07-19 09:00', { ...defaultSettings, minNoticeDays: 0 }), []);
  });

  it('is quiet without publish, with an invalid one, and for runbooks', () => {
    assert.deepEqual(foundLinked(announcementText(...WINDOW), 'short-notice'), []);
    assert.deepEqual(notice('2026-02-30 08:00'), []);
    assert.deepEqual(
      foundLinked(runbookText(WINDOW, 'publish: 2026-07-18 08:00', 'steps: []'), 'short-notice'),
      [],
    );
  });
});
