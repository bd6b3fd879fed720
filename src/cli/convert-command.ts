import {
  convertWindow,
  formatZonesList,
  TimeFormats,
  zonesTable,
  type TimeFormat,
} from '../core/time/index';
import { defaultSettings } from '../core/settings';
import { zoneJson } from '../core/preview/preview-data';
import { formatTextTable } from '../core/preview/text-table';
import { windowLines } from '../core/preview/window-text';
import { endOption, startOption, zoneOptions } from './convert-input';
import type { Output } from './output';
import { parseOptions, UsageError } from './usage-error';

/**
 * `runbook convert START --to ZONES [--zone ZONE] [--length D | --end TIME] [--format text|json]
 * [--time-format 12h|24h]`: a time (or window) in other zones, without writing a file.
 */
export async function convertCommand(args: string[], out: Output, err: Output): Promise<number> {
  const { positional, options } = parseOptions(args, {
    zone: '<IANA zone>',
    to: '<zones, comma-separated>',
    length: '<duration>',
    end: '<date-time>',
    format: ['text', 'json'],
    'time-format': TimeFormats,
  });
  if (positional.length !== 1)
    throw new UsageError(
      `convert takes one start time, quoted, like "2026-07-19 08:00"${positional.length > 1 ? `, not ${positional.length} words` : ''}`,
    );
  if (options.to === undefined)
    throw new UsageError(
      'convert needs --to, the zones to convert into, like --to Asia/Tokyo,America/New_York',
    );
  if (options.length !== undefined && options.end !== undefined)
    throw new UsageError('give --length or --end, not both');
  const { zone, targets } = zoneOptions(options.zone, options.to);
  const notes: string[] = [];
  const start = startOption(positional[0], zone, notes);
  const endMs = endOption(options, start, notes);
  for (const note of notes) await err.line(`runbook: note: ${note}`);
  const conversions = convertWindow(start.ms, endMs, start.zone, targets);
  if (options.format === 'json') {
    await out.json(conversions.map((conversion, i) => zoneJson(conversion, targets[i].label)));
    return 0;
  }
  const timeFormat = (options['time-format'] ?? defaultSettings.timeFormat) as TimeFormat;
  // The table stays 24h whatever the list says: it is the unambiguous reference beside it.
  await out.lines([
    ...windowLines(start.ms, endMs, start.zone, timeFormat),
    '',
    ...formatZonesList(conversions, { timeFormat, withEnd: endMs !== undefined }),
    '',
    ...formatTextTable(zonesTable(conversions, '24h')),
  ]);
  return 0;
}
