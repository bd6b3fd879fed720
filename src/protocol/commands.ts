/**
 * Command ids the server sends in code lenses; the client registers them (package.json declares
 * them). Apart from requests.ts, which loads the protocol library: the client's commands are
 * registered at activation, before that library is needed.
 */
export const ServerCommands = {
  /** Arguments: the linked runbook's file URI, as a string, resolved against the announcement's URI. */
  openLinkedRunbook: 'runbook.openLinkedRunbook',
} as const;
