import type { ErrorObject } from 'ajv';
import type { Diagnostic, Fix } from '../diagnostic';
import { DocumentKinds, kindFromFileName, type DocumentKind } from '../document-kind';
import { propertiesAt, schemaAt } from '../schema/schema-lookup';
import { common, schemasByKind, type JsonSchema } from '../schema/schemas';
import { validateAgainstSchema } from '../schema/validator';
import { closestMatches } from '../text/closest';
import { countNodes, ExpansionLimitError, isUnshared, toValue } from '../yaml/to-value';
import { scalarOf, type PathSegment, type YamlNode } from '../yaml/tree';
import { InstanceNodes } from '../schema/instance-nodes';
import type { RuleContext } from '../analysis-types';
import type { Rule } from './rule';

/** Aliases may repeat parts of a file, but not blow a few lines up into millions of values. */
const EXPANSION_ALLOWANCE = 100_000;

/** `schema`: the document's kind, then one diagnostic per JSON Schema failure, on the node at fault. */
export const schema: Rule = (context) => {
  // A text that is not valid YAML yet (mid-edit) would only add noise on top of the syntax errors.
  if (context.parsed.problems.length > 0) return [];
  const kindProblem = checkKind(context);
  if (kindProblem) return [kindProblem];
  const { parsed, kind } = context;
  const root = parsed.root;
  if (!kind || !root) return [];
  let value: unknown;
  try {
    // A tree without aliases converts to as many values as it has nodes: no need to count them.
    const budget = isUnshared(root) ? Infinity : EXPANSION_ALLOWANCE + 10 * countNodes(root);
    value = toValue(root, budget);
  } catch (error) {
    if (!(error instanceof ExpansionLimitError)) throw error;
    return [
      diagnostic(
        `YAML aliases in this file expand to too many values (${error.message}); this looks like an "alias bomb". Write the values out instead.`,
        0,
        firstLineEnd(context.text),
      ),
    ];
  }
  const errors = withoutBranchNoise(validateAgainstSchema(kind, value));
  const lookups = { nodes: new InstanceNodes(root), knownKeys: knownKeysOf(kind) };
  return errors.map((error) => toDiagnostic(error, kind, root, lookups));
};

function diagnostic(message: string, start: number, end: number, fixes?: Fix[]): Diagnostic {
  return {
    code: 'schema',
    severity: 'error',
    message,
    start,
    end: Math.max(end, start),
    ...(fixes && fixes.length > 0 ? { fixes } : {}),
  };
}

function firstLineEnd(text: string): number {
  const newline = text.indexOf('\n');
  return newline < 0 ? text.length : newline;
}

/** The document must be a mapping and say, by `kind:` or by its name, what it is. */
function checkKind({ parsed, kind, fileName, text }: RuleContext): Diagnostic | undefined {
  const root = parsed.root;
  if (!root) {
    if (parsed.problems.length > 0) return undefined;
    return diagnostic(
      'This file is empty. Start with `kind: runbook` or `kind: announcement` (the snippets "runbook" and "announcement" write a whole file).',
      0,
      0,
    );
  }
  if (root.type !== 'map') {
    const what = root.type === 'seq' ? 'a list' : 'a single value';
    return diagnostic(
      `The top level must be a mapping of keys (kind:, title:, …), but this file holds ${what}.`,
      root.start,
      Math.min(root.end, firstLineEnd(text)),
    );
  }
  const kindNode = scalarOf(root, 'kind');
  const named = kindFromFileName(fileName);
  if (kindNode && kindNode.value !== null && !kind) {
    const fixes = DocumentKinds.map((k) => ({
      title: `Change to "${k}"`,
      edits: [{ start: kindNode.start, end: kindNode.end, newText: k }],
    }));
    return diagnostic(
      `Unknown kind "${String(kindNode.value)}": use \`runbook\` or \`announcement\`.`,
      kindNode.start,
      kindNode.end,
      fixes,
    );
  }
  if (!kindNode && !named) {
    const fixes = DocumentKinds.map((k) => ({
      title: `Add "kind: ${k}"`,
      edits: [{ start: 0, end: 0, newText: `kind: ${k}\n` }],
    }));
    return diagnostic(
      'Missing `kind:`: add `kind: runbook` or `kind: announcement` (or name the file *.runbook.yaml or *.announcement.yaml).',
      root.start,
      firstLineEnd(text),
      fixes,
    );
  }
  return undefined;
}

/**
 * An `anyOf` failure comes with each branch's failures. Branches of the wrong type say nothing
 * useful; if the branch of the right type failed for a reason (an unknown key), report that reason,
 * else the `anyOf` alone ("must be a zone name or { zone, label }").
 */
function withoutBranchNoise(errors: ErrorObject[]): ErrorObject[] {
  // Sorted by path, the errors under an anyOf are two runs found by binary search (its own path,
  // then paths below it), so 10,000 failing entries cost no 10,000 × 10,000 comparisons.
  const byPath = errors.slice().sort((a, b) => compareText(a.instancePath, b.instancePath));
  const paths = byPath.map((error) => error.instancePath);
  const dropped = new Set<ErrorObject>();
  for (const anyOf of errors) {
    if (anyOf.keyword !== 'anyOf') continue;
    const own = anyOf.instancePath;
    let reasons = 0;
    const runs = [
      [firstAtOrAfter(paths, own), firstAtOrAfter(paths, `${own}\u0000`)],
      [firstAtOrAfter(paths, `${own}/`), firstAtOrAfter(paths, `${own}0`)],
    ];
    for (const [from, to] of runs) {
      for (let i = from; i < to; i++) {
        const error = byPath[i];
        if (error === anyOf) continue;
        if (error.keyword === 'type' && error.instancePath === own) dropped.add(error);
        else reasons++;
      }
    }
    if (reasons > 0) dropped.add(anyOf);
  }
  return errors.filter((error) => !dropped.has(error));
}

/** Plain code-unit order, as binary search needs (localeCompare is not). */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The first index whose path is not below `path` in code-unit order. */
function firstAtOrAfter(paths: readonly string[], path: string): number {
  let low = 0;
  let high = paths.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (paths[middle] < path) low = middle + 1;
    else high = middle;
  }
  return low;
}

function describePath(path: PathSegment[]): string {
  const last = [...path].reverse().find((segment) => typeof segment === 'string');
  return last === undefined ? 'The document' : `\`${String(last)}\``;
}

/**
 * The keys the schema knows at a path, one array per place in the schema (list indexes do not
 * matter): 20,000 unknown keys in steps share one array, so `closestMatches` indexes it once.
 */
function knownKeysOf(kind: DocumentKind): (path: readonly PathSegment[]) => string[] {
  const byPlace = new Map<string, string[]>();
  return (path) => {
    const place = path
      .map((segment) => (typeof segment === 'number' ? '/#' : `/${segment}`))
      .join('');
    let keys = byPlace.get(place);
    if (!keys) byPlace.set(place, (keys = Object.keys(propertiesAt(kind, path))));
    return keys;
  };
}

function toDiagnostic(
  error: ErrorObject,
  kind: DocumentKind,
  root: YamlNode,
  {
    nodes,
    knownKeys,
  }: { nodes: InstanceNodes; knownKeys: (path: readonly PathSegment[]) => string[] },
): Diagnostic {
  const { path, target } = nodes.resolve(error.instancePath);
  const node = target?.node ?? target?.pair?.key ?? root;
  const where = describePath(path);
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(error.params.additionalProperty);
      const pair = target ? nodes.pairIn(target.node, name) : undefined;
      const known = knownKeys(path);
      const suggestions = closestMatches(name, known, 3);
      const hint =
        suggestions.length > 0
          ? ` Did you mean ${suggestions.map((s) => `\`${s}\``).join(' or ')}?`
          : ` Known keys: ${known.join(', ')}.`;
      const key = pair?.key ?? node;
      const fixes = suggestions.map((s) => ({
        title: `Rename to "${s}"`,
        edits: [{ start: key.start, end: key.end, newText: s }],
      }));
      const container =
        where === 'The document'
          ? 'the document'
          : typeof path[path.length - 1] === 'number'
            ? `this ${where} entry`
            : where;
      return diagnostic(
        `Unknown key \`${name}\` in ${container}.${hint}`,
        key.start,
        key.end,
        fixes,
      );
    }
    case 'required': {
      const anchor =
        target?.pair?.key ?? (node.type === 'map' && node.pairs[0] ? node.pairs[0].key : node);
      const owner = typeof path[path.length - 1] === 'number' ? `This ${where} entry` : where;
      return diagnostic(
        `${owner} is missing the required key \`${String(error.params.missingProperty)}\`.`,
        anchor.start,
        anchor.end,
      );
    }
    case 'enum':
    case 'const': {
      const allowed = (
        error.keyword === 'enum'
          ? (error.params.allowedValues as unknown[])
          : [error.params.allowedValue]
      ).map(String);
      const found = node.type === 'scalar' ? String(node.value) : undefined;
      const suggestions = found ? closestMatches(found, allowed, allowed.length) : [];
      const fixes = (suggestions.length > 0 ? suggestions : allowed).map((value) => ({
        title: `Change to "${value}"`,
        edits: [{ start: node.start, end: node.end, newText: value }],
      }));
      return diagnostic(
        `${where} must be ${allowed.length === 1 ? `\`${allowed[0]}\`` : `one of ${allowed.map((a) => `\`${a}\``).join(', ')}`}${found !== undefined ? `, not \`${found}\`` : ''}.`,
        node.start,
        node.end,
        fixes,
      );
    }
    case 'type':
      return diagnostic(
        `${where} must be ${typeWords(String(error.params.type))}, not ${target?.node ? describeNode(target.node) : 'empty'}.`,
        node.start,
        node.end,
      );
    case 'pattern':
      // The definition declaring the pattern says what form is allowed; the field's own description only what it means.
      return diagnostic(
        `${where} is not valid: ${declaringDescription(error) ?? `it must match ${String(error.params.pattern)}`}`,
        node.start,
        node.end,
      );
    case 'anyOf': {
      const forms = (schemaAt(kind, path)?.description ?? 'one of the allowed forms.').replace(
        /^./,
        (c) => c.toLowerCase(),
      );
      const entry = typeof path[path.length - 1] === 'number' ? `Each entry of ${where}` : where;
      return diagnostic(
        `${entry} must be ${forms.replace(/\.$/, '')}; found ${describeNode(node)}.`,
        node.start,
        node.end,
      );
    }
    case 'minimum':
      return diagnostic(
        `${where} must be at least ${String(error.params.limit)}.`,
        node.start,
        node.end,
      );
    default:
      return diagnostic(`${where} ${error.message ?? 'is not valid'}.`, node.start, node.end);
  }
}

/** The description of the schema holding a failed keyword (`common.schema.json#/definitions/id/pattern` → the id's). */
function declaringDescription(error: ErrorObject): string | undefined {
  const [file, pointer = ''] = error.schemaPath.split('#');
  const byFile: Record<string, JsonSchema> = {
    'common.schema.json': common,
    'runbook.schema.json': schemasByKind.runbook,
    'announcement.schema.json': schemasByKind.announcement,
  };
  const schema = byFile[file];
  const holder = pointer
    .split('/')
    .filter(Boolean)
    .slice(0, -1)
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], schema);
  return (holder as JsonSchema | undefined)?.description;
}

function typeWords(type: string): string {
  const words: Record<string, string> = {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    object: 'a mapping of keys',
    array: 'a list',
    'string,number': 'a duration like 30m',
  };
  return words[type] ?? type;
}

function describeNode(node: YamlNode): string {
  if (node.type === 'map') return 'a mapping';
  if (node.type === 'seq') return 'a list';
  if (node.value === null) return 'empty';
  return typeof node.value === 'string' ? `the text "${node.value}"` : `\`${String(node.value)}\``;
}
