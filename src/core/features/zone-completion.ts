import type { Analysis } from '../analysis-types';
import { ABBREVIATIONS, abbreviationMeanings, allZoneNames } from '../time/index';
import type { PathSegment } from '../yaml/tree';
import { trailingRun, type CompletionContext } from './completion-context';
import type { CompletionItem } from './feature-results';
import { completionReference, zoneDetailsAt } from './zone-details';

/** Where a zone name is being written: the partial name before the cursor and where it starts. */
export interface ZoneSlot {
  start: number;
  prefix: string;
  /** A bare `- ` in `audience` may also begin `{ zone, label }` keys: offer those too. */
  alsoKeys: boolean;
  /** The window's own `zone:`, whose start is read in each candidate zone. */
  windowZone: boolean;
}

/** A zone name runs over letters, digits, `_`, `/`, `+`, `-` (Etc/GMT+5, America/Port-au-Prince). */
const ZONE_CHAR = /[\w.+/-]/;
const FLOW_ZONE_VALUE = /(?:^|,)\s*zone\s*:\s*["']?[^\s,"']*$/;

const same = (path: readonly PathSegment[], expected: readonly PathSegment[]) =>
  path.length === expected.length && path.every((segment, i) => segment === expected[i]);

/** The text inside a `{` the line opened before the cursor and has not closed. */
function openFlowMap(before: string): string | undefined {
  const open = before.lastIndexOf('{');
  return open < 0 || before.includes('}', open) ? undefined : before.slice(open + 1);
}

/**
 * The zone slot at the cursor: the `zone:` value of the window, an `audience` item written as a
 * plain name (block or flow list), or the `zone` of `{ zone, label }` (block or flow mapping).
 */
export function zoneSlotAt(
  analysis: Analysis,
  context: CompletionContext,
  offset: number,
): ZoneSlot | undefined {
  const { path, position } = context;
  const lineStart = analysis.lines.lineStart(analysis.lines.at(offset).line - 1);
  const before = analysis.text.slice(lineStart, offset);
  const prefix = trailingRun(before, ZONE_CHAR);
  const slot = { start: offset - prefix.length, prefix, alsoKeys: false, windowZone: false };
  if (
    position === 'value' &&
    same(path, analysis.kind === 'runbook' ? ['window', 'zone'] : ['zone'])
  )
    return { ...slot, windowZone: true };
  if (position === 'value' && same(path, ['audience', 0, 'zone'])) return slot;
  if (!same(path, ['audience', 0])) return undefined;
  const flowMap = openFlowMap(before);
  if (flowMap !== undefined) return FLOW_ZONE_VALUE.test(flowMap) ? slot : undefined;
  return { ...slot, alsoKeys: position === 'key' };
}

let lowerNames: readonly string[] | undefined;

/**
 * Every IANA zone name that fits what is typed, each with its offset at the window's start
 * (`+09:00 JST`; for the window's own zone, at its start read in that zone). An abbreviation typed (`BST`, `ist`) brings the zones it may mean first; then
 * names that start with the text, names whose city does, names that contain it. The server has
 * filtered, so `filterText` is the typed text: the editor must not filter these out again.
 * At most `newDetails` zones not described before are described now (zone-details.ts); the
 * others come without their offset until then.
 */
export function zoneCompletions(
  analysis: Analysis,
  slot: ZoneSlot,
  offset: number,
  newDetails = Infinity,
): CompletionItem[] {
  const names = allZoneNames();
  const lower = (lowerNames ??= names.map((name) => name.toLowerCase()));
  const reference = completionReference(analysis, slot.windowZone);
  const describe = reference && zoneDetailsAt(reference, newDetails);
  // The zones each abbreviation typed (or begun: `BS` for BST) may mean, in the table's order:
  // the most used meaning first (BST → Europe/London, IST → Asia/Kolkata, CST → America/Chicago).
  const meaning = new Map<string, { text: string; order: number }>();
  for (const abbreviation of abbreviationsBegunBy(slot.prefix.toUpperCase()))
    for (const { name, offset: meant, zones } of abbreviationMeanings(abbreviation) ?? [])
      for (const zone of zones)
        if (!meaning.has(zone))
          meaning.set(zone, { text: `${abbreviation}: ${name} (${meant})`, order: meaning.size });
  const wanted = slot.prefix.toLowerCase();
  const ranked: Array<{ index: number; rank: number; order: number }> = [];
  names.forEach((name, index) => {
    const meant = meaning.get(name);
    const rank = meant ? 0 : rankOf(lower[index], wanted);
    if (rank !== undefined) ranked.push({ index, rank, order: meant?.order ?? index });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return ranked.map(({ index, rank }, order) => {
    const name = names[index];
    const documentation = meaning.get(name)?.text;
    const detail = describe?.(name);
    return {
      label: name,
      kind: 'zone' as const,
      ...(detail ? { detail } : {}),
      ...(documentation ? { documentation } : {}),
      insertText: name,
      filterText: slot.prefix,
      sortText: `${rank}${String(order).padStart(4, '0')}`,
      start: slot.start,
      end: offset,
    };
  });
}

/** The abbreviation typed, then those it begins (`BS` → BST), when it can be one at all. */
function abbreviationsBegunBy(typed: string): string[] {
  if (!/^[A-Z]{2,5}$/.test(typed)) return [];
  const begun = ABBREVIATIONS.filter((abbreviation) => abbreviation.startsWith(typed));
  // The one typed in full first: `CST` before `CST…` were there any.
  return [typed, ...begun.filter((abbreviation) => abbreviation !== typed)];
}

/** 1: the name starts with the text; 2: its city does; 3: it contains it; else no match. */
function rankOf(lowerName: string, wanted: string): number | undefined {
  if (lowerName.startsWith(wanted)) return 1;
  if (lowerName.startsWith(wanted, lowerName.lastIndexOf('/') + 1)) return 2;
  return lowerName.includes(wanted) ? 3 : undefined;
}
