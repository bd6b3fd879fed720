import { inertText } from '../text/inert-text';
import type { PreviewModel } from '../preview/preview-model';
import { ExportError, NO_END } from './export-error';
import { impactSentence, titleOf } from './phrases';

/** Statuspage limits an incident's name to 255 characters. */
const MOST_NAME = 255;

/** The request body of Atlassian Statuspage's "create an incident" for a scheduled maintenance. */
export interface StatuspageMaintenance {
  incident: {
    name: string;
    status: 'scheduled';
    impact_override: 'maintenance';
    /** UTC ISO 8601. */
    scheduled_for: string;
    scheduled_until: string;
    scheduled_remind_prior: boolean;
    scheduled_auto_in_progress: boolean;
    scheduled_auto_completed: boolean;
    auto_transition_to_maintenance_state: boolean;
    auto_transition_to_operational_state: boolean;
    deliver_notifications: boolean;
    body: string;
    /** The file's `affected` names, each `under_maintenance`: replace the names by the page's component ids. */
    components: Record<string, 'under_maintenance'>;
  };
}

/**
 * The window as a status page's scheduled maintenance, in the shape Atlassian Statuspage's API
 * takes (`POST /v1/pages/{page_id}/incidents`), since other status pages import it or map it field
 * for field: the window in UTC, subscribers reminded before the start, the incident moved to in
 * progress and to completed by the clock, and the affected components (by name: the API wants
 * component ids, which only the page knows). Throws ExportError without a valid start or an end.
 */
export function statuspageMaintenance(model: PreviewModel): StatuspageMaintenance {
  const window = model.window;
  if (!window)
    throw new ExportError(
      'a scheduled maintenance needs the window: this file has no valid start and zone',
    );
  if (window.endMs === null)
    throw new ExportError(`a scheduled maintenance needs an end: ${NO_END}`);
  return {
    incident: {
      name: [...titleOf(model)].slice(0, MOST_NAME).join(''),
      status: 'scheduled',
      impact_override: 'maintenance',
      scheduled_for: utcIso(window.startMs),
      scheduled_until: utcIso(window.endMs),
      scheduled_remind_prior: true,
      scheduled_auto_in_progress: true,
      scheduled_auto_completed: true,
      auto_transition_to_maintenance_state: true,
      auto_transition_to_operational_state: true,
      deliver_notifications: true,
      body: body(model),
      components: Object.fromEntries(
        model.affected.map((name) => [name, 'under_maintenance' as const]),
      ),
    },
  };
}

/** The same, as the JSON text the export writes. */
export function renderStatuspage(model: PreviewModel): string {
  return `${inertText(JSON.stringify(statuspageMaintenance(model), null, 2))}\n`;
}

/** "2019-03-24T04:00:00Z". */
function utcIso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The window in its zone and UTC, the zones list and the impact: the status page itself is where updates go. */
function body(model: PreviewModel): string {
  const blocks = [
    model.window?.lines.join('\n'),
    model.zonesList.join('\n'),
    impactSentence(model),
  ];
  return blocks.filter((block): block is string => Boolean(block)).join('\n\n');
}
