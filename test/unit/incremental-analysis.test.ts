import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analysisSteps } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/analysis-types';
import { hover } from '../../src/core/features/hover';
import { outline } from '../../src/core/features/symbols';
import { parseStats } from '../../src/core/yaml/parse-yaml';
import { generateRunbook } from '../bench/generate-runbook';
import { repoRoot } from './helpers';

const NOW = Date.UTC(2026, 6, 1);
const FILE = 'edited.runbook.yaml';

function analysisOf(text: string, previous?: Analysis): Analysis {
  const steps = analysisSteps(text, FILE, undefined, NOW, undefined, previous);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** One edit, its places given as fractions of the text so that any edit fits any text. */
type Edit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'line'; at: number; line: string }
  | { kind: 'deleteLine'; at: number }
  | { kind: 'indent'; at: number; by: number }
  | { kind: 'undo' };

/** Lines and fragments that break the structure and mend it again. */
const LINES = [
  '  - id: added',
  '    run: echo "hi"',
  '    estimate: 5m',
  '    needs: [step-1, step-2]',
  '    needs: [step-1,',
  '  # a comment',
  'title: Renamed',
  'titel: typo',
  'steps:',
  '---',
  '  - &anchor',
  '    run: *anchor',
  '\t- id: tab',
  '    title: "unclosed',
  "    title: 'closed'",
  '- id: at column 0',
  '  run: |',
  '      block scalar',
];
const FRAGMENTS = [
  'x',
  ' ',
  '\n',
  '- ',
  ':',
  '"',
  "'",
  '[',
  ']',
  '#',
  '\t',
  '&a ',
  '*a',
  '  ',
  'steps',
  '{',
];

const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    text: fc.constantFrom(...FRAGMENTS),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.integer({ min: 1, max: 12 }),
  }),
  fc.record({
    kind: fc.constant('line' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    line: fc.constantFrom(...LINES),
  }),
  fc.record({
    kind: fc.constant('deleteLine' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant('indent' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    by: fc.integer({ min: -2, max: 2 }),
  }),
  fc.constant({ kind: 'undo' as const }),
);

function lineStartAt(text: string, fraction: number): number {
  const at = Math.floor(fraction * text.length);
  return text.lastIndexOf('\n', at - 1) + 1;
}

function applyEdit(text: string, edit: Edit, before: string): string {
  switch (edit.kind) {
    case 'undo':
      return before;
    case 'insert': {
      const at = Math.floor(edit.at * text.length);
      return text.slice(0, at) + edit.text + text.slice(at);
    }
    case 'delete': {
      const at = Math.floor(edit.at * text.length);
      return text.slice(0, at) + text.slice(at + edit.length);
    }
    case 'line': {
      const at = lineStartAt(text, edit.at);
      return `${text.slice(0, at)}${edit.line}\n${text.slice(at)}`;
    }
    case 'deleteLine': {
      const at = lineStartAt(text, edit.at);
      const end = text.indexOf('\n', at);
      return text.slice(0, at) + (end < 0 ? '' : text.slice(end + 1));
    }
    case 'indent': {
      const at = lineStartAt(text, edit.at);
      if (edit.by >= 0) return text.slice(0, at) + ' '.repeat(edit.by) + text.slice(at);
      const spaces = /^ */.exec(text.slice(at, at + 2))?.[0].length ?? 0;
      return text.slice(0, at) + text.slice(at + Math.min(spaces, -edit.by));
    }
  }
}

/** What a person sees of an analysis: diagnostics with fixes, hovers at a few places, the outline. */
function seen(analysis: Analysis, offsets: readonly number[]): unknown {
  return {
    diagnostics: analysis.diagnostics,
    hovers: offsets.map((offset) => hover(analysis, offset)),
    outline: outline(analysis),
  };
}

function probeOffsets(text: string): number[] {
  return [0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95].map((f) => Math.floor(f * text.length));
}

const BASES = [
  generateRunbook(6),
  readFileSync(join(repoRoot(), 'examples/broken/dependency-cycle.runbook.yaml'), 'utf8'),
];

describe('incremental analysis', () => {
  it('after each of over a thousand random edits, equals a fresh analysis of the text', function () {
    this.timeout(300_000);
    let edits = 0;
    let reused = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...BASES),
        fc.array(editArbitrary, { minLength: 5, maxLength: 25 }),
        (base, chain) => {
          let text = base;
          let before = base;
          let previous = analysisOf(base);
          for (const edit of chain) {
            const next = applyEdit(text, edit, before);
            before = text;
            text = next;
            const incremental = analysisOf(text, previous);
            const fresh = analysisOf(text);
            const offsets = probeOffsets(text);
            assert.deepStrictEqual(
              seen(incremental, offsets),
              seen(fresh, offsets),
              `after ${JSON.stringify(edit)}:\n${text}`,
            );
            edits++;
            const stats = parseStats(incremental.parsed);
            if (stats && stats.parsed < stats.blocks) reused++;
            previous = incremental;
          }
        },
      ),
      { seed: 20261206, numRuns: 120 },
    );
    assert.ok(edits > 1000, `only ${edits} edits`);
    // Many edits leave the text unsplittable for a while (a `---`, an anchor): the test must still exercise reuse.
    assert.ok(reused > edits / 5, `blocks reused after only ${reused} of ${edits} edits`);
  });
});
