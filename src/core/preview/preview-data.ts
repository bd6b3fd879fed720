import type { Analysis } from '../analysis-types';
import type { DocumentKind } from '../document-kind';
import type { ZoneConversion } from '../time/index';
import { previewModel, type PreviewModel } from './preview-model';

/** One entry of `zones` in the CLI's JSON contract (docs/cli.md) (`runbook preview --format json`, `runbook convert`). */
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

/** `runbook preview FILE --format json`, as the JSON contract in docs/cli.md spells it; durations in minutes. */
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
 * What a preview shows of an analysed file, as the CLI's JSON contract (docs/cli.md): its preview model (see
 * `previewJson`). The estimate is the one the window is planned from: a runbook's steps; an
 * announcement's linked runbook when found, else its own `estimate:`. Everything the file gets
 * wrong is null or left out, never a throw: a file with errors still previews what can be shown.
 */
export function previewData(analysis: Analysis): PreviewJson {
  return previewJson(previewModel(analysis));
}

/**
 * The contract's JSON of a preview model: what `runbook preview --format json` prints and the
 * `json` export writes, derived from the model so that no time or estimate is computed twice.
 */
export function previewJson(model: PreviewModel): PreviewJson {
  const { window, estimate } = model;
  return {
    kind: model.kind,
    id: model.id,
    title: model.title,
    window: {
      start: window?.start ?? null,
      end: window?.end ?? null,
      zone: model.zone,
      minutes: model.lengthMinutes,
    },
    estimate: estimate ? { low: estimate.low, high: estimate.high } : null,
    safety_factor: model.safetyFactor,
    planned_minutes: estimate ? estimate.plannedMinutes : null,
    zones: model.zones.map((conversion, i) =>
      zoneJson(conversion, model.audienceLabels[i] ?? undefined),
    ),
  };
}
