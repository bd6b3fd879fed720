import { canonicalZone } from './zone-names';
import { hoursToMinutes } from './units';

/** One thing an abbreviation stands for: the offset it means and the IANA zones that use it. */
export interface AbbreviationMeaning {
  /** What it stands for, for messages: "British Summer Time". */
  name: string;
  /** The UTC offset it means, "+01:00" (tests check each against luxon for every zone listed). */
  offset: string;
  /** The zones that use it, the most likely first; quick fixes offer these. */
  zones: readonly string[];
  /**
   * Spans (UTC instants, `from` ≤ t < `until`) when the tz database gave the first of `zones` this
   * abbreviation at another offset: Moscow's "MSK" was +04:00 from 2011 to 2014. Tests check each
   * against luxon.
   */
  eras?: readonly AbbreviationEra[];
}

/** A span when an abbreviation meant another offset in its zone. */
export interface AbbreviationEra {
  from: string;
  until: string;
  offset: string;
}

const US_EAST = ['America/New_York', 'America/Toronto', 'America/Detroit'];
const US_CENTRAL = ['America/Chicago', 'America/Winnipeg', 'America/Mexico_City'];
const US_MOUNTAIN = ['America/Denver', 'America/Edmonton', 'America/Phoenix'];
const US_PACIFIC = ['America/Los_Angeles', 'America/Vancouver', 'America/Tijuana'];
const EU_CENTRAL = [
  'Europe/Paris',
  'Europe/Berlin',
  'Europe/Madrid',
  'Europe/Rome',
  'Europe/Amsterdam',
  'Europe/Brussels',
  'Europe/Vienna',
  'Europe/Zurich',
  'Europe/Stockholm',
  'Europe/Oslo',
  'Europe/Copenhagen',
  'Europe/Warsaw',
  'Europe/Prague',
];
const EU_EAST = [
  'Europe/Athens',
  'Europe/Helsinki',
  'Europe/Kyiv',
  'Europe/Bucharest',
  'Europe/Sofia',
  'Europe/Riga',
  'Europe/Tallinn',
  'Europe/Vilnius',
];
const EU_WEST = ['Europe/Lisbon', 'Atlantic/Canary', 'Atlantic/Madeira', 'Atlantic/Faroe'];
const AU_EAST = ['Australia/Sydney', 'Australia/Melbourne', 'Australia/Hobart'];

const one = (name: string, offset: string, zones: readonly string[]): AbbreviationMeaning[] => [
  { name, offset, zones },
];

/**
 * Abbreviations people write for zones, with every meaning where one is ambiguous (IST, CST, BST,
 * AST, GST, PST). Offsets are stated here because an abbreviation *is* an offset; which one a zone
 * has at an instant is always asked of luxon.
 */
const TABLE: Readonly<Record<string, AbbreviationMeaning[]>> = {
  UTC: one('Coordinated Universal Time', '+00:00', ['UTC', 'Etc/UTC']),
  GMT: one('Greenwich Mean Time', '+00:00', [
    'Europe/London',
    'Europe/Dublin',
    'UTC',
    'Etc/GMT',
    'Africa/Abidjan',
    'Atlantic/Reykjavik',
  ]),
  BST: [
    { name: 'British Summer Time', offset: '+01:00', zones: ['Europe/London'] },
    { name: 'Bangladesh Standard Time', offset: '+06:00', zones: ['Asia/Dhaka'] },
    { name: 'Bougainville Standard Time', offset: '+11:00', zones: ['Pacific/Bougainville'] },
  ],
  IST: [
    { name: 'India Standard Time', offset: '+05:30', zones: ['Asia/Kolkata'] },
    { name: 'Israel Standard Time', offset: '+02:00', zones: ['Asia/Jerusalem'] },
    { name: 'Irish Standard Time', offset: '+01:00', zones: ['Europe/Dublin'] },
  ],
  IDT: one('Israel Daylight Time', '+03:00', ['Asia/Jerusalem']),
  WET: one('Western European Time', '+00:00', EU_WEST),
  WEST: one('Western European Summer Time', '+01:00', EU_WEST),
  CET: one('Central European Time', '+01:00', EU_CENTRAL),
  CEST: one('Central European Summer Time', '+02:00', EU_CENTRAL),
  EET: one('Eastern European Time', '+02:00', [...EU_EAST, 'Africa/Cairo']),
  EEST: one('Eastern European Summer Time', '+03:00', EU_EAST),
  MSK: [
    {
      name: 'Moscow Time',
      offset: '+03:00',
      zones: ['Europe/Moscow'],
      // Russia kept summer time all year from 2011 to 2014, and the tz database kept the name.
      eras: [{ from: '2011-03-26T23:00:00Z', until: '2014-10-25T22:00:00Z', offset: '+04:00' }],
    },
  ],
  WAT: one('West Africa Time', '+01:00', ['Africa/Lagos']),
  CAT: one('Central Africa Time', '+02:00', ['Africa/Maputo', 'Africa/Harare']),
  SAST: one('South Africa Standard Time', '+02:00', ['Africa/Johannesburg']),
  EAT: one('East Africa Time', '+03:00', ['Africa/Nairobi']),
  GST: [
    { name: 'Gulf Standard Time', offset: '+04:00', zones: ['Asia/Dubai'] },
    { name: 'South Georgia Time', offset: '-02:00', zones: ['Atlantic/South_Georgia'] },
  ],
  PKT: one('Pakistan Standard Time', '+05:00', ['Asia/Karachi']),
  ICT: one('Indochina Time', '+07:00', ['Asia/Bangkok', 'Asia/Ho_Chi_Minh']),
  WIB: one('Western Indonesia Time', '+07:00', ['Asia/Jakarta']),
  SGT: one('Singapore Time', '+08:00', ['Asia/Singapore']),
  HKT: one('Hong Kong Time', '+08:00', ['Asia/Hong_Kong']),
  AWST: one('Australian Western Standard Time', '+08:00', ['Australia/Perth']),
  JST: one('Japan Standard Time', '+09:00', ['Asia/Tokyo']),
  KST: one('Korea Standard Time', '+09:00', ['Asia/Seoul']),
  ACST: one('Australian Central Standard Time', '+09:30', [
    'Australia/Adelaide',
    'Australia/Darwin',
  ]),
  ACDT: one('Australian Central Daylight Time', '+10:30', ['Australia/Adelaide']),
  AEST: one('Australian Eastern Standard Time', '+10:00', [...AU_EAST, 'Australia/Brisbane']),
  AEDT: one('Australian Eastern Daylight Time', '+11:00', AU_EAST),
  LHST: one('Lord Howe Standard Time', '+10:30', ['Australia/Lord_Howe']),
  LHDT: one('Lord Howe Daylight Time', '+11:00', ['Australia/Lord_Howe']),
  NZST: one('New Zealand Standard Time', '+12:00', ['Pacific/Auckland']),
  NZDT: one('New Zealand Daylight Time', '+13:00', ['Pacific/Auckland']),
  CHAST: one('Chatham Standard Time', '+12:45', ['Pacific/Chatham']),
  CHADT: one('Chatham Daylight Time', '+13:45', ['Pacific/Chatham']),
  SST: one('Samoa Standard Time', '-11:00', ['Pacific/Pago_Pago']),
  HST: one('Hawaii Standard Time', '-10:00', ['Pacific/Honolulu']),
  AKST: one('Alaska Standard Time', '-09:00', ['America/Anchorage']),
  AKDT: one('Alaska Daylight Time', '-08:00', ['America/Anchorage']),
  PST: [
    { name: 'Pacific Standard Time', offset: '-08:00', zones: US_PACIFIC },
    { name: 'Philippine Standard Time', offset: '+08:00', zones: ['Asia/Manila'] },
  ],
  PDT: one('Pacific Daylight Time', '-07:00', US_PACIFIC),
  MST: one('Mountain Standard Time', '-07:00', US_MOUNTAIN),
  MDT: one('Mountain Daylight Time', '-06:00', US_MOUNTAIN.slice(0, 2)),
  CST: [
    { name: 'Central Standard Time', offset: '-06:00', zones: US_CENTRAL },
    { name: 'China Standard Time', offset: '+08:00', zones: ['Asia/Shanghai', 'Asia/Taipei'] },
    { name: 'Cuba Standard Time', offset: '-05:00', zones: ['America/Havana'] },
  ],
  CDT: [
    { name: 'Central Daylight Time', offset: '-05:00', zones: US_CENTRAL.slice(0, 2) },
    { name: 'Cuba Daylight Time', offset: '-04:00', zones: ['America/Havana'] },
  ],
  EST: one('Eastern Standard Time', '-05:00', [
    ...US_EAST,
    'America/Panama',
    'America/Jamaica',
    'America/Cancun',
  ]),
  EDT: one('Eastern Daylight Time', '-04:00', US_EAST),
  AST: [
    {
      name: 'Atlantic Standard Time',
      offset: '-04:00',
      zones: ['America/Halifax', 'America/Puerto_Rico'],
    },
    { name: 'Arabia Standard Time', offset: '+03:00', zones: ['Asia/Riyadh'] },
  ],
  ADT: one('Atlantic Daylight Time', '-03:00', ['America/Halifax']),
  NST: one('Newfoundland Standard Time', '-03:30', ['America/St_Johns']),
  NDT: one('Newfoundland Daylight Time', '-02:30', ['America/St_Johns']),
  BRT: one('Brasília Time', '-03:00', ['America/Sao_Paulo']),
  ART: one('Argentina Time', '-03:00', ['America/Argentina/Buenos_Aires']),
};

/** Every abbreviation the table knows, for tests and completion. */
export const ABBREVIATIONS: readonly string[] = Object.keys(TABLE);

/** What an abbreviation means (written in capitals, as people write them); undefined for other words. */
export function abbreviationMeanings(text: string): readonly AbbreviationMeaning[] | undefined {
  return Object.prototype.hasOwnProperty.call(TABLE, text) ? TABLE[text] : undefined;
}

/** "+05:30" → 330, "-03:30" → -210. */
export function offsetMinutes(offset: string): number {
  const match = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  if (!match) throw new Error(`not an offset: ${offset}`);
  const [, sign, hours, minutes] = match;
  return (sign === '-' ? -1 : 1) * (hoursToMinutes(Number(hours)) + Number(minutes));
}

/** The table's meanings by offset in minutes, in the table's order. */
let byOffset: Map<number, Array<{ abbreviation: string; zones: readonly string[] }>> | undefined;

/** The offset a meaning had at an instant: its own, or an era's (MSK in 2012: +04:00). */
export function meaningOffsetAt(meaning: AbbreviationMeaning, ms: number): number {
  const era = meaning.eras?.find(
    (span) => Date.parse(span.from) <= ms && ms < Date.parse(span.until),
  );
  return offsetMinutes(era?.offset ?? meaning.offset);
}

/**
 * The abbreviation the table gives a zone at an instant's offset (Europe/London at +60 → BST), if
 * any: an era's first (Moscow at +240 in 2012 → MSK), else the first meaning at that offset that
 * lists the zone through its links. Only the zones of meanings at that offset are looked up in
 * Intl, not all the table's: each costs an Intl.DateTimeFormat, and the first analysis of a window
 * asks before the server's first diagnostics.
 */
export function tableAbbreviation(zone: string, offset: number, ms?: number): string | undefined {
  const fromEra = ms === undefined ? undefined : eraAbbreviation(zone, offset, ms);
  if (fromEra) return fromEra;
  if (!byOffset) {
    byOffset = new Map();
    for (const [abbreviation, meanings] of Object.entries(TABLE)) {
      for (const meaning of meanings) {
        const minutes = offsetMinutes(meaning.offset);
        const list = byOffset.get(minutes) ?? [];
        list.push({ abbreviation, zones: meaning.zones });
        byOffset.set(minutes, list);
      }
    }
  }
  const key = canonicalZone(zone);
  return byOffset
    .get(offset)
    ?.find((entry) => entry.zones.some((candidate) => canonicalZone(candidate) === key))
    ?.abbreviation;
}

/** The table's eras, each with its abbreviation and meaning: few, so a scan finds one. */
const ERAS = Object.entries(TABLE).flatMap(([abbreviation, meanings]) =>
  meanings.filter((meaning) => meaning.eras).map((meaning) => ({ abbreviation, meaning })),
);

/** An abbreviation whose era puts `zone` at `offset` at `ms`. */
function eraAbbreviation(zone: string, offset: number, ms: number): string | undefined {
  for (const { abbreviation, meaning } of ERAS)
    if (meaningOffsetAt(meaning, ms) === offset && meaningForZone([meaning], zone))
      return abbreviation;
  return undefined;
}

/** The meaning of an abbreviation that lists `zone` (through its links), if one does. */
export function meaningForZone(
  meanings: readonly AbbreviationMeaning[],
  zone: string,
): AbbreviationMeaning | undefined {
  const key = canonicalZone(zone);
  return meanings.find((meaning) =>
    meaning.zones.some((candidate) => canonicalZone(candidate) === key),
  );
}
