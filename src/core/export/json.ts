import { previewJson } from '../preview/preview-data';
import type { PreviewModel } from '../preview/preview-model';

/** The CLI's JSON contract (`runbook preview --format json`, docs/cli.md), from the model like every other export. */
export function renderJson(model: PreviewModel): string {
  return `${JSON.stringify(previewJson(model), null, 2)}\n`;
}
