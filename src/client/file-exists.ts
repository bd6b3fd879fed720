import * as vscode from 'vscode';

/** Whether anything is at `uri` (a file or a folder), through VS Code's file system. */
export async function fileExists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
