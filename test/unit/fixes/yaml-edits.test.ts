import { strict as assert } from 'node:assert';
import {
  differs,
  durationRangeText,
  durationText,
  isShorter,
  plannedLengthSeconds,
} from '../../../src/core/fixes/durations';
import { timeTextIn } from '../../../src/core/fixes/time-text';
import { flowList, insertPairAfter } from '../../../src/core/fixes/yaml-edits';
import { parseYaml } from '../../../src/core/yaml/parse-yaml';
import { pairOf, valueOf, type YamlMap } from '../../../src/core/yaml/tree';
import { applyEdits } from '../helpers';

/** Inserts `length: 1h` after the pair `after` of the map at `mapKey` (the root when undefined). */
function insert(text: string, after: string, mapKey?: string): string {
  const root = parseYaml(text).root;
  const map = (mapKey ? valueOf(root, mapKey) : root) as YamlMap;
  return applyEdits(text, [insertPairAfter(text, map, pairOf(map, after)!, 'length', '1h')]);
}

describe('fixes: edits, duration and time texts', () => {
  it('adds a pair after another in a block map, keeping its indentation, comment and line ending', () => {
    assert.equal(
      insert('window:\n  start: x\n  zone: UTC   # here\nsteps: []\n', 'zone', 'window'),
      'window:\n  start: x\n  zone: UTC   # here\n  length: 1h\nsteps: []\n',
    );
    assert.equal(
      insert('kind: announcement\r\nzone: UTC\r\ntitle: T\r\n', 'zone'),
      'kind: announcement\r\nzone: UTC\r\nlength: 1h\r\ntitle: T\r\n',
    );
    assert.equal(insert('zone: UTC', 'zone'), 'zone: UTC\nlength: 1h');
  });

  it('adds a pair to a flow map inside the braces', () => {
    assert.equal(
      insert('window: { start: x, zone: UTC }\n', 'zone', 'window'),
      'window: { start: x, zone: UTC, length: 1h }\n',
    );
  });

  it('writes lists as flow sequences, quoting what plain YAML would misread', () => {
    assert.equal(
      flowList(['web', "it's learning", 'opt-in and welcome emails']),
      "[web, it's learning, opt-in and welcome emails]",
    );
    assert.equal(
      flowList(['a, b', 'irc: bridge', 'true', '12', '#x', ' pad']),
      '["a, b", "irc: bridge", "true", "12", "#x", " pad"]',
    );
  });

  it('writes durations as files do, and rounds a planned length up to the minute', () => {
    assert.deepEqual(
      [durationText(5400), durationText(45), durationText(90061)],
      ['1h30m', '45s', '1d1h1m1s'],
    );
    assert.equal(durationRangeText({ low: 4200, high: 5400 }), '1h10m..1h30m');
    assert.deepEqual(
      [
        plannedLengthSeconds(2250),
        plannedLengthSeconds(3600),
        plannedLengthSeconds(3960.0000000000005),
        plannedLengthSeconds(40),
      ],
      [2280, 3600, 3960, 60],
    );
    assert.deepEqual(
      [isShorter(3960, 1.1 * 3600), isShorter(3959, 1.1 * 3600), differs(3960, 1.1 * 3600)],
      [false, true, false],
    );
  });

  it('writes an instant as a wall-clock time unless that would mean another instant', () => {
    assert.equal(
      timeTextIn(Date.parse('2026-07-19T07:00:00Z'), 'Europe/London', false),
      '2026-07-19 08:00',
    );
    assert.equal(
      timeTextIn(Date.parse('2026-07-19T07:00:00Z'), 'Europe/London', true),
      '2026-07-19T08:00:00+01:00',
    );
    // 01:30 happens twice on 25 October 2026 in London: the later one needs its offset.
    assert.equal(
      timeTextIn(Date.parse('2026-10-25T00:30:00Z'), 'Europe/London', false),
      '2026-10-25T01:30:00+01:00',
    );
    assert.equal(
      timeTextIn(Date.parse('2026-10-25T01:30:00Z'), 'Europe/London', false),
      '2026-10-25T01:30:00+00:00',
    );
    assert.equal(
      timeTextIn(Date.parse('2026-07-19T07:00:30Z'), 'Europe/London', false),
      '2026-07-19 08:00:30',
    );
  });
});
