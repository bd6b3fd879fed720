/**
 * The fast YAML path gives up by throwing this one value; `fastParseYaml` catches it and returns
 * undefined, so the `yaml` package reads the text instead. Throwing keeps every scanner free of
 * "did it fail?" checks on the common path, and a text bails at most once.
 */
export const FAST_PATH_BAIL: unique symbol = Symbol('fast-path-bail');

/** Leaves the fast path: what follows is outside its subset or may be an error. */
export function bail(): never {
  // A symbol, not an Error: nothing is wrong, and leaving the fast path must not pay for a stack trace.
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  throw FAST_PATH_BAIL;
}
