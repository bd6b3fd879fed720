import type { Diagnostic } from '../diagnostic';

/** `file-too-large`: one info instead of an analysis that would stall the editor. */
export function fileTooLarge(text: string, maxFileSize: number): Diagnostic[] {
  if (text.length <= maxFileSize) return [];
  const megabytes = (size: number) => `${(size / (1024 * 1024)).toFixed(1)} MB`;
  return [
    {
      code: 'file-too-large',
      severity: 'info',
      message: `This file is too large to analyse (${megabytes(text.length)}; the limit is ${megabytes(maxFileSize)}, set by runbook.maxFileSize). Split it, or raise the limit.`,
      start: 0,
      end: 0,
    },
  ];
}
