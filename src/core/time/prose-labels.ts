// Prose is scanned for every audience label and zone city after (and before) every time it
// holds. Looking each one up by length keeps that at a few map look-ups per time, however many
// labels the announcement has.

/** A name readers use for a zone: an audience label ("Eastern") or a zone's city ("Tokyo"). */
export interface ZoneLabel {
  label: string;
  zone: string;
}

/** Labels longer than this are not looked for in prose; it also bounds how far a scan reaches. */
const MAX_LABEL_LENGTH = 64;

/** Labels by length, longest first, so that "Central Europe" wins over "Central". */
export interface LabelIndex {
  /** The longest label's length (0 without labels). */
  longest: number;
  /** The label `text` starts with (any case), not followed by a word character. */
  startOf(text: string): ZoneLabel | undefined;
  /** The label `text` ends with (any case), not preceded by a word character. */
  endOf(text: string): ZoneLabel | undefined;
}

const indexes = new WeakMap<readonly ZoneLabel[], LabelIndex>();

/** The index of `labels`, built once per list (the list must not change afterwards). */
export function labelIndex(labels: readonly ZoneLabel[]): LabelIndex {
  let index = indexes.get(labels);
  if (!index) {
    index = buildIndex(labels);
    indexes.set(labels, index);
  }
  return index;
}

function buildIndex(labels: readonly ZoneLabel[]): LabelIndex {
  const byLength = new Map<number, Map<string, ZoneLabel>>();
  for (const label of labels) {
    const length = label.label.length;
    if (length === 0 || length > MAX_LABEL_LENGTH) continue;
    let sameLength = byLength.get(length);
    if (!sameLength) byLength.set(length, (sameLength = new Map<string, ZoneLabel>()));
    const key = label.label.toLowerCase();
    // The first label of a text wins, as it did when the list was searched in order.
    if (!sameLength.has(key)) sameLength.set(key, label);
  }
  const lengths = [...byLength.keys()].sort((a, b) => b - a);
  const wordChar = /\w/;
  return {
    longest: lengths[0] ?? 0,
    startOf(text) {
      for (const length of lengths) {
        if (length > text.length) continue;
        const label = byLength.get(length)?.get(text.slice(0, length).toLowerCase());
        if (label && !wordChar.test(text.charAt(length))) return label;
      }
      return undefined;
    },
    endOf(text) {
      for (const length of lengths) {
        if (length > text.length) continue;
        const label = byLength.get(length)?.get(text.slice(text.length - length).toLowerCase());
        if (label && !wordChar.test(text.charAt(text.length - length - 1))) return label;
      }
      return undefined;
    },
  };
}
