import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

/**
 * `npm run test:vscode`: the same suite as `npm run test:e2e`, in a VS Code that
 * @vscode/test-electron downloads. That needs a normal network (see docs/testing.md); on machines that
 * reach only the npm registry it fails at the download, and test:e2e runs it in code-server.
 */
async function main(): Promise<void> {
  // Bundled to out/test/vscode/run-electron.js: the repository is three folders up.
  const root = path.resolve(__dirname, '../../..');
  const exitCode = await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(__dirname, 'index.js'),
    launchArgs: [path.join(root, 'examples'), '--disable-extensions'],
  });
  process.exit(exitCode);
}

main().catch((error: unknown) => {
  console.error(
    `The VS Code suite could not run: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
