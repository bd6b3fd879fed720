// Every request the server supports, on every node of one document, over the protocol: no error
// response, and every range in an answer inside the document. Shared by the type-confusion and
// fuzz protocol tests.
import type {
  CodeAction,
  Command,
  Diagnostic,
  DocumentSymbol,
  Position,
  Range,
  SymbolInformation,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { ErrorCodes } from 'vscode-languageserver-protocol';
import { parseYaml } from '../../src/core/yaml/parse-yaml';
import type { LspClient } from '../lsp/lsp-client';
import { nodeOffsets, ProbeFailure } from './core-probe';

/** Line starts as LSP counts lines (`\n`, `\r\n` and a lone `\r` each end one), in UTF-16 units. */
export class LspLines {
  private readonly starts: number[] = [0];
  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      if (c === 10 || c === 13) this.starts.push(i + 1);
    }
  }

  positionAt(offset: number): Position {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: offset - this.starts[low] };
  }

  /** Whether a position names a place in the text (at most the end of its line). */
  contains(position: Position): boolean {
    const { line, character } = position;
    if (!Number.isInteger(line) || !Number.isInteger(character) || line < 0 || character < 0)
      return false;
    if (line >= this.starts.length) return false;
    const end = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    return this.starts[line] + character <= end;
  }

  check(what: string, range: Range | undefined): void {
    if (!range) return;
    const ordered =
      range.start.line < range.end.line ||
      (range.start.line === range.end.line && range.start.character <= range.end.character);
    if (!this.contains(range.start) || !this.contains(range.end) || !ordered)
      throw new ProbeFailure(`${what}: range ${JSON.stringify(range)} is outside the document`);
  }
}

function checkEdit(
  lines: LspLines,
  uri: string,
  what: string,
  edit: WorkspaceEdit | null | undefined,
) {
  for (const [target, edits] of Object.entries(edit?.changes ?? {}))
    if (target === uri) for (const e of edits) lines.check(what, e.range);
}

function checkSymbols(lines: LspLines, symbols: Array<DocumentSymbol | SymbolInformation> | null) {
  const stack = [...(symbols ?? [])];
  while (stack.length > 0) {
    const symbol = stack.pop()!;
    if ('location' in symbol) {
      lines.check('symbol', symbol.location.range);
      continue;
    }
    lines.check(`symbol ${symbol.name}`, symbol.range);
    lines.check(`symbol selection ${symbol.name}`, symbol.selectionRange);
    for (const child of symbol.children ?? []) stack.push(child);
  }
}

function checkActions(lines: LspLines, uri: string, actions: Array<Command | CodeAction> | null) {
  for (const action of actions ?? [])
    if ('edit' in action) checkEdit(lines, uri, `code action ${action.title}`, action.edit);
}

/** A crash's words, which a deliberate refusal never uses. */
const CRASH_TEXT =
  /TypeError|RangeError|is not a function|Cannot read prop|is not iterable|undefined/;

/**
 * Rename refuses off a step id with an InvalidRequest error, as LSP's prepareRename allows: that
 * answer is kept as null; any other error (a crash's text, another code) fails the probe.
 */
async function refusedOrAnswered<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request;
  } catch (error) {
    const { code, message } = error as { code?: number; message?: string };
    if (code === ErrorCodes.InvalidRequest && message && !CRASH_TEXT.test(message)) return null;
    throw error;
  }
}

/** Options: the most node positions to ask about, spread over the document (all by default). */
export interface ServerProbeOptions {
  maxPositions?: number;
  /** How long to wait for the diagnostics of the document (a guard against a hang, not a speed limit). */
  deadlineMs?: number;
}

/**
 * Opens `text` as `uri`, checks its diagnostics, runs every request at the start of every node (the requests
 * of a document in flight together, as an editor sends them), checks every range, then closes it.
 * A request answered with an error rejects, and so fails the probe.
 */
export async function probeServer(
  client: LspClient,
  uri: string,
  text: string,
  options: ServerProbeOptions = {},
): Promise<Diagnostic[]> {
  const lines = new LspLines(text);
  await client.open(uri, text);
  const diagnostics = await client.diagnosticsFor(uri, options.deadlineMs);
  for (const d of diagnostics) {
    lines.check(`diagnostic ${String(d.code)}`, d.range);
    for (const r of d.relatedInformation ?? [])
      if (r.location.uri === uri) lines.check('related information', r.location.range);
  }
  const whole: Range = { start: { line: 0, character: 0 }, end: lines.positionAt(text.length) };
  const requests: Array<Promise<unknown>> = [
    client.documentSymbols(uri).then((symbols) => checkSymbols(lines, symbols)),
    client.codeLenses(uri).then((lenses) => {
      for (const lens of lenses ?? []) lines.check('code lens', lens.range);
    }),
    client.inlayHints(uri, whole).then((hints) => {
      for (const hint of hints ?? [])
        lines.check('inlay hint', { start: hint.position, end: hint.position });
    }),
    client.summary(uri),
    client.preview(uri),
    client
      .codeActions(uri, whole, diagnostics)
      .then((actions) => checkActions(lines, uri, actions)),
  ];
  let offsets = nodeOffsets(parseYaml(text).root, text.length, true);
  const max = options.maxPositions;
  if (max !== undefined && offsets.length > max)
    offsets = offsets.filter((_, i) => i % Math.ceil(offsets.length / max) === 0);
  for (const offset of offsets)
    requests.push(probePosition(client, lines, uri, lines.positionAt(offset)));
  await Promise.all(requests);
  await client.close(uri);
  return diagnostics;
}

async function probePosition(client: LspClient, lines: LspLines, uri: string, position: Position) {
  const at = { start: position, end: position };
  const [hover, completion, definition, references, prepared, renamed, actions] = await Promise.all(
    [
      client.hover(uri, position),
      client.completion(uri, position),
      client.definition(uri, position),
      client.references(uri, position),
      refusedOrAnswered(client.prepareRename(uri, position)),
      refusedOrAnswered(client.rename(uri, position, 'renamed-step')),
      client.codeActions(uri, at),
    ],
  );
  lines.check('hover', hover?.range);
  const items = Array.isArray(completion) ? completion : (completion?.items ?? []);
  for (const item of items)
    if (item.textEdit)
      lines.check(
        `completion ${item.label}`,
        'range' in item.textEdit ? item.textEdit.range : item.textEdit.replace,
      );
  const locations = [
    ...(Array.isArray(definition) ? definition : definition ? [definition] : []),
    ...(references ?? []),
  ];
  for (const location of locations)
    if ('uri' in location && location.uri === uri) lines.check('location', location.range);
  if (prepared && 'start' in prepared) lines.check('prepare rename', prepared);
  else if (prepared && 'range' in prepared) lines.check('prepare rename', prepared.range);
  checkEdit(lines, uri, 'rename', renamed);
  checkActions(lines, uri, actions);
}
