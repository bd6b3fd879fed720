import * as vscode from 'vscode';
import { allZoneNames, currentZoneName, isZoneName } from '../../core/time/zone-names';
import { describeZoneAt } from '../../core/time/offsets';

export interface ZoneItem extends vscode.QuickPickItem {
  zone: string;
}

/** The machine's zone by its current IANA name; UTC when the system names none VS Code knows. */
export function machineZone(): string {
  const name = currentZoneName(Intl.DateTimeFormat().resolvedOptions().timeZone ?? '');
  return isZoneName(name) ? name : 'UTC';
}

function item(zone: string, now: number, detail?: string): ZoneItem {
  const moment = describeZoneAt(zone, now);
  const description =
    moment.abbreviation && moment.abbreviation !== moment.offset
      ? `${moment.offset} ${moment.abbreviation}`
      : moment.offset;
  return { label: zone, zone, description, ...(detail ? { detail } : {}) };
}

/**
 * Every IANA zone for a quick pick, with its offset now; `first` (the likeliest: the machine's
 * zone, the configured audience) on top under their own heading, then all zones A to Z.
 */
export function zoneItems(
  now: number,
  first: readonly { zone: string; why: string }[],
  leaveOut: readonly string[] = [],
): (ZoneItem | vscode.QuickPickItem)[] {
  const skip = new Set(leaveOut);
  const top = first.filter(({ zone }, index) => {
    const keep = !skip.has(zone) && isZoneName(zone);
    skip.add(zone);
    return keep && first.findIndex((other) => other.zone === zone) === index;
  });
  return [
    ...(top.length > 0 ? [{ label: 'Suggested', kind: vscode.QuickPickItemKind.Separator }] : []),
    ...top.map(({ zone, why }) => item(zone, now, why)),
    { label: 'All zones', kind: vscode.QuickPickItemKind.Separator },
    ...allZoneNames()
      .filter((zone) => !skip.has(zone))
      .map((zone) => item(zone, now)),
  ];
}
