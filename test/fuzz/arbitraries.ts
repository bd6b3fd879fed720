// fast-check generators for the fuzz tests: runbooks and announcements built from the schemas'
// fields with valid and invalid values (grammar-based), and byte-level mutations of the files in
// examples/. Both shrink: a failure is reported as the smallest document fast-check finds.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import type { DocumentKind } from '../../src/core/document-kind';
import { templatePaths } from './type-confusion-cases';
import { TEMPLATES } from './templates';
import { emitDocument, map, raw, seq, withValues, type DocNode } from './yaml-document';
import { YAML_VALUES } from './yaml-values';

/** A generated case: the text, and the file name that decides its kind when `kind:` is lost. */
export interface FuzzCase {
  fileName: string;
  text: string;
}

const STEP_IDS = [
  'backup',
  'migrate',
  'verify',
  'a',
  'b',
  'c',
  'step-1',
  'migrat',
  'x'.repeat(300),
];

/**
 * Valid (and near-valid) values by field name, the last segment of a path; `end` includes a window
 * of decades (the fuzzer once found window-crosses-dst scanning it for seconds).
 */
const VALUES_BY_FIELD: Record<string, readonly string[]> = {
  estimate: ['30m', '1h..2h', '90', '0m', '5d', '1h30m', '2h..1h', '10x', '-5m', '999999999h'],
  length: ['2h', '45m', '0m', '1e309', '30'],
  deadline: ['1h', '0m', '10d'],
  start: [
    '2026-07-19 08:00',
    '2026-07-19T08:00:00+01:00',
    '2026-03-29 01:30',
    '2101-01-01 00:00',
    '2026-02-30 08:00',
    '8am',
  ],
  end: [
    '2026-07-19 10:00',
    '2026-07-19 07:00',
    '2026-10-25 01:30',
    '2026-07-20 23:59',
    '2100-12-31 23:00',
  ],
  publish: ['2026-07-10 09:00', '2026-07-19 07:59', 'yesterday'],
  zone: [
    'Europe/London',
    'UTC',
    'Asia/Kolkata',
    'BST',
    'Mars/Olympus',
    'europe/london',
    'Etc/GMT+14',
  ],
  time_format: ['12h', '24h', '36h'],
  safety_factor: ['1', '2', '1.5', '0', '-1', '1e309', '.nan'],
  impact: ['none', 'degraded', 'read-only', 'outage', 'total'],
  kind: ['runbook', 'announcement', 'Runbook', 'other'],
  runbook: ['./db-upgrade.runbook.yaml', './missing.runbook.yaml', '../outside.runbook.yaml', ''],
  url: ['https://example.com', 'javascript:alert(1)', 'mailto:ops@example.com', 'data:text/html,x'],
  status_page: ['https://status.example.com', 'javascript:alert(1)', 'ftp://x'],
  text: ['Down at 8:00 BST', '<script>alert(1)</script>', 'Tokyo: 4pm'],
  manual: ['true', 'false', 'yes'],
  id: STEP_IDS,
};

const GENERIC_TEXT = [
  'plain words',
  '8:00 BST',
  'Tokyo: 4pm and 9am PST',
  '<img src=x onerror=alert(1)>',
  '"\\u001b[31mred\\u0007"',
  '"\\0nul"',
  "'quoted: yes'",
  '日本語 ✓',
];

/** One field's value: kept, left out, a value from its pool, any YAML type, or random text. */
function valueFor(path: ReadonlyArray<string | number>): fc.Arbitrary<DocNode | undefined> {
  const name = String(path[path.length - 1]);
  const pool = VALUES_BY_FIELD[name] ?? GENERIC_TEXT;
  return fc.oneof(
    { weight: 6, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constant<DocNode>({ omit: true }) },
    { weight: 4, arbitrary: fc.constantFrom(...pool).map(raw) },
    { weight: 2, arbitrary: fc.constantFrom(...YAML_VALUES).map((block): DocNode => ({ block })) },
    {
      weight: 1,
      arbitrary: fc.string({ maxLength: 40 }).map((s): DocNode => raw(JSON.stringify(s))),
    },
  );
}

/** Steps with ids from a small pool, so that duplicates, unknown needs and cycles all come up. */
const stepsArbitrary: fc.Arbitrary<DocNode> = fc
  .array(
    fc.record({
      id: fc.constantFrom(...STEP_IDS),
      estimate: fc.option(fc.constantFrom(...VALUES_BY_FIELD.estimate), { nil: undefined }),
      needs: fc.array(fc.constantFrom(...STEP_IDS), { maxLength: 3 }),
      rollback: fc.boolean(),
    }),
    { maxLength: 8 },
  )
  .map((steps) =>
    seq(
      ...steps.map((step) =>
        map(
          ['id', raw(step.id)],
          ...(step.estimate ? [['estimate', raw(step.estimate)] as [string, DocNode]] : []),
          ...(step.needs.length > 0
            ? [['needs', seq(...step.needs.map(raw))] as [string, DocNode]]
            : []),
          ...(step.rollback ? [['rollback', raw('./undo.sh')] as [string, DocNode]] : []),
        ),
      ),
    ),
  );

/** A runbook or announcement from its template, each field kept, dropped or given another value. */
export function grammarCase(kind: DocumentKind): fc.Arbitrary<FuzzCase> {
  const paths = templatePaths(kind);
  const changes = fc.tuple(...paths.map((path) => valueFor(path)));
  const steps =
    kind === 'runbook' ? fc.option(stepsArbitrary, { nil: undefined }) : fc.constant(undefined);
  return fc.tuple(changes, steps).map(([values, generatedSteps]) => {
    const replacements = paths.flatMap((path, i): Array<[typeof path, DocNode]> => {
      const value = values[i];
      return value ? [[path, value]] : [];
    });
    if (generatedSteps) replacements.unshift([['steps'], generatedSteps]);
    const text = emitDocument(withValues(TEMPLATES[kind](), replacements));
    return { fileName: `fuzz.${kind}.yaml`, text };
  });
}

function yamlFilesBelow(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return yamlFilesBelow(path);
      return /\.ya?ml$/.test(name) ? [path] : [];
    });
}

/** The files of examples/, read once: the seeds of the byte-level mutations. */
export function exampleSeeds(root: string): FuzzCase[] {
  const dir = join(root, 'examples');
  return yamlFilesBelow(dir).map((path) => ({
    fileName: relative(root, path).replace(/^.*\//, ''),
    text: readFileSync(path, 'utf8'),
  }));
}

/** Text the mutations insert: control characters, line ends, YAML syntax, huge numbers, long words. */
const PAYLOADS = [
  '\u0000',
  '\u001b[2J',
  '\u0007',
  '\r',
  '\r\n',
  '\t',
  '\ufeff',
  '\u202e',
  '\ud800',
  ': ',
  '- ',
  '[',
  '{',
  '"',
  "'",
  '#',
  '&a ',
  '*a',
  '!!omap ',
  '|',
  '>',
  '---\n',
  '...\n',
  '%YAML 1.2\n',
  '99999999999999999999999999',
  '1e309',
  '-.inf',
  '2101-01-01 00:00',
  'needs: [',
  'x'.repeat(2000),
  '8:00 BST '.repeat(50),
];

type Mutation =
  | { op: 'insert'; at: number; payload: string }
  | { op: 'delete'; at: number; length: number }
  | { op: 'replace'; at: number; payload: string }
  | { op: 'duplicate-line'; at: number; times: number }
  | { op: 'indent'; at: number; by: number }
  | { op: 'byte'; at: number; code: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    payload: fc.constantFrom(...PAYLOADS),
  }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    payload: fc.string({ maxLength: 8, unit: 'binary' }),
  }),
  fc.record({
    op: fc.constant('delete' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({
    op: fc.constant('replace' as const),
    at: fc.nat(),
    payload: fc.constantFrom(...PAYLOADS),
  }),
  fc.record({
    op: fc.constant('duplicate-line' as const),
    at: fc.nat(),
    times: fc.integer({ min: 1, max: 50 }),
  }),
  fc.record({
    op: fc.constant('indent' as const),
    at: fc.nat(),
    by: fc.integer({ min: -4, max: 300 }),
  }),
  fc.record({
    op: fc.constant('byte' as const),
    at: fc.nat(),
    code: fc.integer({ min: 0, max: 0xffff }),
  }),
);

function lineBounds(text: string, at: number): [number, number] {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const newline = text.indexOf('\n', at);
  return [start, newline < 0 ? text.length : newline + 1];
}

function apply(text: string, m: Mutation): string {
  const at = text.length === 0 ? 0 : m.at % (text.length + 1);
  switch (m.op) {
    case 'insert':
      return text.slice(0, at) + m.payload + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'replace':
      return text.slice(0, at) + m.payload + text.slice(at + m.payload.length);
    case 'byte':
      return text.slice(0, at) + String.fromCharCode(m.code) + text.slice(at + 1);
    case 'duplicate-line': {
      const [start, end] = lineBounds(text, at);
      return text.slice(0, end) + text.slice(start, end).repeat(m.times) + text.slice(end);
    }
    case 'indent': {
      const [start] = lineBounds(text, at);
      if (m.by >= 0) return text.slice(0, start) + ' '.repeat(m.by) + text.slice(start);
      const spaces = /^ */.exec(text.slice(start))![0].length;
      return text.slice(0, start) + text.slice(start + Math.min(spaces, -m.by));
    }
  }
}

/** A file of examples/ with one to six byte-level edits. */
export function mutatedExample(seeds: readonly FuzzCase[]): fc.Arbitrary<FuzzCase> {
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 6 }))
    .map(([seed, mutations]) => ({
      fileName: seed.fileName,
      text: mutations.reduce(apply, seed.text),
    }));
}

/** Every kind of case, in fixed proportions: grammar-based runbooks and announcements, mutated examples. */
export function anyCase(seeds: readonly FuzzCase[]): fc.Arbitrary<FuzzCase> {
  return fc.oneof(grammarCase('runbook'), grammarCase('announcement'), mutatedExample(seeds));
}
