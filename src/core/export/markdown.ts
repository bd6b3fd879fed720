import { formatDuration } from '../duration';
import type { PreviewModel, PreviewSection } from '../preview/preview-model';
import { errorLines, estimateLine, impactSentence, titleOf, updatesText } from './phrases';
import { inertMarkdown } from './markdown-inert';
import { stepRows } from './step-rows';
import { inertText } from '../text/inert-text';
import { minutesToSeconds } from '../time/units';

/**
 * Text from the file as Markdown that shows it as written: the characters that would start
 * emphasis, a link, HTML or a table cell are escaped, and so is what would make a line a heading,
 * a quote or a list. Lighter than escaping every punctuation mark, so the source stays readable.
 * `<` becomes `&lt;` (and `&` before what reads as an entity `&amp;`), since not every renderer
 * takes `\<`; control characters become visible escapes (`\u001b`).
 */
export function markdownText(text: string): string {
  return inertText(text)
    .replace(/[\\`*_[\]>|~{}]/g, (ch) => `\\${ch}`)
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(
      /^(\s*)([#>+=-]|\d+[.)])/gm,
      (_, space: string, mark: string) =>
        `${space}${mark.replace(/[#>+=\-.)]$/, (ch) => `\\${ch}`)}`,
    );
}

/**
 * The announcement (or runbook) as Markdown, for a blog post or a README: the title, a summary
 * list (window in its zone and UTC, estimate, impact, updates), the zones list as seed 000 writes
 * it, a runbook's steps, the rollback, then the sections as written (they are Markdown already)
 * and the FAQ, made inert (`inertMarkdown`: raw HTML escaped, links only to web addresses). Errors,
 * if any, are quoted at the top.
 */
export function renderMarkdown(model: PreviewModel): string {
  const blocks: string[] = [];
  const [header, ...errors] = errorLines(model);
  if (header)
    blocks.push(
      [
        `> **${markdownText(header)}**`,
        '>',
        ...errors.map((item) => `> - ${markdownText(item.slice(2))}`),
      ].join('\n'),
    );
  blocks.push(`# ${markdownText(titleOf(model))}`);
  const facts = summary(model);
  if (facts.length > 0) blocks.push(facts.map((fact) => `- ${fact}`).join('\n'));
  if (model.zonesList.length > 0)
    blocks.push(
      'Times in other zones:',
      model.zonesList.map((line) => `- ${markdownText(line)}`).join('\n'),
    );
  if (model.kind === 'runbook' && model.steps.length > 0) blocks.push('## Steps', stepTable(model));
  const rollback = model.kind === 'runbook' ? rollbackLines(model) : [];
  if (rollback.length > 0) blocks.push('## Rollback', rollback.join('\n'));
  for (const section of model.sections) blocks.push(...sectionBlocks(section));
  return `${blocks.join('\n\n')}\n`;
}

function summary(model: PreviewModel): string[] {
  const [own, ...utc] = model.window?.lines ?? [];
  const when =
    own === undefined
      ? 'unknown (no valid start and zone)'
      : [own, ...utc].map(markdownText).join(' · ');
  const updates = updatesText(model);
  const impact = impactSentence(model);
  const estimate = estimateLine(model);
  return [
    `**When:** ${when}${model.window?.relative ? ` (${markdownText(model.window.relative)})` : ''}`,
    estimate ? `**Estimate:** ${markdownText(estimate.replace(/^Estimate: /, ''))}` : null,
    impact ? `**Impact:** ${markdownText(impact)}` : null,
    updates ? `**Updates:** ${markdownText(updates)}` : null,
  ].filter((line): line is string => line !== null);
}

function stepTable(model: PreviewModel): string {
  const cell = (text: string) => markdownText(text).replace(/\n/g, ' ');
  const rows = stepRows(model).map(({ step, when, clock }) =>
    [
      step.critical ? '●' : '',
      cell(step.id),
      cell(step.title ?? ''),
      cell(step.estimate ?? 'none'),
      cell(step.impact ?? ''),
      cell(when ?? 'not scheduled'),
      cell(clock ?? ''),
    ].join(' | '),
  );
  return [
    '| | Step | What | Estimate | Impact | From the start | Clock |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${row} |`),
    '',
    '● on the critical path',
  ].join('\n');
}

function rollbackLines(model: PreviewModel): string[] {
  const rollback = model.rollback;
  if (!rollback) return [];
  const minutes = (value: number) => formatDuration(minutesToSeconds(value));
  return [
    rollback.deadline !== null
      ? `- **Go/no-go:** roll back if not done ${minutes(rollback.deadline)} after the start`
      : null,
    rollback.estimate !== null ? `- **Rolling back takes:** ${minutes(rollback.estimate)}` : null,
    rollback.plan !== null ? `- **Plan:** ${markdownText(rollback.plan)}` : null,
  ].filter((line): line is string => line !== null);
}

function sectionBlocks(section: PreviewSection): string[] {
  const heading = `## ${markdownText(section.title)}`;
  if ('markdown' in section) return [heading, inertMarkdown(section.markdown.trim())];
  return [
    heading,
    ...section.faq.flatMap(({ q, a }) => [
      `### ${markdownText(q.trim())}`,
      inertMarkdown(a.trim()),
    ]),
  ];
}
