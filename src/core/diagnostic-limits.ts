import type { Diagnostic, Fix, RelatedLocation } from './diagnostic';

// Hostile files must not turn into hostile output: a 5,000-step cycle once became one 206 MB
// publishDiagnostics message. Whatever the rules find, what leaves analyze() is bounded by these
// caps (applied by rules/too-many-problems.ts).

/** Diagnostics kept per file; one more says how many were left out. */
export const MAX_DIAGNOSTICS_PER_FILE = 1000;
/** A message's length in UTF-16 code units; ids and zone names quoted in it can be any length. */
export const MAX_MESSAGE_LENGTH = 1000;
/** Related locations per diagnostic, and each one's message length. */
export const MAX_RELATED = 20;
export const MAX_RELATED_MESSAGE_LENGTH = 200;
/** Quick fixes per diagnostic, and each title's length (the edits themselves stay exact). */
export const MAX_FIXES = 20;
export const MAX_FIX_TITLE_LENGTH = 200;
/** Names listed in one message before "and N more". */
export const MAX_NAMES_LISTED = 5;

/** `text` cut to `max` code units with an ellipsis, never splitting a surrogate pair. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return `${text.slice(0, cut)}…`;
}

/**
 * 4990 → "4,990": counts in messages read like the rest of the prose. Grouped here, as
 * `toLocaleString('en-US')` groups them: its first call in a process sets up ICU's number
 * formatting, about 4 ms that the first analysis after the server starts would pay. Anything but
 * a count (a fraction, a negative) is left to it.
 */
export function countText(count: number): string {
  if (!Number.isSafeInteger(count) || count < 0 || Object.is(count, -0))
    return count.toLocaleString('en-US');
  const digits = String(count);
  let grouped = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = grouped.length; i < digits.length; i += 3) grouped += `,${digits.slice(i, i + 3)}`;
  return grouped;
}

/**
 * `"a", "b" and "c"`, or the first few of `total` names and `and 4,990 more`. `names` may hold
 * only the first few; `total` is how many there are in all.
 */
export function namesList(names: readonly string[], total = names.length): string {
  const shown = names.slice(0, Math.min(MAX_NAMES_LISTED, total));
  const parts =
    total > shown.length ? [...shown, `${countText(total - shown.length)} more`] : shown;
  return parts.length <= 1
    ? parts.join('')
    : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** One diagnostic with its message, related list and fixes capped. */
export function capDiagnostic(diagnostic: Diagnostic): Diagnostic {
  const capped: Diagnostic = {
    ...diagnostic,
    message: clipText(diagnostic.message, MAX_MESSAGE_LENGTH),
  };
  if (diagnostic.related) capped.related = diagnostic.related.slice(0, MAX_RELATED).map(capRelated);
  if (diagnostic.fixes) capped.fixes = diagnostic.fixes.slice(0, MAX_FIXES).map(capFix);
  return capped;
}

const capRelated = (related: RelatedLocation): RelatedLocation => ({
  ...related,
  message: clipText(related.message, MAX_RELATED_MESSAGE_LENGTH),
});

const capFix = (fix: Fix): Fix => ({ ...fix, title: clipText(fix.title, MAX_FIX_TITLE_LENGTH) });
