// Seeded generator and mutator of runbook-like YAML for the fast path's differential test: many
// layouts of the subset the fast path reads (indentation widths, comments at every depth, blank
// and whitespace lines, block scalars, flow values, empty entries, CRLF, no final newline), and
// edits of them that often leave it.

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same documents everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLAIN = [
  'backup',
  'Run the migration',
  'ops@example.com',
  'https://status.example.com/a?b=c#frag',
  './scripts/x.sh --shard 3',
  'x#y',
  'a:b',
  "it's fine",
  '50%',
  'C++',
  'a - b',
  '-x',
  '-5',
  '+7',
  '0',
  '010',
  '0o17',
  '0o19',
  '0x1F',
  '0xZZ',
  '1.5',
  '1.',
  '.5',
  '1e3',
  '1E-2',
  '+1.5e+3',
  '.inf',
  '-.Inf',
  '+.INF',
  '.nan',
  '.NaN',
  'null',
  'Null',
  'NULL',
  'nULL',
  '~',
  'true',
  'True',
  'TRUE',
  'tRUE',
  'false',
  'FALSE',
  'yes',
  'no',
  'on',
  'off',
  '2026-07-19',
  '2026-07-19 08:00',
  '2026-07-19T08:00:00+01:00',
  '1:30',
  '12:00:00',
  'Europe/London',
  '30m..1h',
  'ünïcödé ✓',
  '日本語',
  '😀 emoji',
  'a  b',
  '99999999999999999999',
  '-0',
  'step-12',
  'a]b',
  'a}b',
  'a,b',
  'a[b',
  'ends with colon:x',
  'a!b',
  'a&b',
  'a*b',
];
/** Values the `yaml` package rejects or the fast path leaves to it; generated now and then. */
const AWKWARD = [
  '?x',
  ':x',
  '%x',
  '@x',
  '`x',
  '"bad \\q"',
  '"\\x4"',
  "'a' 'b'",
  '&anchor x',
  '*alias',
  '!tag x',
  '[a, b,]',
  '{a: }',
  '- x',
  'a: b',
];
const QUOTED = [
  "'single'",
  "'it''s'",
  "''",
  '"double"',
  '"esc \\" \\\\ \\n \\u00e9 \\x41 \\U0001F600 \\/ \\_"',
  '""',
  '"with # hash"',
  "'with: colon'",
  '"a: b"',
  '"  spaced  "',
  "'#not a comment'",
  '"[not, flow]"',
];
const KEYS = [
  'id',
  'title',
  'kind',
  'estimate',
  'run',
  'needs',
  'a b',
  'Key-With-Dash',
  'x.y',
  'über',
  '1',
  '2.5',
  'true',
  'null',
  '~',
  '-5',
];
const WORDS = [
  'maintenance',
  'window',
  'rollback',
  '**bold**',
  '`code`',
  '- bullet',
  '# heading',
  'a: b',
  '[link](https://x)',
  '"quoted"',
  'trailing  ',
];

/** Generates one runbook-like document from a random source. */
export class DocumentGenerator {
  private readonly lines: string[] = [];
  private readonly step: number;
  private readonly dashGap: number;
  private keyCounter = 0;

  constructor(private readonly random: () => number) {
    this.step = this.pick([2, 2, 2, 4, 1, 3]);
    this.dashGap = this.pick([1, 1, 1, 2, 3]);
  }

  document(): string {
    if (this.chance(0.3)) this.trivia(0);
    if (this.chance(0.1)) this.lines.push(this.pick(['---', '--- # start', '---  ']));
    if (this.chance(0.15)) this.seq(0, 0, 1 + this.int(4));
    else this.map(0, 0, 1 + this.int(6));
    if (this.chance(0.3)) this.trivia(this.int(6));
    const eol = this.chance(0.1) ? '\r\n' : '\n';
    const text = this.lines.join(eol);
    return this.chance(0.8) ? text + eol : text;
  }

  private map(indent: number, depth: number, count: number, firstKeyPrefix?: string): void {
    for (let i = 0; i < count; i++) {
      const prefix = i === 0 && firstKeyPrefix !== undefined ? firstKeyPrefix : ' '.repeat(indent);
      if (i > 0 || firstKeyPrefix === undefined) this.trivia(indent);
      this.entry(prefix, `${this.key()}:`, indent, depth);
    }
  }

  private seq(indent: number, depth: number, count: number): void {
    for (let i = 0; i < count; i++) {
      if (i > 0) this.trivia(indent);
      const dash = `${' '.repeat(indent)}-${' '.repeat(this.dashGap)}`;
      const roll = this.random();
      if (roll < 0.35 && depth < 4)
        this.map(indent + 1 + this.dashGap, depth + 1, 1 + this.int(4), dash);
      else if (roll < 0.4)
        this.lines.push(`${' '.repeat(indent)}-${this.pick(['', ' ', ' # empty'])}`);
      else if (roll < 0.45 && depth < 4) {
        this.lines.push(`${' '.repeat(indent)}-`);
        this.map(indent + this.step, depth + 1, 1 + this.int(3));
      } else this.entry(`${' '.repeat(indent)}-`, '', indent, depth, true);
    }
  }

  /** One entry: `prefix` + `head` (a key and colon, or nothing for a sequence item) + its value. */
  private entry(prefix: string, head: string, indent: number, depth: number, inSeq = false): void {
    const line = `${prefix}${head}`;
    const gap = inSeq ? ' '.repeat(this.dashGap) : this.pick([' ', ' ', '  ']);
    const roll = this.random();
    if (roll < 0.4) this.lines.push(`${line}${gap}${this.scalar()}${this.inlineComment()}`);
    else if (roll < 0.5) this.lines.push(`${line}${gap}${this.flow(0)}${this.inlineComment()}`);
    else if (roll < 0.62) this.blockScalar(`${line}${gap}`, indent);
    else if (roll < 0.72 || depth >= 4 || inSeq)
      this.lines.push(`${line}${this.chance(0.3) ? this.inlineComment() : this.pick(['', ' '])}`);
    else if (roll < 0.86) {
      this.lines.push(`${line}${this.inlineComment()}`);
      this.trivia(indent + this.step);
      this.map(indent + this.step, depth + 1, 1 + this.int(4));
    } else {
      this.lines.push(`${line}${this.inlineComment()}`);
      this.seq(this.chance(0.5) ? indent : indent + this.step, depth + 1, 1 + this.int(4));
    }
  }

  private blockScalar(head: string, indent: number): void {
    this.lines.push(
      `${head}${this.pick(['|', '>', '|-', '|+', '>-', '>+'])}${this.pick(['', '', ' # header comment', '  '])}`,
    );
    const base = indent + this.step + (this.chance(0.2) ? this.step : 0);
    const count = 1 + this.int(5);
    for (let i = 0; i < count; i++) {
      const roll = this.random();
      if (i > 0 && roll < 0.15) this.lines.push(' '.repeat(this.int(base + 3)));
      else if (i > 0 && roll < 0.25)
        this.lines.push(`${' '.repeat(base + 1 + this.int(3))}${this.pick(WORDS)}`);
      else this.lines.push(`${' '.repeat(base)}${this.pick(WORDS)} ${this.pick(WORDS)}`);
    }
    if (this.chance(0.3))
      for (let i = this.int(3); i >= 0; i--) this.lines.push(' '.repeat(this.int(base + 2)));
  }

  private flow(depth: number): string {
    const count = this.int(4);
    const open = this.chance(0.5);
    const pad = this.chance(0.5) ? ' ' : '';
    const items: string[] = [];
    for (let i = 0; i < count; i++) {
      const value =
        depth < 2 && this.chance(0.15)
          ? this.flow(depth + 1)
          : this.chance(0.2)
            ? this.pick(QUOTED)
            : this.pick(PLAIN.filter((p) => !/[,[\]{}]/.test(p)));
      items.push(open ? `${this.key()}: ${value}` : value);
    }
    const inner = items.join(this.pick([', ', ',', ' , ']));
    return open ? `{${pad}${inner}${pad}}` : `[${pad}${inner}${pad}]`;
  }

  private trivia(indent: number): void {
    while (this.chance(0.25)) {
      const roll = this.random();
      if (roll < 0.4)
        this.lines.push(`${' '.repeat(this.int(indent + 5))}# comment ${this.int(100)}`);
      else if (roll < 0.7) this.lines.push('');
      else this.lines.push(' '.repeat(1 + this.int(indent + 4)));
    }
  }

  private scalar(): string {
    if (this.chance(0.03)) return this.pick(AWKWARD);
    return this.chance(0.2) ? this.pick(QUOTED) : this.pick(PLAIN);
  }

  private inlineComment(): string {
    return this.chance(0.2)
      ? this.pick([' # note', '   # note: with colon', ' #'])
      : this.chance(0.1)
        ? '  '
        : '';
  }

  /** A key unique in the document, bare or quoted, now and then one that resolves to a number, boolean or null. */
  private key(): string {
    const key = this.pick(KEYS);
    const roll = this.random();
    if (roll < 0.1) return `'${key} ${this.keyCounter++}'`;
    if (roll < 0.2) return `"${key} ${this.keyCounter++}"`;
    if (roll < 0.25) return key === '~' || key === 'null' ? `${key}` : `${this.keyCounter++}`;
    return `${key}_${this.keyCounter++}`;
  }

  private pick<T>(values: readonly T[]): T {
    return values[Math.floor(this.random() * values.length)];
  }

  private chance(p: number): boolean {
    return this.random() < p;
  }

  private int(n: number): number {
    return Math.floor(this.random() * n);
  }
}

const INSERTS = [
  ' ',
  ' ',
  '  ',
  ':',
  ': ',
  '-',
  '- ',
  '#',
  ' #',
  '\n',
  '\n  ',
  '\n# c\n',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  ',',
  '|',
  '>',
  '&a ',
  '*a',
  '!t ',
  '?',
  '%',
  '\t',
  '\r',
  '\r\n',
  'x',
  '0',
  '~',
  '---\n',
  '...',
];

/** Applies one to three random edits (insert, delete, re-indent, duplicate or drop a line, truncate) to `text`. */
export function mutate(text: string, random: () => number): string {
  const edits = 1 + Math.floor(random() * 3);
  let result = text;
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(random() * (result.length + 1));
    const roll = random();
    const lineStart = result.lastIndexOf('\n', at - 1) + 1;
    const lineEnd = result.indexOf('\n', at) < 0 ? result.length : result.indexOf('\n', at);
    if (roll < 0.35)
      result =
        result.slice(0, at) + INSERTS[Math.floor(random() * INSERTS.length)] + result.slice(at);
    else if (roll < 0.55)
      result = result.slice(0, at) + result.slice(at + 1 + Math.floor(random() * 3));
    else if (roll < 0.7)
      result =
        result.slice(0, lineStart) +
        (random() < 0.5 ? ' '.repeat(1 + Math.floor(random() * 3)) : '') +
        result.slice(lineStart).replace(/^ {1,2}/, '');
    else if (roll < 0.8)
      result =
        result.slice(0, lineEnd) +
        result.slice(lineStart - 1 < 0 ? 0 : lineStart - 1, lineEnd) +
        result.slice(lineEnd);
    else if (roll < 0.9)
      result = result.slice(0, lineStart) + result.slice(Math.min(result.length, lineEnd + 1));
    else result = result.slice(0, at);
  }
  return result;
}

const LINE_BODIES = [
  'k%: v',
  'k%:',
  'k%: # c',
  'k%:  ',
  '- v',
  '-',
  '- ',
  '- # c',
  '- k%: v',
  '- k%:',
  '-   k%: v',
  '# c',
  '#',
  '',
  '',
  '  ',
  'text',
  'k%: [a, b]',
  'k%: {x: 1}',
  '- [a]',
  'k%: |',
  'k%: >-',
  'k%: |+',
  '- |',
  'k%: "q"',
  "- 'q'",
  'k%: v # c',
  'more text',
  '- - x',
  'k%: v: w',
];

/**
 * A few random lines from templates at random indentation: small documents whose structure (dedents,
 * comments and blank lines between them, empty entries, block scalars) varies far more than the
 * document generator's; most are invalid, the rest stress where collections end.
 */
export function randomLines(random: () => number): string {
  const count = 1 + Math.floor(random() * 9);
  const rows: string[] = [];
  for (let i = 0; i < count; i++) {
    const indent = Math.floor(random() * random() * 7);
    rows.push(
      ' '.repeat(indent) +
        LINE_BODIES[Math.floor(random() * LINE_BODIES.length)].replace('%', String(i)),
    );
  }
  const eol = random() < 0.1 ? '\r\n' : '\n';
  return rows.join(eol) + (random() < 0.7 ? eol : '');
}
