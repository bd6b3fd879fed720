import type { Analysis } from '../analysis-types';
import type { Severity } from '../diagnostic';
import type { DocumentKind } from '../document-kind';
import { formatDurationRange, parseDuration, type DurationRange } from '../duration';
import type { Plan } from '../plan/plan';
import { worstImpact } from '../model/impact';
import { windowEstimate, type EstimateSource } from '../plan/window-estimate';
import { safetyFactorOf } from '../safety-factor';
import {
  formatRelative,
  formatZonesList,
  isoInZone,
  type TimeFormat,
  type ZoneConversion,
} from '../time/index';
import { keyName, scalarOf, valueOf, type YamlNode } from '../yaml/tree';
import { END_NOT_KNOWN, windowLines } from './window-text';
import { msToSeconds, secondsToMinutes } from '../time/units';

/** Minutes from the window's start, low..high. */
export interface MinuteRange {
  low: number;
  high: number;
}

export interface PreviewWindow {
  zone: string;
  start: string;
  end: string | null;
  startMs: number;
  endMs: number | null;
  minutes: number | null;
  /** The window as people read it, in its zone and in UTC. */
  lines: string[];
  /** "in 9 days", "3 hours ago", against the `now` of the analysis. */
  relative: string | null;
}

export interface PreviewEstimate {
  /** Minutes. */
  low: number;
  high: number;
  /** "30m–1h". */
  text: string;
  /** Some step has no estimate: the total is at least this. */
  lowerBound: boolean;
  safetyFactor: number;
  plannedMinutes: number;
  /** Where the estimate comes from: a runbook's steps, an announcement's linked runbook, or its own `estimate:`. */
  source: EstimateSource;
}

export interface PreviewStep {
  id: string;
  title: string | null;
  estimate: string | null;
  impact: string | null;
  start: MinuteRange | null;
  end: MinuteRange | null;
  critical: boolean;
  /** True when `start` is only a lower bound: a step before it has no valid estimate, or it needs an unknown id. */
  startLowerBound?: boolean;
  needs: string[];
  run: string | null;
  verify: string | null;
  rollback: string | null;
  manual: boolean;
}

/** A step the plan could schedule: its start and end are known (they are, or are not, together). */
export type ScheduledStep = PreviewStep & { start: MinuteRange; end: MinuteRange };

/** Whether the plan scheduled the step. */
export function isScheduled(step: PreviewStep): step is ScheduledStep {
  return step.start !== null && step.end !== null;
}

export type PreviewSection =
  | { name: string; title: string; markdown: string }
  | { name: string; title: string; faq: Array<{ q: string; a: string }> };

export interface PreviewProblem {
  severity: Severity;
  code: string;
  message: string;
  /** 1-based. */
  line: number;
}

/**
 * Everything a preview or an export shows of a file, in plain JSON (it crosses the language
 * protocol as `runbook/preview`). What the file gets wrong is null or left out, never a throw:
 * a file with errors still previews what can be shown, and lists its problems.
 */
export interface PreviewModel {
  kind: DocumentKind | null;
  fileName: string;
  id: string | null;
  title: string | null;
  timeFormat: TimeFormat;
  /** The instant the analysis took as "now" (epoch ms), null when none was given; an .ics export's DTSTAMP. */
  now: number | null;
  window: PreviewWindow | null;
  /** The window's zone, its length in minutes and its safety factor, known even when `window` is null (an invalid start). */
  zone: string | null;
  lengthMinutes: number | null;
  safetyFactor: number;
  /** The window in every audience zone, and as seed 000 writes it ("Tokyo: 4pm"). */
  zones: ZoneConversion[];
  zonesList: string[];
  /** The label each of `zones` was given in the file, null where none was (its `label` is then the zone's city). */
  audienceLabels: Array<string | null>;
  estimate: PreviewEstimate | null;
  impact: string | null;
  affected: string[];
  phases: Array<{ impact: string; start: MinuteRange; end: MinuteRange }>;
  /** A runbook's steps, or the linked runbook's for an announcement; times from the window's start. */
  steps: PreviewStep[];
  rollback: { deadline: number | null; estimate: number | null; plan: string | null } | null;
  sections: PreviewSection[];
  channels: {
    statusPage: string | null;
    twitter: string | null;
    inApp: boolean;
    banner: { text: string | null; url: string | null; enabled: boolean } | null;
  };
  publish: string | null;
  reminders: string[];
  /** An announcement's `runbook:`, and whether it was found. */
  runbook: { path: string; found: boolean; title: string | null; message: string | null } | null;
  problems: { errors: number; warnings: number; infos: number; items: PreviewProblem[] };
}

// Not rounded: `runbook preview --format json` derives from the model and has always printed exact minutes.
const minuteRange = (range: DurationRange): MinuteRange => ({
  low: secondsToMinutes(range.low),
  high: secondsToMinutes(range.high),
});

function text(node: YamlNode | null | undefined, key: string): string | null {
  const value = scalarOf(node, key)?.value;
  return value === null || value === undefined ? null : String(value);
}

function strings(node: YamlNode | undefined): string[] {
  return node?.type === 'seq'
    ? node.items.flatMap((item) =>
        item.type === 'scalar' && item.value !== null ? [String(item.value)] : [],
      )
    : [];
}

/** The plan behind a file: its own (a runbook), or its linked runbook's (an announcement). */
function planOf(analysis: Analysis): { plan: Plan; source: Analysis } | undefined {
  if (analysis.plan) return { plan: analysis.plan, source: analysis };
  const linked = analysis.linked;
  return linked?.status === 'found' && linked.analysis.plan
    ? { plan: linked.analysis.plan, source: linked.analysis }
    : undefined;
}

/** Builds the preview model of an analysed file. */
export function previewModel(analysis: Analysis): PreviewModel {
  const root = analysis.parsed.root;
  const planned = planOf(analysis);
  const window = analysis.window;
  const estimate = previewEstimate(analysis);
  return {
    kind: analysis.kind ?? null,
    fileName: analysis.fileName,
    id: text(root, 'id'),
    title: text(root, 'title'),
    timeFormat: window?.timeFormat ?? analysis.settings.timeFormat,
    now: analysis.now ?? null,
    window: previewWindow(analysis),
    zone: window?.primaryZone ?? null,
    lengthMinutes:
      window?.lengthMs === undefined ? null : secondsToMinutes(msToSeconds(window.lengthMs)),
    safetyFactor: estimate?.safetyFactor ?? safetyFactorOf(root, analysis.settings.safetyFactor),
    zones: window?.conversions ?? [],
    zonesList: window ? formatZonesList(window.conversions, { timeFormat: window.timeFormat }) : [],
    audienceLabels: audienceLabels(analysis),
    estimate,
    impact: text(root, 'impact') ?? runbookImpact(planned?.source),
    affected: strings(valueOf(root, 'affected')),
    phases: (planned?.plan.phases ?? []).map((p) => ({
      impact: p.impact,
      start: minuteRange(p.start),
      end: minuteRange(p.end),
    })),
    steps: planned ? previewSteps(planned.source, planned.plan) : [],
    rollback: previewRollback(planned?.source.parsed.root ?? null),
    sections: previewSections(valueOf(root, 'sections')),
    channels: previewChannels(valueOf(root, 'channels')),
    publish:
      window?.publish?.ms !== undefined && window.primaryZone
        ? isoInZone(window.publish.ms, window.primaryZone)
        : null,
    reminders: strings(valueOf(root, 'reminders')),
    runbook: previewRunbookLink(analysis),
    problems: previewProblems(analysis),
  };
}

/** The window's lines; one nothing gives a length says so, so that no export reads it as an instant. */
function previewLines(
  startMs: number,
  endMs: number | undefined,
  zone: string,
  format: TimeFormat,
): string[] {
  const [own, ...utc] = windowLines(startMs, endMs, zone, format);
  return endMs === undefined ? [`${own}, ${END_NOT_KNOWN}`, ...utc] : [own, ...utc];
}

function previewWindow(analysis: Analysis): PreviewWindow | null {
  const window = analysis.window;
  const zone = window?.primaryZone;
  if (!window || !zone || window.startMs === undefined) return null;
  const { startMs, endMs } = window;
  return {
    zone,
    start: isoInZone(startMs, zone),
    end: endMs === undefined ? null : isoInZone(endMs, zone),
    startMs,
    endMs: endMs ?? null,
    minutes: window.lengthMs === undefined ? null : secondsToMinutes(msToSeconds(window.lengthMs)),
    lines: previewLines(startMs, endMs, zone, window.timeFormat),
    relative: analysis.now === undefined ? null : formatRelative(analysis.now, startMs),
  };
}

/** The estimate the window is planned from, as the rules measure it (`windowEstimate`). */
function previewEstimate(analysis: Analysis): PreviewEstimate | null {
  const planned = windowEstimate({
    kind: analysis.kind,
    plan: analysis.plan,
    linked: analysis.linked,
    root: analysis.parsed.root,
    settings: analysis.settings,
  });
  if (!planned) return null;
  return {
    ...minuteRange(planned.estimate),
    text: formatDurationRange(planned.estimate),
    lowerBound: planned.lowerBound,
    safetyFactor: planned.safetyFactor,
    plannedMinutes: secondsToMinutes(planned.planned),
    source: planned.source,
  };
}

/**
 * The window converts only the valid audience zones, in order, so the i-th conversion is the
 * i-th valid entry: that is where the written label (or its absence) is known.
 */
function audienceLabels(analysis: Analysis): Array<string | null> {
  const window = analysis.window;
  if (!window) return [];
  const valid = window.audience.filter((entry) => entry.validZone !== undefined);
  return window.conversions.map((_, i) => valid[i]?.label ?? null);
}

function runbookImpact(runbook: Analysis | undefined): string | null {
  return worstImpact((runbook?.steps ?? []).map((s) => s.impact)) ?? null;
}

function previewSteps(source: Analysis, plan: Plan): PreviewStep[] {
  const timings = new Map(plan.timings.map((t) => [t.index, t]));
  return source.steps.map((step) => {
    const timing = timings.get(step.index);
    return {
      id: step.id?.id ?? `step ${step.index + 1}`,
      title: step.title ?? null,
      estimate: timing?.estimate ? formatDurationRange(timing.estimate) : null,
      impact: step.impact ?? null,
      start: timing ? minuteRange(timing.start) : null,
      end: timing ? minuteRange(timing.end) : null,
      critical: timing?.critical ?? false,
      ...(timing?.startLowerBound ? { startLowerBound: true } : {}),
      needs: (step.needs ?? []).map((n) => n.id),
      run: text(step.node, 'run'),
      verify: text(step.node, 'verify'),
      rollback: text(step.node, 'rollback'),
      manual: scalarOf(step.node, 'manual')?.value === true,
    };
  });
}

function previewRollback(root: YamlNode | null): PreviewModel['rollback'] {
  const rollback = valueOf(root, 'rollback');
  if (rollback?.type !== 'map') return null;
  const minutes = (key: string) => {
    const value = scalarOf(rollback, key)?.value;
    const parsed = typeof value === 'string' ? parseDuration(value) : undefined;
    return parsed?.ok ? secondsToMinutes(parsed.high) : null;
  };
  return {
    deadline: minutes('deadline'),
    estimate: minutes('estimate'),
    plan: text(rollback, 'plan'),
  };
}

/** "prepare" → "Prepare", "how_long" → "How long". */
function sectionTitle(name: string): string {
  const words = name.replace(/[_-]+/g, ' ').trim();
  return name.toLowerCase() === 'faq' ? 'FAQ' : words.charAt(0).toUpperCase() + words.slice(1);
}

function previewSections(sections: YamlNode | undefined): PreviewSection[] {
  if (sections?.type !== 'map') return [];
  return sections.pairs.flatMap((pair): PreviewSection[] => {
    const name = keyName(pair);
    const value = pair.value;
    if (name === undefined || !value) return [];
    if (value.type === 'scalar')
      return value.value === null
        ? []
        : [{ name, title: sectionTitle(name), markdown: String(value.value) }];
    if (value.type !== 'seq') return [];
    const faq = value.items.flatMap((item) => {
      const q = text(item, 'q');
      const a = text(item, 'a');
      return q !== null && a !== null ? [{ q, a }] : [];
    });
    return [{ name, title: sectionTitle(name), faq }];
  });
}

function previewChannels(channels: YamlNode | undefined): PreviewModel['channels'] {
  const banner = valueOf(channels, 'banner');
  return {
    statusPage: text(channels, 'status_page'),
    twitter: text(channels, 'twitter'),
    inApp: scalarOf(channels, 'in_app')?.value === true,
    banner:
      banner?.type === 'map'
        ? {
            text: text(banner, 'text'),
            url: text(banner, 'url'),
            enabled: scalarOf(banner, 'enabled')?.value !== false,
          }
        : null,
  };
}

function previewRunbookLink(analysis: Analysis): PreviewModel['runbook'] {
  const path = text(analysis.parsed.root, 'runbook');
  if (analysis.kind !== 'announcement' || path === null) return null;
  const linked = analysis.linked;
  if (linked?.status === 'found')
    return { path, found: true, title: text(linked.analysis.parsed.root, 'title'), message: null };
  return {
    path,
    found: false,
    title: null,
    message: linked?.message ?? 'The linked runbook was not looked up.',
  };
}

/** The most problems listed at the top of a preview; the counts are always complete. */
const MOST_PROBLEMS = 20;

function previewProblems(analysis: Analysis): PreviewModel['problems'] {
  const count = (severity: Severity) =>
    analysis.diagnostics.filter((d) => d.severity === severity).length;
  const items = analysis.diagnostics
    .filter((d) => d.severity === 'error' || d.severity === 'warning')
    .slice(0, MOST_PROBLEMS)
    .map((d) => ({
      severity: d.severity,
      code: d.code,
      message: d.message,
      line: analysis.lines.at(d.start).line,
    }));
  return {
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info') + count('hint'),
    items,
  };
}
