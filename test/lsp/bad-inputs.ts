// Hostile files for the server: the protocol test checks what it says about each, and
// `npm run bench` times its answers after each.
import { strict as assert } from 'node:assert';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol';
import { messageOf, range } from './text-helpers';

/** A hostile file: how to open it, and what the server must say about it. */
export interface BadInput {
  name: string;
  /** File name under file:///work/bad/; an unmatched name makes `kind:` the only hint. */
  fileName?: string;
  text: () => string | Buffer;
  check(diagnostics: Diagnostic[]): void;
}

/** The one diagnostic, or the first, must have this code and a message matching `message`. */
function expectFirst(
  code: string,
  message: RegExp,
  severity: DiagnosticSeverity = DiagnosticSeverity.Error,
) {
  return (diagnostics: Diagnostic[]) => {
    assert.ok(diagnostics.length > 0, 'at least one diagnostic');
    const [first] = diagnostics;
    assert.equal(first.code, code, JSON.stringify(diagnostics).slice(0, 500));
    assert.equal(first.severity, severity);
    assert.equal(first.source, 'runbook');
    assert.match(messageOf(first), message);
  };
}

/** "Billion laughs": nine lists of nine aliases to the list before, a billion strings expanded. */
function aliasBomb(): string {
  const lines = [
    'kind: runbook',
    'title: T',
    'l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ];
  for (let level = 1; level <= 8; level++)
    lines.push(`l${level}: &l${level} [${new Array(9).fill(`*l${level - 1}`).join(',')}]`);
  lines.push('steps: *l8', '');
  return lines.join('\n');
}

/** A block mapping `k:` nested `depth` levels, one space of indentation per level (still valid YAML). */
function blockNesting(depth: number): string {
  const lines = ['kind: runbook', 'title: T', 'steps: []', 'deep:'];
  for (let level = 1; level <= depth; level++) lines.push(`${' '.repeat(level)}k:`);
  return `${lines.join('\n')}\n`;
}

/** A valid runbook of about `bytes` characters, so the size alone is what is wrong with it. */
function largeRunbook(bytes: number): string {
  const step = '  - id: step\n    estimate: 1m\n';
  return `kind: runbook\ntitle: T\nsteps:\n${step.repeat(Math.ceil(bytes / step.length))}`;
}

const nesting = /[Nn]esting/;

export const BAD_INPUTS: BadInput[] = [
  {
    name: 'a file that is not YAML',
    text: () => '{{{ this is not YAML ]]] <html>\n\t"',
    check: expectFirst('yaml-syntax', /Flow map/),
  },
  {
    name: 'YAML whose top level is a list',
    text: () => '- kind: runbook\n- title: T\n',
    check: (d) => {
      expectFirst('schema', /top level must be a mapping.*a list/)(d);
      assert.deepEqual(d[0].range, range(0, 0, 0, 15));
    },
  },
  {
    name: 'YAML whose top level is a single value',
    text: () => 'just some words\n',
    check: expectFirst('schema', /top level must be a mapping.*a single value/),
  },
  {
    name: 'several --- documents',
    text: () => 'kind: runbook\ntitle: T\nsteps: []\n---\nkind: runbook\n---\nkind: announcement\n',
    check: (d) => {
      expectFirst('yaml-syntax', /holds one YAML document, but this file has 3/)(d);
      assert.deepEqual(d[0].range, range(3, 0, 3, 3));
    },
  },
  { name: 'an empty file', text: () => '', check: expectFirst('schema', /This file is empty/) },
  {
    name: 'a 10 MB file',
    text: () => largeRunbook(10 * 1024 * 1024),
    check: (d) => {
      assert.equal(d.length, 1, 'one diagnostic, not an analysis');
      expectFirst(
        'file-too-large',
        /too large to analyse \(10\.0 MB; the limit is 5\.0 MB/,
        DiagnosticSeverity.Information,
      )(d);
    },
  },
  {
    name: 'an alias bomb (billion laughs)',
    text: aliasBomb,
    check: (d) => {
      // The runbook has no window either (a warning on `kind`, before the schema error on the file).
      assert.deepEqual(
        d.map((diagnostic) => diagnostic.code),
        ['missing-window', 'schema'],
        JSON.stringify(d),
      );
      expectFirst('schema', /alias bomb/)(d.slice(1));
    },
  },
  {
    name: '10,000-deep flow nesting [[[…]]]',
    text: () => `kind: runbook\ntitle: T\nsteps: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`,
    check: expectFirst('yaml-syntax', nesting),
  },
  {
    name: '10,000-deep compact block lists - - - …',
    text: () => `kind: runbook\ntitle: T\nsteps:\n${'- '.repeat(10_000)}x\n`,
    check: expectFirst('yaml-syntax', nesting),
  },
  // 10,000 levels of `k:` would need 50 MB of indentation; 3,000 levels (4.5 MB) stay under the size limit.
  {
    name: '3,000-deep block mappings k:\\n k:',
    text: () => blockNesting(3_000),
    check: expectFirst('yaml-syntax', nesting),
  },
  {
    name: 'invalid UTF-8',
    text: () =>
      Buffer.concat([
        Buffer.from('kind: runbook\\ntitle: caf'),
        Buffer.from([0xc3, 0x28]),
        Buffer.from('\\nsteps: []\\n'),
      ]),
    check: (d) => {
      assert.deepEqual(
        d.map((diagnostic) => diagnostic.code),
        ['missing-window', 'yaml-syntax'],
        JSON.stringify(d),
      );
      expectFirst('yaml-syntax', /not valid UTF-8/)(d.slice(1));
      assert.deepEqual(d[1].range, range(1, 10, 1, 11));
    },
  },
  {
    name: 'tab indentation',
    text: () => 'kind: runbook\ntitle: T\nsteps:\n\t- id: backup\n\t  estimate: 30m\n',
    check: (d) => {
      expectFirst('yaml-syntax', /Tabs are not allowed/)(d);
      assert.deepEqual(d[0].range, range(3, 0, 3, 1));
    },
  },
  {
    name: 'kind: missing',
    fileName: 'notes.yaml',
    text: () => 'title: T\nsteps: []\n',
    check: (d) => {
      assert.equal(d.length, 1, JSON.stringify(d));
      expectFirst('schema', /Missing `kind:`/)(d);
    },
  },
  {
    name: 'kind: unknown',
    fileName: 'other-notes.yaml',
    text: () => 'kind: runbok\ntitle: T\nsteps: []\n',
    check: (d) => {
      assert.equal(d.length, 1, JSON.stringify(d));
      expectFirst('schema', /Unknown kind "runbok"/)(d);
      assert.deepEqual(d[0].range, range(0, 6, 0, 12));
    },
  },
];
