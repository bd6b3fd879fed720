import type { PreviewModel } from '../preview/preview-model';
import { renderBanner } from './banner';
import { renderPreviewHtml } from './html';
import { renderIcs } from './ics';
import { renderJson } from './json';
import { renderMarkdown } from './markdown';
import { renderStatuspage } from './statuspage';
import { renderText } from './text';
import { renderTweet } from './tweet';

export { ExportError } from './export-error';
export { previewCsp, renderPreviewHtml, type PreviewHtmlOptions } from './html';
export { renderTimelineSvg } from './timeline-svg';

/** Every format a preview exports to, as `runbook preview --format` and the editor's Export command name them. */
export const EXPORT_FORMATS = [
  'text',
  'md',
  'html',
  'tweet',
  'ics',
  'banner',
  'statuspage',
  'json',
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** An export: its text, and how to save it. */
export interface ExportResult {
  text: string;
  /** Without the dot: "md", "ics"; the banner's is "yml" as in Jekyll's `_data/banner_notification.yml`. */
  extension: string;
  mime: string;
}

interface Exporter {
  render: (model: PreviewModel) => string;
  extension: string;
  mime: string;
  /** What it is for, in a few words (the editor's quick pick, `runbook --help`). */
  description: string;
}

const EXPORTERS: Record<ExportFormat, Exporter> = {
  text: {
    render: renderText,
    extension: 'txt',
    mime: 'text/plain; charset=utf-8',
    description: 'plain text for an email or an in-app message',
  },
  md: {
    render: renderMarkdown,
    extension: 'md',
    mime: 'text/markdown; charset=utf-8',
    description: 'Markdown for a blog post or a README',
  },
  html: {
    render: (model) => renderPreviewHtml(model, { standalone: true }),
    extension: 'html',
    mime: 'text/html; charset=utf-8',
    description: 'a standalone web page, as the preview shows it',
  },
  tweet: {
    render: renderTweet,
    extension: 'txt',
    mime: 'text/plain; charset=utf-8',
    description: 'one tweet, at most 280 characters',
  },
  ics: {
    render: renderIcs,
    extension: 'ics',
    mime: 'text/calendar; charset=utf-8',
    description: 'a calendar event (iCalendar)',
  },
  banner: {
    render: renderBanner,
    extension: 'yml',
    mime: 'application/yaml',
    description: "a site banner, as Jekyll's _data/banner_notification.yml",
  },
  statuspage: {
    render: renderStatuspage,
    extension: 'json',
    mime: 'application/json',
    description: "a status page's scheduled maintenance (Statuspage API)",
  },
  json: {
    render: renderJson,
    extension: 'json',
    mime: 'application/json',
    description: "the preview's JSON contract, for scripts",
  },
};

/** What a format is for, in a few words. */
export function exportDescription(format: ExportFormat): string {
  return EXPORTERS[format].description;
}

/**
 * A preview model in one export format. Every instant in it is the model's (the analysis's one
 * resolved window, as the hovers show it); exports only write them out, with the same time core.
 * Throws ExportError when the
 * file lacks what the format needs (an .ics or a status page entry without a valid start).
 */
export function exportAs(model: PreviewModel, format: ExportFormat): ExportResult {
  const { render, extension, mime } = EXPORTERS[format];
  return { text: render(withoutRelativeTimes(model)), extension, mime };
}

/**
 * An export is read after it is published, often long after: "in 4 months" would be stale the
 * day it goes out. Exports say when in absolute times only; the editor's preview and hovers keep
 * the relative one.
 */
function withoutRelativeTimes(model: PreviewModel): PreviewModel {
  return model.window ? { ...model, window: { ...model.window, relative: null } } : model;
}
