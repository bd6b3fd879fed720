import { inertText } from '../text/inert-text';
import { SECONDS_PER_DAY, SECONDS_PER_HOUR, SECONDS_PER_MINUTE } from '../time/units';
/**
 * RFC 5545 §3.3.11: a TEXT value with its backslashes, semicolons, commas and line breaks escaped.
 * TEXT allows no control character but tab, so the others are first made visible (`\u001b`).
 */
export function icsText(text: string): string {
  return inertText(text)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** The most octets on one content line, CRLF not counted (RFC 5545 §3.1). */
const LINE_OCTETS = 75;

/**
 * RFC 5545 §3.1 folding: a line longer than 75 octets goes on over lines that start with one space,
 * each at most 75 octets with that space. A UTF-8 character is never split across lines.
 */
export function foldLine(line: string): string[] {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- a string's iterator yields no empty character
    const size = utf8Octets(ch.codePointAt(0)!);
    if (octets + size > LINE_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  lines.push(current);
  return lines;
}

function utf8Octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** A calendar's lines, folded, each ended by CRLF as RFC 5545 requires. */
export function icsDocument(lines: readonly string[]): string {
  return lines
    .flatMap(foldLine)
    .map((line) => `${line}\r\n`)
    .join('');
}

/** An instant in UTC, as DTSTART, DTEND and DTSTAMP want it: "20150719T070000Z". */
export function icsUtc(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** A duration before an event, as a VALARM trigger: 90 minutes → "-PT1H30M", a day → "-P1D". */
export function icsTriggerBefore(seconds: number): string {
  const days = Math.floor(seconds / SECONDS_PER_DAY);
  const hours = Math.floor((seconds % SECONDS_PER_DAY) / SECONDS_PER_HOUR);
  const minutes = Math.floor((seconds % SECONDS_PER_HOUR) / SECONDS_PER_MINUTE);
  const rest = Math.round(seconds % SECONDS_PER_MINUTE);
  const time = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${rest ? `${rest}S` : ''}`;
  return `-P${days ? `${days}D` : ''}${time ? `T${time}` : days ? '' : 'T0S'}`;
}
