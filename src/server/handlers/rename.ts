import {
  ResponseError,
  ErrorCodes,
  type Connection,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis-cache';
import { renameStepId, stepIdAt } from '../../core/features/step-references';
import { toOffset, toRange } from '../positions';

/** Rename for step ids: the `id:` and every `needs` entry that names it, refused when invalid. */
export function registerRename(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  cache: AnalysisCache,
): void {
  connection.onPrepareRename(({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return null;
    const at = stepIdAt(cache.get(document), toOffset(document, position));
    if (!at)
      throw new ResponseError(
        ErrorCodes.InvalidRequest,
        'Only step ids can be renamed: put the cursor on an `id:` value or a `needs` entry.',
      );
    return { range: toRange(document, at.text.start, at.text.end), placeholder: at.text.id };
  });

  connection.onRenameRequest(({ textDocument, position, newName }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return null;
    const result = renameStepId(cache.get(document), toOffset(document, position), newName);
    if (!result.ok) throw new ResponseError(ErrorCodes.InvalidRequest, result.message);
    return {
      changes: {
        [document.uri]: result.edits.map((edit) => ({
          range: toRange(document, edit.start, edit.end),
          newText: edit.newText,
        })),
      },
    };
  });
}
