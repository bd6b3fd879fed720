/** The most a tweet may weigh, as Twitter counts. */
export const TWEET_LIMIT = 280;

/** What Twitter counts a link as, however long it is (t.co wraps every link). */
const URL_WEIGHT = 23;

/**
 * Twitter-text's "weighted length" (its v3 configuration): a code point in Latin, Greek, Cyrillic
 * and the common punctuation ranges counts 1, any other (CJK, emoji) 2, and a link 23. Bare domains
 * ("status.example.com") are links too, as Twitter links them. A sequence Twitter counts as one emoji
 * counts more here, never less: a tweet this calls short enough is short enough.
 */
export function tweetLength(text: string): number {
  let length = 0;
  const rest = text.normalize('NFC').replace(LINK, () => {
    length += URL_WEIGHT;
    return '';
  });
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- a string's iterator yields no empty character
  for (const ch of rest) length += weightOf(ch.codePointAt(0)!);
  return length;
}

const LINK = /\b(?:https?:\/\/\S+|(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?:\/\S*)?)/gi;

const LIGHT_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0, 4351],
  [8192, 8205],
  [8208, 8223],
  [8242, 8247],
];

function weightOf(codePoint: number): number {
  return LIGHT_RANGES.some(([low, high]) => codePoint >= low && codePoint <= high) ? 1 : 2;
}
