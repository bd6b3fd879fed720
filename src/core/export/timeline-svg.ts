import {
  isScheduled,
  type MinuteRange,
  type PreviewModel,
  type ScheduledStep,
} from '../preview/preview-model';
import { escapeHtml } from './escape';
import { clockWriter } from './local-clock';
import { titleOf } from './phrases';
import { stepRows, type StepRow } from './step-rows';
import { clockTicks, elapsedTicks, type Tick } from './timeline-ticks';
import { MINUTES_PER_HOUR, minutesToMs, minutesToSeconds, secondsToMs } from '../time/units';

const WIDTH = 720;
const PLOT_LEFT = 170;
const PLOT_RIGHT = 700;
const TOP = 30;
const ROW = 22;
const BAR = 12;
/** Beyond this the timeline would be a wall: the steps' table lists them all. */
const MOST_ROWS = 100;
/**
 * Labels' size in the SVG's units. The preview never shrinks the SVG below `TIMELINE_MIN_WIDTH`
 * px (html-styles.ts), so a label is never drawn smaller than 13 × 620 / 720 ≈ 11.2 px.
 */
export const TIMELINE_FONT_SIZE = 13;
export const TIMELINE_WIDTH = WIDTH;
/** The narrowest the preview draws the timeline; a narrower panel scrolls it sideways. */
export const TIMELINE_MIN_WIDTH = 620;
/** Step ids longer than this are cut with "…", so that 13 px labels fit left of the plot. */
const LABEL_CHARS = 20;
/**
 * The faintest a mark that carries meaning may be drawn (ticks, a range's bar); only the phases'
 * shading, behind everything, is lighter. Below this a dark or high-contrast theme loses it.
 */
export const LEAST_MARK_OPACITY = 0.45;

const num = (n: number) => String(Math.round(n * 10) / 10);

/**
 * The steps on the window's clock, as an SVG: one row per step with a bar from its earliest start
 * to its latest end (solid where it surely runs, light where the estimates' ranges make it
 * uncertain, outlined so that it shows in every theme), critical-path steps marked, hour ticks in the window's zone, the user-visible phases
 * shaded, and the window's end and the rollback deadline as lines. Every shape has a `<title>`
 * (what a screen reader and a hover say); all text from the file is escaped. Empty without steps.
 * Colours come from classes (`previewStyles` sets them from the theme), with attributes as the
 * fallback for an SVG shown on its own.
 */
export function renderTimelineSvg(model: PreviewModel): string {
  const rows = stepRows(model).filter((row): row is ScheduledRow => isScheduled(row.step));
  if (rows.length === 0) return '';
  const shown = rows.slice(0, MOST_ROWS);
  const span = Math.max(
    1,
    model.lengthMinutes ?? 0,
    ...rows.map((row) => row.step.end.high),
    model.rollback?.deadline ?? 0,
  );
  const x = (minute: number) => PLOT_LEFT + (minute / span) * (PLOT_RIGHT - PLOT_LEFT);
  const bottom = TOP + shown.length * ROW;
  const height = bottom + 34;
  const ticks = model.window
    ? clockTicks(model.window, span, model.timeFormat)
    : elapsedTicks(span);
  const write = model.window
    ? clockWriter(model.window, model.window.startMs + minutesToMs(span), model.timeFormat)
    : undefined;
  const clock: Clock = (minute) =>
    write && model.window
      ? write(model.window.startMs + secondsToMs(Math.round(minutesToSeconds(minute))))
      : null;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="timeline" role="img" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" aria-labelledby="timeline-title timeline-desc" font-family="sans-serif" font-size="${TIMELINE_FONT_SIZE}">`,
    `<title id="timeline-title">${escapeHtml(`Timeline of ${titleOf(model)}`)}</title>`,
    `<desc id="timeline-desc">${escapeHtml(description(model, rows.length))}</desc>`,
    ...model.phases.map(
      (phase) =>
        `<rect class="phase phase-${cssName(phase.impact)}" x="${num(x(phase.start.low))}" y="${TOP}" width="${num(x(phase.end.high) - x(phase.start.low))}" height="${bottom - TOP}" fill="${phase.impact === 'outage' ? '#d1242f' : '#bf8700'}" fill-opacity="0.12"><title>${escapeHtml(`${phase.impact}: ${rangeText(clock, phase.start)} to ${rangeText(clock, phase.end)}`)}</title></rect>`,
    ),
    ...ticks.map((tick) => tickMark(tick, x(tick.minute), bottom)),
    ...shown.map((row, i) => stepBar(row, TOP + i * ROW, x)),
    ...lines(model, clock, x, bottom),
  ];
  if (rows.length > shown.length)
    parts.push(
      `<text class="more" x="${PLOT_LEFT}" y="${height - 4}" fill="currentColor">${rows.length - shown.length} more steps: see the table</text>`,
    );
  parts.push('</svg>');
  return parts.join('\n');
}

function description(model: PreviewModel, steps: number): string {
  const critical = model.steps.filter((step) => step.critical).map((step) => step.id);
  const window = model.window ? `${model.window.lines[0]}. ` : '';
  return `${window}${steps} step${steps === 1 ? '' : 's'}${critical.length > 0 ? `; critical path: ${critical.join(', ')}` : ''}.`;
}

/** An impact as a class name: letters, digits and dashes only, whatever the file wrote. */
function cssName(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
}

/** A row of a step with a start and an end: the ones the timeline draws. */
type ScheduledRow = StepRow & { step: ScheduledStep };

/** Minutes from the window's start on its clock ("8:30am"), or null without a window. */
type Clock = (minute: number) => string | null;

/** "T+0:30 (8:30am)", or "T+0:30..1:00" without a window. */
function rangeText(clock: Clock, range: MinuteRange): string {
  const low = elapsed(range.low);
  const high = elapsed(range.high);
  const text = `T+${low === high ? low : `${low}..${high}`}`;
  const at = clock(range.low);
  return at === null ? text : `${text} (${at})`;
}

function elapsed(minutes: number): string {
  const whole = Math.round(minutes);
  return `${Math.floor(whole / MINUTES_PER_HOUR)}:${String(whole % MINUTES_PER_HOUR).padStart(2, '0')}`;
}

function tickMark(tick: Tick, at: number, bottom: number): string {
  return `<g class="tick"><line x1="${num(at)}" y1="${TOP - 4}" x2="${num(at)}" y2="${bottom}" stroke="currentColor" stroke-opacity="${LEAST_MARK_OPACITY}"/><text x="${num(at)}" y="${TOP - 8}" text-anchor="middle" fill="currentColor">${escapeHtml(tick.label)}</text></g>`;
}

function stepBar(
  { step, when, clock }: ScheduledRow,
  y: number,
  x: (minute: number) => number,
): string {
  const { start, end } = step;
  const label = step.id.length > LABEL_CHARS ? `${step.id.slice(0, LABEL_CHARS - 1)}…` : step.id;
  const what = [
    `${step.id}${step.title ? `: ${step.title}` : ''}`,
    when,
    clock,
    step.estimate ? `estimate ${step.estimate}` : 'no estimate',
    step.critical ? 'on the critical path' : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const classes = `step${step.critical ? ' critical' : ''}${step.impact ? ` impact-${cssName(step.impact)}` : ''}`;
  const barY = y + (ROW - BAR) / 2;
  const range = `<rect class="bar-range" x="${num(x(start.low))}" y="${num(barY)}" width="${num(Math.max(1, x(end.high) - x(start.low)))}" height="${BAR}" fill="currentColor" fill-opacity="${LEAST_MARK_OPACITY}" stroke="currentColor" stroke-width="1"/>`;
  const sure =
    end.low > start.high
      ? `<rect class="bar" x="${num(x(start.high))}" y="${num(barY)}" width="${num(x(end.low) - x(start.high))}" height="${BAR}" fill="currentColor"/>`
      : '';
  const mark = step.critical
    ? `<circle class="critical-mark" cx="${PLOT_LEFT - 8}" cy="${num(y + ROW / 2)}" r="3" fill="currentColor"/>`
    : '';
  return `<g class="${classes}"><title>${escapeHtml(what)}</title><text x="${PLOT_LEFT - 16}" y="${num(y + ROW / 2 + 4)}" text-anchor="end" fill="currentColor">${escapeHtml(label)}</text>${mark}${range}${sure}</g>`;
}

function lines(
  model: PreviewModel,
  clock: Clock,
  x: (minute: number) => number,
  bottom: number,
): string[] {
  const marks: Array<{ minute: number; kind: string; label: string }> = [];
  if (model.lengthMinutes !== null)
    marks.push({
      minute: model.lengthMinutes,
      kind: 'window-end',
      label: `window ends ${clockLabel(clock, model.lengthMinutes)}`,
    });
  const deadline = model.rollback?.deadline;
  if (deadline !== null && deadline !== undefined)
    marks.push({
      minute: deadline,
      kind: 'rollback-deadline',
      label: `roll back by ${clockLabel(clock, deadline)}`,
    });
  return marks.map(({ minute, kind, label }, i) => {
    const at = num(x(minute));
    const anchor = x(minute) > PLOT_RIGHT - 60 ? 'end' : 'middle';
    return `<g class="${kind}"><title>${escapeHtml(label)}</title><line x1="${at}" y1="${TOP - 4}" x2="${at}" y2="${bottom + 4 + i * 14}" stroke="currentColor" stroke-width="2" stroke-dasharray="${i === 0 ? '6 3' : '2 2'}"/><text x="${at}" y="${bottom + 14 + i * 14}" text-anchor="${anchor}" fill="currentColor">${escapeHtml(label)}</text></g>`;
  });
}

function clockLabel(clock: Clock, minute: number): string {
  return clock(minute) ?? `at T+${elapsed(minute)}`;
}
