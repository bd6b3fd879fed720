import {
  SymbolKind,
  type Connection,
  type DocumentSymbol,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis-cache';
import { outline, type OutlineSymbol } from '../../core/features/symbols';
import { toRange } from '../positions';
import { openDocument } from '../request-params';
import { guarded } from '../request-guard';

const KIND: Record<OutlineSymbol['kind'], SymbolKind> = {
  key: SymbolKind.Property,
  steps: SymbolKind.Array,
  step: SymbolKind.Event,
};

function toSymbol(document: TextDocument, symbol: OutlineSymbol): DocumentSymbol {
  return {
    name: symbol.name,
    ...(symbol.detail ? { detail: symbol.detail } : {}),
    kind: KIND[symbol.kind],
    range: toRange(document, symbol.start, symbol.end),
    selectionRange: toRange(document, symbol.selectionStart, symbol.selectionEnd),
    children: symbol.children.map((child) => toSymbol(document, child)),
  };
}

export function registerDocumentSymbols(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  cache: AnalysisCache,
): void {
  connection.onDocumentSymbol(
    guarded(connection, 'textDocument/documentSymbol', async (params) => {
      const document = openDocument(documents, params);
      const analysis = await cache.analysisOf(document);
      return outline(analysis).map((symbol) => toSymbol(document, symbol));
    }),
  );
}
