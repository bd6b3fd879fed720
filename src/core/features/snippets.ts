import { skeletonStart } from '../time/skeleton-start';
import type { CompletionContext } from './completion-context';
import type { CompletionItem } from './feature-results';

/**
 * The snippets, served as completion items where each belongs (a static `contributes.snippets`
 * would show everywhere): a whole runbook or announcement at the top of an empty file, a step
 * where a new step of `steps:` goes. Bodies use VS Code's snippet syntax; `START` is replaced by
 * a start one week from now at the next full hour, computed when the completion is served.
 */
export interface Snippet {
  prefix: 'runbook' | 'announcement' | 'step';
  description: string;
  body: readonly string[];
}

const START = '{{start}}';
/** The zone the snippets' windows are written in, and the start computed for. */
export const SNIPPET_ZONE = 'Europe/London';

export const SNIPPETS: readonly Snippet[] = [
  {
    prefix: 'runbook',
    description: 'A whole maintenance runbook: window, audience, steps and rollback',
    body: [
      'kind: runbook',
      'id: ${1:postgres-upgrade}',
      'title: ${2:Upgrade Postgres 11 to 15}',
      'owner: ${3:ops@example.com}',
      'window:',
      `  start: \${4:${START}}`,
      `  zone: \${5:${SNIPPET_ZONE}}`,
      '  length: ${6:1h}',
      'safety_factor: 2',
      'audience:',
      '  - ${7:America/New_York}',
      'steps:',
      '  - id: ${8:backup}',
      '    title: ${9:Back up every customer database}',
      '    estimate: ${10:30m}',
      '    impact: ${11|none,degraded,read-only,outage|}',
      '    run: ${12:./scripts/backup.sh}',
      'rollback:',
      '  deadline: ${13:40m}',
      '  estimate: ${14:15m}',
      '$0',
    ],
  },
  {
    prefix: 'step',
    description: 'One runbook step with its estimate, command, check and undo',
    body: [
      '- id: ${1:migrate}',
      '  title: ${2:Run the migration script}',
      '  estimate: ${3:10m}',
      '  impact: ${4|none,degraded,read-only,outage|}',
      '  run: ${5:./scripts/migrate.sh}',
      '  verify: ${6:./scripts/verify.sh}',
      // `$0` on a line of its own would be indented with the step and leave a line of spaces.
      '  rollback: ${7:./scripts/undo.sh}$0',
    ],
  },
  {
    prefix: 'announcement',
    description: 'A whole maintenance announcement: window, audience zones, impact and sections',
    body: [
      'kind: announcement',
      'id: ${1:july-maintenance}',
      'title: ${2:Scheduled maintenance}',
      `start: \${3:${START}}`,
      `zone: \${4:${SNIPPET_ZONE}}`,
      'estimate: ${5:30m}',
      'impact: ${6|outage,degraded,read-only,none|}',
      'affected: [${7:web, api}]',
      'audience:',
      '  - { label: ${8:Eastern}, zone: ${9:America/New_York} }',
      'time_format: ${10|12h,24h|}',
      'sections:',
      '  why: ${11:Why we are doing this.}',
      '$0',
    ],
  },
];

/** A snippet's body as inserted text, its start `now` + a week; `indent` prefixes every line but the first. */
export function snippetText(snippet: Snippet, now: number, indent = ''): string {
  const start = skeletonStart(now, SNIPPET_ZONE);
  return snippet.body
    .map((line, index) => (index === 0 || line === '$0' ? line : `${indent}${line}`))
    .join('\n')
    .replace(START, start);
}

/** Everything in the text is blank or a comment, but the word being typed at the start of a line. */
function isEmptyFileBut(text: string, start: number, end: number): boolean {
  if (start > 0 && text[start - 1] !== '\n') return false;
  return isBlank(text, 0, start) && isBlank(text, end, text.length);
}

/** Every line of `text[from, to)` is blank or a comment; stops at the first one that is not. */
function isBlank(text: string, from: number, to: number): boolean {
  let lineStart = from;
  while (lineStart < to) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 || newline > to ? to : newline;
    const line = text.slice(lineStart, lineEnd).trim();
    if (line !== '' && !line.startsWith('#')) return false;
    lineStart = lineEnd + 1;
  }
  return true;
}

function item(snippet: Snippet, insertText: string, start: number, end: number): CompletionItem {
  return {
    label: snippet.prefix,
    kind: 'snippet',
    detail: snippet.description,
    insertText,
    // After the keys and values a prefix also matches ("runbook" is an announcement's key too).
    sortText: `~${snippet.prefix}`,
    start,
    end,
  };
}

/** The whole-file snippets, when the file is empty but for the word being typed. */
export function fileSnippets(
  text: string,
  start: number,
  end: number,
  now: number,
): CompletionItem[] {
  if (!isEmptyFileBut(text, start, end)) return [];
  return SNIPPETS.filter((s) => s.prefix !== 'step').map((s) =>
    item(s, snippetText(s, now), start, end),
  );
}

/**
 * The step snippet where a new step goes: on a line of its own under `steps:` (it writes the
 * `- `), or after a fresh `- ` of `steps:` with nothing else in that item yet.
 */
export function stepSnippets(
  text: string,
  context: CompletionContext,
  now: number,
  end: number,
): CompletionItem[] {
  const step = SNIPPETS.find((s) => s.prefix === 'step');
  if (!step || context.position !== 'key' || context.path[0] !== 'steps') return [];
  const start = context.prefixStart;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, start);
  const indent = ' '.repeat(context.column);
  if (context.path.length === 1 && before.trim() === '')
    return [item(step, snippetText(step, now, indent), start, end)];
  const freshItem =
    context.path.length === 2 && /^ *- +$/.test(before) && context.siblings.size === 0;
  if (!freshItem) return [];
  // After `- ` the item's keys line up with the cursor: the body's own `- ` is already written.
  const body = { ...step, body: step.body.map((line) => line.slice(2)) };
  return [item(body, snippetText(body, now, indent), start, end)];
}
