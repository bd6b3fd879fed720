import {
  CompletionItemKind,
  InsertTextFormat,
  InsertTextMode,
  MarkupKind,
  type CompletionList,
  type Connection,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis-cache';
import { completionList } from '../../core/features/completion';
import type { CompletionItem } from '../../core/features/feature-results';
import {
  completionReference,
  warmZoneDetails,
  zoneDetailsReady,
} from '../../core/features/zone-details';
import { toRange } from '../positions';
import { offsetAt, openDocument } from '../request-params';
import { guarded } from '../request-guard';

const KIND: Record<CompletionItem['kind'], CompletionItemKind> = {
  key: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
  step: CompletionItemKind.Reference,
  zone: CompletionItemKind.Value,
  snippet: CompletionItemKind.Snippet,
};

export function registerCompletion(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  cache: AnalysisCache,
): void {
  connection.onCompletion(
    guarded(connection, 'textDocument/completion', async (params): Promise<CompletionList> => {
      const document = openDocument(documents, params);
      const offset = offsetAt(document, params.position);
      // Snippets date their window from the present of the request (pinned in protocol tests).
      const list = completionList(await cache.analysisOf(document), offset, cache.clock());
      return {
        // Zone names and step ids are filtered in the core (BST → Europe/London; at most a hundred ids): ask again as the word grows.
        isIncomplete: list.isIncomplete,
        items: list.items.map((item) => ({
          label: item.label,
          kind: KIND[item.kind],
          ...(item.detail ? { detail: item.detail } : {}),
          ...(item.documentation
            ? { documentation: { kind: MarkupKind.Markdown, value: item.documentation } }
            : {}),
          ...(item.filterText !== undefined ? { filterText: item.filterText } : {}),
          ...(item.sortText ? { sortText: item.sortText } : {}),
          textEdit: { range: toRange(document, item.start, item.end), newText: item.insertText },
          ...(item.kind === 'snippet' ? { insertTextFormat: InsertTextFormat.Snippet } : {}),
          // The core indents new lines itself; VS Code must not indent them again.
          insertTextMode: InsertTextMode.asIs,
        })),
      };
    }),
  );
  warmZonesWhenIdle(cache);
  // Completion reads the lines around the cursor: index a new version's lines while the server
  // is idle (3 ms at 10,000 steps), not in the first request after each keystroke. Reading the
  // count builds the index, in one slice.
  cache.onAnalysed((analysis) => cache.whenIdle(() => analysis.lines.lineCount >= 0));
}

/** A slice of the warming: a few ms, so that an edit read meanwhile waits no longer. */
const ZONES_PER_SLICE = 10;

/**
 * The first description of every zone at a new instant costs far more than completion's budget
 * (Intl builds a formatter per zone), so it is done in small slices while the server is idle,
 * once per window start, before anyone asks for zone names: never while an edit is being analysed.
 */
function warmZonesWhenIdle(cache: AnalysisCache): void {
  const warming = new Set<string>();
  cache.onAnalysed((analysis) => {
    if (!analysis.kind || analysis.skipped) return;
    for (const forWindowZone of [true, false]) {
      const reference = completionReference(analysis, forWindowZone);
      if (!reference || warming.has(reference.key) || zoneDetailsReady(reference)) continue;
      warming.add(reference.key);
      const step = warmZoneDetails(reference, ZONES_PER_SLICE);
      cache.whenIdle(() => {
        const done = step();
        if (done) warming.delete(reference.key);
        return done;
      });
    }
  });
}
