import { inertText } from '../text/inert-text';
import type { PreviewModel, PreviewSection } from '../preview/preview-model';
import {
  announcementUrl,
  errorLines,
  estimateLine,
  impactSentence,
  titleOf,
  updatesText,
} from './phrases';

const INDENT = '        ';

/**
 * The announcement as plain text, for an email or an in-app message: the title, the window in its
 * zone and in UTC, the estimate, the zones list exactly as seed 000 writes it ("Tokyo: 4pm" …
 * "Pacific: Midnight"), the impact, where updates go, then the sections as written. Its first
 * lines are what `runbook preview` has always printed. Errors, if any, come first.
 */
export function renderText(model: PreviewModel): string {
  const errors = errorLines(model);
  const blocks: string[][] = [...(errors.length > 0 ? [errors] : []), head(model)];
  if (model.zonesList.length > 0) blocks.push(model.zonesList);
  const about = [
    impactSentence(model),
    labelled('Updates', updatesText(model)),
    labelled('More', announcementUrl(model)),
  ].filter((line): line is string => line !== null);
  if (about.length > 0) blocks.push(about);
  for (const section of model.sections) blocks.push(sectionLines(section));
  // Plain text has no escapes of its own: control characters from the file are made visible.
  return inertText(`${blocks.map((block) => block.join('\n')).join('\n\n')}\n`);
}

function head(model: PreviewModel): string[] {
  const lines = [titleOf(model)];
  const [own, ...utc] = model.window?.lines ?? [];
  if (own === undefined) lines.push('Window: unknown (no valid start and zone)');
  else lines.push(`Window: ${own}`, ...utc.map((line) => `${INDENT}${line}`));
  const estimate = estimateLine(model);
  if (estimate) lines.push(estimate);
  return lines;
}

function labelled(label: string, text: string | null): string | null {
  return text === null ? null : `${label}: ${text}`;
}

function sectionLines(section: PreviewSection): string[] {
  if ('markdown' in section) return [section.title, '', section.markdown.trim()];
  return [section.title, ...section.faq.flatMap(({ q, a }) => ['', q.trim(), a.trim()])];
}
