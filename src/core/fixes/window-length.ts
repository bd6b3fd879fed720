import type { Fix } from '../diagnostic';
import type { DocumentKind } from '../document-kind';
import { pairOf, valueOf, type YamlMap, type YamlNode, type YamlScalar } from '../yaml/tree';
import { durationText } from './durations';
import { insertPairAfter, replaceNode } from './yaml-edits';

/** Where a window's length is written: `length:`, else `end:`; neither means it lasts the planned length. */
export interface WrittenLength {
  key: 'length' | 'end';
  node: YamlScalar;
}

/** The map that holds a window's fields: a runbook's `window:`, an announcement's top level. */
export function windowMap(root: YamlNode | null, kind: DocumentKind): YamlMap | undefined {
  const map = kind === 'runbook' ? valueOf(root, 'window') : root;
  return map?.type === 'map' ? map : undefined;
}

/** The written `length` (or, without it, `end`) of a window, when it is a scalar with a value. */
export function writtenLength(
  root: YamlNode | null,
  kind: DocumentKind,
): WrittenLength | undefined {
  const map = windowMap(root, kind);
  for (const key of ['length', 'end'] as const) {
    const node = pairOf(map, key)?.value;
    if (node?.type === 'scalar' && node.value !== null) return { key, node };
  }
  return undefined;
}

/**
 * "Set length to 3h (…)" on a written `length`, or "Add length: 3h (…)" to a window with neither
 * `length` nor `end`, after its `start`/`zone` (the window's last field in a runbook). A window
 * closed by `end` gets no fix: which of start and end should move is the author's call.
 * `seconds` is written as it is; round it first where a plan asks for whole minutes.
 */
export function lengthFix(
  text: string,
  root: YamlNode | null,
  kind: DocumentKind,
  seconds: number,
  why: string,
): Fix | undefined {
  const value = durationText(seconds);
  const written = writtenLength(root, kind);
  if (written?.key === 'end') return undefined;
  if (written)
    return {
      title: `Set length to ${value} (${why})`,
      edits: [replaceNode(written.node, value)],
      preferred: true,
    };
  const map = windowMap(root, kind);
  const anchors =
    kind === 'runbook' ? map?.pairs : ['start', 'zone'].flatMap((key) => pairOf(map, key) ?? []);
  const after = anchors?.reduce<(typeof anchors)[number] | undefined>(
    (last, pair) => (!last || pair.end > last.end ? pair : last),
    undefined,
  );
  if (!map || !after) return undefined;
  return {
    title: `Add length: ${value} (${why})`,
    edits: [insertPairAfter(text, map, after, 'length', value)],
    preferred: true,
  };
}
