import type { PreviewModel } from '../preview/preview-model';
import { formatClock, localTime } from '../time/index';
import { safeHref } from './escape';
import { dayText, titleOf, zoneName } from './phrases';
import { yamlString } from './yaml-scalar';

/**
 * The site banner as seed 002's Jekyll data file `_data/banner_notification.yml`: `enabled`, `text`
 * and `url`. The text is the file's `channels.banner.text` as written, else "Scheduled maintenance
 * Sun 19 Jul at 8am BST" from the window; the url is the banner's, else the status page; a banner
 * with neither leaves `url` out, and the layout then links nowhere.
 */
export function renderBanner(model: PreviewModel): string {
  const banner = model.channels.banner;
  // Only a web address becomes the banner's link: `javascript:` and the like are left out.
  const url = safeHref(banner?.url) ?? safeHref(model.channels.statusPage);
  const lines = [
    `enabled: ${banner?.enabled ?? true}`,
    `text: ${yamlString(banner?.text ?? generatedText(model))}`,
  ];
  if (url) lines.push(`url: ${yamlString(url)}`);
  return `${lines.join('\n')}\n`;
}

function generatedText(model: PreviewModel): string {
  const window = model.window;
  if (!window) return `Scheduled maintenance: ${titleOf(model)}`;
  const start = localTime(window.startMs, window.zone);
  return `Scheduled maintenance ${dayText(start)} at ${formatClock(start.hour, start.minute, model.timeFormat)} ${zoneName(window.zone, window.startMs)}`;
}
