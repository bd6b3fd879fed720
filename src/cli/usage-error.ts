import { closestMatches } from '../core/text/closest';

/**
 * Bad command-line usage: exit code 2. The message says what to change in a line (a few for several
 * bad zones); the CLI adds where the command's help is, not the help itself.
 */
export class UsageError extends Error {}

/**
 * Splits `--format json` / `--format=json` options from positional arguments. `known` lists each
 * option's allowed values, or a description of its value (`'<ISO date-time>'`) when any is allowed.
 */
export function parseOptions(
  args: string[],
  known: Record<string, readonly string[] | string>,
): { positional: string[]; options: Record<string, string> } {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      // Everything after `--` is positional, even a file named "-x.runbook.yaml".
      for (const rest of args.slice(i + 1)) positional.push(rest);
      break;
    }
    if (!OPTION_LIKE.test(arg)) {
      positional.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const written = equals < 0 ? arg : arg.slice(0, equals);
    const name = written.startsWith('--') ? written.slice(2) : undefined;
    const allowed = name === undefined ? undefined : known[name];
    if (name === undefined || allowed === undefined) throw unknownOption(written, known);
    const next = args[i + 1];
    const value = equals >= 0 ? arg.slice(equals + 1) : next?.startsWith('--') ? undefined : next;
    if (equals < 0 && value !== undefined) i++;
    const expected = typeof allowed === 'string' ? allowed : allowed.join(' or ');
    if (value === undefined) throw new UsageError(`${written} needs a value (${expected})`);
    if (typeof allowed !== 'string' && !allowed.includes(value))
      throw new UsageError(`${written} must be ${expected}, not "${value}"`);
    options[name] = value;
  }
  return { positional, options };
}

/** `--format`, `-x`, `-zone`: a word that can only be meant as an option (a time or file is not). */
const OPTION_LIKE = /^--?[A-Za-z]/;

/** "unknown option -zone (did you mean --zone?)", the option named as it was typed. */
function unknownOption(written: string, known: Record<string, unknown>): UsageError {
  const bare = written.replace(/^-+/, '');
  const [closest] = bare in known ? [bare] : closestMatches(bare, Object.keys(known), 1);
  return new UsageError(
    `unknown option ${written}${closest ? ` (did you mean --${closest}?)` : ''}`,
  );
}
