import { renderPreviewHtml } from '../../core/export/index';
import type { PreviewResult } from '../../protocol/requests';
import { unavailableHtml } from './preview-html';

// Apart from preview-html.ts: the exports' renderer (markdown-it, the formats) loads with the
// first preview drawn, not with the extension.

/**
 * The preview's body: the exports' renderer for a model (every string from the file escaped), or
 * the reason there is none, in the same `<main>` so that the page's script can swap either in.
 */
export function bodyHtml(
  result: PreviewResult,
  options: { nonce: string; cspSource: string },
): string {
  if (!result.ok) return unavailableHtml(result.message);
  try {
    return renderPreviewHtml(result.model, {
      standalone: false,
      nonce: options.nonce,
      cspSource: options.cspSource,
    });
  } catch (error) {
    // A renderer bug must not leave the panel blank: say what happened instead.
    return unavailableHtml(
      `The preview could not be drawn: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
