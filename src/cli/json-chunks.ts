/** How many levels of arrays and objects are taken apart; below that each value is printed whole. */
const OPEN_LEVELS = 3;

/**
 * The text of `JSON.stringify(value, null, 2)`, in pieces: the outer arrays and objects item by
 * item, so that a list of 100,000 diagnostics is never one string. Each piece is one item's text,
 * small whatever the list's length. Only plain data (what the CLI prints) is expected: objects,
 * arrays, strings, numbers, booleans and null.
 */
export function* jsonChunks(value: unknown, level = 0): Generator<string> {
  const indent = '  '.repeat(level);
  if (level >= OPEN_LEVELS || value === null || typeof value !== 'object' || printedWhole(value)) {
    // Nested lines get this level's indentation, as JSON.stringify would have given them.
    yield (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield `${i > 0 ? ',' : ''}\n${inner}`;
      yield* jsonChunks(value[i] === undefined ? null : value[i], level + 1);
    }
    yield `\n${indent}]`;
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([, item]) => !omitted(item),
  );
  yield '{';
  for (let i = 0; i < entries.length; i++) {
    const [key, item] = entries[i];
    yield `${i > 0 ? ',' : ''}\n${inner}${JSON.stringify(key)}: `;
    yield* jsonChunks(item, level + 1);
  }
  yield `\n${indent}}`;
}

/** What JSON.stringify leaves out of an object. */
function omitted(item: unknown): boolean {
  return item === undefined || typeof item === 'function' || typeof item === 'symbol';
}

/** Empty, or converted by its own toJSON: JSON.stringify prints it in one piece. */
function printedWhole(value: object): boolean {
  if ('toJSON' in value) return true;
  if (Array.isArray(value)) return value.length === 0;
  return Object.values(value).every(omitted);
}
