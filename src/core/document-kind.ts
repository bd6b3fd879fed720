import { scalarOf, type YamlNode } from './yaml/tree';

export const DocumentKinds = ['runbook', 'announcement'] as const;
export type DocumentKind = (typeof DocumentKinds)[number];

/** The kind a file name implies: `*.runbook.yaml`, `*.announcement.yml`… */
export function kindFromFileName(fileName: string): DocumentKind | undefined {
  const match = /\.(runbook|announcement)\.ya?ml$/i.exec(fileName);
  return match ? (match[1].toLowerCase() as DocumentKind) : undefined;
}

/**
 * The same file names as a glob, for file watchers (the extension's) and folder walks: keep it
 * matching `kindFromFileName` (test/unit/document-kind.test.ts checks both against package.json).
 */
export const RUNBOOK_FILE_GLOB = '**/*.{runbook,announcement}.{yaml,yml}';

/** Whether a path names a file this product checks (folders given to `runbook lint`, the server's workspace pass). */
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
