// The type-confusion cases: documents where a field the schemas know holds a value of another
// YAML type. One field at a time for the core (every field × every value), and grouped for the
// protocol test (every field of a group at once, per type) so that it stays quick.
import type { DocumentKind } from '../../src/core/document-kind';
import { parseYaml } from '../../src/core/yaml/parse-yaml';
import { nodeAtPath } from '../../src/core/yaml/tree';
import { fieldPaths, type FieldPath } from './schema-fields';
import { TEMPLATES } from './templates';
import { emitDocument, hasPath, withValues, type YamlValue } from './yaml-document';

export interface TypeCase {
  name: string;
  kind: DocumentKind;
  text: string;
  /** The span of the field that holds the value (absent for grouped cases and unreadable text). */
  focus?: { start: number; end: number };
}

/** Where the field at `path` is written in `text` (key and value), when the text parses. */
function spanOf(text: string, path: FieldPath): { start: number; end: number } | undefined {
  const target = nodeAtPath(parseYaml(text).root, path);
  const span = target?.pair ?? target?.node;
  return span ? { start: span.start, end: span.end } : undefined;
}

export const KINDS: readonly DocumentKind[] = ['runbook', 'announcement'];

/** The schema's field paths that the kind's template writes (`kind` itself is left alone). */
export function templatePaths(kind: DocumentKind): FieldPath[] {
  const template = TEMPLATES[kind]();
  return fieldPaths(kind).filter((path) => path.join('.') !== 'kind' && hasPath(template, path));
}

const caseText = (kind: DocumentKind, paths: readonly FieldPath[], value: YamlValue) =>
  emitDocument(
    withValues(
      TEMPLATES[kind](),
      paths.map((path) => [path, { block: value }]),
    ),
  );

/** One case per field and value: the field alone holds the value, everything else is valid. */
export function singleFieldCases(values: readonly YamlValue[]): TypeCase[] {
  return KINDS.flatMap((kind) =>
    templatePaths(kind).flatMap((path) =>
      values.map((value): TypeCase => {
        const text = caseText(kind, [path], value);
        const focus = spanOf(text, path);
        return {
          name: `${kind} ${path.join('.')}: ${value.name}`,
          kind,
          text,
          ...(focus ? { focus } : {}),
        };
      }),
    ),
  );
}

/** Fields of one depth share a case: none of them holds another, so each is written. */
function groupOf(path: FieldPath): string {
  return path.length === 1 ? 'top-level fields' : `fields at depth ${path.length}`;
}

/** One case per group of fields and value: every field of the group holds the value at once. */
export function groupedCases(values: readonly YamlValue[]): TypeCase[] {
  return KINDS.flatMap((kind) => {
    const groups = new Map<string, FieldPath[]>();
    for (const path of templatePaths(kind)) {
      const group = groupOf(path);
      groups.set(group, [...(groups.get(group) ?? []), path]);
    }
    return [...groups].flatMap(([group, paths]) =>
      values.map((value) => ({
        name: `${kind} ${group}: ${value.name}`,
        kind,
        text: caseText(kind, paths, value),
      })),
    );
  });
}
