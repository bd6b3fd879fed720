import {
  ResponseError,
  ErrorCodes,
  type Connection,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis-cache';
import { renameStepId, stepIdAt } from '../../core/features/step-references';
import { toRange } from '../positions';
import { invalidParams, offsetAt, openDocument } from '../request-params';
import { guarded } from '../request-guard';

/** Rename for step ids: the `id:` and every `needs` entry that names it, refused when invalid. */
export function registerRename(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  cache: AnalysisCache,
): void {
  connection.onPrepareRename(
    guarded(connection, 'textDocument/prepareRename', async (params) => {
      const document = openDocument(documents, params);
      const offset = offsetAt(document, params.position);
      const at = stepIdAt(await cache.analysisOf(document), offset);
      if (!at)
        throw new ResponseError(
          ErrorCodes.InvalidRequest,
          'Only step ids can be renamed: put the cursor on an `id:` value or a `needs` entry.',
        );
      return { range: toRange(document, at.text.start, at.text.end), placeholder: at.text.id };
    }),
  );

  connection.onRenameRequest(
    guarded(connection, 'textDocument/rename', async (params) => {
      const document = openDocument(documents, params);
      const offset = offsetAt(document, params.position);
      const newName: unknown = params.newName;
      if (typeof newName !== 'string') throw invalidParams('`newName` must be a string.');
      const result = renameStepId(await cache.analysisOf(document), offset, newName);
      if (!result.ok) throw new ResponseError(ErrorCodes.InvalidRequest, result.message);
      return {
        changes: {
          [document.uri]: result.edits.map((edit) => ({
            range: toRange(document, edit.start, edit.end),
            newText: edit.newText,
          })),
        },
      };
    }),
  );
}
