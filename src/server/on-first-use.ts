// What the server loads on first use, not at its start: esbuild.mjs bundles this module apart,
// into dist/server-on-first-use.js, and in the server's bundle each package listed here becomes
// a stand-in whose exports require that bundle when one is first read
// (scripts/build/on-first-use.mjs). The core reads them synchronously, so their imports stay
// static. The `yaml` package parses only what the fast path refuses (a syntax error, a construct
// runbooks are not written in): a clean runbook never reads it, and compiling it with the server
// was about a sixth of its bundle on each first start. Only packages can be listed here.
export * as yaml from 'yaml';
