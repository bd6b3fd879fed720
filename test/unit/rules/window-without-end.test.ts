import { strict as assert } from 'node:assert';
import { lines } from '../helpers';
import { allMessages, announcementText, fixed, foundLinked, runbookText } from './linked-fixtures';

const START = ['start: 2099-07-19 08:00', 'zone: Europe/London'];

describe('rules/window-without-end', () => {
  it('warns on an announcement with a start and nothing that gives its length, and adds a length to set', () => {
    const text = announcementText(...START, 'impact: outage');
    const [warning, ...rest] = foundLinked(text, 'window-without-end');
    assert.deepEqual(rest, []);
    assert.equal(warning.severity, 'warning');
    assert.equal(warning.text, 'start');
    assert.match(
      warning.message,
      /has a start but no end.*Add `length:`.*`end:`.*`estimate:`.*`runbook:`/,
    );
    assert.deepEqual(
      warning.fixes?.map((f) => f.title),
      ['Add length: 1h (a placeholder: set the length you plan)'],
    );
    const after = fixed(text, warning);
    assert.match(after, /^zone: Europe\/London\nlength: 1h\nimpact: outage$/m);
    assert.deepEqual(allMessages(after), []);
  });

  it('warns on a runbook window whose steps have no estimates, and is quiet once one has', () => {
    const text = runbookText(START, 'steps:', '  - id: a');
    const [warning] = foundLinked(text, 'window-without-end');
    assert.equal(warning.text, 'start');
    assert.match(warning.message, /estimates to the steps/);
    assert.match(fixed(text, warning), /^ {2}zone: Europe\/London\n {2}length: 1h\nsteps:$/m);
    assert.deepEqual(
      foundLinked(
        runbookText(START, 'steps:', '  - id: a', '    estimate: 5m'),
        'window-without-end',
      ),
      [],
    );
  });

  it('is quiet when a length, an end, an estimate or a linked runbook with estimates gives the end', () => {
    for (const more of [['length: 1h'], ['end: 2099-07-19 09:00'], ['estimate: 30m']])
      assert.deepEqual(
        foundLinked(announcementText(...START, ...more), 'window-without-end'),
        [],
        more[0],
      );
    const runbook = runbookText(START, 'steps:', '  - id: a', '    estimate: 30m');
    assert.deepEqual(
      foundLinked(announcementText('runbook: ./up.runbook.yaml', ...START), 'window-without-end', {
        './up.runbook.yaml': runbook,
      }),
      [],
    );
  });

  it('leaves a bad estimate and a runbook not found to their own rules', () => {
    assert.deepEqual(
      foundLinked(announcementText(...START, 'estimate: soon'), 'window-without-end'),
      [],
    );
    assert.deepEqual(
      foundLinked(announcementText('runbook: ./gone.runbook.yaml', ...START), 'window-without-end'),
      [],
    );
  });

  it("takes the length of a linked runbook's window when its steps have no estimates", () => {
    const runbook = runbookText([...START, 'length: 2h'], 'steps:', '  - id: a');
    const text = announcementText('runbook: ./up.runbook.yaml', ...START);
    const [warning] = foundLinked(text, 'window-without-end', { './up.runbook.yaml': runbook });
    assert.deepEqual(
      warning.fixes?.map((f) => f.title),
      ["Add length: 2h (the runbook's window)"],
    );
    assert.match(fixed(text, warning), /^zone: Europe\/London\nlength: 2h\n/m);
  });

  it('is quiet without a start (the schema asks for it)', () => {
    assert.deepEqual(
      foundLinked(lines('kind: announcement', 'title: T', 'zone: UTC'), 'window-without-end'),
      [],
    );
  });
});
