import { parseDuration } from '../duration';
import type { PreviewModel } from '../preview/preview-model';
import { safeHref } from './escape';
import { ExportError, NO_END } from './export-error';
import { icsDocument, icsText, icsTriggerBefore, icsUtc } from './ics-lines';
import { announcementUrl, impactSentence, titleOf, updatesText } from './phrases';

/** Who made the calendar, as RFC 5545's PRODID wants it. */
const PRODID = '-//Maintenance Runbooks//runbook preview//EN';

/**
 * The window as an iCalendar (RFC 5545) event: DTSTART and DTEND in UTC, a UID stable for the same
 * id and start (re-importing updates the event instead of adding another), DTSTAMP from the
 * analysis's `now` (else the start, so that the output depends on the file alone), SUMMARY the
 * title, DESCRIPTION the window, the zones list and the impact, URL the banner's or status page's
 * link, and one display alarm per `reminders` entry. Throws ExportError without a valid start or
 * without an end (never a DTSTART alone: calendars would show an instant).
 */
export function renderIcs(model: PreviewModel): string {
  const window = model.window;
  if (!window)
    throw new ExportError(
      'a calendar event needs the window: this file has no valid start and zone',
    );
  if (window.endMs === null) throw new ExportError(`a calendar event needs an end: ${NO_END}`);
  const url = safeHref(announcementUrl(model));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${uid(model.id ?? model.title, window.startMs)}`,
    `DTSTAMP:${icsUtc(model.now ?? window.startMs)}`,
    `DTSTART:${icsUtc(window.startMs)}`,
    `DTEND:${icsUtc(window.endMs)}`,
    `SUMMARY:${icsText(titleOf(model))}`,
    `DESCRIPTION:${icsText(description(model))}`,
    ...(url && !url.startsWith('mailto:') ? [`URL:${url}`] : []),
    'STATUS:CONFIRMED',
    // Readers' calendars should show the maintenance without marking them busy for it.
    'TRANSP:TRANSPARENT',
    ...model.reminders.flatMap((reminder) => alarm(reminder, titleOf(model))),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return icsDocument(lines);
}

/** "gitter-maintenance-2015-07-19-20150719T070000Z@maintenance-runbooks": the same id and start give the same UID. */
function uid(id: string | null, startMs: number): string {
  const name =
    (id ?? 'maintenance').replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 100) || 'maintenance';
  return `${name}-${icsUtc(startMs)}@maintenance-runbooks`;
}

function description(model: PreviewModel): string {
  const updates = updatesText(model);
  return [
    ...(model.window?.lines ?? []),
    ...(model.zonesList.length > 0 ? ['', ...model.zonesList] : []),
    ...[impactSentence(model), updates ? `Updates: ${updates}` : null].flatMap((line) =>
      line ? ['', line] : [],
    ),
  ].join('\n');
}

function alarm(reminder: string, title: string): string[] {
  const parsed = parseDuration(reminder);
  if (!parsed.ok || parsed.high <= 0) return [];
  return [
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${icsText(title)}`,
    `TRIGGER:${icsTriggerBefore(parsed.high)}`,
    'END:VALARM',
  ];
}
