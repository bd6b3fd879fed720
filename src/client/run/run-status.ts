import * as vscode from 'vscode';
import { isLate, statusText, type RunClock } from './run-labels';

/** What the run's status bar item shows now; read by the extension's API in test mode. */
export interface RunStatus {
  visible: boolean;
  text: string;
  tooltip: string;
}

/**
 * The run in the status bar: elapsed time, the window's end and the projected end
 * (`$(run-all) demo 2:41 · window ends 22:10 · projected 22:08`), warning-coloured when the
 * projection is past the window's end. Clicking it shows the run's view.
 */
export class RunStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(
    'runbook.run',
    vscode.StatusBarAlignment.Left,
    9,
  );
  private shown = false;

  constructor(focusCommand: string) {
    this.item.name = 'Runbook run';
    this.item.command = focusCommand;
  }

  get status(): RunStatus {
    const tooltip = this.item.tooltip;
    return {
      visible: this.shown,
      text: this.item.text,
      tooltip: typeof tooltip === 'string' ? tooltip : (tooltip?.value ?? ''),
    };
  }

  update(clock: RunClock | undefined, details: string): void {
    if (!clock) {
      this.item.hide();
      this.shown = false;
      return;
    }
    const icon = clock.outcome
      ? clock.outcome === 'done'
        ? '$(pass)'
        : '$(warning)'
      : '$(run-all)';
    this.item.text = `${icon} ${statusText(clock)}`;
    this.item.tooltip = details;
    this.item.backgroundColor =
      !clock.outcome && isLate(clock)
        ? new vscode.ThemeColor('statusBarItem.warningBackground')
        : undefined;
    this.item.show();
    this.shown = true;
  }

  dispose(): void {
    this.item.dispose();
  }
}
