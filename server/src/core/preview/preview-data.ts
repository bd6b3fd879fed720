import type { Analysis } from '../analyze';
import type { DocumentKind } from '../document-kind';
import { parseDuration, type DurationRange } from '../duration';
import { safetyFactorOf } from '../safety-factor';
import { isoInZone, type ZoneConversion } from '../time/index';
import { scalarOf, type YamlNode } from '../yaml/tree';

/** One entry of `zones` in DESIGN.md's JSON contract (`runbook preview --format json`, `runbook convert`). */
export interface ZoneJson {
  /** The audience label, or the zone name when there is none. */
  label: string;
  zone: string;
  /** ISO 8601 with the zone's offset: "2015-07-19T16:00:00+09:00". */
  start: string;
  end: string | null;
  abbreviation: string | null;
  /** "+09:00". */
  offset: string;
  /** The local start date minus the primary zone's start date, in days. */
  day_shift: number;
}

/** `runbook preview FILE --format json`, as DESIGN.md's contract spells it; durations in minutes. */
export interface PreviewJson {
  kind: DocumentKind | null;
  id: string | null;
  title: string | null;
  window: { start: string | null; end: string | null; zone: string | null; minutes: number | null };
  estimate: { low: number; high: number } | null;
  safety_factor: number;
  planned_minutes: number | null;
  zones: ZoneJson[];
}

/** A conversion as the contract writes it; `label` is the one the user gave, else the zone name. */
export function zoneJson(conversion: ZoneConversion, label: string | undefined): ZoneJson {
  const { zone, start, end, abbreviation, offset, dayShift } = conversion;
  return { label: label ?? zone, zone, start, end, abbreviation, offset, day_shift: dayShift };
}

/**
 * What a preview shows of an analysed file, for the CLI's JSON and text and later the editor's
 * preview. Everything the file gets wrong is null or left out, never a throw: a file with errors
 * still previews what can be shown.
 */
export function previewData(analysis: Analysis): PreviewJson {
  const root = analysis.parsed.root;
  const window = analysis.window;
  const zone = window?.primaryZone;
  const at = (ms: number | undefined) => (ms === undefined || zone === undefined ? null : isoInZone(ms, zone));
  const estimate = analysis.kind === 'announcement' ? ownEstimate(root) : undefined;
  const safetyFactor = safetyFactorOf(root, analysis.settings.safetyFactor);
  return {
    kind: analysis.kind ?? null,
    id: text(root, 'id'),
    title: text(root, 'title'),
    window: { start: at(window?.startMs), end: at(window?.endMs), zone: zone ?? null, minutes: window?.lengthMs === undefined ? null : window.lengthMs / 60_000 },
    estimate: estimate ? { low: estimate.low / 60, high: estimate.high / 60 } : null,
    safety_factor: safetyFactor,
    planned_minutes: estimate ? (safetyFactor * estimate.high) / 60 : null,
    zones: window ? audienceZones(window.conversions, window.audience.filter((entry) => entry.validZone !== undefined)) : [],
  };
}

/**
 * The window converts only the valid audience zones, in order, so the i-th conversion is the
 * i-th valid entry: that is where the written label (or its absence) is known.
 */
function audienceZones(conversions: readonly ZoneConversion[], validEntries: ReadonlyArray<{ label?: string }>): ZoneJson[] {
  return conversions.map((conversion, i) => zoneJson(conversion, validEntries[i]?.label));
}

/**
 * An announcement's own `estimate:` in seconds. A runbook's estimate (and an announcement's taken
 * from its runbook) is the longest path through its steps, which arrives with planning.
 */
function ownEstimate(root: YamlNode | null): DurationRange | undefined {
  const value = scalarOf(root, 'estimate')?.value;
  if (typeof value !== 'string') return undefined;
  const parsed = parseDuration(value);
  return parsed.ok ? parsed : undefined;
}

function text(root: YamlNode | null, key: string): string | null {
  const value = scalarOf(root, key)?.value;
  return value === null || value === undefined ? null : String(value);
}
