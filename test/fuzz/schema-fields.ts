// Every field the JSON schemas know, as paths into a document: the type-confusion tests put each
// YAML type into each of them. Read from schemas/ so that a new field is covered without a test edit.
import announcementSchema from '../../schemas/announcement.schema.json';
import commonSchema from '../../schemas/common.schema.json';
import runbookSchema from '../../schemas/runbook.schema.json';
import type { DocumentKind } from '../../src/core/document-kind';
import type { JsonSchema } from '../../src/core/schema/schemas';

/** A path into a document: map keys and sequence indexes (always 0: the first item). */
export type FieldPath = ReadonlyArray<string | number>;

const FILES: Record<string, JsonSchema> = {
  'runbook.schema.json': runbookSchema,
  'announcement.schema.json': announcementSchema,
  'common.schema.json': commonSchema,
};

interface Located {
  schema: JsonSchema;
  file: JsonSchema;
}

function resolve(located: Located): Located {
  let { schema, file } = located;
  for (let hops = 0; schema.$ref && hops < 10; hops++) {
    const [fileName, pointer = ''] = schema.$ref.split('#');
    file = fileName ? (FILES[fileName] ?? file) : file;
    schema = pointer
      .split('/')
      .filter(Boolean)
      .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], file) as JsonSchema;
  }
  return { schema, file };
}

function branches(located: Located): Located[] {
  const resolved = resolve(located);
  const anyOf = resolved.schema.anyOf;
  return anyOf ? anyOf.map((schema) => resolve({ schema, file: resolved.file })) : [resolved];
}

/** Sample keys for maps whose keys are free (`sections`): one the examples use, one made up. */
const FREE_KEYS = ['what_to_expect', 'faq'];

/**
 * Every field path of a kind's schema, depth first (`window`, `window.start`, …), with the first
 * item of each array (`steps.0`, `steps.0.needs.0`) and sample keys of free maps.
 */
export function fieldPaths(kind: DocumentKind): FieldPath[] {
  const paths: FieldPath[] = [];
  const seen = new Set<string>();
  const add = (path: FieldPath) => {
    const key = path.join('.');
    if (!seen.has(key)) {
      seen.add(key);
      paths.push(path);
    }
  };
  const walk = (located: Located, path: FieldPath) => {
    if (path.length > 5) return;
    for (const { schema, file } of branches(located)) {
      for (const [key, property] of Object.entries(schema.properties ?? {})) {
        add([...path, key]);
        walk({ schema: property, file }, [...path, key]);
      }
      if (typeof schema.additionalProperties === 'object') {
        for (const key of FREE_KEYS) {
          add([...path, key]);
          walk({ schema: schema.additionalProperties, file }, [...path, key]);
        }
      }
      if (schema.items) {
        add([...path, 0]);
        walk({ schema: schema.items, file }, [...path, 0]);
      }
    }
  };
  const file = FILES[`${kind}.schema.json`];
  walk({ schema: file, file }, []);
  return paths;
}
