import type { Connection, Location, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis-cache';
import { stepIdAt, stepIdOccurrences } from '../../core/features/step-references';
import { toRange } from '../positions';
import { offsetAt, openDocument } from '../request-params';
import { guarded } from '../request-guard';

/** Go to definition and find references for step ids. */
export function registerStepNavigation(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  cache: AnalysisCache,
): void {
  const locate = (document: TextDocument, start: number, end: number): Location => ({
    uri: document.uri,
    range: toRange(document, start, end),
  });

  connection.onDefinition(
    guarded(connection, 'textDocument/definition', async (params) => {
      const document = openDocument(documents, params);
      const offset = offsetAt(document, params.position);
      const analysis = await cache.analysisOf(document);
      const at = stepIdAt(analysis, offset);
      const definition = at && stepIdOccurrences(analysis, at.text.id).definition;
      return definition ? locate(document, definition.start, definition.end) : null;
    }),
  );

  connection.onReferences(
    guarded(connection, 'textDocument/references', async (params) => {
      const document = openDocument(documents, params);
      const offset = offsetAt(document, params.position);
      // `context` is required, but an editor that leaves it out means "with the declaration".
      const context: unknown = params.context;
      const includeDeclaration =
        typeof context !== 'object' ||
        context === null ||
        (context as { includeDeclaration?: unknown }).includeDeclaration !== false;
      const analysis = await cache.analysisOf(document);
      const at = stepIdAt(analysis, offset);
      if (!at) return [];
      const { definition, references } = stepIdOccurrences(analysis, at.text.id);
      const all = includeDeclaration && definition ? [definition, ...references] : references;
      return all.map((text) => locate(document, text.start, text.end));
    }),
  );
}
