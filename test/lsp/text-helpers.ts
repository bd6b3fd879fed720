import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type {
  Diagnostic,
  Position,
  Range,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { REPO_ROOT } from './lsp-client';

/** Fixtures are read from the source tree: the build bundles code, not YAML. */
export const FIXTURES = path.join(REPO_ROOT, 'test/lsp/fixtures');

export function readFixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** A cursor written into the text as `|` (`estimate: 3|0m`): the text without it and its position. */
export function cursor(marked: string): { text: string; position: Position } {
  const offset = marked.indexOf('|');
  if (offset < 0 || marked.indexOf('|', offset + 1) >= 0)
    throw new Error(`Expected exactly one | cursor in:\n${marked}`);
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  return { text, position: positionAt(text, offset) };
}

/** LSP position of an offset; lines end at \n, characters count UTF-16 code units, as LSP's default. */
export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

export function offsetAt(text: string, position: Position): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const newline = text.indexOf('\n', offset);
    if (newline < 0) return text.length;
    offset = newline + 1;
  }
  return Math.min(offset + position.character, text.length);
}

/** A range from 0-based line and character numbers, to write expected ranges briefly. */
export function range(
  startLine: number,
  startCharacter: number,
  endLine: number,
  endCharacter: number,
): Range {
  return {
    start: { line: startLine, character: startCharacter },
    end: { line: endLine, character: endCharacter },
  };
}

/** Applies text edits as an editor does: all ranges refer to the original text, none overlap. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const spans = edits
    .map((edit) => ({
      start: offsetAt(text, edit.range.start),
      end: offsetAt(text, edit.range.end),
      newText: edit.newText,
    }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i].end > spans[i - 1].start)
      throw new Error(`Overlapping edits at offsets ${spans[i].start} and ${spans[i - 1].start}`);
  }
  return spans.reduce(
    (result, span) => result.slice(0, span.start) + span.newText + result.slice(span.end),
    text,
  );
}

/** The edits a WorkspaceEdit makes to one document, whether written as `changes` or `documentChanges`. */
export function editsFor(edit: WorkspaceEdit | null | undefined, uri: string): TextEdit[] {
  if (!edit) return [];
  const fromChanges = edit.changes?.[uri] ?? [];
  const fromDocumentChanges = (edit.documentChanges ?? []).flatMap((change) =>
    'textDocument' in change && change.textDocument.uri === uri
      ? change.edits.filter((e): e is TextEdit => 'range' in e)
      : [],
  );
  return [...fromChanges, ...fromDocumentChanges];
}

/** A diagnostic's message as text (LSP 3.18 also allows Markdown content there). */
export function messageOf(diagnostic: Diagnostic): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}
