import type { CodeLens, Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis-cache';
import { codeLenses } from '../../core/features/code-lenses';
import { toRange } from '../positions';
import { openDocument } from '../request-params';
import { guarded } from '../request-guard';
import { ServerCommands } from '../../protocol/commands';

/**
 * Code lenses: the plan's sum over `steps:` (a label: an empty command id makes VS Code show it
 * as text), and over an announcement's `runbook:` a link that opens the runbook.
 */
export function registerCodeLenses(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  cache: AnalysisCache,
): void {
  connection.onCodeLens(
    guarded(connection, 'textDocument/codeLens', async (params) => {
      const document = openDocument(documents, params);
      return codeLenses(await cache.analysisOf(document)).map((lens): CodeLens => {
        const target =
          lens.openRunbook === undefined ? undefined : linkedUri(document.uri, lens.openRunbook);
        return {
          range: toRange(document, lens.start, lens.end),
          command: target
            ? { title: lens.title, command: ServerCommands.openLinkedRunbook, arguments: [target] }
            : {
                title: lens.title,
                command: '',
                ...(lens.tooltip ? { tooltip: lens.tooltip } : {}),
              },
        };
      });
    }),
  );
}

/**
 * The runbook's URI, `runbook:` resolved against the announcement's URI as a browser resolves a
 * link; undefined for a document that has no folder (untitled) or a path that cannot be resolved.
 */
export function linkedUri(announcementUri: string, written: string): string | undefined {
  if (!announcementUri.startsWith('file:')) return undefined;
  try {
    // Percent-encode what a path may hold but a URL reads as syntax (`#`, `?`, `%`, spaces).
    const path = written.trim().replace(/[%#? ]/g, (ch) => encodeURIComponent(ch));
    return new URL(path, announcementUri).href;
  } catch {
    return undefined;
  }
}
