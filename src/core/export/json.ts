import { inertText } from '../text/inert-text';
import { previewJson } from '../preview/preview-data';
import type { PreviewModel } from '../preview/preview-model';

/** The CLI's JSON contract (`runbook preview --format json`, docs/cli.md), from the model like every other export. */
export function renderJson(model: PreviewModel): string {
  // `\u009b` in a JSON string reads back as itself: nothing changes but what a terminal would obey.
  return `${inertText(JSON.stringify(previewJson(model), null, 2))}\n`;
}
