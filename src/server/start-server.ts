import {
  CodeLensRefreshRequest,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from './analysis-cache';
import { analysisTrace } from './analysis-trace';
import { journalFolderFor } from './journal-folder';
import { RunHistory } from './run-history';
import { registerCodeActions } from './handlers/code-actions';
import { registerCodeLenses } from './handlers/code-lenses';
import { registerCompletion } from './handlers/completion';
import { registerDiagnostics } from './handlers/diagnostics';
import { registerDocumentSymbols } from './handlers/document-symbols';
import { registerHover } from './handlers/hover';
import { registerInlayHints } from './handlers/inlay-hints';
import { registerPreview } from './handlers/preview';
import { registerRename } from './handlers/rename';
import { registerStepNavigation } from './handlers/step-navigation';
import { registerSummary } from './handlers/summary';
import { filePath, LinkedRunbooks } from './runbook-resolver';
import { onWorkspaceFoldersChanged, registerRunbookChanges } from './runbook-changes';
import { WorkspaceDiagnostics } from './workspace-diagnostics';
import type { Revalidation } from './handlers/diagnostics';

/** Wires every feature to a connection; the caller decides the transport. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const cache = new AnalysisCache(connection);
  let refreshInlayHints = false;
  let refreshCodeLenses = false;
  const links = new LinkedRunbooks(documents);
  // An announcement's `runbook:` is read through the same cache: an open runbook is analysed once per version.
  cache.linkResolver = (uri, settings) =>
    links.resolverFor(uri, settings, (document) => cache.analysisNow(document, uri));
  let workspaceFolderEvents = false;
  // Past runs for the calibration hover and fix: a runbook's journals, found as the run front ends write them.
  const history = new RunHistory({
    async folderFor(uri) {
      const path = filePath(uri);
      if (path === undefined) return undefined;
      const settings = await cache.settingsFor(uri);
      return journalFolderFor(path, links.workspaceFolders, settings.journalFolder);
    },
  });
  documents.onDidClose(({ document }) => history.forget(document.uri));

  connection.onInitialize(
    ({ capabilities, workspaceFolders, rootUri, initializationOptions }): InitializeResult => {
      const pinnedNow = pinnedClock(initializationOptions);
      if (pinnedNow !== undefined) cache.clock = () => pinnedNow;
      cache.trace = analysisTrace(connection, traceAnalyses(initializationOptions));
      links.setWorkspaceFolders(
        workspaceFolders ? workspaceFolders.map((folder) => folder.uri) : rootUri ? [rootUri] : [],
      );
      workspaceFolderEvents = capabilities.workspace?.workspaceFolders === true;
      cache.supportsConfiguration = capabilities.workspace?.configuration === true;
      refreshInlayHints = capabilities.workspace?.inlayHint?.refreshSupport === true;
      refreshCodeLenses = capabilities.workspace?.codeLens?.refreshSupport === true;
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
          codeLensProvider: { resolveProvider: false },
          workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        },
        serverInfo: { name: 'runbook-language-server', version: '0.1.0' },
      };
    },
  );

  registerHover(connection, documents, cache, history);
  registerCompletion(connection, documents, cache);
  registerDocumentSymbols(connection, documents, cache);
  registerStepNavigation(connection, documents, cache);
  registerRename(connection, documents, cache);
  registerCodeActions(connection, documents, cache, history);
  registerInlayHints(connection, documents, cache);
  registerCodeLenses(connection, documents, cache);
  registerSummary(connection, documents, cache);
  registerPreview(connection, documents, cache);
  const openFiles = registerDiagnostics(connection, documents, cache);
  const closedFiles = new WorkspaceDiagnostics(connection, documents, cache, links);
  // Open files from the editor's text, closed ones from the disk (runbook.diagnostics.scope).
  const diagnostics: Revalidation = {
    revalidate: (uri) =>
      documents.get(uri) ? openFiles.revalidate(uri) : closedFiles.recheck(uri),
    revalidateAll: () => {
      openFiles.revalidateAll();
      closedFiles.rescan();
    },
  };
  // An announcement's Σ lens shows its runbook's plan: ask for lenses again when a runbook changes.
  registerRunbookChanges(
    connection,
    documents,
    cache,
    links,
    diagnostics,
    () => {
      if (refreshCodeLenses)
        void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    },
    closedFiles,
  );
  connection.onInitialized(() => {
    closedFiles.rescan();
    // Only after `initialize`: the library throws for a client that does not send these events.
    if (!workspaceFolderEvents) return;
    connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
      onWorkspaceFoldersChanged(
        links,
        documents,
        cache,
        diagnostics,
        added.map((f) => f.uri),
        removed.map((f) => f.uri),
      );
      history.clear();
    });
  });

  connection.onDidChangeConfiguration(() => {
    cache.settingsChanged();
    // `runbook.run.journalFolder` may have changed.
    history.clear();
    diagnostics.revalidateAll();
    // `runbook.inlayHints.enabled` or the zones may have changed: the editor must ask again.
    if (refreshInlayHints) void connection.languages.inlayHint.refresh().catch(() => undefined);
    // So may `runbook.safetyFactor`, which the Σ lenses show.
    if (refreshCodeLenses)
      void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
  });

  documents.listen(connection);
  connection.listen();
}

/**
 * `initializationOptions.now` (an ISO 8601 instant or epoch ms) pins "now" for every analysis:
 * protocol tests and reproducible demos use it. VS Code's client never sends it.
 */
function pinnedClock(options: unknown): number | undefined {
  const now = (options as { now?: unknown } | null | undefined)?.now;
  const ms = typeof now === 'number' ? now : typeof now === 'string' ? Date.parse(now) : NaN;
  return Number.isFinite(ms) ? ms : undefined;
}

/**
 * `initializationOptions.traceAnalyses: true` logs each analysis that ends or is dropped
 * (window/logMessage, type Log): the protocol tests count them.
 */
function traceAnalyses(options: unknown): boolean {
  return (options as { traceAnalyses?: unknown } | null | undefined)?.traceAnalyses === true;
}
