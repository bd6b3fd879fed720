import * as path from 'node:path';
import * as vscode from 'vscode';
import { fileStem } from '../../core/scaffold/file-stem';
import {
  EXAMPLE_ESTIMATE_MINUTES,
  maintenanceFiles,
  type MaintenanceInput,
} from '../../core/scaffold/maintenance-files';
import {
  checkStart,
  defaultStart,
  windowSummary,
  type WindowPlace,
} from '../../core/scaffold/start-time';
import { isZoneName } from '../../core/time/zone-names';
import { dialogPrompts, type NewMaintenancePrompts } from './new-maintenance-prompts';
import { machineZone, zoneItems } from './zone-items';
import { fileExists } from '../file-exists';

/**
 * What `runbook.newMaintenance` may be given instead of asking (scripts, tests, the explorer's
 * folder): every answer given is not asked for; a bad one is an error message and nothing is written.
 */
export interface NewMaintenanceOptions {
  title?: string;
  /** Wall-clock start in `zone`, `YYYY-MM-DD HH:MM`. */
  start?: string;
  /** IANA zone of the window. */
  zone?: string;
  /** IANA zones of the readers; `[]` for none. */
  audience?: string[];
  /** The folder to write in (a URI or an absolute path). */
  folder?: vscode.Uri | string;
}

/**
 * The command's argument as menus and callers pass it: the explorer gives the folder's URI, a
 * caller an options object. Anything else is a message saying what was expected.
 */
export function newMaintenanceOptions(arg: unknown): NewMaintenanceOptions | string {
  if (arg === undefined || arg === null) return {};
  if (arg instanceof vscode.Uri) return { folder: arg };
  if (typeof arg !== 'object' || Array.isArray(arg))
    return 'New Maintenance takes a folder or { title, start, zone, audience, folder }.';
  const { title, start, zone, audience, folder } = arg as Record<string, unknown>;
  const text = (value: unknown) => value === undefined || typeof value === 'string';
  if (!text(title) || !text(start) || !text(zone))
    return 'New Maintenance: `title`, `start` and `zone` are text.';
  if (
    audience !== undefined &&
    !(Array.isArray(audience) && audience.every((z) => typeof z === 'string'))
  )
    return 'New Maintenance: `audience` is a list of zone names.';
  if (
    typeof folder === 'string'
      ? !path.isAbsolute(folder)
      : !(folder === undefined || folder instanceof vscode.Uri)
  )
    return 'New Maintenance: `folder` is a URI or an absolute path.';
  return { title, start, zone, audience, folder } as NewMaintenanceOptions;
}

/** The window's length the start is checked with: the example steps doubled by the safety factor. */
function plannedMinutes(folder: vscode.Uri | undefined): number {
  const factor = vscode.workspace
    .getConfiguration('runbook', folder)
    .get<number>('safetyFactor', 2);
  return (Number.isFinite(factor) && factor >= 1 ? factor : 2) * EXAMPLE_ESTIMATE_MINUTES;
}

const info = (message: string): vscode.InputBoxValidationMessage => ({
  message,
  severity: vscode.InputBoxValidationSeverity.Info,
});
const error = (message: string): vscode.InputBoxValidationMessage => ({
  message,
  severity: vscode.InputBoxValidationSeverity.Error,
});

function checkTitle(text: string): vscode.InputBoxValidationMessage {
  if (text.trim() === '')
    return error('Give the maintenance a title, such as "Upgrade Postgres 15".');
  const stem = fileStem(text);
  return info(`Writes ${stem}.runbook.yaml and ${stem}.announcement.yaml.`);
}

/**
 * **Runbook: New Maintenance…**: asks for the title, the zone, the audience zones and the start
 * (one week ahead at the next full hour, checked as it is typed), then writes a linked runbook and
 * announcement in the workspace folder (or one picked) and opens them. A cancel at any question
 * writes nothing; an existing file is replaced only after a yes. Resolves with the files written.
 */
export async function newMaintenance(
  options: NewMaintenanceOptions | string = {},
  prompts: NewMaintenancePrompts = dialogPrompts,
  now = Date.now(),
): Promise<vscode.Uri[] | undefined> {
  if (typeof options === 'string') return fail(prompts, options);
  const input = await askInput(options, prompts, now);
  if (!input) return undefined;
  const folder = await targetFolder(options, prompts);
  if (!folder) return undefined;
  const files = maintenanceFiles(input);
  const targets = [files.runbook, files.announcement].map((file) => ({
    uri: vscode.Uri.joinPath(folder, file.fileName),
    text: file.text,
  }));
  const existing = [];
  for (const { uri } of targets) if (await fileExists(uri)) existing.push(uri);
  if (existing.length > 0 && !(await prompts.confirmReplace(existing))) return undefined;
  try {
    for (const { uri, text } of targets)
      await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
  } catch (cause) {
    prompts.error(
      `Cannot write the new maintenance in ${folder.fsPath}: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
    return undefined;
  }
  const [runbook, announcement] = targets.map(({ uri }) => uri);
  await vscode.window.showTextDocument(runbook, {
    preview: false,
    viewColumn: vscode.ViewColumn.One,
  });
  await vscode.window.showTextDocument(announcement, {
    preview: false,
    viewColumn: vscode.ViewColumn.Beside,
  });
  return [runbook, announcement];
}

async function askInput(
  options: NewMaintenanceOptions,
  prompts: NewMaintenancePrompts,
  now: number,
): Promise<MaintenanceInput | undefined> {
  const title = options.title ?? (await prompts.askTitle(checkTitle));
  if (title === undefined) return undefined;
  if (title.trim() === '') return fail(prompts, 'A new maintenance needs a title.');
  const here = machineZone();
  const configured = vscode.workspace
    .getConfiguration('runbook')
    .get<string[]>('audienceZones', []);
  const zone =
    options.zone ??
    (await prompts.pickZone(zoneItems(now, [{ zone: here, why: 'This machine’s zone' }])));
  if (zone === undefined) return undefined;
  if (!isZoneName(zone))
    return fail(prompts, `"${zone}" is not an IANA time zone (such as Europe/London).`);
  const suggested = [
    ...configured.map((name) => ({ zone: name, why: 'From runbook.audienceZones' })),
    { zone: here, why: 'This machine’s zone' },
  ];
  const audience =
    options.audience ?? (await prompts.pickAudience(zoneItems(now, suggested, [zone]), zone));
  if (audience === undefined) return undefined;
  const wrong = audience.filter((name) => !isZoneName(name));
  if (wrong.length > 0) return fail(prompts, `Not IANA time zones: ${wrong.join(', ')}.`);
  const place: WindowPlace = { zone, audience, minutes: plannedMinutes(undefined) };
  const validate = (text: string) => {
    const check = checkStart(text, now, place);
    if (!check.ok) return error(check.message);
    return info(check.note ? `${check.summary}. ${check.note}` : check.summary);
  };
  const proposed = defaultStart(now, place);
  const typed =
    options.start ??
    (await prompts.askStart(
      { text: proposed.text, summary: windowSummary(proposed.ms, place) },
      zone,
      validate,
    ));
  if (typed === undefined) return undefined;
  const check = checkStart(typed, now, place);
  if (!check.ok) return fail(prompts, `Cannot start the maintenance then: ${check.message}`);
  return { title: title.trim(), start: check.start.text, zone, audience };
}

function fail(prompts: NewMaintenancePrompts, message: string): undefined {
  prompts.error(message);
  return undefined;
}

async function targetFolder(
  options: NewMaintenanceOptions,
  prompts: NewMaintenancePrompts,
): Promise<vscode.Uri | undefined> {
  if (options.folder !== undefined)
    return typeof options.folder === 'string' ? vscode.Uri.file(options.folder) : options.folder;
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 1) return folders[0].uri;
  return prompts.pickFolder(folders);
}
