import * as vscode from 'vscode';
import type { RunConfirmation } from './run-confirmation';
import type { Question } from './run-questions';

/**
 * Everything a run asks or tells a person, in one place: VS Code's dialogs here; the VS Code tests
 * put their own in its place (through the extension's API in test mode) to answer the modals.
 */
export interface RunPrompts {
  /** The modal before anything runs, listing every command; true only when the person chose `action`. */
  confirmRun(confirmation: RunConfirmation, action: string): Promise<boolean>;
  /** A yes/no modal (resume a changed runbook, stop the run). */
  confirm(message: string, action: string): Promise<boolean>;
  /** Shows a question of the run; its answer, or undefined when dismissed (the tree still offers it). */
  ask(question: Question): Promise<string | undefined>;
  /** A notification; resolves with the action chosen, if any. */
  show(
    level: 'info' | 'warning' | 'error',
    message: string,
    ...actions: string[]
  ): Thenable<string | undefined>;
}

const answerOf = (question: Question, label: string | undefined) =>
  question.choices.find((choice) => choice.label === label)?.answer;

/** The real dialogs: modals for the confirmation and the go/no-go, a quick pick after a crash, notifications otherwise. */
export const vscodePrompts: RunPrompts = {
  async confirmRun({ message, detail }, action) {
    const chosen = await vscode.window.showWarningMessage(message, { modal: true, detail }, action);
    return chosen === action;
  },
  async confirm(message, action) {
    return (await vscode.window.showWarningMessage(message, { modal: true }, action)) === action;
  },
  async ask(question) {
    const labels = question.choices.map((choice) => choice.label);
    if (question.kind === 'interrupted') {
      const picked = await vscode.window.showQuickPick(
        labels.map((label) => ({ label })),
        { title: question.message, placeHolder: 'How did this step end?', ignoreFocusOut: true },
      );
      return answerOf(question, picked?.label);
    }
    if (question.kind === 'deadline') {
      const chosen = await vscode.window.showWarningMessage(
        question.message,
        { modal: true },
        ...labels,
      );
      // Dismissed: ask again without blocking the window; the tree offers the same choices.
      return answerOf(
        question,
        chosen ?? (await vscode.window.showWarningMessage(question.message, ...labels)),
      );
    }
    const show =
      question.kind === 'manual'
        ? vscode.window.showInformationMessage
        : vscode.window.showWarningMessage;
    return answerOf(question, await show(question.message, ...labels));
  },
  show(level, message, ...actions) {
    if (level === 'error') return vscode.window.showErrorMessage(message, ...actions);
    if (level === 'warning') return vscode.window.showWarningMessage(message, ...actions);
    return vscode.window.showInformationMessage(message, ...actions);
  },
};
