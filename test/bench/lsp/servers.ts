// The two servers `npm run bench` compares, and how each is configured for the generated files.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ConfigurationItem } from 'vscode-languageserver-protocol/node';
import { GENERATED_NOW } from '../generate-runbook';
import { codeCacheArgs, SERVER_ENV, SERVER_EXEC_ARGV } from '../../../src/protocol/server-process';
import type { ServerSpec } from './bench-client';

/** The repository root, above out/test/… wherever the bundle that holds this module lies. */
export const REPO_ROOT = repositoryRoot(__dirname);

function repositoryRoot(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir))
    if (existsSync(join(dir, 'package.json'))) return dir;
  throw new Error(`No package.json above ${from}.`);
}

/**
 * Ours, built (dist/server.js), with the V8 options and environment the extension starts it with,
 * and a code cache folder when one is given, as the extension gives its storage.
 * `runbook.maxFileSize` is raised to 100 MB so that the
 * 100,000-step file (about 25 MB) is analysed rather than skipped; "now" is pinned so that the
 * generated window is in the past.
 */
export function ours(codeCacheDir?: string): ServerSpec {
  return {
    name: 'ours',
    args: [
      ...SERVER_EXEC_ARGV,
      join(REPO_ROOT, 'dist/server.js'),
      '--stdio',
      ...codeCacheArgs(codeCacheDir),
    ],
    env: SERVER_ENV,
    initializationOptions: { now: GENERATED_NOW },
    configuration: (item: ConfigurationItem) => (item.section === 'runbook' ? RUNBOOK : null),
  };
}
const RUNBOOK = { maxFileSize: 100 };

/**
 * Red Hat's yaml-language-server (the pinned devDependency), given our JSON schemas for the same
 * file names through `yaml.schemas`. The schemas are copied with `$id` set to the copy's own file
 * URL: their `$ref`s to common.schema.json then resolve on disk instead of over the network.
 * Its schema store (a download) is off.
 */
export function yamlLanguageServer(workDir: string): ServerSpec {
  const schemas = localSchemas(join(workDir, 'schemas'));
  const yaml = {
    validate: true,
    hover: true,
    completion: true,
    schemaStore: { enable: false },
    schemas: {
      [schemas['runbook.schema.json']]: ['*.runbook.yaml'],
      [schemas['announcement.schema.json']]: ['*.announcement.yaml'],
    },
  };
  return {
    name: 'yaml-language-server',
    args: [
      join(REPO_ROOT, 'node_modules/yaml-language-server/bin/yaml-language-server'),
      '--stdio',
    ],
    configuration: (item: ConfigurationItem) => (item.section === 'yaml' ? yaml : null),
    settings: { yaml },
  };
}

/** Copies of schemas/*.json into `dir`, each `$id` its own file URL; returns the URLs by name. */
function localSchemas(dir: string): Record<string, string> {
  mkdirSync(dir, { recursive: true });
  const urls: Record<string, string> = {};
  for (const name of readdirSync(join(REPO_ROOT, 'schemas'))) {
    const path = join(dir, name);
    const url = pathToFileURL(path).href;
    const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', name), 'utf8')) as object;
    writeFileSync(path, JSON.stringify({ ...schema, $id: url }, null, 2));
    urls[name] = url;
  }
  return urls;
}
