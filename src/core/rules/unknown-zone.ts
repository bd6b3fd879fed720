import type { Diagnostic } from '../diagnostic';
import type { ZoneField } from '../time/time-field';
import type { Rule } from './rule';

/** `unknown-zone`: a zone that is not an IANA name (closest names as quick fixes), or a wall-clock start with no zone. */
export const unknownZone: Rule = ({ window }) => {
  if (!window) return [];
  const fields = [window.zone, ...window.audience.map((entry) => entry.zoneField)].filter(
    (field): field is ZoneField => field !== undefined,
  );
  const diagnostics = fields.flatMap((field): Diagnostic[] => {
    const check = field.check;
    if (check.ok || check.kind !== 'unknown') return [];
    const fixes = check.suggestions.map((zone) => ({
      title: `Change to ${zone}`,
      edits: [{ start: field.node.start, end: field.node.end, newText: zone }],
      preferred: check.suggestions.length === 1,
    }));
    return [
      {
        code: 'unknown-zone',
        severity: 'error',
        message: check.message,
        start: field.node.start,
        end: field.node.end,
        fixes,
      },
    ];
  });
  const start = window.missingZoneFor;
  if (start) {
    const message = `\`start\` is a wall-clock time, but the window has no \`zone\`: add \`zone:\` with an IANA name such as Europe/London (or write the start with an offset, like ${start.value}+01:00).`;
    diagnostics.unshift({
      code: 'unknown-zone',
      severity: 'error',
      message,
      start: start.start,
      end: start.end,
    });
  }
  return diagnostics;
};
