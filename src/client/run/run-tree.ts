import * as vscode from 'vscode';
import type { RunNode } from './run-nodes';

/** The view's id in package.json. */
export const RUN_VIEW_ID = 'runbook.runView';

/** What the tree shows: the nodes, the warnings (the view's message and badge), and a title. */
export interface RunTreeContent {
  nodes: RunNode[];
  warnings: readonly string[];
  /** "demo: running", "demo: rolled back"; undefined before any run. */
  title?: string;
}

/**
 * The native tree of the run: each step with a state icon and "2:41 / est 5m · planned 10m",
 * inline actions (Retry, Skip, Roll Back, Abort, Mark Done, …) on steps a question waits on. The
 * nodes come from run-nodes.ts; the inline actions get the node and answer its question.
 */
export class RunTree implements vscode.TreeDataProvider<RunNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<RunNode>;
  private content: RunTreeContent = { nodes: [], warnings: [] };

  constructor() {
    this.view = vscode.window.createTreeView(RUN_VIEW_ID, { treeDataProvider: this });
  }

  /** Shows new content: the items, the view's description, message and badge. */
  update(content: RunTreeContent): void {
    this.content = content;
    this.view.description = content.title ?? '';
    const { warnings } = content;
    this.view.message = warnings.join('\n');
    this.view.badge =
      warnings.length === 0
        ? undefined
        : {
            value: warnings.length,
            tooltip: warnings.length === 1 ? '1 warning' : `${warnings.length} warnings`,
          };
    this.changed.fire(undefined);
  }

  /** The nodes as drawn now (the extension's API hands them to the VS Code tests). */
  get nodes(): readonly RunNode[] {
    return this.content.nodes;
  }

  /** Shows the view (its container opens) without taking the focus from the editor. */
  reveal(): void {
    const first = this.content.nodes[0];
    // The view may not be shown yet (its when clause is being evaluated): then the next run reveals it.
    if (first)
      this.view.reveal(first, { select: false, focus: false }).then(undefined, () => undefined);
  }

  getParent(): undefined {
    return undefined;
  }

  getChildren(element?: RunNode): RunNode[] {
    return element ? [] : this.content.nodes;
  }

  getTreeItem(node: RunNode): vscode.TreeItem {
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
    item.id = node.kind === 'step' ? `step:${node.step}` : `question:${node.questionId}`;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.contextValue = node.contextValue;
    item.iconPath = new vscode.ThemeIcon(
      node.icon,
      node.color === undefined ? undefined : new vscode.ThemeColor(node.color),
    );
    return item;
  }

  dispose(): void {
    this.view.dispose();
    this.changed.dispose();
  }
}
