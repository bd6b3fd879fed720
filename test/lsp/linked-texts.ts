import type { Diagnostic } from 'vscode-languageserver-protocol';

// The runbook and announcement the linked-runbook tests share: 15m + the given estimate, doubled,
// against a 2h window in Europe/London in 2099.

export const runbookText = (estimate: string) =>
  `kind: runbook\ntitle: Upgrade\nwindow:\n  start: 2099-07-19 08:00\n  zone: Europe/London\n  length: 2h\nsteps:\n  - id: backup\n    estimate: 15m\n  - id: upgrade\n    estimate: ${estimate}\n`;

export const announcementText = (link: string) =>
  `kind: announcement\ntitle: Upgrade\nrunbook: ${link}\nstart: 2099-07-19 08:00\nzone: Europe/London\nlength: 2h\n`;

export const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => String(d.code));

export const SHORT = 'window-shorter-than-planned';
