import { scalarOf, type YamlNode } from './yaml/tree';

export const DocumentKinds = ['runbook', 'announcement'] as const;
export type DocumentKind = (typeof DocumentKinds)[number];

/** The kind a file name implies: `*.runbook.yaml`, `*.announcement.yml`… */
export function kindFromFileName(fileName: string): DocumentKind | undefined {
  const match = /\.(runbook|announcement)\.ya?ml$/i.exec(fileName);
  return match ? (match[1].toLowerCase() as DocumentKind) : undefined;
}

/** Whether a path names a file this product checks (for folders given to `runbook lint`). */
export function isRunbookFileName(fileName: string): boolean {
  return kindFromFileName(fileName) !== undefined;
}

/** The kind a document declares with its top-level `kind:`, if it names a known one. */
export function kindFromContent(root: YamlNode | null): DocumentKind | undefined {
  const value = scalarOf(root, 'kind')?.value;
  return DocumentKinds.find((kind) => kind === value);
}

/** A file is what its `kind:` says; without one, what its name says. */
export function documentKind(root: YamlNode | null, fileName: string): DocumentKind | undefined {
  return kindFromContent(root) ?? kindFromFileName(fileName);
}
