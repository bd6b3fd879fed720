import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAYLOADS, type Payload } from './payloads';

/**
 * The payloads in every text field of a runbook and an announcement, as files a person could
 * open:
 *
 * - `all-fields.*`: a valid window (so that labels, the zones table, the timeline and the linked
 *   plan are drawn) with every payload in every list entry (one step, audience label, affected
 *   service, reminder, section and FAQ entry per payload) and all of them, one per line, in every
 *   free-text scalar (title, owner, description, impact, channels, rollback plan);
 * - `every-field.*` and `single-nn.*`: all payloads, one per line, or payload nn alone, as the
 *   whole value of every field, times, durations and URLs included, where it reaches the preview
 *   through its diagnostics' messages, the linked runbook's path, or a link's address (zones and
 *   `needs` name payload 1 in every-field, each payload in its single-nn file).
 */
export interface PayloadFile {
  name: string;
  text: string;
  /** The payloads the preview of this file must show as text. */
  payloads: Payload[];
  /** Opened by phase 5 of `npm run test:e2e` by default (`RUNBOOK_E2E_INJECTION=all` opens every file). */
  quick: boolean;
}

// JSON strings are YAML 1.2 double-quoted scalars: any payload, quotes and newlines included, stays one value.
const q = (text: string) => JSON.stringify(text);
const ZONES = ['Asia/Tokyo', 'Europe/Moscow', 'Europe/Paris', 'America/New_York'];
const WINDOW_START = '2099-07-19 08:00';

function allFieldsRunbook(): string {
  const all = q(PAYLOADS.map((p) => p.text).join('\n'));
  return [
    'kind: runbook',
    `id: ${all}`,
    `title: ${all}`,
    `owner: ${all}`,
    `description: ${all}`,
    `window: { start: ${WINDOW_START}, zone: Europe/London, length: 3h }`,
    'audience:',
    ...PAYLOADS.map((p, i) => `  - { zone: ${ZONES[i % ZONES.length]}, label: ${q(p.text)} }`),
    'affected:',
    ...PAYLOADS.map((p) => `  - ${q(p.text)}`),
    'steps:',
    ...PAYLOADS.flatMap((p, i) => [
      `  - id: ${q(p.text)}`,
      `    title: ${q(p.text)}`,
      '    estimate: 1m',
      `    impact: ${q(p.text)}`,
      `    needs: [${i === 0 ? '' : q(PAYLOADS[i - 1].text)}]`,
      ...['run', 'verify', 'rollback', 'notes'].map((key) => `    ${key}: ${q(p.text)}`),
    ]),
    `rollback: { deadline: 40m, estimate: 10m, plan: ${all} }`,
    '',
  ].join('\n');
}

function allFieldsAnnouncement(): string {
  const all = q(PAYLOADS.map((p) => p.text).join('\n'));
  return [
    'kind: announcement',
    `id: ${all}`,
    'runbook: ./all-fields.runbook.yaml',
    `title: ${all}`,
    `start: ${WINDOW_START}`,
    'zone: Europe/London',
    `impact: ${all}`,
    'affected:',
    ...PAYLOADS.map((p) => `  - ${q(p.text)}`),
    'audience:',
    ...PAYLOADS.map((p, i) => `  - { zone: ${ZONES[i % ZONES.length]}, label: ${q(p.text)} }`),
    'reminders:',
    ...PAYLOADS.map((p) => `  - ${q(p.text)}`),
    'channels:',
    `  status_page: ${all}`,
    `  twitter: ${all}`,
    `  banner: { text: ${all}, url: ${all} }`,
    'sections:',
    ...PAYLOADS.map((p) => `  ${q(`${p.text} section`)}: ${q(p.text)}`),
    '  faq:',
    ...PAYLOADS.flatMap((p) => [`    - q: ${q(p.text)}`, `      a: ${q(p.text)}`]),
    '',
  ].join('\n');
}

/**
 * `text` as the whole value of every field of a runbook, but `name` where a zone is named or a
 * step is needed: a name thousands of characters long is another test's subject (bounded "did
 * you mean" work, test/unit/rules/), and each payload is a name in its own single-nn file.
 */
function everyFieldRunbook(text: string, name: string): string {
  const v = q(text);
  const n = q(name);
  return [
    'kind: runbook',
    `id: ${v}`,
    `title: ${v}`,
    `owner: ${v}`,
    `description: ${v}`,
    `window: { start: ${v}, zone: ${n}, end: ${v}, length: ${v} }`,
    `safety_factor: ${v}`,
    `time_format: ${v}`,
    `audience: [${n}, { zone: ${n}, label: ${v} }]`,
    `affected: [${v}]`,
    'steps:',
    ...[v, q(`${text} 2`)].flatMap((id) => [
      `  - id: ${id}`,
      `    title: ${v}`,
      `    estimate: ${v}`,
      `    impact: ${v}`,
      `    needs: [${n}]`,
      ...['run', 'verify', 'rollback', 'notes'].map((key) => `    ${key}: ${v}`),
    ]),
    `rollback: { deadline: ${v}, estimate: ${v}, plan: ${v} }`,
    '',
  ].join('\n');
}

/** `text` as the whole value of every field of an announcement, but `name` where a zone is named. */
function everyFieldAnnouncement(text: string, name: string): string {
  const v = q(text);
  const n = q(name);
  return [
    'kind: announcement',
    `id: ${v}`,
    `runbook: ${v}`,
    `title: ${v}`,
    `zone: ${n}`,
    ...['start', 'end', 'estimate', 'length', 'impact', 'publish', 'time_format'].map(
      (key) => `${key}: ${v}`,
    ),
    `safety_factor: ${v}`,
    `affected: [${v}]`,
    `audience: [${n}, { zone: ${n}, label: ${v} }]`,
    `reminders: [${v}]`,
    `channels: { status_page: ${v}, twitter: ${v}, banner: { text: ${v}, url: ${v} } }`,
    `sections: { ${v}: ${v}, faq: [{ q: ${v}, a: ${v} }] }`,
    '',
  ].join('\n');
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Every payload file, runbooks and announcements alternating: the all-fields pair, the
 * every-field pair (all payloads, one per line, as the whole value of every field), then a pair
 * per payload. `quick` marks those phase 5 of `npm run test:e2e` opens unless told to open all:
 * the first two pairs, and the payloads that are bare URLs alone (a URL field's value starting
 * with its scheme).
 */
export function payloadFiles(): PayloadFile[] {
  const texts = PAYLOADS.map((p) => p.text);
  const all = texts.join('\n');
  return [
    file('all-fields.runbook.yaml', allFieldsRunbook(), PAYLOADS, true),
    file('all-fields.announcement.yaml', allFieldsAnnouncement(), PAYLOADS, true),
    file('every-field.runbook.yaml', everyFieldRunbook(all, texts[0]), PAYLOADS, true),
    file('every-field.announcement.yaml', everyFieldAnnouncement(all, texts[0]), PAYLOADS, true),
    ...PAYLOADS.flatMap((p) => {
      const quick = p.kind.startsWith('bare ');
      return [
        file(`single-${pad(p.n)}.runbook.yaml`, everyFieldRunbook(p.text, p.text), [p], quick),
        file(
          `single-${pad(p.n)}.announcement.yaml`,
          everyFieldAnnouncement(p.text, p.text),
          [p],
          quick,
        ),
      ];
    }),
  ];
}

function file(name: string, text: string, payloads: Payload[], quick: boolean): PayloadFile {
  return { name, text, payloads, quick };
}

/** Writes every payload file into `folder` (created if need be) and returns them with their paths. */
export function writePayloadFiles(folder: string): Array<PayloadFile & { path: string }> {
  mkdirSync(folder, { recursive: true });
  return payloadFiles().map((file) => {
    const path = join(folder, file.name);
    writeFileSync(path, file.text);
    return { ...file, path };
  });
}
