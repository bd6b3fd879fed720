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
import type { Analysis } from '../../core/analysis-types';
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
  const zones = new ZoneWarmer(cache);
  connection.onCompletion(
    guarded(connection, 'textDocument/completion', async (params): Promise<CompletionList> => {
      const document = openDocument(documents, params);
      const offset = offsetAt(document, params.position);
      const analysis = await cache.analysisOf(document);
      // Snippets date their window from the present of the request (pinned in protocol tests).
      const list = completionList(analysis, offset, {
        now: cache.clock(),
        newZoneDetails: NEW_ZONE_DETAILS,
      });
      if (list.items.some((item) => item.kind === 'zone' && item.detail === undefined))
        zones.wanted(analysis);
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
  // Completion reads the lines around the cursor: index a new version's lines while the server
  // is idle (3 ms at 10,000 steps), not in the first request after each keystroke. Reading the
  // count builds the index, in one slice.
  cache.onAnalysed((analysis) => cache.whenIdle(() => analysis.lines.lineCount >= 0));
}

/** A slice of the warming: a few ms, so that an edit read meanwhile waits no longer. */
const ZONES_PER_SLICE = 10;

/**
 * Zones a completion may describe for the first time (each costs up to half a millisecond, and
 * Intl data the process keeps): the first zone completion stays within budget and its list is
 * incomplete anyway, so the editor asks again as the word grows, by when the rest are described.
 */
const NEW_ZONE_DETAILS = 20;

/**
 * Describing every zone at a new instant costs far more than completion's budget (Intl builds a
 * formatter per zone) and about 50 MB that the process keeps (the Intl data of ~450 zones), so it
 * is done in small slices while the server is idle, and only once zone names have been asked for:
 * a session that never completes a zone never pays for it. From then on, each new window start
 * is described before anyone asks.
 */
class ZoneWarmer {
  private asked = false;
  private readonly warming = new Set<string>();

  constructor(private readonly cache: AnalysisCache) {
    cache.onAnalysed((analysis) => {
      if (this.asked) this.warm(analysis);
    });
  }

  /** A zone completion left zones without their details: describe them all from now on. */
  wanted(analysis: Analysis): void {
    this.asked = true;
    this.warm(analysis);
  }

  private warm(analysis: Analysis): void {
    if (!analysis.kind || analysis.skipped) return;
    for (const forWindowZone of [true, false]) {
      const reference = completionReference(analysis, forWindowZone);
      if (!reference || this.warming.has(reference.key) || zoneDetailsReady(reference)) continue;
      this.warming.add(reference.key);
      const step = warmZoneDetails(reference, ZONES_PER_SLICE);
      // Never while an edit is being analysed (analysis-cache.ts whenIdle).
      this.cache.whenIdle(() => {
        const done = step();
        if (done) this.warming.delete(reference.key);
        return done;
      });
    }
  }
}
