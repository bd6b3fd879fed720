import { editDistance, closestMatches } from '../text/closest';

/**
 * ICU (and so Node's Intl) lists some zones under their old IANA names; people write, and
 * completion should offer, the current ones. Both stay valid.
 */
const RENAMED: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

/** `Intl.supportedValuesOf('timeZone')` leaves out UTC and the Etc zones; they are IANA names too. */
function etcZones(): string[] {
  const hours = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => from + i);
  return [
    'UTC',
    'Etc/UTC',
    'Etc/GMT',
    // POSIX signs: Etc/GMT+5 is five hours *behind* UTC.
    ...hours(1, 12).map((h) => `Etc/GMT+${h}`),
    ...hours(1, 14).map((h) => `Etc/GMT-${h}`),
  ];
}

/** IANA names without a slash that are real zones or links (not abbreviations ICU happens to accept). */
const PLAIN_NAMES = [
  'GMT',
  'UCT',
  'Universal',
  'Zulu',
  'Greenwich',
  'GMT0',
  'EST5EDT',
  'CST6CDT',
  'MST7MDT',
  'PST8PDT',
  'GB',
  'GB-Eire',
  'Eire',
  'Japan',
  'NZ',
  'NZ-CHAT',
  'PRC',
  'ROC',
  'ROK',
  'Singapore',
  'Hongkong',
  'Iceland',
  'Iran',
  'Israel',
  'Jamaica',
  'Cuba',
  'Egypt',
  'Libya',
  'Turkey',
  'Poland',
  'Portugal',
  'W-SU',
  'Navajo',
  'Kwajalein',
];

let listed: readonly string[] | undefined;
let known: ReadonlySet<string> | undefined;
let byLowerCase: ReadonlyMap<string, string> | undefined;

/**
 * Every zone name worth offering, current names first-class, sorted: completion and
 * "did you mean" read this. Old names ICU still uses (Asia/Calcutta) are valid but not listed.
 */
export function allZoneNames(): readonly string[] {
  if (!listed) {
    const supported = Intl.supportedValuesOf('timeZone').map((name) => RENAMED[name] ?? name);
    listed = [...new Set([...etcZones(), ...supported])].sort();
  }
  return listed;
}

/**
 * The listed names and the old ones. The plain names are left out: asking Intl about each of
 * them costs about 1 ms apiece when the process is new, which the first analysis after the
 * server starts would pay for a name nobody wrote (`plainNames` asks only when one is written).
 */
function knownNames(): ReadonlySet<string> {
  known ??= new Set([...allZoneNames(), ...Object.keys(RENAMED)]);
  return known;
}

let plainAccepted: ReadonlySet<string> | undefined;

/** The plain names this Intl knows as zones. */
function plainNames(): ReadonlySet<string> {
  plainAccepted ??= new Set(PLAIN_NAMES.filter(intlAccepts));
  return plainAccepted;
}

function isKnownName(name: string): boolean {
  return knownNames().has(name) || (PLAIN_NAMES.includes(name) && plainNames().has(name));
}

function intlAccepts(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether `name` is an IANA zone, case as IANA writes it. Intl also accepts lower case and some
 * Java-era three-letter ids (BST means Asia/Dhaka to ICU); neither counts here.
 */
export function isZoneName(name: string): boolean {
  if (isKnownName(name)) return true;
  if (!name.includes('/') || !intlAccepts(name)) return false;
  // Links such as US/Eastern or Asia/Tel_Aviv: accept when every part is capitalised as IANA does.
  return name.split('/').every((part) => /^[A-Z]/.test(part)) && properCaseOf(name) === undefined;
}

/** The known name that differs from `name` only in case ("europe/london" → "Europe/London"). */
export function properCaseOf(name: string): string | undefined {
  byLowerCase ??= new Map([...knownNames()].map((known) => [known.toLowerCase(), known]));
  const lower = name.toLowerCase();
  // Plain names have no slash: a name with one is never theirs ("europe/london").
  const proper =
    byLowerCase.get(lower) ??
    (name.includes('/')
      ? undefined
      : [...plainNames()].find((plain) => plain.toLowerCase() === lower));
  return proper !== undefined && proper !== name ? proper : undefined;
}

/** The place a zone is named after: "Asia/Tokyo" → "Tokyo", "America/New_York" → "New York"; Etc and UTC as they are. */
export function zoneCity(zone: string): string {
  if (!zone.includes('/') || zone.startsWith('Etc/')) return zone;
  return zone.slice(zone.lastIndexOf('/') + 1).replace(/_/g, ' ');
}

/**
 * The zones closest to a name that is not one, best first: by city when no region is written
 * ("Tokio" → Asia/Tokyo, "new york" → America/New_York), else by the whole name.
 */
export function closestZones(name: string, limit = 3): string[] {
  const written = name.trim().replace(/\s+/g, '_');
  if (written === '') return [];
  const names = allZoneNames();
  const proper = properCaseOf(written);
  if (proper) return [RENAMED[proper] ?? proper];
  if (written.includes('/'))
    return closestInRegion(written, names, limit) ?? closestMatches(written, names, limit);
  const byCity = new Map<string, string>();
  for (const zone of names)
    if (zone.includes('/') && !zone.startsWith('Etc/'))
      byCity.set(zone.slice(zone.lastIndexOf('/') + 1), zone);
  const exact = [...byCity.keys()].filter((city) => city.toLowerCase() === written.toLowerCase());
  const cities = exact.length > 0 ? exact : closestMatches(written, byCity.keys(), limit);
  return cities
    .flatMap((city) => byCity.get(city) ?? [])
    .sort((a, b) => editDistance(written, zoneCity(a)) - editDistance(written, zoneCity(b)))
    .slice(0, limit);
}

/** "Europe/Londn": the closest cities of the same region, when the region is right; else undefined. */
function closestInRegion(
  written: string,
  names: readonly string[],
  limit: number,
): string[] | undefined {
  const slash = written.lastIndexOf('/');
  const region = written.slice(0, slash).toLowerCase();
  const inRegion = names.filter(
    (zone) => zone.toLowerCase().startsWith(`${region}/`) && zone.lastIndexOf('/') === slash,
  );
  if (inRegion.length === 0) return undefined;
  const cities = closestMatches(
    written.slice(slash + 1),
    inRegion.map((zone) => zone.slice(slash + 1)),
    limit,
  );
  return cities.length > 0
    ? cities.flatMap((city) => inRegion.find((zone) => zone.slice(slash + 1) === city) ?? [])
    : undefined;
}

/** The current IANA name for an old one ICU still reports ("Asia/Calcutta" → "Asia/Kolkata"). */
export function currentZoneName(name: string): string {
  return RENAMED[name] ?? name;
}

const canonical = new Map<string, string>();

/** One key for a zone and all its links (US/Eastern and America/New_York), via Intl's canonical id. */
export function canonicalZone(name: string): string {
  let key = canonical.get(name);
  if (key === undefined) {
    try {
      key = new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
    } catch {
      key = name;
    }
    canonical.set(name, key);
  }
  return key;
}
