import {
  Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseAllDocuments,
  type Node as YNode,
} from 'yaml';
import { fastParseYaml } from './fast-parse';
import { excessiveNestingAt, MAX_DEPTH, PARSE_DEPTH_LIMIT } from './nesting';
import { markUnshared } from './to-value';
import type { YamlNode, YamlPair } from './tree';

export { MAX_DEPTH } from './nesting';

/** A problem found while reading the YAML text itself. */
export interface YamlProblem {
  start: number;
  end: number;
  message: string;
}

export interface ParsedYaml {
  /** Which reader built the tree: the fast path, or the `yaml` package (fallback, or the fast path off). */
  reader: 'fast' | 'yaml';
  /** The first document's top-level node; null for an empty document. */
  root: YamlNode | null;
  /** Syntax errors, extra documents, nesting too deep. */
  problems: YamlProblem[];
  /** How many `---` documents the text holds. */
  documentCount: number;
}

/** The environment variable that turns the fast path off: `RUNBOOK_FAST_YAML=0`. */
export const FAST_YAML_VARIABLE = 'RUNBOOK_FAST_YAML';

let fastPathOn = true;

/**
 * Turns the fast path on or off for this process, from its environment: `RUNBOOK_FAST_YAML=0`
 * makes every file go to the `yaml` package, to tell a fast-path fault from any other. The
 * server and the CLI call this once at start; the core itself never reads the environment.
 */
export function configureFastPath(environment: Readonly<Record<string, string | undefined>>): void {
  fastPathOn = environment[FAST_YAML_VARIABLE] !== '0';
}

/**
 * Parses YAML 1.2 (core schema: `2026-07-19` and `no` stay strings) into the tree rules read.
 * Never throws: anything the parser rejects becomes a problem with a position.
 * The block YAML runbooks are written in is read by a fast path (fast-parse.ts) in a few
 * milliseconds per megabyte; anything else, errors included, by the `yaml` package, to the
 * same tree.
 */
export function parseYaml(text: string): ParsedYaml {
  const refused = refuseDeepNesting(text);
  if (refused) return refused;
  if (!fastPathOn) return parseWithLibrary(text);
  let root: YamlNode | undefined;
  try {
    root = fastParseYaml(text);
  } catch {
    // A fault in the fast path must not cost the user their diagnostics: the `yaml` package reads it.
    root = undefined;
  }
  if (!root) return parseWithLibrary(text);
  markUnshared(root);
  return { reader: 'fast', root, problems: [], documentCount: 1 };
}

/**
 * Parses with the `yaml` package alone, as parseYaml did before the fast path: the reference
 * the fast path is tested against, and what reads everything outside its subset.
 */
export function parseYamlWithLibrary(text: string): ParsedYaml {
  return refuseDeepNesting(text) ?? parseWithLibrary(text);
}

/** One problem and no tree for a text nested too deep to hand to a recursive parser. */
function refuseDeepNesting(text: string): ParsedYaml | undefined {
  const deep = excessiveNestingAt(text);
  if (deep === undefined) return undefined;
  const message = `Nesting here goes deeper than ${PARSE_DEPTH_LIMIT} levels, too deep to read safely; a runbook needs only a few levels. Nothing in this file is checked until it is flatter.`;
  return {
    reader: 'yaml',
    root: null,
    problems: [{ start: deep, end: deep + 1, message }],
    documentCount: 1,
  };
}

function parseWithLibrary(text: string): ParsedYaml {
  const parsed = parseAllDocuments(text, {
    version: '1.2',
    schema: 'core',
    prettyErrors: false,
    uniqueKeys: true,
  });
  const documents = Array.isArray(parsed) ? parsed : [];
  const problems: YamlProblem[] = [];
  const first = documents[0];
  for (const error of first?.errors ?? []) {
    const problem = {
      ...withinText(text, error.pos[0], error.pos[1]),
      message: cleanMessage(error.message),
    };
    // A stack overflow may be reported at several levels as the parser unwinds: once is enough.
    const repeated = problems.some(
      (p) =>
        p.message === problem.message &&
        (problem.message === TOO_DEEP || (p.start === problem.start && p.end === problem.end)),
    );
    if (!repeated) problems.push(problem);
  }
  if (documents.length > 1) {
    const second = documents[1].range[0];
    const marker = documentMarkerBefore(text, second);
    problems.push({
      start: marker,
      end: text.startsWith('---', marker) ? marker + 3 : second,
      message: `A runbook or announcement file holds one YAML document, but this file has ${documents.length} (separated by ---). Only the first is checked; move the others to files of their own.`,
    });
  }
  const root = first ? new TreeBuilder(first, problems).build(first.contents) : null;
  return { reader: 'yaml', root, problems, documentCount: documents.length };
}

const TOO_DEEP = 'The nesting here is too deep to read; a runbook needs only a few levels.';

/**
 * The parser reports what is missing at the end of the text (an unclosed `[`) past the last
 * character; pull such a range back onto the last thing written, where the editor can show it.
 */
function withinText(text: string, start: number, end: number): { start: number; end: number } {
  const lastWritten = text.trimEnd().length;
  if (start < lastWritten) return { start, end: Math.min(Math.max(end, start), text.length) };
  const lineStart = text.lastIndexOf('\n', lastWritten - 1) + 1;
  return { start: Math.max(lineStart, lastWritten - 1), end: lastWritten };
}

/** The parser's messages end with "at line L, column C:" and a code frame; the editor shows position itself. */
function cleanMessage(message: string): string {
  if (message.includes('call stack')) return TOO_DEEP;
  const text = message.replace(/ at line \d+, column \d+:[\s\S]*$/, '').trim();
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** The offset of the `---` line that opens the document starting at `offset`, or `offset` itself. */
function documentMarkerBefore(text: string, offset: number): number {
  const marker = text.lastIndexOf('---', offset);
  return marker >= 0 ? marker : offset;
}

/** Converts the parser's nodes into our tree; aliases share the node they point at. */
class TreeBuilder {
  private readonly converted = new Map<YNode, YamlNode>();
  /** Collections being converted: an alias to one of them would make the tree a loop. */
  private readonly open = new Set<YNode>();

  constructor(
    private readonly document: Document,
    private readonly problems: YamlProblem[],
  ) {}

  build(node: YNode | null): YamlNode | null {
    return node ? this.convert(node, 0) : null;
  }

  private convert(node: YNode, depth: number): YamlNode | null {
    if (isAlias(node)) {
      const target = node.resolve(this.document) as YNode | undefined;
      if (target && this.open.has(target)) {
        const [aliasStart, aliasEnd] = node.range ?? [0, 0];
        this.problems.push({
          start: aliasStart,
          end: aliasEnd,
          message:
            'This alias refers to a node that contains it, which makes an endless loop; write the value out instead.',
        });
        return null;
      }
      if (!target) {
        const [aliasStart, aliasEnd] = node.range ?? [0, 0];
        this.problems.push({
          start: aliasStart,
          end: aliasEnd,
          message: `Unknown alias *${node.source}: no anchor &${node.source} comes before it.`,
        });
        return null;
      }
      return this.converted.get(target) ?? null;
    }
    const [start, end] = node.range ?? [0, 0];
    if (depth > MAX_DEPTH) {
      this.problems.push({
        start,
        end: start + 1,
        message: `Nesting deeper than ${MAX_DEPTH} levels is not supported; the content below this point is not checked.`,
      });
      return null;
    }
    if (isScalar(node)) {
      const value = node.value;
      const scalar: YamlNode = {
        type: 'scalar',
        start,
        end,
        // Anything else the yaml package hands over (a bigint) reads as its text.
        // eslint-disable-next-line @typescript-eslint/no-base-to-string
        value: isPlainValue(value) ? value : String(value),
      };
      this.converted.set(node, scalar);
      return scalar;
    }
    if (isSeq(node)) {
      const seq: YamlNode = { type: 'seq', start, end, items: [] };
      this.converted.set(node, seq);
      this.open.add(node);
      for (const item of node.items) {
        const child = this.convert(item as YNode, depth + 1);
        if (child) seq.items.push(child);
      }
      this.open.delete(node);
      return seq;
    }
    if (isMap(node)) {
      const map: YamlNode = { type: 'map', start, end, pairs: [] };
      this.converted.set(node, map);
      this.open.add(node);
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const converted = this.convertPair(
          pair.key as YNode | null,
          pair.value as YNode | null,
          depth,
        );
        if (converted) map.pairs.push(converted);
      }
      this.open.delete(node);
      return map;
    }
    return null;
  }

  private convertPair(
    keyNode: YNode | null,
    valueNode: YNode | null,
    depth: number,
  ): YamlPair | null {
    const key = keyNode ? this.convert(keyNode, depth + 1) : null;
    if (!key) return null;
    const value = valueNode ? this.convert(valueNode, depth + 1) : null;
    return { key, value, start: key.start, end: value ? Math.max(value.end, key.end) : key.end };
  }
}

function isPlainValue(value: unknown): value is string | number | boolean | null {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}
