import type { Connection, Location, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis-cache';
import { stepIdAt, stepIdOccurrences } from '../../core/features/step-references';
import { toOffset, toRange } from '../positions';

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

  connection.onDefinition(({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return null;
    const analysis = cache.get(document);
    const at = stepIdAt(analysis, toOffset(document, position));
    const definition = at && stepIdOccurrences(analysis, at.text.id).definition;
    return definition ? locate(document, definition.start, definition.end) : null;
  });

  connection.onReferences(({ textDocument, position, context }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return [];
    const analysis = cache.get(document);
    const at = stepIdAt(analysis, toOffset(document, position));
    if (!at) return [];
    const { definition, references } = stepIdOccurrences(analysis, at.text.id);
    const all = context.includeDeclaration && definition ? [definition, ...references] : references;
    return all.map((text) => locate(document, text.start, text.end));
  });
}
