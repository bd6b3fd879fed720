import type { Analysis } from '../analysis-types';
import type { DocumentKind } from '../document-kind';
import { allowedValuesAt, propertiesAt, schemaAt } from '../schema/schema-lookup';
import type { JsonSchema } from '../schema/schemas';
import type { PathSegment } from '../yaml/tree';
import { completionContext, type CompletionContext } from './completion-context';
import type { CompletionItem, CompletionList } from './feature-results';
import { fileSnippets, stepSnippets } from './snippets';
import { stepIdCompletions } from './step-id-completion';
import { zoneCompletions, zoneSlotAt, type ZoneSlot } from './zone-completion';

/** Completions at `offset`: keys and enum values from the schema, step ids inside `needs`, IANA zones, snippets. */
export function complete(analysis: Analysis, offset: number, now?: number): CompletionItem[] {
  return completionList(analysis, offset, now === undefined ? {} : { now }).items;
}

/** How much a completion may compute that later ones reuse. */
export interface CompletionOptions {
  /** The present snippets date their window from; the analysis's own by default. */
  now?: number;
  /** At most this many zones not described before get their offset (zone-details.ts); all by default. */
  newZoneDetails?: number;
}

/**
 * The completions at `offset`, and whether the editor should ask again as the word grows: zone
 * names and step ids are filtered here by the word before the cursor (step ids also bounded).
 * `now` (default: the analysis's) dates the snippets' windows; without one they are not offered.
 */
export function completionList(
  analysis: Analysis,
  offset: number,
  options: CompletionOptions = {},
): CompletionList {
  // A file too large to analyse has nothing to offer, and reading its lines would stall the server.
  if (analysis.skipped) return { items: [], isIncomplete: false };
  const context = completionContext(analysis.text, offset, analysis.lines, analysis.parsed.root);
  const now = options.now ?? analysis.now;
  const snippets =
    now === undefined
      ? []
      : [
          ...fileSnippets(analysis.text, context.prefixStart, offset, now),
          ...(analysis.kind === 'runbook' ? stepSnippets(analysis.text, context, now, offset) : []),
        ];
  if (!analysis.kind)
    return { items: [...kindCompletions(context, offset), ...snippets], isIncomplete: false };
  const span = { start: context.prefixStart, end: offset };
  if (isNeedsEntry(context.path)) return stepIdCompletions(analysis, offset, span);
  const items = [
    ...schemaCompletions(analysis, analysis.kind, context, offset, span, options),
    ...snippets,
  ];
  return { items, isIncomplete: items.some((item) => item.kind === 'zone') };
}

/** Zone names where a zone goes; keys and enum values from the schema. */
function schemaCompletions(
  analysis: Analysis,
  kind: DocumentKind,
  context: CompletionContext,
  offset: number,
  span: { start: number; end: number },
  { newZoneDetails }: CompletionOptions,
): CompletionItem[] {
  const zones = (slot: ZoneSlot) => zoneCompletions(analysis, slot, offset, newZoneDetails);
  const zoneSlot = zoneSlotAt(analysis, context, offset);
  if (zoneSlot && !zoneSlot.alsoKeys) return zones(zoneSlot);
  const zoneItems = zoneSlot ? zones(zoneSlot) : [];
  const schema = schemaAt(kind, context.path);
  const expectsObject = schema
    ? typeOf(schema) === 'object' || schema.anyOf !== undefined || schema.properties !== undefined
    : false;
  if (context.position === 'key' && expectsObject) {
    const keys = Object.entries(propertiesAt(kind, context.path))
      .filter(([name]) => !context.siblings.has(name))
      .map(([name, property]) => ({
        label: name,
        kind: 'key' as const,
        detail: typeOf(property) ?? 'value',
        ...(property.description ? { documentation: property.description } : {}),
        insertText: keyInsertText(name, property, context.column),
        ...span,
      }));
    return [...zoneItems, ...keys];
  }
  const values = allowedValuesAt(kind, context.path).map((value) => ({
    label: String(value),
    kind: 'value' as const,
    ...(schema?.description ? { documentation: schema.description } : {}),
    insertText: String(value),
    ...span,
  }));
  return [...zoneItems, ...values];
}

/** Before a kind is known, the only useful word is `kind:` itself. */
function kindCompletions(context: CompletionContext, offset: number): CompletionItem[] {
  // A value position's path ends with its key, so `kind: |` has the path ['kind'].
  if (context.path.length === 1 && context.path[0] === 'kind' && context.position === 'value') {
    return ['runbook', 'announcement'].map((kind) => ({
      label: kind,
      kind: 'value' as const,
      insertText: kind,
      start: context.prefixStart,
      end: offset,
    }));
  }
  if (context.path.length === 0 && context.position === 'key') {
    return [
      {
        label: 'kind',
        kind: 'key',
        detail: 'runbook | announcement',
        insertText: 'kind: ',
        start: context.prefixStart,
        end: offset,
      },
    ];
  }
  return [];
}

function isNeedsEntry(path: PathSegment[]): boolean {
  return path.length >= 4 && path[0] === 'steps' && path[path.length - 2] === 'needs';
}

function typeOf(schema: JsonSchema): string | undefined {
  return Array.isArray(schema.type) ? schema.type.join(' | ') : schema.type;
}

/** `key: ` for scalars; a new indented block for mappings and lists. */
function keyInsertText(name: string, schema: JsonSchema, column: number): string {
  const indent = ' '.repeat(column + 2);
  const type = typeOf(schema);
  if (type === 'object') return `${name}:\n${indent}`;
  if (type === 'array' && schema.items && (typeOf(schema.items) === 'object' || schema.items.$ref))
    return `${name}:\n${indent}- `;
  return `${name}: `;
}
