import { formatDuration } from '../duration';
import type { PreviewModel, PreviewSection } from '../preview/preview-model';
import { zonesTable } from '../time/index';
import { escapeHtml, safeHref } from './escape';
import { markdownToHtml } from './html-markdown';
import { estimateLine, impactSentence } from './phrases';
import { stepRows } from './step-rows';
import { minutesToSeconds } from '../time/units';

const e = escapeHtml;

/** A link when the address is http(s) or mailto, else only its text (no text: nothing). */
export function link(url: string | null, text: string | null = url): string {
  const href = safeHref(url);
  if (!href) return e(text ?? '');
  return `<a href="${e(href)}" rel="noopener noreferrer nofollow">${e(text ?? href)}</a>`;
}

/** Errors and warnings at the top, each with its line and code, and how many more there are. */
export function problemsHtml(model: PreviewModel): string {
  const { errors, warnings, items } = model.problems;
  if (items.length === 0) return '';
  const count = (n: number, word: string) => (n > 0 ? `${n} ${word}${n === 1 ? '' : 's'}` : null);
  const heading = [count(errors, 'error'), count(warnings, 'warning')].filter(Boolean).join(', ');
  const more = errors + warnings - items.length;
  const list = items.map(
    (p) =>
      `<li><span class="severity-${e(p.severity)}">${e(p.severity)}</span> line ${p.line}: ${e(p.message)} <code>${e(p.code)}</code></li>`,
  );
  if (more > 0)
    list.push(`<li>and ${more} more: run <code>runbook lint</code> for all of them</li>`);
  return `<section class="problems${errors > 0 ? '' : ' warnings-only'}" role="alert"><h2>${e(heading)}${errors > 0 ? ': this preview shows what can be shown' : ''}</h2><ul>${list.join('')}</ul></section>`;
}

/** Whether an announcement's linked runbook was found, and if not why. */
export function runbookLinkHtml(model: PreviewModel): string {
  const runbook = model.runbook;
  if (!runbook) return '';
  if (runbook.found)
    return `<p class="note">Plan from the runbook <code>${e(runbook.path)}</code>${runbook.title ? `: ${e(runbook.title)}` : ''}</p>`;
  return `<p class="runbook-missing">The linked runbook <code>${e(runbook.path)}</code> is missing: ${e(runbook.message ?? 'not found')}</p>`;
}

/** The window in its zone and in UTC, and how far away it is. */
export function windowHtml(model: PreviewModel): string {
  const window = model.window;
  if (!window) return '<p class="when">Window: unknown (no valid start and zone)</p>';
  const [own, ...utc] = window.lines;
  const relative = window.relative ? `<p class="relative">${e(window.relative)}</p>` : '';
  return `<p class="when">${e(own)}</p>${utc.map((line) => `<p class="utc">${e(line)}</p>`).join('')}${relative}`;
}

/** Estimate, impact, affected, publishing, reminders and channels as a definition list. */
export function factsHtml(model: PreviewModel): string {
  const { statusPage, twitter, inApp, banner } = model.channels;
  const estimate = estimateLine(model);
  const impact = impactSentence(model);
  const facts: Array<[string, string | null]> = [
    ['Estimate', estimate ? e(estimate.replace(/^Estimate: /, '')) : null],
    [
      'Impact',
      impact
        ? `${e(impact)}${model.impact ? ` <span class="muted">(${e(model.impact)})</span>` : ''}`
        : null,
    ],
    ['Publish', model.publish ? e(model.publish) : null],
    [
      'Reminders',
      model.reminders.length > 0 ? e(model.reminders.map((r) => `${r} before`).join(', ')) : null,
    ],
    // An address that is not a web address is left out, as every export does.
    ['Status page', safeHref(statusPage) ? link(statusPage) : null],
    ['Twitter', twitter ? e(twitter) : null],
    ['In-app message', inApp ? 'before and after' : null],
  ];
  const rows = facts
    .filter(([, value]) => value !== null)
    .map(([name, value]) => `<dt>${e(name)}</dt><dd>${value}</dd>`);
  const bannerHtml = banner
    ? `<p class="banner-preview">${link(safeHref(banner.url), banner.text)}${banner.enabled ? '' : ' <span class="muted">(disabled)</span>'}</p>`
    : '';
  return `${rows.length > 0 ? `<dl class="facts">${rows.join('')}</dl>` : ''}${bannerHtml}`;
}

/** The zones table (start, end, abbreviation) under the zones list as the post writes it. */
export function zonesHtml(model: PreviewModel): string {
  if (model.zones.length === 0) return '';
  const { headers, rows } = zonesTable(model.zones, model.timeFormat);
  const head = `<tr>${headers.map((h) => `<th scope="col">${e(h)}</th>`).join('')}</tr>`;
  const body = rows
    .map((row) => `<tr>${row.map((cell) => `<td>${e(cell)}</td>`).join('')}</tr>`)
    .join('');
  const list = `<ul class="zones-list">${model.zonesList.map((line) => `<li>${e(line)}</li>`).join('')}</ul>`;
  return `<h2>Time zones</h2>${list}<table class="zones"><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

/** The steps as a table: critical mark, id and title, estimate, impact, T+ range and clock. */
export function stepsTableHtml(model: PreviewModel): string {
  const rows = stepRows(model).map(({ step, when, clock }) => {
    const what = `<code>${e(step.id)}</code>${step.title ? ` ${e(step.title)}` : ''}${step.manual ? ' <span class="muted">(manual)</span>' : ''}${model.kind === 'runbook' ? commandsHtml(step) : ''}`;
    const cells = [
      step.critical ? '●' : '',
      what,
      e(step.estimate ?? 'none'),
      e(step.impact ?? ''),
      e(when ?? 'not scheduled'),
      e(clock ?? ''),
    ];
    // Times stay on one line each: a range broken at its dash reads as two times.
    return `<tr${step.critical ? ' class="critical"' : ''}>${cells.map((cell, i) => `<td${i >= 4 ? ' class="time"' : ''}>${cell}</td>`).join('')}</tr>`;
  });
  const head = [
    '<span class="muted" title="on the critical path">●</span>',
    'Step',
    'Estimate',
    'Impact',
    'From the start',
    'Clock',
  ]
    .map((h) => `<th scope="col">${h}</th>`)
    .join('');
  return `<table class="steps"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/**
 * A runbook step's command, check and undo, for whoever carries it out. Announcements never show
 * them: their steps come from the linked runbook, and readers have no use for its shell commands.
 */
function commandsHtml(step: PreviewModel['steps'][number]): string {
  const lines = (['run', 'verify', 'rollback'] as const).flatMap((name) => {
    const command = step[name];
    return command === null
      ? []
      : [
          `<div class="command"><span class="muted">${name}</span> <code>${e(command)}</code></div>`,
        ];
  });
  return lines.join('');
}

/** The go/no-go deadline, how long rolling back takes, and the plan. */
export function rollbackHtml(model: PreviewModel): string {
  const rollback = model.rollback;
  if (!rollback) return '';
  const rows = [
    rollback.deadline !== null
      ? `<dt>Go/no-go</dt><dd>roll back if not done ${e(formatDuration(minutesToSeconds(rollback.deadline)))} after the start</dd>`
      : '',
    rollback.estimate !== null
      ? `<dt>Rolling back takes</dt><dd>${e(formatDuration(minutesToSeconds(rollback.estimate)))}</dd>`
      : '',
    rollback.plan !== null ? `<dt>Plan</dt><dd>${e(rollback.plan)}</dd>` : '',
  ].join('');
  return rows ? `<h2>Rollback</h2><dl class="facts">${rows}</dl>` : '';
}

/** A section's Markdown, or a FAQ as question and answer. */
export function sectionHtml(section: PreviewSection): string {
  const heading = `<h2>${e(section.title)}</h2>`;
  if ('markdown' in section)
    return `<section class="section section-${e(section.name)}">${heading}${markdownToHtml(section.markdown)}</section>`;
  const items = section.faq
    .map(({ q, a }) => `<dt>${e(q)}</dt><dd>${markdownToHtml(a)}</dd>`)
    .join('');
  return `<section class="section faq">${heading}<dl class="faq">${items}</dl></section>`;
}
