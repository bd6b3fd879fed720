import { inertText } from '../text/inert-text';
import type { PreviewModel } from '../preview/preview-model';
import { END_NOT_KNOWN } from '../preview/window-text';
import { isUtcZone, localTime } from '../time/index';
import { announcementUrl, impactSentence, shortWindow, titleOf } from './phrases';
import { TWEET_LIMIT, tweetLength } from './tweet-length';

/**
 * The announcement as one tweet of at most 280 characters as Twitter counts them (a link as 23):
 * the title and the window in its zone and UTC, what users will notice, the zones list as seed 000
 * writes it ("Tokyo: 4pm · Moscow: 10am …") and the link. What does not fit goes, least needed
 * first: zones from the end, then the impact, then the end of the title ("…").
 */
export function renderTweet(model: PreviewModel): string {
  const link = announcementUrl(model);
  const tail = link ? ` ${link}` : '';
  // Cut first: nothing past 280 characters can fit, and a file may hold a megabyte of title.
  // Control characters are made visible before counting, so that the tweet fits as it is posted.
  let title = clip(inertText(titleOf(model)), TWEET_LIMIT);
  let zones = model.zonesList.slice(0, 40).map(inertText);
  const sentence = impactSentence(model);
  let impact = sentence === null ? null : inertText(sentence);
  const compose = () =>
    [`${title}: ${when(model)}.`, impact, zones.length > 0 ? `${zones.join(' · ')}.` : null]
      .filter((part) => part !== null)
      .join(' ') + tail;
  while (tweetLength(compose()) > TWEET_LIMIT && zones.length > 0) zones = zones.slice(0, -1);
  if (tweetLength(compose()) > TWEET_LIMIT) impact = null;
  while (tweetLength(compose()) > TWEET_LIMIT && title.length > 1)
    title = `${[...title].slice(0, -2).join('').trimEnd()}…`;
  return `${compose()}\n`;
}

function clip(text: string, most: number): string {
  const chars = [...text.slice(0, most * 2)];
  return chars.length > most ? `${chars.slice(0, most - 1).join('')}…` : chars.join('');
}

function when(model: PreviewModel): string {
  const window = model.window;
  if (!window) return 'time to be announced';
  const own = shortWindow(window, window.zone, model.timeFormat);
  const end = window.endMs === null ? `, ${END_NOT_KNOWN}` : '';
  if (isUtcZone(window.zone)) return `${own}${end}`;
  const sameDay =
    localTime(window.startMs, 'UTC').date === localTime(window.startMs, window.zone).date;
  return `${own} (${shortWindow(window, 'UTC', model.timeFormat, { day: !sameDay })})${end}`;
}
