import { strict as assert } from 'node:assert';
import {
  formatDuration,
  formatDurationRange,
  LONGEST_DURATION_SECONDS,
  parseDuration,
  type DurationResult,
} from '../../src/core/duration';

/** Seconds of a duration that must parse. */
function seconds(input: string): [number, number] {
  const result = parseDuration(input);
  assert.ok(result.ok, `expected "${input}" to parse, got ${JSON.stringify(result)}`);
  return [result.low, result.high];
}

function failure(input: unknown): string {
  const result: DurationResult = parseDuration(input);
  assert.ok(!result.ok, `expected ${JSON.stringify(input)} to be rejected`);
  return result.message;
}

describe('duration', () => {
  describe('parseDuration', () => {
    it('parses each distinct text once and shares the frozen result', () => {
      const first = parseDuration('17m..23m');
      assert.equal(parseDuration('17m..23m'), first);
      assert.ok(Object.isFrozen(first));
      assert.deepEqual(first, { ok: true, low: 17 * 60, high: 23 * 60 });
    });

    it('refuses a value that is not text, whatever YAML made of it', () => {
      for (const value of [true, null, undefined, {}, ['5m']])
        assert.match(failure(value), /^not a duration; /);
    });

    it('reads each unit w d h m s', () => {
      assert.deepEqual(seconds('45s'), [45, 45]);
      assert.deepEqual(seconds('30m'), [1800, 1800]);
      assert.deepEqual(seconds('2h'), [7200, 7200]);
      assert.deepEqual(seconds('2d'), [172800, 172800]);
      assert.deepEqual(seconds('1w'), [604800, 604800]);
    });

    it('adds combined units, with or without spaces, and decimal values', () => {
      assert.deepEqual(seconds('1h30m'), [5400, 5400]);
      assert.deepEqual(seconds('1h 30m'), [5400, 5400]);
      assert.deepEqual(seconds('1d2h3m4s'), [86400 + 7200 + 180 + 4, 86400 + 7200 + 180 + 4]);
      assert.deepEqual(seconds('1.5h'), [5400, 5400]);
    });

    it('reads ISO 8601 durations', () => {
      assert.deepEqual(seconds('PT1H30M'), [5400, 5400]);
      assert.deepEqual(seconds('PT45S'), [45, 45]);
      assert.deepEqual(seconds('P1D'), [86400, 86400]);
      assert.deepEqual(seconds('P1DT2H'), [93600, 93600]);
    });

    it('reads a range lo..hi as both bounds', () => {
      assert.deepEqual(seconds('30m..1h'), [1800, 3600]);
      assert.deepEqual(seconds('5m .. 10m'), [300, 600]);
      assert.deepEqual(seconds('PT5M..PT10M'), [300, 600]);
    });

    it('rejects zero, also inside a range and in ISO form', () => {
      assert.match(failure('0m'), /zero/);
      assert.match(failure('PT0S'), /zero/);
      assert.match(failure('0m..1h'), /zero/);
    });

    it('rejects a negative duration', () => {
      assert.match(failure('-5m'), /negative/);
    });

    it('rejects a range that runs backwards, naming both bounds', () => {
      const message = failure('1h..30m');
      assert.match(message, /backwards/);
      assert.match(message, /1h is more than 30m/);
    });

    it('rejects 9999w as longer than a year but accepts a year', () => {
      assert.match(failure('9999w'), /longer than a year/);
      assert.deepEqual(seconds(`${LONGEST_DURATION_SECONDS}s`), [
        LONGEST_DURATION_SECONDS,
        LONGEST_DURATION_SECONDS,
      ]);
      assert.match(failure(`${LONGEST_DURATION_SECONDS + 1}s`), /longer than a year/);
    });

    it('rejects bare numbers, as text or as a YAML number, asking for a unit', () => {
      assert.match(failure('90'), /"90" has no unit/);
      assert.match(failure(90), /90 has no unit/);
    });

    it('rejects text that is not a duration, with examples of what is', () => {
      for (const input of ['abc', 'PT', 'P', 'm', '1h30', '30 minutes']) {
        const message = failure(input);
        assert.match(message, /is not a duration/, input);
        assert.match(message, /30m\.\.1h/, input);
      }
    });

    it('rejects a missing bound and more than one ..', () => {
      assert.match(failure(''), /missing/);
      assert.match(failure('5m..'), /missing/);
      assert.match(failure('1m..2m..3m'), /more than one "\.\."/);
    });

    it('starts every message with a capital letter', () => {
      for (const input of ['', '-1m', 'abc', '90', '1h..1m'])
        assert.match(failure(input), /^["A-Z]/, input);
    });
  });

  describe('formatDuration', () => {
    it('writes hours and minutes apart: "1h 30m"', () => {
      assert.equal(formatDuration(5400), '1h 30m');
    });

    it('writes days rather than weeks, and keeps seconds', () => {
      assert.equal(formatDuration(604800), '7d');
      assert.equal(formatDuration(90061), '1d 1h 1m 1s');
      assert.equal(formatDuration(45), '45s');
    });

    it('writes nothing as 0m', () => {
      assert.equal(formatDuration(0), '0m');
    });

    it('rounds to the whole second, half up, carrying into minutes and hours', () => {
      assert.equal(formatDuration(1.25 * 1500), '31m 15s');
      assert.equal(formatDuration(1.25 * 5400), '1h 52m 30s');
      assert.equal(formatDuration(89.5), '1m 30s');
      assert.equal(formatDuration(3599.6), '1h');
      assert.equal(formatDuration(0.4), '0m');
      // Float dust from a factor such as 1.1 never shows as a stray second.
      assert.equal(formatDuration(1.1 * 3000), '55m');
    });

    it('writes a negative duration as 0m rather than wrapping round a day', () => {
      assert.equal(formatDuration(-5), '0m');
    });
  });

  describe('rounding when parsing', () => {
    it('rounds decimal values to the whole second', () => {
      assert.deepEqual(seconds('1.5s'), [2, 2]);
      assert.deepEqual(seconds('0.01h'), [36, 36]);
      assert.deepEqual(seconds('1.005m'), [60, 60]);
      assert.deepEqual(seconds('PT0.5M'), [30, 30]);
    });

    it('calls a duration that rounds to nothing zero', () => {
      assert.match(failure('0.4s'), /zero/);
    });
  });

  describe('formatDurationRange', () => {
    it('writes a range with an en dash: "30m–1h"', () => {
      assert.equal(formatDurationRange({ low: 1800, high: 3600 }), '30m–1h');
    });

    it('writes a single value once', () => {
      assert.equal(formatDurationRange({ low: 1800, high: 1800 }), '30m');
    });

    it('writes bounds that round to the same text once', () => {
      assert.equal(formatDurationRange({ low: 1800.2, high: 1800.4 }), '30m');
      assert.equal(formatDurationRange({ low: 1800, high: 1800.6 }), '30m–30m 1s');
    });
  });
});
