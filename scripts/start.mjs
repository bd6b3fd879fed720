// `npm start`: build, then open examples/ with the extension loaded. In VS Code's Extension
// Development Host when the `code` command exists; otherwise in code-server (the browser VS Code)
// at http://127.0.0.1:8080, with the extension linked in as an installed one so that toasts and
// workspace trust behave as they do for users. The examples are the product's own files, so they
// open trusted: the Run commands work on examples/demo without the Restricted Mode banner first.
// `npm start -- --check` loads the page once in
// headless Chromium, checks the extension's diagnostics show, and stops.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { launchBrowser, onInterrupt, startCodeServer } from './e2e/code-server.mjs';
import { linkDevelopmentExtension } from './e2e/dev-extension.mjs';
import { expectRunbookProblem } from './e2e/workbench.mjs';

const ROOT = join(import.meta.dirname, '..');
const EXAMPLES = join(ROOT, 'examples');
const PORT = Number(process.env.PORT ?? 8080);
const check = process.argv.includes('--check');
const say = (line) => console.log(`[start] ${line}`);

function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    say(`${command} ${args.join(' ')} failed (${result.status ?? result.signal})`);
    process.exit(1);
  }
}

const hasCode = spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0;

run('npm', ['run', '--silent', 'build']);
if (hasCode && !check) {
  say('opening examples/ in an Extension Development Host');
  run('code', [`--extensionDevelopmentPath=${ROOT}`, '--disable-workspace-trust', EXAMPLES]);
  process.exit(0);
}

say(
  hasCode
    ? 'checking in code-server (--check)'
    : 'no `code` command: using code-server, the browser VS Code',
);
run('bash', [join(ROOT, 'scripts/e2e/install.sh')]);

const state = join(ROOT, '.e2e/start');
const extensionsDir = join(state, 'extensions');
linkDevelopmentExtension(extensionsDir);
const server = await startCodeServer({
  port: PORT,
  extensionsDir,
  userDataDir: join(state, 'user-data'),
  smokeTestDriver: false,
  workspaceTrust: false,
}).catch((error) => {
  say(`code-server did not start on port ${PORT} (set PORT=… to use another): ${error.message}`);
  process.exit(1);
});
let stopping = false;
onInterrupt(async () => {
  stopping = true;
  say('stopping code-server');
  await server.stop();
});
const url = server.url({ folder: EXAMPLES });

if (check) {
  const browser = await launchBrowser({ home: server.home });
  let code = 0;
  try {
    await browser.page.goto(
      server.url({
        folder: EXAMPLES,
        payload: [
          ['openFile', server.remoteUri(join(EXAMPLES, 'broken/unknown-step.runbook.yaml'))],
        ],
      }),
    );
    const { row } = await expectRunbookProblem(browser.page, 'unknown-step');
    say(`check PASS: ${url} shows ${row.source}(${row.code}) "${row.message}" ${row.line}`);
  } catch (error) {
    say(`check FAIL: ${error.message}`);
    code = 1;
  } finally {
    await browser.close();
    await server.stop();
  }
  process.exit(code);
}

say(`Maintenance Runbooks is running in VS Code for the browser:\n\n    ${url}\n`);
say(
  'edit the extension, run `npm run build` (or `npm run watch`), then reload the page. Ctrl-C stops.',
);
const stopped = await server.exited;
if (!stopping) {
  say(`code-server stopped by itself (${stopped}); its last output:\n${server.output()}`);
  await server.stop();
  process.exit(1);
}
