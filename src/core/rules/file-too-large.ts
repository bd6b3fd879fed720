import type { Diagnostic } from '../diagnostic';
import { BYTES_PER_MEGABYTE } from '../settings';

/** `file-too-large`: one info instead of an analysis that would stall the editor. */
export function fileTooLarge(text: string, maxBytes: number): Diagnostic[] {
  if (text.length <= maxBytes) return [];
  const megabytes = (bytes: number) => `${(bytes / BYTES_PER_MEGABYTE).toFixed(1)} MB`;
  return [
    {
      code: 'file-too-large',
      severity: 'info',
      message: `This file is too large to analyse (${megabytes(text.length)}; the limit is ${megabytes(maxBytes)}, set by runbook.maxFileSize). Split it, or raise the limit.`,
      start: 0,
      end: 0,
    },
  ];
}
