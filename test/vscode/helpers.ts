import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'runbook-tools.maintenance-runbooks';

/**
 * How long a test waits for the language server: generous, since the first start compiles the
 * schemas and a busy machine is slow; below the suite's mocha timeout (test/vscode/index.ts), so a
 * missing answer fails with what was there last.
 */
const DEADLINE_MS = 60_000;

/** The repository: the extension under development is loaded from it, fixtures are read from it. */
export function repoPath(...parts: string[]): string {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not loaded in this VS Code`);
  return path.join(extension.extensionPath, ...parts);
}

export function fixtureUri(name: string): vscode.Uri {
  return vscode.Uri.file(repoPath('test/vscode/fixtures', name));
}

/** One line per diagnostic, for failure messages. */
export function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return '(none)';
  return diagnostics
    .map(
      (d) =>
        `${typeof d.code === 'object' ? String(d.code.value) : String(d.code)} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`,
    )
    .join('\n');
}

/**
 * Resolves with the diagnostics of `uri` as soon as `accept` takes them (now or after a change),
 * and fails after the deadline with what was there last: no fixed sleeps.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  { checkNow = true } = {},
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!accept(diagnostics)) return;
      stop();
      resolve(diagnostics);
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      stop();
      reject(
        new Error(
          `No ${what} for ${uri.toString()} within ${DEADLINE_MS} ms; last diagnostics:\n${describeDiagnostics(vscode.languages.getDiagnostics(uri))}`,
        ),
      );
    }, DEADLINE_MS);
    const stop = () => {
      subscription.dispose();
      clearTimeout(timer);
    };
    if (checkNow) check();
  });
}

/**
 * The next diagnostics published for `uri` after this call, even an unchanged empty list: the
 * server publishes after every open and edit, so this tells "still clean" from "not checked yet".
 * Call it before the action that triggers the publication.
 */
export function nextDiagnostics(uri: vscode.Uri, what: string): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(uri, () => true, what, { checkNow: false });
}

export const hasCode = (code: string) => (diagnostics: vscode.Diagnostic[]) =>
  diagnostics.some((d) => d.code === code);

/** Opens a file (without an editor) and waits for the server's first word on it. */
export async function openWithDiagnostics(
  uri: vscode.Uri,
): Promise<{ document: vscode.TextDocument; diagnostics: vscode.Diagnostic[] }> {
  assert.ok(
    !vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()),
    `${uri.fsPath} is already open: open each file once per suite`,
  );
  const published = nextDiagnostics(uri, 'first diagnostics');
  const document = await vscode.workspace.openTextDocument(uri);
  return { document, diagnostics: await published };
}

/** An untitled runbook whose text marks one cursor with `|` (`needs: [|]`). */
export async function openUntitled(
  marked: string,
): Promise<{ document: vscode.TextDocument; position: vscode.Position }> {
  const offset = marked.indexOf('|');
  const content = offset < 0 ? marked : marked.slice(0, offset) + marked.slice(offset + 1);
  const document = await vscode.workspace.openTextDocument({ language: 'runbook', content });
  return { document, position: document.positionAt(Math.max(offset, 0)) };
}

/** The range of the `occurrence`-th (0-based) appearance of `text` in the document. */
export function rangeOf(document: vscode.TextDocument, text: string, occurrence = 0): vscode.Range {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) {
    offset = document.getText().indexOf(text, offset + 1);
    assert.ok(
      offset >= 0,
      `"${text}" (occurrence ${occurrence}) is not in ${document.uri.toString()}`,
    );
  }
  return new vscode.Range(document.positionAt(offset), document.positionAt(offset + text.length));
}

/** Replaces the first `from` with `to` through a WorkspaceEdit, as another extension or a refactoring would. */
export async function replaceText(
  document: vscode.TextDocument,
  from: string,
  to: string,
): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, rangeOf(document, from), to);
  assert.ok(await vscode.workspace.applyEdit(edit), `the edit "${from}" → "${to}" was not applied`);
}

/** Plain text of hover contents, whatever form the provider used. */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

export function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/**
 * Asks `probe` again until `accept` takes its answer, and fails after the deadline with the last
 * answer: for what VS Code gives no event for (inlay hints after a settings change).
 */
export async function pollUntil<T>(
  probe: () => T | Thenable<T>,
  accept: (value: T) => boolean,
  what: string,
  describe: (value: T) => string = (value) => JSON.stringify(value),
): Promise<T> {
  const deadline = Date.now() + DEADLINE_MS;
  for (;;) {
    const value = await probe();
    if (accept(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`No ${what} within ${DEADLINE_MS} ms; last: ${describe(value)}`);
    // Between probes, yield to the extension host for a moment: this bounds the polling rate, it is not a wait for the answer.
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
