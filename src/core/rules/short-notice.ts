import type { Diagnostic } from '../diagnostic';
import { formatDuration } from '../duration';
import { replaceNode } from '../fixes/yaml-edits';
import { timeTextIn } from '../fixes/time-text';
import { localTime } from '../time/conversion';
import { formatLocalDateTime } from '../time/format';
import { resolvedWindow } from '../time/window';
import type { Rule } from './rule';
import { MS_PER_DAY, msToSeconds, SECONDS_PER_DAY } from '../time/units';

/**
 * `short-notice`: an announcement's `publish` less than `runbook.minNoticeDays` before its start
 * (seed 002's first lesson: "Inform earlier"). 0 days turns the check off.
 */
export const shortNotice: Rule = ({ kind, window: read, settings }) => {
  const days = settings.minNoticeDays;
  const window = resolvedWindow(read);
  const publish = window?.publish;
  if (kind !== 'announcement' || !(days > 0) || !window || !publish || publish.ms === undefined)
    return [];
  const notice = window.startMs - publish.ms;
  if (notice >= days * MS_PER_DAY) return [];
  const wanted = window.startMs - days * MS_PER_DAY;
  const when = noticeText(notice);
  const required = `${days} day${days === 1 ? '' : 's'}`;
  const newText = timeTextIn(wanted, window.primaryZone, publish.written?.offset !== undefined);
  const diagnostic: Diagnostic = {
    code: 'short-notice',
    severity: 'warning',
    message: `Published ${when}: readers get less than the ${required}' notice of \`runbook.minNoticeDays\`. Publish by ${formatLocalDateTime(localTime(wanted, window.primaryZone))} ${window.primaryZone}.`,
    start: publish.node.start,
    end: publish.node.end,
    fixes: [
      {
        title: `Publish ${required} ahead: ${newText}`,
        edits: [replaceNode(publish.node, newText)],
        preferred: true,
      },
    ],
  };
  return [diagnostic];
};

/** "4 days 2h before the start", "at the start", "3h after the start". */
function noticeText(notice: number): string {
  if (notice === 0) return 'at the start';
  const abs = msToSeconds(Math.abs(notice));
  const days = Math.floor(abs / SECONDS_PER_DAY);
  const rest = abs - days * SECONDS_PER_DAY;
  const text = [
    days > 0 ? `${days} day${days === 1 ? '' : 's'}` : '',
    rest > 0 || days === 0 ? formatDuration(rest) : '',
  ]
    .filter(Boolean)
    .join(' ');
  return `${text} ${notice > 0 ? 'before' : 'after'} the start`;
}
