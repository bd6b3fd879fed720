import type { DocumentKind } from '../document-kind';
import type { PathSegment } from '../yaml/tree';
import { common, schemasByKind, type JsonSchema } from './schemas';

const byFile: Record<string, JsonSchema> = {
  'common.schema.json': common,
  'runbook.schema.json': schemasByKind.runbook,
  'announcement.schema.json': schemasByKind.announcement,
};

/** A schema together with the file its local `#/…` references resolve against. */
interface Located {
  schema: JsonSchema;
  file: JsonSchema;
}

/**
 * Resolves `$ref`s, keeping the description and examples written at the reference site: they
 * say what the field means here ("the step's name"), the target only what the type is.
 */
function resolve({ schema, file }: Located): Located {
  let current: Located = { schema, file };
  for (let hops = 0; current.schema.$ref && hops < 10; hops++) {
    const [fileName, pointer] = current.schema.$ref.split('#');
    const target = fileName ? byFile[fileName] : current.file;
    const resolved = pointer
      .split('/')
      .filter(Boolean)
      .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], target) as
      JsonSchema | undefined;
    if (!resolved || !target) break;
    current = { schema: { ...resolved, ...withoutRef(current.schema) }, file: target };
  }
  return current;
}

function withoutRef(schema: JsonSchema): JsonSchema {
  const { $ref: _ref, ...rest } = schema;
  return Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
}

/** The alternatives of a schema: itself, or each branch of its `anyOf`, resolved. */
function branches(located: Located): Located[] {
  const resolved = resolve(located);
  const anyOf = resolved.schema.anyOf;
  return anyOf ? anyOf.map((schema) => resolve({ schema, file: resolved.file })) : [resolved];
}

function child(located: Located, segment: PathSegment): Located | undefined {
  for (const branch of branches(located)) {
    const { schema, file } = branch;
    if (typeof segment === 'number') {
      if (schema.items) return resolve({ schema: schema.items, file });
      continue;
    }
    const property = schema.properties?.[segment];
    if (property) return resolve({ schema: property, file });
    if (typeof schema.additionalProperties === 'object')
      return resolve({ schema: schema.additionalProperties, file });
  }
  return undefined;
}

/** The schema that describes the node at `path` in a document of `kind`, references resolved. */
export function schemaAt(kind: DocumentKind, path: readonly PathSegment[]): JsonSchema | undefined {
  const root = schemasByKind[kind];
  let located: Located | undefined = resolve({ schema: root, file: root });
  for (const segment of path) {
    located = located && child(located, segment);
  }
  return located?.schema;
}

/** The properties an object at `path` may have, across `anyOf` branches. */
export function propertiesAt(
  kind: DocumentKind,
  path: readonly PathSegment[],
): Record<string, JsonSchema> {
  const root = schemasByKind[kind];
  let located: Located | undefined = resolve({ schema: root, file: root });
  for (const segment of path) located = located && child(located, segment);
  if (!located) return {};
  const result: Record<string, JsonSchema> = {};
  for (const branch of branches(located)) {
    for (const [name, property] of Object.entries(branch.schema.properties ?? {})) {
      result[name] = resolve({ schema: property, file: branch.file }).schema;
    }
  }
  return result;
}

/** The values a scalar at `path` may take, from `enum` or `const`. */
export function allowedValuesAt(kind: DocumentKind, path: readonly PathSegment[]): unknown[] {
  const schema = schemaAt(kind, path);
  if (!schema) return [];
  if (schema.enum) return schema.enum;
  return schema.const !== undefined ? [schema.const] : [];
}
