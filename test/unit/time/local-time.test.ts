import { strict as assert } from 'node:assert';
import { parseDateTimeText, type LocalDateTime } from '../../../src/core/time/date-time-text';
import {
  resolveDateTime,
  resolveLocalTime,
  type LocalResolution,
} from '../../../src/core/time/local-time';

function local(text: string): LocalDateTime {
  const parsed = parseDateTimeText(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

const iso = (ms: number) => new Date(ms).toISOString().replace('.000', '');

/** A resolution in words: "exact 07:00Z", "skipped → 01:00Z", "repeated 00:30Z/01:30Z". */
function summarize(resolution: LocalResolution): string {
  if (resolution.kind === 'exact') return `exact ${iso(resolution.ms)} ${resolution.offset}`;
  if (resolution.kind === 'skipped')
    return `skipped → ${iso(resolution.firstValid.ms)} ${resolution.before}→${resolution.firstValid.offset}`;
  return `repeated ${iso(resolution.earlier.ms)} ${resolution.earlier.offset} / ${iso(resolution.later.ms)} ${resolution.later.offset}`;
}

const resolve = (text: string, zone: string) => summarize(resolveLocalTime(local(text), zone));

describe('time/local-time', () => {
  it('resolves ordinary wall-clock times exactly', () => {
    assert.equal(resolve('2015-07-19 08:00', 'Europe/London'), 'exact 2015-07-19T07:00:00Z 60');
    assert.equal(resolve('2019-03-24 04:00', 'UTC'), 'exact 2019-03-24T04:00:00Z 0');
    assert.equal(resolve('2026-07-19 08:00', 'Etc/GMT+5'), 'exact 2026-07-19T13:00:00Z -300');
  });

  it('Europe/London: 01:30 is skipped in March and repeated in October', () => {
    assert.equal(
      resolve('2026-03-29 01:30', 'Europe/London'),
      'skipped → 2026-03-29T01:00:00Z 0→60',
    );
    assert.equal(resolve('2026-03-29 00:59', 'Europe/London'), 'exact 2026-03-29T00:59:00Z 0');
    assert.equal(resolve('2026-03-29 02:00', 'Europe/London'), 'exact 2026-03-29T01:00:00Z 60');
    assert.equal(
      resolve('2026-10-25 01:30', 'Europe/London'),
      'repeated 2026-10-25T00:30:00Z 60 / 2026-10-25T01:30:00Z 0',
    );
    assert.equal(resolve('2026-10-25 02:00', 'Europe/London'), 'exact 2026-10-25T02:00:00Z 0');
  });

  it('America/New_York: 02:30 is skipped on 8 March 2026, 01:30 repeated on 1 November', () => {
    assert.equal(
      resolve('2026-03-08 02:30', 'America/New_York'),
      'skipped → 2026-03-08T07:00:00Z -300→-240',
    );
    assert.equal(
      resolve('2026-11-01 01:30', 'America/New_York'),
      'repeated 2026-11-01T05:30:00Z -240 / 2026-11-01T06:30:00Z -300',
    );
  });

  it('Australia/Sydney, southern hemisphere: the gap is in October, the overlap in April', () => {
    assert.equal(
      resolve('2026-10-04 02:30', 'Australia/Sydney'),
      'skipped → 2026-10-03T16:00:00Z 600→660',
    );
    assert.equal(
      resolve('2026-04-05 02:30', 'Australia/Sydney'),
      'repeated 2026-04-04T15:30:00Z 660 / 2026-04-04T16:30:00Z 600',
    );
  });

  it('Australia/Lord_Howe: a 30-minute gap and a 30-minute overlap', () => {
    assert.equal(
      resolve('2026-10-04 02:15', 'Australia/Lord_Howe'),
      'skipped → 2026-10-03T15:30:00Z 630→660',
    );
    assert.equal(
      resolve('2026-10-04 02:30', 'Australia/Lord_Howe'),
      'exact 2026-10-03T15:30:00Z 660',
    );
    assert.equal(
      resolve('2026-04-05 01:45', 'Australia/Lord_Howe'),
      'repeated 2026-04-04T14:45:00Z 660 / 2026-04-04T15:15:00Z 630',
    );
  });

  it('Pacific/Chatham: the quarter-hour zone skips 02:45–03:45', () => {
    assert.equal(
      resolve('2026-09-27 03:00', 'Pacific/Chatham'),
      'skipped → 2026-09-26T14:00:00Z 765→825',
    );
  });

  it('reads a text in a zone: offsets exact, repeated times as the earlier, skipped ones as errors', () => {
    const isoText = resolveDateTime('2026-10-25T01:30:00+00:00', 'Europe/London');
    assert.ok(
      isoText.ok && iso(isoText.ms) === '2026-10-25T01:30:00Z' && isoText.resolution === undefined,
    );
    const repeated = resolveDateTime('2026-10-25 01:30', 'Europe/London');
    assert.ok(
      repeated.ok &&
        iso(repeated.ms) === '2026-10-25T00:30:00Z' &&
        repeated.resolution?.kind === 'repeated',
    );
    const skipped = resolveDateTime('2026-03-29 01:30', 'Europe/London');
    assert.ok(!skipped.ok && /does not exist in Europe\/London/.test(skipped.message));
    const bad = resolveDateTime('2026-02-30 01:30', 'Europe/London');
    assert.ok(!bad.ok && /February 2026 has 28 days/.test(bad.message));
  });
});
