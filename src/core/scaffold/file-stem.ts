/** Longest stem: file names and ids stay readable in tabs and lists. */
const MAX_STEM = 48;

/** What a title with no letter or digit of the Latin alphabet (`データベース更新`, `!!!`) is named. */
export const FALLBACK_STEM = 'maintenance';

/**
 * The file stem and id a title gives: its Latin letters and digits, accents dropped, lower case,
 * other runs as one `-` ("Upgrade: Postgres 15 (Zürich)" → `upgrade-postgres-15-zurich`). It
 * matches the schema's id pattern and is safe as a file name on every system.
 */
export function fileStem(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const stem = words.slice(0, MAX_STEM).replace(/-+$/, '');
  return stem === '' ? FALLBACK_STEM : stem;
}
