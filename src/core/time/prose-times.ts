import { abbreviationMeanings } from './abbreviations';
import { labelIndex, type LabelIndex, type ZoneLabel } from './prose-labels';
import { hoursToMinutes, NOON_MINUTES } from './units';

/** How a time was written, so that a fix writes the right time the same way. */
export interface ClockStyle {
  clock: '12h' | '24h';
  /** "Midnight"/"noon" as a word; its text keeps its capitals. */
  word?: string;
  /** "AM" rather than "am". */
  upper: boolean;
  /** "8:00am" rather than "8am". */
  minutes: boolean;
  /** "04:00am" rather than "4:00am". */
  pad: boolean;
  /** "8 am" rather than "8am". */
  space: boolean;
  /** "a.m." rather than "am". */
  dots: boolean;
}

/** A time of day found in prose, with its offsets in the document. */
export interface ProseClock {
  start: number;
  end: number;
  /** Minutes after midnight. */
  minutes: number;
  style: ClockStyle;
}

/** What says which zone a prose time is in. */
export type ProseZoneRef =
  | { kind: 'abbreviation'; abbreviation: string; start: number; end: number }
  | { kind: 'offset'; offset: number; start: number; end: number }
  | { kind: 'label'; label: string; zone: string; start: number; end: number };

/** A time ("8:00AM BST", "Tokyo: 4pm") or a range ("04:00am - 05:00am UTC") with its zone. */
export interface ProseTime {
  times: ProseClock[];
  ref: ProseZoneRef;
  /** A single time that words before it ("until", "back by") say is the end, not the start. */
  endOnly: boolean;
}

const CLOCK =
  /(?<![\w:.])(?:(\d{1,2})(?::(\d{2}))?(\s?)([ap])(\.?)m\.?(?![a-z])|(\d{1,2}):(\d{2})(?![\d:])|(noon|midday|midnight)(?![a-z]))/gi;
const RANGE_JOIN = /^\s*(?:-|–|—|to|until|till)\s*$/i;
const OFFSET_REF = /^[ \t]*((?:UTC|GMT)\s?([+\-−])(\d{1,2})(?::?(\d{2}))?)(?![\w:])/;
const WORD_REF = /^[ \t]*([A-Z]{2,5})(?![\w])/;
/** How far after a time its zone may be written ("  UTC+05:30"). */
const AFTER_LENGTH = 40;
/** Room before a time for markup, spaces and a colon around a zone's name ("**Pacific**: "). */
const BEFORE_SLACK = 40;
const END_WORDS =
  /\b(?:until|till|by|ends?|ending|finish\w*|done|back|complete\w*|through)\b[^.!?\n]{0,20}$/i;

/** Reads one clock token; undefined for what only looks like one ("13pm", "25:00"). */
function readClock(match: RegExpExecArray, offset: number): ProseClock | undefined {
  const [text, h12, m12, space, ap, dots, h24, m24, word] = match;
  const start = offset + match.index;
  const end = start + text.length;
  if (word) {
    const minutes = /noon|midday/i.test(word) ? NOON_MINUTES : 0;
    return {
      start,
      end,
      minutes,
      style: {
        clock: '12h',
        word,
        upper: false,
        minutes: false,
        pad: false,
        space: false,
        dots: false,
      },
    };
  }
  if (h12 !== undefined) {
    const hour = Number(h12);
    const minute = m12 === undefined ? 0 : Number(m12);
    if (hour > 12 || minute > 59) return undefined;
    const minutes =
      hoursToMinutes(hour % 12) + minute + (ap.toLowerCase() === 'p' ? NOON_MINUTES : 0);
    return {
      start,
      end,
      minutes,
      style: {
        clock: '12h',
        upper: ap === ap.toUpperCase(),
        minutes: m12 !== undefined,
        pad: h12.length === 2 && h12.startsWith('0'),
        space: space !== '',
        dots: dots !== '',
      },
    };
  }
  const hour = Number(h24);
  const minute = Number(m24);
  if (hour > 23 || minute > 59) return undefined;
  return {
    start,
    end,
    minutes: hoursToMinutes(hour) + minute,
    style: { clock: '24h', upper: false, minutes: true, pad: true, space: false, dots: false },
  };
}

/** The zone named right after a time: "BST", "UTC+9", or a label such as "Eastern". */
function refAfter(
  text: string,
  at: number,
  base: number,
  labels: LabelIndex,
): ProseZoneRef | undefined {
  const rest = text.slice(at, at + AFTER_LENGTH);
  const offset = OFFSET_REF.exec(rest);
  if (offset) {
    const minutes =
      (offset[2] === '+' ? 1 : -1) * (hoursToMinutes(Number(offset[3])) + Number(offset[4] ?? 0));
    const start = base + at + offset[0].length - offset[1].length;
    return { kind: 'offset', offset: minutes, start, end: base + at + offset[0].length };
  }
  const word = WORD_REF.exec(rest);
  if (word && abbreviationMeanings(word[1])) {
    const start = base + at + word[0].length - word[1].length;
    return { kind: 'abbreviation', abbreviation: word[1], start, end: start + word[1].length };
  }
  const spaced = /^[ \t]+/.exec(rest)?.[0].length ?? 0;
  if (spaced === 0) return undefined;
  const label = labels.startOf(text.slice(at + spaced, at + spaced + labels.longest + 1));
  return label
    ? {
        kind: 'label',
        label: label.label,
        zone: label.zone,
        start: base + at + spaced,
        end: base + at + spaced + label.label.length,
      }
    : undefined;
}

/** The zone named before a time with a colon: "Tokyo: 4pm", "CEST: 9am", "**Pacific**: Midnight". */
function refBefore(
  text: string,
  at: number,
  base: number,
  labels: LabelIndex,
): ProseZoneRef | undefined {
  // Only the stretch a zone name and its colon can fill: repeated times on one long line must not
  // each rescan the line (40,000 "8:00 " once took 23 s).
  const near = text.slice(Math.max(0, at - labels.longest - BEFORE_SLACK), at);
  const line = near.slice(near.lastIndexOf('\n') + 1);
  const colon = /[*_]*\s*:\s*$/.exec(line);
  if (!colon) return undefined;
  const name = line.slice(0, colon.index);
  const nameEnd = base + at - line.length + name.length;
  const word = /(?<![\w])([A-Z]{2,5})$/.exec(name);
  if (word && abbreviationMeanings(word[1]))
    return {
      kind: 'abbreviation',
      abbreviation: word[1],
      start: nameEnd - word[1].length,
      end: nameEnd,
    };
  const label = labels.endOf(name);
  return label
    ? {
        kind: 'label',
        label: label.label,
        zone: label.zone,
        start: nameEnd - label.label.length,
        end: nameEnd,
      }
    : undefined;
}

/** Clock tokens, each joined to the next by "-", "–" or "to" into a range. */
function clockGroups(text: string, base: number): ProseClock[][] {
  const groups: ProseClock[][] = [];
  let previous: ProseClock | undefined;
  for (const match of text.matchAll(CLOCK)) {
    const clock = readClock(match, base);
    if (!clock) continue;
    const last = groups[groups.length - 1];
    if (
      previous &&
      last?.length === 1 &&
      last[0] === previous &&
      RANGE_JOIN.test(text.slice(previous.end - base, clock.start - base))
    )
      last.push(clock);
    else groups.push([clock]);
    previous = clock;
  }
  return groups;
}

/**
 * Times written in a stretch of the document's raw text (`from`–`to`, e.g. a block scalar, so that
 * offsets are exact), each with the zone it names; times with no zone named are left alone.
 * Labels are matched longest first, so "Central Europe" wins over "Central".
 */
export function findProseTimes(
  text: string,
  from: number,
  to: number,
  labels: readonly ZoneLabel[],
): ProseTime[] {
  const slice = text.slice(from, to);
  const index = labelIndex(labels);
  const found: ProseTime[] = [];
  for (const times of clockGroups(slice, from)) {
    const after = refAfter(slice, times[times.length - 1].end - from, from, index);
    const ref = after ?? refBefore(slice, times[0].start - from, from, index);
    if (!ref) continue;
    const before = slice.slice(Math.max(0, times[0].start - from - 40), times[0].start - from);
    found.push({ times, ref, endOnly: times.length === 1 && END_WORDS.test(before) });
  }
  return found;
}
