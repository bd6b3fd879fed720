import { isoInZone, localTime } from '../time/conversion';
import { formatLocalDateTime } from '../time/format';
import { resolveDateTime } from '../time/local-time';

/**
 * An instant written for a file, in `zone`: a wall-clock time ("2026-07-19 08:00") unless the
 * file wrote an offset (`withOffset`), or the wall-clock time would mean another instant (the
 * later of a time the clocks repeat): then ISO with the zone's offset. Seconds are written when
 * there are some ("2026-07-19 08:00:30").
 */
export function timeTextIn(ms: number, zone: string, withOffset: boolean): string {
  if (withOffset) return isoInZone(ms, zone);
  const wallClock = formatLocalDateTime(localTime(ms, zone));
  const meaning = resolveDateTime(wallClock, zone);
  return meaning.ok && meaning.ms === ms && meaning.resolution?.kind !== 'repeated'
    ? wallClock
    : isoInZone(ms, zone);
}
