/**
 * An export that cannot be made from what the file says, such as a calendar event without a valid
 * start. The message says why, for the CLI's stderr and the editor's notification.
 */
export class ExportError extends Error {}

/** Why an export that needs a window's end cannot be made (`window-without-end`), and what to add. */
export const NO_END =
  'nothing in this file gives the window a length. Add `length:` or `end:` (or estimates: the window then lasts the planned length).';
