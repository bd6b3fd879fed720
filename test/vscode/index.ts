import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/**
 * The entry VS Code calls inside the extension host (`extensionTestsPath`), under
 * @vscode/test-electron and under code-server alike: runs every compiled *.test.js beside it.
 * Rejecting makes VS Code exit with 1; the last line is the runners' summary.
 */
export function run(): Promise<void> {
  return runTestsIn(__dirname);
}

/** Runs every compiled *.test.js in `dir` (not below it: untrusted/ is a suite of its own). */
export function runTestsIn(dir: string): Promise<void> {
  // Above helpers.ts's 60 s deadline for the server, so a test waiting on it fails with its message.
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 180_000 });
  const files = readdirSync(dir).filter((name) => name.endsWith('.test.js'));
  for (const name of files.sort()) mocha.addFile(path.join(dir, name));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      console.log(`${runner.stats?.passes ?? 0} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} VS Code test(s) failed`));
      else if (files.length === 0) reject(new Error(`No *.test.js files in ${dir}`));
      else resolve();
    });
  });
}
