import { abbreviationMeanings, type AbbreviationMeaning } from './abbreviations';
import { closestZones, isZoneName, properCaseOf } from './zone-names';

/** What a written zone name is. */
export type ZoneCheck =
  | { ok: true; zone: string }
  /** An abbreviation (BST, EST, IST) where an IANA name belongs; `candidates` are every zone it may mean. */
  | {
      ok: false;
      kind: 'abbreviation';
      abbreviation: string;
      meanings: readonly AbbreviationMeaning[];
      candidates: string[];
    }
  /** Not a zone; `suggestions` are the closest IANA names. */
  | { ok: false; kind: 'unknown'; message: string; suggestions: string[] };

/** UTC and GMT are abbreviations and IANA zones at once, and mean exactly what they say. */
const ALSO_ZONES = new Set(['UTC', 'GMT']);
const MOST_CANDIDATES_PER_MEANING = 4;
const FIXED_OFFSET = /^(?:UTC|GMT)?\s*([+-])\s*(\d{1,2})(?::?00)?$/i;

/** Checks a zone as written in `zone:` or `audience:`. */
export function checkZone(written: string): ZoneCheck {
  const name = written.trim();
  const upper = name.length >= 3 ? name.toUpperCase() : name;
  const meanings = ALSO_ZONES.has(upper) ? undefined : abbreviationMeanings(upper);
  if (meanings) {
    // The main zones of each meaning: all of them would bury the likely one among a dozen fixes.
    const candidates = [
      ...new Set(
        meanings.flatMap((meaning) => meaning.zones.slice(0, MOST_CANDIDATES_PER_MEANING)),
      ),
    ];
    return { ok: false, kind: 'abbreviation', abbreviation: upper, meanings, candidates };
  }
  if (isZoneName(name)) return { ok: true, zone: name };
  return { ok: false, kind: 'unknown', ...unknownZone(name) };
}

function unknownZone(name: string): { message: string; suggestions: string[] } {
  if (name === '')
    return {
      message: 'The zone is empty: write an IANA name such as Europe/London.',
      suggestions: [],
    };
  if (name.toUpperCase() === 'Z')
    return {
      message: '"Z" is how ISO 8601 writes UTC after a time; as a zone, write UTC.',
      suggestions: ['UTC'],
    };
  const fixed = FIXED_OFFSET.exec(name);
  if (fixed && Number(fixed[2]) <= 14) {
    // POSIX signs: UTC+1 is Etc/GMT-1.
    const etc =
      Number(fixed[2]) === 0 ? 'UTC' : `Etc/GMT${fixed[1] === '+' ? '-' : '+'}${Number(fixed[2])}`;
    return {
      message: `"${name}" is an offset, not a zone. A fixed offset is the IANA zone ${etc} (its sign is reversed, as POSIX writes it); a city's zone also follows its daylight saving.`,
      suggestions: [etc],
    };
  }
  const proper = properCaseOf(name);
  if (proper)
    return {
      message: `Zone names are case-sensitive: "${name}" is written ${proper}.`,
      suggestions: [proper],
    };
  const suggestions = closestZones(name);
  const hint =
    suggestions.length > 0
      ? ` Did you mean ${suggestions.join(' or ')}?`
      : ' Use an IANA name such as Europe/London or America/New_York.';
  return { message: `"${name}" is not an IANA time zone.${hint}`, suggestions };
}
