// One value of each YAML type, written in each form the type-confusion tests put into every field.
import { TITLE_ANCHOR } from './templates';
import type { YamlValue } from './yaml-document';

const value = (name: string, head: string, lines?: string[]): YamlValue =>
  lines ? { name, head, lines } : { name, head };

/** Every YAML type and form: scalars of each core-schema type, collections, block scalars, anchors, tags. */
export const YAML_VALUES: readonly YamlValue[] = [
  value('null', 'null'),
  value('tilde null', '~'),
  value('no value', ''),
  value('bool', 'true'),
  value('int', '42'),
  value('negative int', '-7'),
  value('huge int', '123456789012345678901234567890'),
  value('float', '1.5'),
  value('float overflow', '1e309'),
  value('.inf', '.inf'),
  value('-.inf', '-.inf'),
  value('.nan', '.nan'),
  value('string', 'hello world'),
  value('quoted time string', '"08:00 BST"'),
  value('empty string', '""'),
  value('flow sequence', '[a, 1, [b], {c: d}]'),
  value('block sequence', '', ['- a', '- 2', '- k: v']),
  value('empty sequence', '[]'),
  value('flow mapping', '{a: 1, b: [x]}'),
  value('block mapping', '', ['a: 1', 'b:', '  - x']),
  value('empty mapping', '{}'),
  value('literal block scalar', '|', ['line one', 'line two: 8:00 BST']),
  value('folded block scalar', '>-', ['folded', 'text']),
  value('alias', `*${TITLE_ANCHOR}`),
  value('anchored value', '&v 30m'),
  value('undefined alias', '*nowhere'),
  value('!!str tag', '!!str 30m'),
  value('!!binary tag', '!!binary aGVsbG8='),
  value('local tag', '!custom value'),
  value('!!omap', '!!omap [a: 1, b: 2]'),
  value('!!set', '!!set {a, b}'),
  value('!!timestamp', '!!timestamp 2026-07-19'),
];

/** One value per YAML type, for the protocol test where every request runs on every node. */
export const YAML_TYPE_REPRESENTATIVES: readonly YamlValue[] = YAML_VALUES.filter((v) =>
  [
    'null',
    'bool',
    'int',
    'float',
    '.inf',
    'string',
    'empty string',
    'block sequence',
    'flow mapping',
    'literal block scalar',
    'alias',
    'local tag',
    '!!omap',
  ].includes(v.name),
);
