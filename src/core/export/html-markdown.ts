import MarkdownIt from 'markdown-it';
import { inertText } from '../text/inert-text';
import { safeHref } from './escape';

/**
 * Sections are the file's own Markdown, so they are rendered the way a careful forum renders a
 * post: raw HTML is shown as text (`html: false`), links go only to http(s) and mailto, images are
 * not rendered at all (a preview that loads remote images tells a server who is reading), and
 * links open no window of their own.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });
markdown.disable('image');
markdown.linkify.set({ fuzzyLink: false, fuzzyEmail: false });
markdown.validateLink = (url: string) => safeHref(url) !== null;

const defaultLinkOpen =
  markdown.renderer.rules.link_open ??
  ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx].attrSet('rel', 'noopener noreferrer nofollow');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/** A section's Markdown as safe HTML, control characters shown as `\u001b`. */
export function markdownToHtml(text: string): string {
  return markdown.render(inertText(text)).trim();
}
