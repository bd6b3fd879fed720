import { parseAllDocuments, parseDocument } from 'yaml';
import { blocksOfTree } from './block-derive';
import { parseInBlocks, type BlockTree, type EditedItem, type PreviousBlocks } from './block-tree';
import { fastParseYaml } from './fast-parse';
import { excessiveNestingAt, PARSE_DEPTH_LIMIT } from './nesting';
import { utf16Problem, withLineFeeds } from './text-checks';
import { markUnshared } from './to-value';
import { TreeBuilder } from './tree-builder';
import type { YamlNode, YamlProblem } from './tree';

export { MAX_DEPTH } from './nesting';

export type { YamlProblem } from './tree';
export type { EditedItem } from './block-tree';

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

/** The blocks each parse was composed of, for the parse of the next version of its text. */
const blocksOf = new WeakMap<ParsedYaml, PreviousBlocks>();

/** How a parse went: how many blocks it read and how many it reused (tests and traces). */
export interface ParseStats {
  blocks: number;
  parsed: number;
}

const statsOf = new WeakMap<ParsedYaml, ParseStats>();

/** How many blocks a parse read and reused; undefined when it read the text whole. */
export function parseStats(parsed: ParsedYaml): ParseStats | undefined {
  return statsOf.get(parsed);
}

const editedItems = new WeakMap<ParsedYaml, EditedItem | 'nothing'>();

/**
 * What the edit since the previous parse changed: one step item and nothing else, or nothing at
 * all (the text came back to the previous one: a keystroke typed and undone, say); undefined
 * when it changed more, or when there was no previous parse to compare with.
 */
export function editedItemOf(parsed: ParsedYaml): EditedItem | 'nothing' | undefined {
  return editedItems.get(parsed);
}

/**
 * Parses YAML 1.2 (core schema: `2026-07-19` and `no` stay strings) into the tree rules read.
 * Never throws: anything the parser rejects becomes a problem with a position.
 * The text is read a block at a time (a top-level key, a step item: block-tree.ts), so that a
 * syntax error costs the `yaml` package one block; given the parse of the text before an edit,
 * only the blocks the edit touched are read again. The block YAML runbooks are written in is
 * read by a fast path (fast-parse.ts) in a few milliseconds per megabyte; anything else, errors
 * included, by the `yaml` package, to the same tree. A text that does not split safely is read
 * whole.
 */
export function parseYaml(written: string, previous?: ParsedYaml): ParsedYaml {
  // The fast path leaves lone carriage returns to the `yaml` package, which gets them as line feeds.
  const text = withLineFeeds(written);
  const before = previous && blocksOf.get(previous);
  // After an edit, the depth scan reads only the blocks read again (the rest passed it before).
  const edited =
    fastPathOn && before && !utf16Problem(text)
      ? parseInBlocks(written, parseWithLibrary, before, excessiveNestingAt)
      : undefined;
  if (edited) return blockParse(written, edited);
  const refused = refuseUnreadable(text);
  if (refused) return refused;
  if (!fastPathOn) return parseWithLibrary(text);
  // A text the fast path reads whole is cut into blocks afterwards: one parse, not one per block.
  const whole = fastParseWhole(written);
  if (whole) {
    const blocks = whole.type === 'map' ? blocksOfTree(written, whole) : undefined;
    return whole.type === 'map' && blocks
      ? blockParse(written, {
          reader: 'fast',
          root: whole,
          problems: [],
          blocks,
          parsedCount: 0,
          contained: false,
        })
      : fastParsed(whole);
  }
  // Carriage returns never split (block-split.ts), so `written` is the text whenever blocks are read.
  const inBlocks = parseInBlocks(written, parseWithLibrary);
  return inBlocks ? blockParse(written, inBlocks) : parseWithLibrary(text);
}

function blockParse(text: string, inBlocks: BlockTree): ParsedYaml {
  markUnshared(inBlocks.root);
  const parsed: ParsedYaml = {
    reader: inBlocks.reader,
    root: inBlocks.root,
    problems: inBlocks.problems,
    documentCount: 1,
  };
  blocksOf.set(parsed, { text, blocks: inBlocks.blocks });
  statsOf.set(parsed, { blocks: inBlocks.blocks.length, parsed: inBlocks.parsedCount });
  if (inBlocks.edited) editedItems.set(parsed, inBlocks.edited);
  return parsed;
}

/** The whole text by the fast path, or undefined when it hands the text over. */
function fastParseWhole(written: string): YamlNode | undefined {
  try {
    return fastParseYaml(written);
  } catch {
    // A fault in the fast path must not cost the user their diagnostics: the `yaml` package reads it.
    return undefined;
  }
}

function fastParsed(root: YamlNode): ParsedYaml {
  markUnshared(root);
  return { reader: 'fast', root, problems: [], documentCount: 1 };
}

/**
 * Parses with the `yaml` package alone, as parseYaml did before the fast path: the reference
 * the fast path is tested against, and what reads everything outside its subset.
 */
export function parseYamlWithLibrary(written: string): ParsedYaml {
  const text = withLineFeeds(written);
  return refuseUnreadable(text) ?? parseWithLibrary(text);
}

/**
 * One problem and no tree for a text that is not YAML to read: UTF-16 read as UTF-8 (NUL
 * between every character), or nested too deep to hand to a recursive parser.
 */
function refuseUnreadable(text: string): ParsedYaml | undefined {
  const encoding = utf16Problem(text);
  if (encoding) return { reader: 'yaml', root: null, problems: [encoding], documentCount: 1 };
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
  const problems: YamlProblem[] = documents.length === 0 ? emptyStreamProblems(text) : [];
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

/**
 * A text with no document may still hold directives (`%YAML 1.2`) that announce one: the
 * `yaml` package reads that as an error ("Missing directives-end indicator line"), but only when
 * asked for one document. Such a text is only comments and directives, so this is cheap.
 */
function emptyStreamProblems(text: string): YamlProblem[] {
  return parseDocument(text, { version: '1.2', prettyErrors: false }).errors.map((error) => ({
    ...withinText(text, error.pos[0], error.pos[1]),
    message: directivesMessage(cleanMessage(error.message)),
  }));
}

function directivesMessage(message: string): string {
  return message.startsWith('Missing directives-end')
    ? `${message.slice(0, -1)}: a directive such as %YAML 1.2 must be followed by --- and the document.`
    : message;
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
