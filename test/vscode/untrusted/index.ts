import { runTestsIn } from '../index';

/**
 * The entry of the Restricted Mode suite (`extensionTestsPath`), run by scripts/e2e/untrusted.mjs
 * in a code-server with workspace trust on and examples/ not trusted.
 */
export function run(): Promise<void> {
  return runTestsIn(__dirname);
}
