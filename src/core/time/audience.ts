import { scalarOf, valueOf, type YamlNode, type YamlScalar } from '../yaml/tree';
import { checkZone } from './zone-check';
import type { ZoneField } from './time-field';

/** One zone the window is shown in: from the file's `audience`, or from `runbook.audienceZones`. */
export interface AudienceEntry {
  /** The zone as written. */
  zone: string;
  /** The IANA name when the zone is valid; conversions use only these. */
  validZone?: string;
  /** The label written in `{ zone, label }`. */
  label?: string;
  /** The zone in the file, checked; undefined for a zone from the settings. */
  zoneField?: ZoneField;
  labelNode?: YamlScalar;
}

export interface Audience {
  entries: AudienceEntry[];
  /** True when the file lists no zones and `runbook.audienceZones` supplied them. */
  fromSettings: boolean;
}

function stringScalar(node: YamlNode | null | undefined): YamlScalar | undefined {
  return node?.type === 'scalar' && typeof node.value === 'string' ? node : undefined;
}

/** One `audience` item: a zone name, or `{ zone, label }`; other shapes are the schema rule's. */
function readEntry(item: YamlNode): AudienceEntry | undefined {
  const zoneNode = item.type === 'map' ? stringScalar(scalarOf(item, 'zone')) : stringScalar(item);
  if (!zoneNode) return undefined;
  const zone = zoneNode.value as string;
  const check = checkZone(zone);
  const entry: AudienceEntry = { zone, zoneField: { node: zoneNode, name: zone, check } };
  if (check.ok) entry.validZone = check.zone;
  const labelNode = item.type === 'map' ? stringScalar(scalarOf(item, 'label')) : undefined;
  if (labelNode && (labelNode.value as string).trim() !== '') {
    entry.label = (labelNode.value as string).trim();
    entry.labelNode = labelNode;
  }
  return entry;
}

/** The file's audience, else the setting's zones (invalid ones left out: there is nowhere to report them). */
export function readAudience(root: YamlNode | null, settingZones: readonly string[]): Audience {
  const list = valueOf(root, 'audience');
  const entries = list?.type === 'seq' ? list.items.flatMap((item) => readEntry(item) ?? []) : [];
  if (entries.length > 0) return { entries, fromSettings: false };
  const fromSettings = settingZones.flatMap((zone): AudienceEntry[] => {
    const check = checkZone(zone);
    return check.ok ? [{ zone, validZone: check.zone }] : [];
  });
  return { entries: fromSettings, fromSettings: fromSettings.length > 0 };
}
