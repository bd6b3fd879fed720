import { formatDuration } from '../duration';
import { safeHref } from './escape';
import type { PhaseImpact } from '../model/impact';
import type { PreviewModel, PreviewWindow } from '../preview/preview-model';
import {
  describeZoneAt,
  formatClock,
  isUtcZone,
  localTime,
  monthAbbreviation,
  type LocalTime,
  type TimeFormat,
} from '../time/index';
import { minutesToSeconds } from '../time/units';

/** "Sun 19 Jul": short, and with the month in words so that no reader swaps day and month. */
export function dayText(local: LocalTime): string {
  return `${local.weekday} ${local.day} ${monthAbbreviation(local.month)}`;
}

/** What readers call a zone at an instant: "BST", "UTC", else its offset ("UTC+05:45"). */
export function zoneName(zone: string, ms: number): string {
  if (isUtcZone(zone)) return 'UTC';
  const moment = describeZoneAt(zone, ms);
  return moment.abbreviation ?? `UTC${moment.offset}`;
}

/**
 * A window in one zone, short: "Sun 19 Jul 8am–9am BST"; the end's day only when it differs, and
 * the end's zone name only when the window crosses a DST change ("12:30am GMT–2:30am BST").
 * `day: false` leaves the start's day out, for a second zone on the same day ("7am–8am UTC").
 */
export function shortWindow(
  window: PreviewWindow,
  zone: string,
  format: TimeFormat,
  options: { day?: boolean } = {},
): string {
  const start = localTime(window.startMs, zone);
  const startName = zoneName(zone, window.startMs);
  const startText = `${options.day === false ? '' : `${dayText(start)} `}${formatClock(start.hour, start.minute, format)}`;
  if (window.endMs === null) return `${startText} ${startName}`;
  const end = localTime(window.endMs, zone);
  const endName = zoneName(zone, window.endMs);
  const endText = `${end.date === start.date ? '' : `${dayText(end)} `}${formatClock(end.hour, end.minute, format)}`;
  return endName === startName
    ? `${startText}–${endText} ${startName}`
    : `${startText} ${startName}–${endText} ${endName}`;
}

/** "Estimate: 30m × 2 = 1h planned", as `runbook preview` has always written it; null without an estimate. */
export function estimateLine(model: PreviewModel): string | null {
  const estimate = model.estimate;
  if (!estimate) return null;
  return `Estimate: ${estimate.lowerBound ? 'at least ' : ''}${estimate.text} × ${estimate.safetyFactor} = ${formatDuration(minutesToSeconds(estimate.plannedMinutes))} planned`;
}

/** "web, desktop and api". */
export function joinList(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const IMPACT_WORDS: Partial<Record<string, string>> = {
  outage: 'will be unavailable',
  'read-only': 'will be read-only',
  degraded: 'may be slow or partly unavailable',
} satisfies Record<PhaseImpact, string>;

/** What users will notice, in a sentence: "web, desktop and api will be unavailable."; null when the file does not say. */
export function impactSentence(model: PreviewModel): string | null {
  if (model.impact === null) return null;
  if (model.impact === 'none') return 'No interruption is expected.';
  const what = model.affected.length > 0 ? joinList(model.affected) : 'The service';
  const words = IMPACT_WORDS[model.impact] ?? `will be affected (${model.impact})`;
  return `${what.charAt(0).toUpperCase()}${what.slice(1)} ${words}.`;
}

/** Where readers follow along: "status page https://…, Twitter @gitchat, in-app messages"; null when nowhere. A status page that is no web address is left out. */
export function updatesText(model: PreviewModel): string | null {
  const { twitter, inApp } = model.channels;
  const statusPage = safeHref(model.channels.statusPage);
  const parts = [
    statusPage ? `status page ${statusPage}` : null,
    twitter ? `Twitter ${twitter}` : null,
    inApp ? 'in-app messages' : null,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(', ') : null;
}

/** The page an announcement points readers to: the banner's link, else the status page; web addresses only. */
export function announcementUrl(model: PreviewModel): string | null {
  return safeHref(model.channels.banner?.url) ?? safeHref(model.channels.statusPage);
}

/** The title, or what the file is when it has none. */
export function titleOf(model: PreviewModel): string {
  return model.title ?? `Untitled ${model.kind ?? 'document'}`;
}

/**
 * The problems a text or Markdown export lists at the top: errors only, since what it exports is
 * meant to be published and a warning is the editor's business. Empty when there are none.
 */
export function errorLines(model: PreviewModel): string[] {
  const { errors } = model.problems;
  if (errors === 0) return [];
  const items = model.problems.items
    .filter((p) => p.severity === 'error')
    .map((p) => `- line ${p.line}: ${p.message} (${p.code})`);
  return [
    `This file has ${errors} error${errors === 1 ? '' : 's'}; what follows may be incomplete:`,
    ...items,
  ];
}
