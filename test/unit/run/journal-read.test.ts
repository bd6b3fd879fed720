import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { JournalEvent } from '../../../src/core/run/journal-events';
import {
  NUL_TAIL,
  readJournal,
  serializeEvent,
  TORN_LAST_LINE,
  type JournalReading,
} from '../../../src/core/run/journal-read';
import { anyJournal, everyType, started } from './journal-samples';

const journal = (...events: JournalEvent[]) => events.map(serializeEvent).join('');

/** The reading's events and warnings; fails the test with the error when there is one. */
function ok(reading: JournalReading) {
  if ('error' in reading) assert.fail(reading.error);
  return reading;
}

function errorOf(reading: JournalReading): string {
  if (!('error' in reading)) assert.fail(`expected an error, read ${reading.events.length} events`);
  return reading.error;
}

const doneA = everyType[6];
const ended = everyType[everyType.length - 1];

describe('run journal: reading it back', () => {
  it('serializes every event type to one line that reads back the same', () => {
    for (const event of everyType) {
      const line = serializeEvent(event);
      assert.ok(line.endsWith('\n'));
      assert.equal(line.indexOf('\n'), line.length - 1, `a raw newline inside ${event.type}`);
      assert.ok(!line.includes('\r'));
    }
    const reading = ok(readJournal(journal(...everyType)));
    assert.deepEqual(reading.events, everyType);
    assert.deepEqual(reading.warnings, []);
  });

  it('reads an empty journal as no events', () => {
    assert.deepEqual(readJournal(''), { events: [], warnings: [], end: 0 });
  });

  it('drops a cut-off last line with a warning, and says where the good part ends', () => {
    const whole = journal(started(), doneA);
    const torn = `${whole}{"type":"step-state","at":"2026-12-`;
    const reading = ok(readJournal(torn));
    assert.deepEqual(reading.events, [started(), doneA]);
    assert.deepEqual(reading.warnings, [TORN_LAST_LINE]);
    assert.equal(reading.end, whole.length);
  });

  it('keeps a whole last event that lacks only its newline', () => {
    const text = journal(started(), doneA).slice(0, -1);
    const reading = ok(readJournal(text));
    assert.deepEqual(reading.events, [started(), doneA]);
    assert.deepEqual(reading.warnings, []);
    assert.equal(reading.end, text.length);
  });

  it('drops a NUL-filled tail, alone or after part of a line', () => {
    const whole = journal(started(), doneA);
    const nuls = ok(readJournal(`${whole}${'\0'.repeat(4096)}`));
    assert.deepEqual(nuls.events, [started(), doneA]);
    assert.deepEqual(nuls.warnings, [NUL_TAIL]);
    assert.equal(nuls.end, whole.length);
    const partial = ok(readJournal(`${whole}{"type":"ste\0\0\0\0`));
    assert.deepEqual(partial.events, [started(), doneA]);
    assert.deepEqual(partial.warnings, [TORN_LAST_LINE]);
    // NULs that span a newline are still the tail.
    const lines = ok(readJournal(`${whole}\0\0\n\0\0`));
    assert.deepEqual(lines.warnings, [NUL_TAIL]);
    assert.equal(lines.end, whole.length);
  });

  it('reads CRLF line ends', () => {
    const text = journal(...everyType).replace(/\n/g, '\r\n');
    assert.deepEqual(ok(readJournal(text)).events, everyType);
    const torn = ok(readJournal(`${text}{"type":"run-en`));
    assert.deepEqual(torn.events, everyType);
    assert.deepEqual(torn.warnings, [TORN_LAST_LINE]);
  });

  it('refuses a damaged line in the middle, naming its number and what is wrong', () => {
    const lines = journal(started(), doneA, doneA, ended).split('\n');
    const withLine3 = (line: string) => [...lines.slice(0, 2), line, ...lines.slice(3)].join('\n');

    const notJson = errorOf(readJournal(withLine3('{"type":"step-state", oops')));
    assert.match(notJson, /^line 3 of the journal is not a journal event \(it is not JSON: /);
    assert.match(notJson, /so the run cannot be resumed from it automatically$/);

    assert.match(errorOf(readJournal(withLine3('[1,2]'))), /line 3 .*it is a list, not an object/);
    assert.match(errorOf(readJournal(withLine3('{"at":"x"}'))), /line 3 .*it has no `type`/);
    assert.match(
      errorOf(readJournal(withLine3('{"type":"step-stat"}'))),
      /line 3 .*its type "step-stat" is not one of run-started, /,
    );
    const missing = JSON.stringify({ ...doneA, state: undefined });
    assert.match(
      errorOf(readJournal(withLine3(missing))),
      /line 3 .*a step-state event needs `state`, one of pending, running, /,
    );
    const wrong = JSON.stringify({ ...doneA, durationMs: '5' });
    assert.match(
      errorOf(readJournal(withLine3(wrong))),
      /line 3 .*`durationMs` of a step-state event is "5", not a number of ms/,
    );
    const badTime = JSON.stringify({ ...doneA, at: 'yesterday' });
    assert.match(errorOf(readJournal(withLine3(badTime))), /`at` .* not an ISO 8601 instant/);
    assert.match(
      errorOf(readJournal(withLine3('{"type":"step-state\0\0"}'))),
      /line 3 .*it holds NUL characters/,
    );
  });

  it('quotes at most about 80 characters of a bad line', () => {
    const long = `{"type": ${'x'.repeat(10_000)}`;
    const error = errorOf(readJournal(`${journal(started())}${long}\n${journal(ended)}`));
    assert.ok(error.length < 400, error);
    assert.match(error, /^line 2 /);
  });

  it('checks nested and optional fields by their types', () => {
    const badRunbook = { ...started(), runbook: { id: 'demo', path: 3 } };
    assert.match(
      errorOf(readJournal(`${JSON.stringify(badRunbook)}\n`)),
      /line 1 .*`runbook` of a run-started event is .*not an object with id, path and contentHash/,
    );
    const badPid = { ...everyType[3], pid: 1.5 };
    assert.match(
      errorOf(readJournal(journal(started(), badPid))),
      /line 2 .*`pid` .* not a whole number/,
    );
    const badPhase = { ...everyType[2], phase: 'deploy' };
    assert.match(
      errorOf(readJournal(journal(started(), badPhase as JournalEvent))),
      /`phase` of a command-started event is "deploy", not one of run, verify, rollback/,
    );
  });

  it('requires run-started first, and only first', () => {
    assert.match(
      errorOf(readJournal(journal(doneA, started()))),
      /^line 1 of the journal is a step-state event, but a journal starts with run-started/,
    );
    assert.match(
      errorOf(readJournal(journal(started(), doneA, started()))),
      /^line 3 .*a second run-started/,
    );
  });

  it('refuses a journal written by a newer format, before checking its fields', () => {
    const newer = { type: 'run-started', version: 2, somethingNew: true };
    const error = errorOf(readJournal(`${JSON.stringify(newer)}\n`));
    assert.match(
      error,
      /written by a newer version of Maintenance Runbooks \(journal format 2; this one reads up to 1\)/,
    );
  });

  it('skips blank lines', () => {
    const text = `${journal(started())}\n  \n${journal(doneA)}`;
    assert.deepEqual(ok(readJournal(text)).events, [started(), doneA]);
  });

  it('reads any journal cut at any byte, NUL-padded or not, as a prefix of its events', () => {
    fc.assert(
      fc.property(anyJournal(), fc.nat(), fc.nat({ max: 64 }), (events, at, nuls) => {
        const bytes = Buffer.from(journal(...events), 'utf8');
        const cut = at % (bytes.length + 1);
        // A cut may split a character: decode as the runner does after the last newline.
        const text = bytes.subarray(0, cut).toString('utf8') + '\0'.repeat(nuls);
        const reading = ok(readJournal(text));
        const whole = bytes.subarray(0, cut).filter((b) => b === 0x0a).length;
        assert.ok(reading.events.length === whole || reading.events.length === whole + 1);
        assert.deepEqual(reading.events, events.slice(0, reading.events.length));
        assert.ok(reading.warnings.length <= 1);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips any valid journal', () => {
    fc.assert(
      fc.property(anyJournal(), (events) => {
        const text = journal(...events);
        assert.equal(text.split('\n').length, events.length + 1);
        assert.deepEqual(ok(readJournal(text)).events, events);
      }),
      { numRuns: 200 },
    );
  });
});
