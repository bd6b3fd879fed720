import type { Position, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** The one place core offsets become LSP positions and back. */
export function toRange(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

export function toOffset(document: TextDocument, position: Position): number {
  return document.offsetAt(position);
}

/** Where an offset sits, as LSP counts it (for hints, which point at a place rather than a range). */
export function toPosition(document: TextDocument, offset: number): Position {
  return document.positionAt(offset);
}
