import { ErrorCodes, ResponseError, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toOffset } from './positions';

/**
 * Checks on what a request says, before any feature reads it: a request with parameters of the
 * wrong shape, a position outside the document or a document the server does not have open is
 * answered with InvalidParams (-32602) and a message that says which, never a JavaScript error.
 */
export function invalidParams(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}

function objectAt(value: unknown, name: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw invalidParams(`\`${name}\` must be an object.`);
  return value as Record<string, unknown>;
}

function stringAt(value: unknown, name: string): string {
  if (typeof value !== 'string') throw invalidParams(`\`${name}\` must be a string.`);
  return value;
}

/** A `{ uri }` parameter object (the extension's own requests). */
export function uriParam(params: unknown): string {
  return stringAt(objectAt(params, 'params').uri, 'uri');
}

/** The open document that `params.textDocument.uri` names. */
export function openDocument(
  documents: TextDocuments<TextDocument>,
  params: unknown,
): TextDocument {
  const textDocument = objectAt(objectAt(params, 'params').textDocument, 'textDocument');
  const uri = stringAt(textDocument.uri, 'textDocument.uri');
  const document = documents.get(uri);
  if (!document) throw invalidParams(`The server does not have ${uri} open.`);
  return document;
}

/**
 * A position's offset in the document. A line past the last is outside the document; a character
 * past the end of its line means the end of the line, as the protocol says.
 */
export function offsetAt(document: TextDocument, value: unknown, name = 'position'): number {
  const position = checkedPosition(value, name);
  if (position.line >= document.lineCount)
    throw invalidParams(
      `\`${name}\` is on line ${position.line}, outside the document (lines 0 to ${document.lineCount - 1}).`,
    );
  return toOffset(document, position);
}

/**
 * A range's start and end offsets. Its start must be in the document; its end may lie past the
 * last line and then means the end of the document (editors ask for a whole file that way).
 */
export function offsetsOf(
  document: TextDocument,
  value: unknown,
  name = 'range',
): { start: number; end: number } {
  const range = objectAt(value, name);
  const start = offsetAt(document, range.start, `${name}.start`);
  const endPosition = checkedPosition(range.end, `${name}.end`);
  const end =
    endPosition.line >= document.lineCount
      ? document.getText().length
      : toOffset(document, endPosition);
  if (start > end) throw invalidParams(`\`${name}\` ends before it starts.`);
  return { start, end };
}

function checkedPosition(value: unknown, name: string): { line: number; character: number } {
  const { line, character } = objectAt(value, name);
  if (!isCount(line) || !isCount(character))
    throw invalidParams(
      `\`${name}\` must have a \`line\` and a \`character\` that are whole numbers, 0 or more.`,
    );
  return { line, character };
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
