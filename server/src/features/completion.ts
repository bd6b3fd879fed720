import { CompletionItemKind, InsertTextMode, MarkupKind, type Connection, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis-cache';
import { complete, type CompletionItem } from '../core/features/completion';
import { toOffset, toRange } from '../positions';

const KIND: Record<CompletionItem['kind'], CompletionItemKind> = {
  key: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
  step: CompletionItemKind.Reference,
};

export function registerCompletion(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache): void {
  connection.onCompletion(({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return [];
    return complete(cache.get(document), toOffset(document, position)).map((item) => ({
      label: item.label,
      kind: KIND[item.kind],
      ...(item.detail ? { detail: item.detail } : {}),
      ...(item.documentation ? { documentation: { kind: MarkupKind.Markdown, value: item.documentation } } : {}),
      textEdit: { range: toRange(document, item.start, item.end), newText: item.insertText },
      // The core indents new lines itself; VS Code must not indent them again.
      insertTextMode: InsertTextMode.asIs,
    }));
  });
}
