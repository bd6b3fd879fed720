import type { Diagnostic } from '../diagnostic';
import type { ZoneField } from '../time/time-field';
import type { Rule } from './rule';

/** `zone-abbreviation`: BST, EST, IST… where an IANA zone belongs; every zone it may mean as a quick fix. */
export const zoneAbbreviation: Rule = ({ window }) => {
  if (!window) return [];
  const fields = [window.zone, ...window.audience.map((entry) => entry.zoneField)].filter(
    (field): field is ZoneField => field !== undefined,
  );
  return fields.flatMap((field): Diagnostic[] => {
    const check = field.check;
    if (check.ok || check.kind !== 'abbreviation') return [];
    const ambiguous = check.meanings.length > 1;
    const meanings = check.meanings.map(
      (meaning) => `${meaning.name} (${meaning.offset}, ${meaning.zones[0]})`,
    );
    const message = ambiguous
      ? `"${field.name}" is an abbreviation, not a zone, and it is ambiguous: it means ${meanings.join(', or ')}. Use the IANA name, which also follows daylight saving.`
      : `"${field.name}" is an abbreviation (${meanings[0]}), not a zone: it is one fixed offset, while the places that use it change with daylight saving. Use the IANA name.`;
    const fixes = check.candidates.map((zone, i) => ({
      title: `Change to ${zone}`,
      edits: [{ start: field.node.start, end: field.node.end, newText: zone }],
      preferred: !ambiguous && i === 0,
    }));
    return [
      {
        code: 'zone-abbreviation',
        severity: 'error',
        message,
        start: field.node.start,
        end: field.node.end,
        fixes,
      },
    ];
  });
};
