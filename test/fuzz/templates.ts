// A runbook and an announcement with every field of the schemas written, valid: the starting
// point the type-confusion tests and the grammar-based fuzz generators change field by field.
import type { DocumentKind } from '../../src/core/document-kind';
import { map, raw, seq, type DocNode } from './yaml-document';

/** The anchor every template defines on its title, so that `*t` is a valid alias anywhere after. */
export const TITLE_ANCHOR = 't';

const audience = (): DocNode =>
  seq(map(['zone', raw('Asia/Tokyo')], ['label', raw('Tokyo')]), raw('America/New_York'));

export function runbookTemplate(): DocNode {
  return map(
    ['kind', raw('runbook')],
    ['id', raw('db-upgrade')],
    ['title', raw(`&${TITLE_ANCHOR} Database upgrade`)],
    ['owner', raw('ops@example.com')],
    ['description', raw('Upgrade the primary database.')],
    [
      'window',
      map(
        ['start', raw('2026-07-19 08:00')],
        ['zone', raw('Europe/London')],
        ['end', raw('2026-07-19 12:00')],
        ['length', raw('4h')],
      ),
    ],
    ['safety_factor', raw('2')],
    ['audience', audience()],
    ['time_format', raw('24h')],
    ['affected', seq(raw('api'), raw('web'))],
    [
      'steps',
      seq(
        map(
          ['id', raw('migrate')],
          ['title', raw('Run the migration')],
          ['estimate', raw('30m..1h')],
          ['impact', raw('read-only')],
          ['needs', seq(raw('backup'))],
          ['run', raw('./migrate.sh --all')],
          ['verify', raw('./check.sh')],
          ['rollback', raw('./restore.sh')],
          ['manual', raw('false')],
          ['notes', raw('Watch the replicas at 08:30 BST.')],
        ),
        map(['id', raw('backup')], ['estimate', raw('20m')]),
      ),
    ],
    [
      'rollback',
      map(['deadline', raw('2h')], ['estimate', raw('30m')], ['plan', raw('Restore the backup.')]),
    ],
  );
}

export function announcementTemplate(): DocNode {
  return map(
    ['kind', raw('announcement')],
    ['id', raw('maintenance-2026-07-19')],
    ['runbook', raw('./db-upgrade.runbook.yaml')],
    ['title', raw(`&${TITLE_ANCHOR} Scheduled maintenance`)],
    ['start', raw('2026-07-19 08:00')],
    ['zone', raw('Europe/London')],
    ['end', raw('2026-07-19 10:00')],
    ['estimate', raw('30m..1h')],
    ['length', raw('2h')],
    ['safety_factor', raw('2')],
    ['impact', raw('outage')],
    ['affected', seq(raw('api'))],
    ['audience', audience()],
    ['time_format', raw('12h')],
    ['publish', raw('2026-07-10 09:00')],
    ['reminders', seq(raw('24h'), raw('1h'))],
    [
      'channels',
      map(
        ['status_page', raw('https://status.example.com')],
        ['twitter', raw('"@example"')],
        ['in_app', raw('true')],
        [
          'banner',
          map(
            ['enabled', raw('true')],
            ['text', raw('Maintenance on Sunday at 8:00 BST')],
            ['url', raw('https://example.com/maintenance')],
          ),
        ],
      ),
    ],
    [
      'sections',
      map(
        ['what_to_expect', raw('The site is read-only from 8:00 BST (Tokyo 4pm).')],
        ['faq', seq(map(['q', raw('Is my data safe?')], ['a', raw('Yes.')]))],
      ),
    ],
  );
}

export const TEMPLATES: Record<DocumentKind, () => DocNode> = {
  runbook: runbookTemplate,
  announcement: announcementTemplate,
};
