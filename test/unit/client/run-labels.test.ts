import { strict as assert } from 'node:assert';
import {
  commandHeader,
  isLate,
  statusText,
  stepDescription,
  stopwatch,
  terminalText,
} from '../../../src/client/run/run-labels';

const NOW = Date.UTC(2026, 6, 19, 7, 30);
const SECOND = 1000;
const MINUTE = 60 * SECOND;

describe('client/run/run-labels', () => {
  it('writes elapsed time as a stopwatch does', () => {
    assert.deepEqual([0, 7 * SECOND, 161 * SECOND, 3723 * SECOND, -5].map(stopwatch), [
      '0:00',
      '0:07',
      '2:41',
      '1:02:03',
      '0:00',
    ]);
  });

  it('describes a running step by its time so far against its estimate and planned time', () => {
    const estimate = { low: 300, high: 300 };
    const running = {
      state: 'running' as const,
      startedAt: NOW - 161 * SECOND,
      estimate,
      planned: 600,
    };
    assert.equal(stepDescription(running, NOW), '2:41 / est 5m · planned 10m');
    assert.equal(
      stepDescription({ ...running, state: 'verifying' }, NOW),
      '2:41 / est 5m · planned 10m',
    );
  });

  it('describes a finished step by how long it took, and a pending one by its plan alone', () => {
    const estimate = { low: 300, high: 600 };
    assert.equal(
      stepDescription({ state: 'done', durationMs: 3 * SECOND, estimate, planned: 1200 }, NOW),
      '0:03 / est 5m–10m · planned 20m',
    );
    assert.equal(
      stepDescription({ state: 'pending', estimate, planned: 1200 }, NOW),
      'est 5m–10m · planned 20m',
    );
    assert.equal(stepDescription({ state: 'pending' }, NOW), '');
    assert.equal(stepDescription({ state: 'failed', durationMs: 65 * SECOND }, NOW), '1:05');
  });

  it('puts elapsed time, the window end and the projected end in the status bar, in the run’s zone', () => {
    const clock = {
      runbookId: 'demo',
      startedAt: NOW - 161 * SECOND,
      now: NOW,
      windowEnd: NOW + 40 * MINUTE,
      projectedEnd: NOW + 38 * MINUTE,
      zone: 'Europe/London',
    };
    assert.equal(statusText(clock), 'demo 2:41 · window ends 09:10 · projected 09:08');
    assert.equal(isLate(clock), false);
    assert.equal(isLate({ ...clock, projectedEnd: NOW + 41 * MINUTE }), true);
    const { windowEnd: _, ...noWindow } = clock;
    assert.equal(statusText(noWindow), 'demo 2:41 · projected 09:08');
    assert.equal(statusText({ ...clock, outcome: 'rolled-back' }), 'demo rolled back after 2:41');
  });

  it('gives the terminal \\r\\n line ends and a header per command', () => {
    assert.equal(terminalText('a\nb\r\nc'), 'a\r\nb\r\nc');
    assert.equal(commandHeader('migrate', 'verify', 1), '── migrate · verify ──');
    assert.equal(commandHeader('migrate', 'run', 2), '── migrate · run (attempt 2) ──');
  });
});
