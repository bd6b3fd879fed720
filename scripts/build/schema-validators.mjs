// The schemas' validators, compiled by Ajv at build time into plain functions (Ajv's "standalone
// code"): compiling the schemas at run time cost the language server about 100 ms before its
// first diagnostics, and shipped Ajv's compiler in every bundle. Built on every build from
// schemas/*.json, so they cannot drift from the schemas; `src/core/schema/validator.ts` imports
// them as the module `virtual:schema-validators` (declared in compiled-validators.d.ts).
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const MODULE = 'virtual:schema-validators';
const NAMESPACE = 'schema-validators';

function readSchema(kind) {
  return JSON.parse(readFileSync(join('schemas', `${kind}.schema.json`), 'utf8'));
}

/** ES module source exporting one validate function per document kind. */
export function schemaValidatorsSource() {
  const ajv = new Ajv({
    allErrors: true,
    strict: true,
    allowUnionTypes: true,
    code: { source: true, esm: true },
  });
  ajv.addSchema(readSchema('common'));
  const exports = {};
  for (const kind of ['runbook', 'announcement']) {
    const schema = readSchema(kind);
    ajv.addSchema(schema);
    exports[kind] = schema.$id;
  }
  return standaloneCode(ajv, exports);
}

/** The esbuild plugin that serves `virtual:schema-validators`. */
export const schemaValidators = {
  name: NAMESPACE,
  setup(build) {
    build.onResolve({ filter: new RegExp(`^${MODULE}$`) }, () => ({
      path: MODULE,
      namespace: NAMESPACE,
    }));
    build.onLoad({ filter: /.*/, namespace: NAMESPACE }, () => ({
      contents: schemaValidatorsSource(),
      loader: 'js',
      resolveDir: process.cwd(),
      watchFiles: ['common', 'runbook', 'announcement'].map((kind) =>
        join(process.cwd(), 'schemas', `${kind}.schema.json`),
      ),
    }));
  },
};
