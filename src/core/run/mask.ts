// Masking of secrets in a command's output. The executor hands every chunk of output through a
// masker before anyone sees it (the terminal, the VS Code output, the step log, the journal), so
// a secret that the environment gives a command never leaves the runner as written. Pure: the
// caller passes the environment and the user's patterns.

/** What a masked secret becomes. */
export const MASK = '***';

/**
 * Values shorter than this are not masked. A secret of one to three characters ("1", "yes",
 * "dev") also occurs in ordinary output everywhere: masking it would make every log unreadable
 * while protecting nothing a guess could not find.
 */
export const MIN_SECRET_LENGTH = 4;

/** Words that make a variable's name look secret, anywhere in the name, in any case. */
const SECRET_NAME = /TOKEN|SECRET|PASSWORD|KEY/i;

/** A glob of `runbook.run.maskPatterns` (`*` for any run of characters) as a whole-name regex. */
function globToRegExp(glob: string): RegExp {
  const body = glob
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`, 'i');
}

/**
 * The values to mask from an environment: those of variables whose names contain TOKEN, SECRET,
 * PASSWORD or KEY (in any case), or match one of `extraPatterns` (globs with `*`, case-insensitive,
 * matched against the whole name). Values shorter than {@link MIN_SECRET_LENGTH} are left out.
 * Deduplicated, longest first (so that a secret containing another is masked whole).
 */
export function secretValues(
  env: Readonly<Record<string, string | undefined>>,
  extraPatterns: readonly string[],
): string[] {
  const patterns = extraPatterns.filter((p) => p.length > 0).map(globToRegExp);
  const values = new Set<string>();
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || value.length < MIN_SECRET_LENGTH) continue;
    if (SECRET_NAME.test(name) || patterns.some((p) => p.test(name))) values.add(value);
  }
  return sortSecrets([...values]);
}

/** Longest first; equal lengths in code-unit order, so the result does not depend on env order. */
function sortSecrets(values: string[]): string[] {
  return values.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

/** A stream filter: text in, the same text with each secret replaced by `***` out. */
export interface Masker {
  /** Masks a chunk; may hold back its end when that could be the start of a secret. */
  push(chunk: string): string;
  /** Returns whatever was held back, masked; call once when the stream ends. */
  flush(): string;
}

/**
 * A masker for a stream of text. Each secret is replaced by {@link MASK}, also when it arrives
 * split over several chunks: `push` holds back only the trailing text that could still be the start
 * of a secret (fewer characters than the longest secret) and returns the rest. At each position
 * the leftmost secret wins, and the longest among those starting there, which is what
 * `text.replace(/s1|s2|…/g, '***')` does with the secrets longest first: the result never depends
 * on how the text was cut into chunks. Each chunk is scanned once, plus the held-back text again;
 * with no secrets, chunks pass through unchanged and nothing is held.
 */
export function createMasker(secrets: readonly string[]): Masker {
  const unique = sortSecrets([...new Set(secrets.filter((s) => s.length > 0))]);
  if (unique.length === 0) return { push: (chunk) => chunk, flush: () => '' };

  // Candidates by first character, longest first: most characters start no secret at all.
  const byFirst = new Map<string, string[]>();
  for (const secret of unique) {
    const list = byFirst.get(secret[0]);
    if (list) list.push(secret);
    else byFirst.set(secret[0], [secret]);
  }
  let held = '';

  /** Masks `text`; unless `final`, stops at the first position whose match is still undecided. */
  const scan = (text: string, final: boolean): string => {
    const parts: string[] = [];
    let copied = 0;
    let i = 0;
    scanning: while (i < text.length) {
      const candidates = byFirst.get(text[i]);
      if (candidates) {
        for (const secret of candidates) {
          if (text.length - i >= secret.length) {
            if (!text.startsWith(secret, i)) continue;
            parts.push(text.slice(copied, i), MASK);
            i += secret.length;
            copied = i;
            continue scanning;
          }
          // The text ends inside what could be this secret (or a longer one than any that
          // matches here): wait for more before deciding anything from here on.
          if (!final && secret.startsWith(text.slice(i))) break scanning;
        }
      }
      i++;
    }
    parts.push(text.slice(copied, i));
    held = text.slice(i);
    return parts.join('');
  };

  return {
    push: (chunk) => scan(held + chunk, false),
    flush: () => scan(held, true),
  };
}
