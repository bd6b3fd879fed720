/**
 * Bad command-line usage: exit code 2. The help text follows unless `showHelp` is false, as for a
 * mistyped zone or time, where the message alone says what to change.
 */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly showHelp = true,
  ) {
    super(message);
  }
}

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
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split('=', 2);
    const allowed = known[name];
    if (!allowed) throw new UsageError(`unknown option --${name}`);
    const value = inline ?? args[++i];
    const expected = typeof allowed === 'string' ? allowed : allowed.join(' or ');
    if (value === undefined) throw new UsageError(`--${name} needs a value (${expected})`);
    if (typeof allowed !== 'string' && !allowed.includes(value))
      throw new UsageError(`--${name} must be ${expected}, not "${value}"`);
    options[name] = value;
  }
  return { positional, options };
}
