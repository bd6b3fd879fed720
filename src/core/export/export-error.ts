/**
 * An export that cannot be made from what the file says, such as a calendar event without a valid
 * start. The message says why, for the CLI's stderr and the editor's notification.
 */
export class ExportError extends Error {}
