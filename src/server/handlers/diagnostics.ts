import {
  DiagnosticSeverity,
  LSPErrorCodes,
  ResponseError,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis-cache';
import type { Diagnostic, Severity } from '../../core/diagnostic';
import { toRange } from '../positions';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspDiagnostic(document: TextDocument, diagnostic: Diagnostic): LspDiagnostic {
  return {
    range: toRange(document, diagnostic.start, diagnostic.end),
    severity: SEVERITY[diagnostic.severity],
    code: diagnostic.code,
    source: 'runbook',
    message: diagnostic.message,
    ...(diagnostic.related
      ? {
          relatedInformation: diagnostic.related.map((r) => ({
            location: { uri: document.uri, range: toRange(document, r.start, r.end) },
            message: r.message,
          })),
        }
      : {}),
  };
}

/** Asks for diagnostics to be published again, for what changed besides a document's own text. */
export interface Revalidation {
  /** One document (an announcement whose linked runbook changed). */
  revalidate(uri: string): void;
  /** Every document (the settings or the workspace folders changed). */
  revalidateAll(): void;
}

/**
 * Publishes diagnostics after every open and change (an empty list when clean). Changes that
 * arrive in one burst are validated once, at the end of the burst.
 */
export function registerDiagnostics(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  cache: AnalysisCache,
): Revalidation {
  const pending = new Set<string>();
  const validate = async (uri: string) => {
    pending.delete(uri);
    const settings = await cache.settingsFor(uri);
    const document = documents.get(uri);
    if (!document) return;
    const version = document.version;
    let diagnostics: LspDiagnostic[] = [];
    if (settings.validate) {
      const analysis = await cache.analysisOf(document).catch(ignoreContentModified);
      // A newer version came (or the document closed): its own validation publishes.
      if (!analysis) return;
      diagnostics = analysis.diagnostics.map((d) => toLspDiagnostic(document, d));
    }
    if (documents.get(uri) !== document || document.version !== version) return;
    await connection.sendDiagnostics({ uri, version, diagnostics });
  };
  const schedule = (uri: string) => {
    if (pending.has(uri)) return;
    pending.add(uri);
    setImmediate(
      () =>
        void validate(uri).catch((error: unknown) =>
          connection.console.error(`Validating ${uri} failed: ${String(error)}`),
        ),
    );
  };
  documents.onDidChangeContent((event) => {
    cache.changed(event.document);
    schedule(event.document.uri);
  });
  documents.onDidClose((event) => {
    cache.forget(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });
  return {
    revalidate: (uri) => schedule(uri),
    revalidateAll: () => documents.all().forEach((document) => schedule(document.uri)),
  };
}

/** A dropped analysis (its document changed or closed) is no failure: undefined, nothing to publish. */
function ignoreContentModified(error: unknown): undefined {
  if (error instanceof ResponseError && error.code === LSPErrorCodes.ContentModified)
    return undefined;
  throw error;
}
