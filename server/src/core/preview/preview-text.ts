import type { Analysis } from '../analyze';
import { formatDuration, formatDurationRange } from '../duration';
import { formatZonesList, type TimeWindow } from '../time/index';
import type { PreviewJson } from './preview-data';
import { windowLines } from './window-text';

const INDENT = '        ';

/**
 * The plain-text preview: the title, the window in its zone and in UTC, the estimate when the
 * file gives one, and the zones list as seed 000 writes it ("Tokyo: 4pm" … "Pacific: Midnight"),
 * in the file's time format.
 */
export function previewText(analysis: Analysis, data: PreviewJson): string[] {
  const window = analysis.window;
  const lines = [data.title ?? `Untitled ${data.kind ?? 'document'}`];
  if (window?.startMs !== undefined && window.primaryZone) {
    const [own, ...utc] = windowLines(window.startMs, window.endMs, window.primaryZone, window.timeFormat);
    lines.push(`Window: ${own}`, ...utc.map((line) => `${INDENT}${line}`));
  } else {
    lines.push('Window: unknown (no valid start and zone)');
  }
  if (data.estimate && data.planned_minutes !== null) lines.push(`Estimate: ${formatDurationRange({ low: data.estimate.low * 60, high: data.estimate.high * 60 })} × ${data.safety_factor} = ${formatDuration(data.planned_minutes * 60)} planned`);
  lines.push('', ...zonesLines(analysis.window));
  return lines;
}

function zonesLines(window: TimeWindow | undefined): string[] {
  if (!window || window.audience.length === 0) return ['No audience zones: list them under `audience:`.'];
  if (window.startMs === undefined || !window.primaryZone) return ['The audience zones show once the window has a valid start and zone.'];
  if (window.conversions.length === 0) return ['None of the audience zones is an IANA zone (see the errors).'];
  return formatZonesList(window.conversions, { timeFormat: window.timeFormat });
}
