import { strict as assert } from 'node:assert';
import { stepInlayHints } from '../../../src/core/features/step-inlay-hints';
import { analyzeAt, runbookOf, SEED_003, seed002 } from './plan-fixtures';

/** `[label, the step id the hint follows]`. */
function hintsOf(text: string, start?: number, end?: number): Array<[string, string]> {
  return stepInlayHints(analyzeAt(text), start, end).map((hint) => [
    hint.label,
    text.slice(text.lastIndexOf('id: ', hint.offset) + 4, hint.offset),
  ]);
}

describe('features/step-inlay-hints', () => {
  it("puts T+ after each of seed 003's step ids, with ranges where the ends differ", () => {
    assert.deepEqual(hintsOf(SEED_003), [
      ['T+0:00', 'copy-databases'],
      ['T+0:30..1:00', 'convert-schema'],
      ['T+6:30..13:00', 'catch-up'],
    ]);
  });

  it('says in the tooltip when on the clock, how long and whether the step is critical', () => {
    const [, second] = stepInlayHints(analyzeAt(SEED_003));
    assert.equal(
      second.tooltip,
      'Starts T+0:30..1:00 after the window opens (10:30..11:00 in America/Los_Angeles), runs 6h–12h, ends T+6:30..13:00. On the critical path.',
    );
  });

  it('starts parallel branches together and follows needs, not file order', () => {
    assert.deepEqual(hintsOf(runbookOf(['a 10m', 'b 1h a', 'c 20m a', 'd 5m b c'])), [
      ['T+0:00', 'a'],
      ['T+0:10', 'b'],
      ['T+0:10', 'c'],
      ['T+1:10', 'd'],
    ]);
  });

  it('gives none to steps in or after a cycle, and counts a step without estimate as zero', () => {
    assert.deepEqual(hintsOf(runbookOf(['a 10m', 'b 10m c', 'c 10m b', 'd 5m c', 'e 5m a'])), [
      ['T+0:00', 'a'],
      ['T+0:10', 'e'],
    ]);
    const [, hint] = stepInlayHints(analyzeAt(runbookOf(['a -', 'b 5m'])));
    // Nothing is known of when b starts: a's length is not written.
    assert.equal(hint.label, 'T+?');
    assert.match(stepInlayHints(analyzeAt(runbookOf(['a -'])))[0].tooltip, /has no estimate/);
  });

  it('gives only the hints inside the asked range', () => {
    const text = seed002();
    const from = text.indexOf('upgrade-postgres');
    assert.deepEqual(
      hintsOf(text, from, text.indexOf('point-app-to-new-db')).map(([, id]) => id),
      ['upgrade-postgres', 'security-improvements'],
    );
  });

  it('gives none to an announcement', () => {
    assert.deepEqual(
      stepInlayHints(analyzeAt('kind: announcement\ntitle: T\n', 'x.announcement.yaml')),
      [],
    );
  });
});
