import { basename } from 'node:path';
import * as vscode from 'vscode';
import type { RunPlan } from '../../core/run/run-types';
import type { RunTarget } from './run-target';

const SCHEME = 'runbook-dry-run';

/**
 * Dry runs as read-only documents (`runbook-dry-run:`): the plan with each step's clock time and
 * the estimated end against the window and the deadline, from the core's dryRunText. Nothing runs.
 */
export class DryRunDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private readonly registration: vscode.Disposable;
  private count = 0;

  constructor() {
    this.registration = vscode.Disposable.from(
      vscode.workspace.registerTextDocumentContentProvider(SCHEME, this),
      vscode.workspace.onDidCloseTextDocument((document) =>
        this.texts.delete(document.uri.toString()),
      ),
    );
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }

  /** Opens the dry run of a target beside nothing else: a new read-only document each time. */
  async show(target: RunTarget, plan: RunPlan): Promise<{ lines: string[]; uri: vscode.Uri }> {
    const { dryRunText } = await import('../../core/run/dry-run');
    const lines = dryRunText(plan, target.analysis, Date.now());
    const uri = vscode.Uri.from({
      scheme: SCHEME,
      path: `/${basename(target.document.uri.fsPath)} (dry run).txt`,
      query: String(++this.count),
    });
    this.texts.set(uri.toString(), `${lines.join('\n')}\n`);
    await vscode.window.showTextDocument(uri, { preview: true });
    return { lines, uri };
  }

  dispose(): void {
    this.registration.dispose();
  }
}
