import { previewJson } from '../preview/preview-data';
import type { PreviewModel } from '../preview/preview-model';

/** DESIGN.md's JSON contract (`runbook preview --format json`), from the model like every other export. */
export function renderJson(model: PreviewModel): string {
  return `${JSON.stringify(previewJson(model), null, 2)}\n`;
}
