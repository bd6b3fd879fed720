// dist/server.js: the language server's entry. It runs the server's bundle (dist/server-main.js,
// from src/server/server.ts) with V8's code cache when the command line names a folder for it.
import { join } from 'node:path';
import { codeCacheDirOf, runWithCodeCache } from './code-cache';

runWithCodeCache(join(__dirname, 'server-main.js'), codeCacheDirOf(process.argv));
