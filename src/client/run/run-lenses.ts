import * as vscode from 'vscode';
import type { RunLensTarget } from './run-lens-targets';
import type { RunManager } from './run-manager';
import { analysisSettingsFor } from './run-target';

/**
 * `▶ Run` over `steps:` and `▶ Run from here` over each step, computed in the extension from the
 * core's analysis (the server's lenses are the plan's sum). Registered only in a trusted
 * workspace; rendering a lens runs nothing. While this runbook runs, the lens over `steps:` is
 * `■ Stop run`; while another one runs, there are none.
 */
export class RunLenses implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  /** The targets of each document's last analysed version. */
  private readonly cache = new Map<string, { version: number; targets: RunLensTarget[] }>();
  private readonly subscriptions: vscode.Disposable[];
  private wasRunning = false;

  constructor(private readonly runs: RunManager) {
    this.subscriptions = [
      vscode.workspace.onDidCloseTextDocument((document) =>
        this.cache.delete(document.uri.toString()),
      ),
      // A run starting or ending changes the lenses; its every tick does not.
      runs.onDidChange(() => {
        if (runs.running === this.wasRunning) return;
        this.wasRunning = runs.running;
        this.changed.fire();
      }),
    ];
  }

  async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    if (!vscode.workspace.isTrusted || document.uri.scheme !== 'file') return [];
    const range = (target: RunLensTarget) =>
      new vscode.Range(document.positionAt(target.start), document.positionAt(target.end));
    const targets = await this.targetsOf(document);
    if (this.runs.running) {
      const ours = this.runs.run?.uri.toString() === document.uri.toString();
      const all = targets.find((target) => target.step === undefined);
      if (!ours || !all) return [];
      return [new vscode.CodeLens(range(all), { title: '■ Stop run', command: 'runbook.stopRun' })];
    }
    return targets.map(
      (target) =>
        new vscode.CodeLens(
          range(target),
          target.step === undefined
            ? { title: '▶ Run', command: 'runbook.run', arguments: [document.uri] }
            : {
                title: '▶ Run from here',
                command: 'runbook.runFrom',
                arguments: [document.uri, target.step],
              },
        ),
    );
  }

  private async targetsOf(document: vscode.TextDocument): Promise<RunLensTarget[]> {
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached?.version === document.version) return cached.targets;
    // The analysis is loaded with the first lens asked for: activation needs none of it.
    const [{ analyze }, { runLensTargets }] = await Promise.all([
      import('../../core/analyze'),
      import('./run-lens-targets'),
    ]);
    const name = document.uri.path.split('/').pop() ?? '';
    const analysis = analyze(document.getText(), name, analysisSettingsFor(document.uri));
    const targets = runLensTargets(analysis);
    this.cache.set(key, { version: document.version, targets });
    return targets;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.changed.dispose();
  }
}
