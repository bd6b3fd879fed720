import { strict as assert } from 'node:assert';
import { lines } from '../helpers';
import { allMessages, fixed, foundLinked, runbookText } from './linked-fixtures';
import { analyzeAt, found } from './time-fixtures';

const STEPS = ['steps:', '  - id: a', '    estimate: 5m'];

describe('rules/missing-window', () => {
  it('warns on a runbook with no window, on its first key, and adds one a week from now (NOW is 2026-07-01 00:00Z)', () => {
    const text = runbookText([], ...STEPS);
    const [warning, ...rest] = foundLinked(text, 'missing-window');
    assert.deepEqual(rest, []);
    assert.equal(warning.severity, 'warning');
    assert.equal(warning.text, 'kind');
    assert.match(
      warning.message,
      /^This runbook has no window: .* Add `window:` with `start:` and `zone:`\.$/,
    );
    assert.deepEqual(
      warning.fixes?.map((f) => f.title),
      ['Add a window starting a week from now'],
    );
    const after = fixed(text, warning);
    assert.equal(
      after,
      lines(
        'kind: runbook',
        'title: Upgrade',
        'window:',
        '  start: 2026-07-08 00:00',
        '  zone: UTC',
        'steps:',
        '  - id: a',
        '    estimate: 5m',
      ),
    );
    assert.deepEqual(allMessages(after), []);
  });

  it('writes the skeleton in the first audience zone, at its next full hour, and fills an empty `window:`', () => {
    const text = lines(
      'kind: runbook',
      'title: Upgrade',
      'window:',
      'audience: [Asia/Kolkata]',
      ...STEPS,
    );
    const [warning] = foundLinked(text, 'missing-window');
    assert.equal(warning.text, 'window');
    const after = fixed(text, warning);
    // 2026-07-08 00:00Z is 05:30 in Kolkata: the next full hour there is 06:00.
    assert.match(
      after,
      /^window:\n {2}start: 2026-07-08 06:00\n {2}zone: Asia\/Kolkata\naudience:/m,
    );
    assert.deepEqual(allMessages(after), []);
  });

  it('keeps CRLF line ends and puts the window after the heading keys', () => {
    const text =
      'kind: runbook\r\nid: up\r\ntitle: Upgrade\r\nsteps:\r\n  - id: a\r\n    estimate: 5m\r\n';
    const [warning] = foundLinked(text, 'missing-window');
    assert.equal(
      fixed(text, warning),
      'kind: runbook\r\nid: up\r\ntitle: Upgrade\r\nwindow:\r\n  start: 2026-07-08 00:00\r\n  zone: UTC\r\nsteps:\r\n  - id: a\r\n    estimate: 5m\r\n',
    );
  });

  it('offers no fix without a present to count from, and none in a flow-style file', () => {
    const [noNow] = found(runbookText([], ...STEPS), 'missing-window', null);
    assert.equal(noNow.fixes, undefined);
    const [flow] = found(
      '{kind: runbook, title: T, steps: [{id: a, estimate: 5m}]}\n',
      'missing-window',
    );
    assert.equal(flow.fixes, undefined);
  });

  it('is quiet with a window, for an announcement, and while the YAML does not parse', () => {
    assert.deepEqual(
      found(runbookText(['start: 2099-07-19 08:00', 'zone: UTC'], ...STEPS), 'missing-window'),
      [],
    );
    assert.deepEqual(
      found(
        lines(
          'kind: announcement',
          'title: T',
          'start: 2099-07-19 08:00',
          'zone: UTC',
          'length: 1h',
        ),
        'missing-window',
      ),
      [],
    );
    const broken = analyzeAt(lines('kind: runbook', 'title: [unclosed', ...STEPS));
    assert.deepEqual(
      broken.diagnostics.filter((d) => d.code === 'missing-window'),
      [],
    );
  });
});
