import { TextDocuments, TextDocumentSyncKind, type Connection, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from './analysis-cache';
import { registerCodeActions } from './features/code-actions';
import { registerCompletion } from './features/completion';
import { registerDiagnostics } from './features/diagnostics';
import { registerDocumentSymbols } from './features/document-symbols';
import { registerHover } from './features/hover';
import { registerInlayHints } from './features/inlay-hints';
import { registerRename } from './features/rename';
import { registerStepNavigation } from './features/step-navigation';

/** Wires every feature to a connection; the caller decides the transport. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const cache = new AnalysisCache(connection);
  let refreshInlayHints = false;

  connection.onInitialize(({ capabilities }): InitializeResult => {
    cache.supportsConfiguration = capabilities.workspace?.configuration === true;
    refreshInlayHints = capabilities.workspace?.inlayHint?.refreshSupport === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { triggerCharacters: [' ', ':', '-', '[', ','] },
        documentSymbolProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        inlayHintProvider: true,
      },
      serverInfo: { name: 'runbook-language-server', version: '0.1.0' },
    };
  });

  registerHover(connection, documents, cache);
  registerCompletion(connection, documents, cache);
  registerDocumentSymbols(connection, documents, cache);
  registerStepNavigation(connection, documents, cache);
  registerRename(connection, documents, cache);
  registerCodeActions(connection, documents, cache);
  registerInlayHints(connection, documents, cache);
  const diagnostics = registerDiagnostics(connection, documents, cache);

  connection.onDidChangeConfiguration(() => {
    cache.settingsChanged();
    diagnostics.revalidateAll();
    // `runbook.inlayHints.enabled` or the zones may have changed: the editor must ask again.
    if (refreshInlayHints) void connection.languages.inlayHint.refresh().catch(() => undefined);
  });

  documents.listen(connection);
  connection.listen();
}
