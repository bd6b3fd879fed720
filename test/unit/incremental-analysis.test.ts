import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analysisSteps } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/analysis-types';
import { hover } from '../../src/core/features/hover';
import { outline } from '../../src/core/features/symbols';
import { rulesRechecked } from '../../src/core/incremental/step-edit';
import { parseStats } from '../../src/core/yaml/parse-yaml';
import { generateFolder, generateRunbook } from '../bench/generate-runbook';
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

/**
 * What a person sees of an analysis: diagnostics with fixes, hovers at a few places, the outline,
 * and the plan that lenses, hints, the preview and exports read.
 */
function seen(analysis: Analysis, offsets: readonly number[]): unknown {
  return {
    diagnostics: analysis.diagnostics,
    plan: analysis.plan,
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

  it('after each of a thousand keystrokes inside steps, equals a fresh analysis of the text', function () {
    this.timeout(300_000);
    let edits = 0;
    let rechecked = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...TYPING_BASES),
        fc.array(keystrokeArbitrary, { minLength: 5, maxLength: 30 }),
        (base, chain) => {
          let text = base;
          let previous = analysisOf(base);
          for (const keystroke of chain) {
            text = typeInStep(text, keystroke);
            const incremental = analysisOf(text, previous);
            const fresh = analysisOf(text);
            assert.deepStrictEqual(
              seen(incremental, probeOffsets(text)),
              seen(fresh, probeOffsets(text)),
              `after ${JSON.stringify(keystroke)}:\n${text}`,
            );
            edits++;
            if (rulesRechecked(incremental) > 0) rechecked++;
            previous = incremental;
          }
        },
      ),
      { seed: 20261207, numRuns: 90 },
    );
    assert.ok(edits > 1000, `only ${edits} edits`);
    // Many keystrokes stay inside one step and keep it readable: they must take the path that
    // checks that step alone.
    assert.ok(
      rechecked > edits / 3,
      `rules re-checked in one step after only ${rechecked} of ${edits} edits`,
    );
  });
});

/**
 * Runbooks with errors of every code a step can carry (unknown and duplicate ids, cycles, bad
 * durations, unknown keys, bad values), one outside the steps and one with a syntax error: the
 * findings a keystroke elsewhere must only move.
 */
const TYPING_BASES = [
  generateFolder(120).runbook.text,
  // A tab as a step's indentation: a syntax error its own block keeps, keystrokes elsewhere.
  generateFolder(120).syntaxError.text,
  // A key unknown at the top level: checking one step must not report it again.
  `${generateRunbook(8)}titel: typo\n`,
  readFileSync(join(repoRoot(), 'examples/broken/schema.runbook.yaml'), 'utf8'),
];

/** A keystroke inside a step: where (a fraction of the step lines), and what it types or deletes. */
interface Keystroke {
  at: number;
  within: number;
  type?: string;
  erase?: number;
}

/** What people type in steps, mostly; then the characters that break YAML and mend it again. */
// '' types nothing: the same text analysed again, as after a keystroke and its undo.
const TYPED = ['x', '1', 'm', '..', '-', ' ', 'step-1', 'step-', ', ', ' #', ''];
const BREAKING = [':', '"', "'", '[', ']', '\n    ', '\n  - '];

// Integers, not doubles: fast-check favours a double's extremes, which are every line's end.
const place = {
  at: fc.integer({ min: 0, max: 999 }).map((n) => n / 1000),
  within: fc.integer({ min: 0, max: 999 }).map((n) => n / 1000),
};
const keystrokeArbitrary: fc.Arbitrary<Keystroke> = fc.oneof(
  { arbitrary: fc.record({ ...place, type: fc.constantFrom(...TYPED) }), weight: 6 },
  { arbitrary: fc.record({ ...place, erase: fc.integer({ min: 1, max: 4 }) }), weight: 3 },
  { arbitrary: fc.record({ ...place, type: fc.constantFrom(...BREAKING) }), weight: 1 },
);

/** The keystroke applied after the indentation of one of the lines under `steps:`. */
function typeInStep(text: string, keystroke: Keystroke): string {
  const lines: number[] = [];
  const from = text.indexOf('\nsteps:');
  for (
    let at = text.indexOf('\n  ', from + 1);
    at >= 0 && from >= 0;
    at = text.indexOf('\n  ', at + 1)
  ) {
    if (text[at + 3] !== ' ' && text[at + 3] !== '-') break;
    lines.push(at + 1);
  }
  if (lines.length === 0) return text;
  const start = lines[Math.min(lines.length - 1, Math.floor(keystroke.at * lines.length))];
  const end = text.indexOf('\n', start);
  const indent = /^ *(- )?/.exec(text.slice(start, end))?.[0].length ?? 0;
  const at = start + indent + Math.floor(keystroke.within * (end - start - indent));
  return keystroke.type !== undefined
    ? text.slice(0, at) + keystroke.type + text.slice(at)
    : text.slice(0, at) + text.slice(at + (keystroke.erase ?? 1));
}
