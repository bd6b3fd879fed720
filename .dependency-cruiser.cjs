// The architecture as a check (npm run lint:imports): no import cycles anywhere, and each layer
// imports only what docs/architecture.md says it may.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'An import cycle hides which module depends on which; split out the shared part.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment:
        'src/core is used by the server, the client and the CLI: no editor, protocol, file system or process access.',
      from: { path: '^src/core/' },
      to: {
        path: [
          '^vscode$|node_modules/@types/vscode/',
          '(^|node_modules/)vscode-(languageserver|languageclient|jsonrpc)',
          '^(node:)?(fs|fs/promises|child_process|net|http|https|worker_threads)$',
          '^src/(server|client|cli|file-access|protocol|runner)/',
        ],
        dependencyTypes: [
          'core',
          'npm',
          'npm-dev',
          'npm-no-pkg',
          'npm-unknown',
          'local',
          'unknown',
          'undetermined',
        ],
      },
    },
    {
      name: 'core-no-process-globals',
      severity: 'error',
      comment: 'The core reads no process state: time, settings and files are its inputs.',
      from: { path: '^src/core/' },
      to: { path: '^(node:)?(process|os)$' },
    },
    {
      name: 'protocol-is-shared',
      severity: 'error',
      comment: 'The protocol is imported by both client and server, so it imports neither.',
      from: { path: '^src/protocol/' },
      to: {
        path: [
          '^src/(server|client|cli|file-access)/',
          '^vscode$|node_modules/@types/vscode/',
          '(^|node_modules/)vscode-languageserver/',
          '(^|node_modules/)vscode-languageclient',
        ],
      },
    },
    {
      name: 'file-access-is-shared',
      severity: 'error',
      comment: 'File access serves the server and the CLI alike: it knows neither, nor the editor.',
      from: { path: '^src/file-access/' },
      to: {
        path: [
          '^src/(server|client|cli|protocol)/',
          '^vscode$|node_modules/@types/vscode/',
          '(^|node_modules/)vscode-language',
        ],
      },
    },
    {
      name: 'runner-is-shared',
      severity: 'error',
      comment:
        'The runner (executor, journal file, step logs) serves the CLI and the extension alike: it knows neither, nor the editor.',
      from: { path: '^src/runner/' },
      to: {
        path: [
          '^src/(server|client|cli|protocol|file-access)/',
          '^vscode$|node_modules/@types/vscode/',
          '(^|node_modules/)vscode-language',
        ],
      },
    },
    {
      name: 'server-not-client-or-cli',
      severity: 'error',
      from: { path: '^src/server/' },
      to: {
        path: [
          '^src/(client|cli|runner)/',
          '^vscode$|node_modules/@types/vscode/',
          '(^|node_modules/)vscode-languageclient',
        ],
      },
    },
    {
      name: 'client-talks-through-protocol',
      severity: 'error',
      comment: 'The client reaches the server through the protocol, never by importing it.',
      from: { path: '^src/client/' },
      to: {
        path: [
          '^src/(server|cli|file-access)/',
          '(^|node_modules/)vscode-languageserver/',
          '^(node:)?child_process$',
        ],
      },
    },
    {
      name: 'cli-not-editor',
      severity: 'error',
      from: { path: '^src/cli/' },
      to: {
        path: [
          '^src/(server|client|protocol)/',
          '^vscode$|node_modules/@types/vscode/',
          '(^|node_modules/)vscode-language',
        ],
      },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      // virtual: modules are made by the build (scripts/build/).
      to: { couldNotResolve: true, pathNot: '^(vscode|virtual:.+)$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|out|\\.e2e)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
