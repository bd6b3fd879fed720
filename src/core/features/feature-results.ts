// What the core features hand to the editor, in offsets; the server turns them into LSP types.

/** Markdown to show, and the span of text it is about. */
export interface Hover {
  markdown: string;
  start: number;
  end: number;
}

/** One completion proposal. */
export interface CompletionItem {
  label: string;
  /** `snippet`: the insert text is in VS Code's snippet syntax (placeholders, `$0`). */
  kind: 'key' | 'value' | 'step' | 'zone' | 'snippet';
  detail?: string;
  documentation?: string;
  insertText: string;
  /** What the editor matches the typed text against, when not the label. */
  filterText?: string;
  /** The order to show items in, when not by label. */
  sortText?: string;
  /** The text the item replaces: the partial word before the cursor. */
  start: number;
  end: number;
}

/** Completion proposals; `isIncomplete` when more would match, so the editor asks again as the word grows. */
export interface CompletionList {
  items: CompletionItem[];
  isIncomplete: boolean;
}
