// The bad-input corpus: every file of test/fixtures/bad/ (and those made from recipes.ts at test
// time) with the diagnostics it must get, in the CLI and the server alike. `codes` lists every
// code the file gets, with how many (or 'some'); a code not listed must not appear.
import type { DiagnosticCode } from '../../src/core/diagnostic';
import * as recipe from './recipes';

export interface CorpusEntry {
  /** The file's name in test/fixtures/bad/, or the name a generated file gets. */
  file: string;
  /** The class of bad input, as the issue names it. */
  issueClass: string;
  codes: Partial<Record<DiagnosticCode, number | 'some'>>;
  /** A fragment one of its diagnostics' messages must hold. */
  message?: RegExp;
  /** The most diagnostics the file may get, all codes together. */
  maxDiagnostics?: number;
  /** Made at test time, into a temporary folder (with `companions` beside it), not committed. */
  generate?: () => string;
  companions?: Record<string, () => string>;
  /** The bytes are not UTF-8: the code expectations are the CLI's, which reads bytes itself. */
  cliOnlyCodes?: boolean;
}

/**
 * Files whose expectation is the fixed behaviour the issue asks for, and which another helper's
 * branch delivers (A bounded rules, C YAML/contract slips, D inert output). Their runs are
 * reported, not failed on; `heavy` ones are not run at all until then (today they take minutes
 * and gigabytes). Empty this list as the fixes land.
 */
export interface AwaitedFix {
  helper: 'A' | 'C' | 'D';
  heavy?: boolean;
  /** Only the failures this matches are awaited (the rest still fail); all of them when absent. */
  only?: RegExp;
}

/** `schedule --format json` printing nothing when there is no runbook to schedule (issue point 9). */
const SCHEDULE_JSON: AwaitedFix = {
  helper: 'C',
  only: /schedule --format json: stdout is not JSON/,
};
/** Raw control characters in text output and exports (issue point 6). */
const CONTROL_OUTPUT: AwaitedFix = { helper: 'D', only: /raw control character/ };
/** Raw HTML from sections and FAQ answers live in the Markdown export (issue point 6). */
const MARKDOWN_HTML: AwaitedFix = { helper: 'D', only: /preview --format md: live markup/ };

export const AWAITING_FIXES: Record<string, AwaitedFix> = {
  // A: one diagnostic per cycle, bounded suggestions and prose scanner, no spread, 1,000 cap.
  'cycle-two-steps.runbook.yaml': { helper: 'A' },
  'cycle-twenty.runbook.yaml': { helper: 'A' },
  'cycle-two-rings.runbook.yaml': { helper: 'A' },
  'cycle-1000.runbook.yaml': { helper: 'A', heavy: true },
  'cycle-5000.runbook.yaml': { helper: 'A', heavy: true },
  'links-cycle-5000.announcement.yaml': { helper: 'A', heavy: true },
  'duplicate-ids-1500.runbook.yaml': { helper: 'A' },
  'mistyped-needs-1000.runbook.yaml': { helper: 'A', heavy: true },
  'long-id-10000.runbook.yaml': { helper: 'A', heavy: true },
  'long-zone-52k.runbook.yaml': { helper: 'A', heavy: true },
  'prose-times-8-00-x40000.announcement.yaml': { helper: 'A', heavy: true },
  // The server publishes nothing for it today: the test would wait out its deadline.
  'needs-131000.runbook.yaml': { helper: 'A', heavy: true },
  // Found by the fuzzer: window-crosses-dst scans a window day by day (seconds for 74 years).
  'decades-long-window.announcement.yaml': { helper: 'A', heavy: true },
  // C: YAML cases and contract slips.
  'lone-cr.runbook.yaml': { helper: 'C' },
  'mixed-line-ends.runbook.yaml': { helper: 'C' },
  'utf16le-no-bom.runbook.yaml': { helper: 'C' },
  'utf16be-no-bom.announcement.yaml': { helper: 'C' },
  'omap-steps.runbook.yaml': { helper: 'C' },
  'yaml-directive-only.runbook.yaml': { helper: 'C' },
  'unclosed-brackets-in-block-scalar.runbook.yaml': { helper: 'C' },
  'indent-257.runbook.yaml': { helper: 'C' },
  'audience-mistyped-zones.announcement.yaml': SCHEDULE_JSON,
  'javascript-banner-url.announcement.yaml': SCHEDULE_JSON,
  'javascript-status-page.announcement.yaml': SCHEDULE_JSON,
  'data-url-banner.announcement.yaml': SCHEDULE_JSON,
  'vbscript-url-spaces.announcement.yaml': SCHEDULE_JSON,
  'audience-nulls.announcement.yaml': SCHEDULE_JSON,
  'channels-banner-scalar.announcement.yaml': SCHEDULE_JSON,
  'start-year-9999.announcement.yaml': SCHEDULE_JSON,
  'invalid-dates.announcement.yaml': SCHEDULE_JSON,
  'pairs-sections.announcement.yaml': SCHEDULE_JSON,
  'only-comments.announcement.yaml': SCHEDULE_JSON,
  'link-missing-runbook.announcement.yaml': SCHEDULE_JSON,
  'link-outside-workspace.announcement.yaml': SCHEDULE_JSON,
  'link-to-itself.announcement.yaml': SCHEDULE_JSON,
  'link-to-folder.announcement.yaml': SCHEDULE_JSON,
  'fuzz-repeated-long-lines.announcement.yaml': SCHEDULE_JSON,
  // C: the workspace boundary on the real path (test/cli/bad-corpus-symlinks.test.ts).
  'symlink-to-outside-runbook': { helper: 'C' },
  'symlink-to-etc-passwd': { helper: 'C' },
  'symlink-to-proc-environ': { helper: 'C' },
  // D: inert exports and terminal output.
  'control-chars-in-id.runbook.yaml': CONTROL_OUTPUT,
  'nul-in-title.runbook.yaml': CONTROL_OUTPUT,
  'nul-bytes.runbook.yaml': CONTROL_OUTPUT,
  'raw-control-bytes.runbook.yaml': CONTROL_OUTPUT,
  'markdown-link-javascript.announcement.yaml': MARKDOWN_HTML,
  'html-in-sections.announcement.yaml': MARKDOWN_HTML,
  'html-in-faq.announcement.yaml': MARKDOWN_HTML,
  'html-in-title.announcement.yaml': MARKDOWN_HTML,
  'html-in-steps.runbook.yaml': MARKDOWN_HTML,
};

const entry = (
  file: string,
  issueClass: string,
  codes: CorpusEntry['codes'],
  more: Partial<CorpusEntry> = {},
): CorpusEntry => ({ file, issueClass, codes, ...more });

/** The symlink cases, made at test time by test/cli/bad-corpus-symlinks.test.ts: case name → link target. */
export const SYMLINK_CASES: Record<string, string> = {
  'symlink-to-outside-runbook': '../secret.runbook.yaml',
  'symlink-to-etc-passwd': '/etc/passwd',
  'symlink-to-proc-environ': '/proc/self/environ',
};

export const CORPUS: readonly CorpusEntry[] = [
  // 1. Cycles: one diagnostic per cycle, bounded lists of names.
  entry('cycle-self.runbook.yaml', 'cycle', { 'dependency-cycle': 1 }),
  entry('cycle-two-steps.runbook.yaml', 'cycle', { 'dependency-cycle': 1 }),
  entry('cycle-twenty.runbook.yaml', 'cycle', { 'dependency-cycle': 1 }),
  entry('cycle-two-rings.runbook.yaml', 'cycle', { 'dependency-cycle': 2 }),
  entry(
    'cycle-1000.runbook.yaml',
    'cycle at scale',
    { 'dependency-cycle': 1 },
    {
      generate: () => recipe.cycleRing(1000),
      message: /more/,
    },
  ),
  entry(
    'cycle-5000.runbook.yaml',
    'cycle at scale',
    { 'dependency-cycle': 1 },
    {
      generate: () => recipe.cycleRing(5000),
      message: /more/,
    },
  ),
  entry(
    'links-cycle-5000.announcement.yaml',
    'cycle at scale, through a link',
    {},
    {
      generate: () => recipe.announcementLinking('ring-5000.runbook.yaml'),
      companions: { 'ring-5000.runbook.yaml': () => recipe.cycleRing(5000) },
    },
  ),
  entry(
    'duplicate-ids-1500.runbook.yaml',
    'diagnostic cap',
    { 'duplicate-step-id': 'some' },
    {
      generate: () => recipe.duplicateIds(1500),
      maxDiagnostics: 1001,
    },
  ),
  // 2. Suggestions and the prose scanner, bounded.
  entry(
    'mistyped-need.runbook.yaml',
    'mistyped id',
    { 'unknown-step': 1 },
    { message: /Did you mean "backup"/ },
  ),
  entry('mistyped-needs-many.runbook.yaml', 'mistyped id', { 'unknown-step': 50 }),
  entry(
    'mistyped-needs-1000.runbook.yaml',
    'mistyped id at scale',
    { 'unknown-step': 1000 },
    {
      generate: () => recipe.mistypedNeeds(1000),
    },
  ),
  entry(
    'long-id-10000.runbook.yaml',
    'long id',
    { 'unknown-step': 1 },
    { generate: () => recipe.longId(10_000) },
  ),
  entry(
    'long-zone-52k.runbook.yaml',
    'long zone',
    { 'unknown-zone': 1 },
    { generate: () => recipe.longZone(52_000) },
  ),
  entry('duplicate-ids.runbook.yaml', 'mistyped id', { 'duplicate-step-id': 29 }),
  entry('unicode-lookalike-id.runbook.yaml', 'mistyped id', { 'unknown-step': 1 }),
  entry('id-with-spaces.runbook.yaml', 'mistyped id', { schema: 1 }),
  entry(
    'mistyped-zone.runbook.yaml',
    'long zone',
    { 'unknown-zone': 1 },
    { message: /Europe\/London/ },
  ),
  entry('zone-abbreviation-bst.runbook.yaml', 'long zone', { 'zone-abbreviation': 1 }),
  entry('audience-mistyped-zones.announcement.yaml', 'long zone', { 'unknown-zone': 40 }),
  entry('prose-times-repeated.announcement.yaml', 'repeated prose times', {}),
  entry(
    'prose-times-8-00-x40000.announcement.yaml',
    'repeated prose times',
    {},
    {
      generate: () => recipe.repeatedProseTimes(40_000),
    },
  ),
  entry('prose-time-wrong.announcement.yaml', 'repeated prose times', { 'prose-time-mismatch': 1 }),
  entry('prose-times-many-zones.announcement.yaml', 'repeated prose times', {}),
  // 4. Deep needs: no stack overflow.
  entry('needs-chain-500.runbook.yaml', 'deep needs', {}),
  entry('needs-fan-in-300.runbook.yaml', 'deep needs', {}),
  entry('needs-repeated-entry.runbook.yaml', 'deep needs', {}),
  entry(
    'needs-131000.runbook.yaml',
    'deep needs',
    {},
    { generate: () => recipe.manyNeeds(131_000) },
  ),
  // 6. URLs, raw HTML, control characters.
  entry(
    'javascript-banner-url.announcement.yaml',
    'javascript: URL',
    { schema: 1 },
    { message: /https?:/ },
  ),
  entry(
    'javascript-status-page.announcement.yaml',
    'javascript: URL',
    { schema: 1 },
    { message: /https?:/ },
  ),
  entry(
    'data-url-banner.announcement.yaml',
    'javascript: URL',
    { schema: 1 },
    { message: /https?:/ },
  ),
  entry(
    'vbscript-url-spaces.announcement.yaml',
    'javascript: URL',
    { schema: 1 },
    { message: /https?:/ },
  ),
  entry('markdown-link-javascript.announcement.yaml', 'raw HTML', {}),
  entry('html-in-sections.announcement.yaml', 'raw HTML', {}),
  entry('html-in-faq.announcement.yaml', 'raw HTML', {}),
  entry('html-in-title.announcement.yaml', 'raw HTML', {}),
  entry('html-in-steps.runbook.yaml', 'raw HTML', {}),
  entry('control-chars-in-id.runbook.yaml', 'control characters', { schema: 1 }),
  entry('nul-in-title.runbook.yaml', 'control characters', {}),
  entry('raw-control-bytes.runbook.yaml', 'control characters', {}),
  entry('bidi-and-zero-width.runbook.yaml', 'control characters', { schema: 1, 'unknown-step': 1 }),
  entry('nul-bytes.runbook.yaml', 'control characters', { schema: 1 }),
  // 7. Type confusion.
  entry('estimate-true.runbook.yaml', 'type confusion', { schema: 1 }),
  entry('estimate-map.runbook.yaml', 'type confusion', { schema: 1, 'missing-estimate': 1 }),
  entry('needs-scalar.runbook.yaml', 'type confusion', { schema: 1 }),
  entry('steps-mapping.runbook.yaml', 'type confusion', { schema: 1 }),
  entry('id-number.runbook.yaml', 'type confusion', { schema: 3, 'unknown-step': 1 }),
  entry('window-sequence.runbook.yaml', 'type confusion', { schema: 1 }),
  entry('audience-nulls.announcement.yaml', 'type confusion', { schema: 5 }),
  entry('channels-banner-scalar.announcement.yaml', 'type confusion', { schema: 2 }),
  entry('safety-factor-overflow.runbook.yaml', 'type confusion', { schema: 1 }),
  entry('safety-factor-nan.runbook.yaml', 'type confusion', { schema: 1 }),
  entry('estimate-huge.runbook.yaml', 'type confusion', { 'invalid-duration': 2, schema: 1 }),
  // 9. Contract slips: line ends, encodings, years.
  entry(
    'lone-cr.runbook.yaml',
    'lone CR',
    { 'yaml-syntax': 1 },
    { message: /CR|carriage return/i },
  ),
  entry(
    'mixed-line-ends.runbook.yaml',
    'lone CR',
    { 'yaml-syntax': 1 },
    { message: /CR|carriage return/i },
  ),
  entry('bom-utf8.runbook.yaml', 'encoding', {}),
  entry(
    'utf16le-no-bom.runbook.yaml',
    'UTF-16 without BOM',
    { 'yaml-syntax': 'some' },
    {
      message: /UTF-16/,
      cliOnlyCodes: true,
    },
  ),
  entry(
    'utf16be-no-bom.announcement.yaml',
    'UTF-16 without BOM',
    { 'yaml-syntax': 'some' },
    {
      message: /UTF-16/,
      cliOnlyCodes: true,
    },
  ),
  entry('invalid-utf8.runbook.yaml', 'encoding', { 'yaml-syntax': 1 }, { cliOnlyCodes: true }),
  entry('year-2101.runbook.yaml', 'year 2101', { 'invalid-time': 1 }, { message: /2100/ }),
  entry('start-year-9999.announcement.yaml', 'year 2101', { 'invalid-time': 1 }),
  entry('invalid-dates.announcement.yaml', 'year 2101', { 'invalid-time': 3 }),
  entry('nonexistent-time.runbook.yaml', 'year 2101', { 'nonexistent-local-time': 1 }),
  entry(
    'decades-long-window.announcement.yaml',
    'bounded work (found by the fuzzer)',
    {
      'window-crosses-dst': 'some',
    },
    { maxDiagnostics: 10 },
  ),
  // Found by `npm run fuzz` (seed 11): 1.4 s of CPU in the core for 75 KB of long repeated lines.
  entry('fuzz-repeated-long-lines.announcement.yaml', 'found by the fuzzer', {
    'runbook-not-found': 1,
    'unknown-zone': 1,
    'yaml-syntax': 1,
  }),
  // 10. YAML outside the fast path.
  entry('omap-steps.runbook.yaml', '!!omap/!!pairs', { schema: 'some' }),
  entry('pairs-sections.announcement.yaml', '!!omap/!!pairs', { schema: 1 }),
  entry('yaml-directive-only.runbook.yaml', '%YAML 1.2 only', { 'yaml-syntax': 1 }),
  entry('yaml-directive-then-doc.runbook.yaml', '%YAML 1.2 only', {}),
  entry('unclosed-brackets-in-block-scalar.runbook.yaml', 'nesting', {}),
  entry('indent-257.runbook.yaml', 'nesting', {}),
  entry(
    'stray-quote-deep-flow.runbook.yaml',
    'nesting',
    { 'yaml-syntax': 1 },
    { message: /deeper/ },
  ),
  entry('alias-bomb-small.runbook.yaml', 'nesting', { schema: 4 }),
  entry('merge-keys.runbook.yaml', 'nesting', { schema: 3, 'missing-estimate': 2 }),
  entry('duplicate-keys.runbook.yaml', 'nesting', { 'yaml-syntax': 2 }),
  entry('tabs-indent.runbook.yaml', 'nesting', { 'yaml-syntax': 2, 'missing-estimate': 1 }),
  entry('several-documents.runbook.yaml', 'nesting', { 'yaml-syntax': 1 }),
  entry('not-yaml.runbook.yaml', 'nesting', { 'yaml-syntax': 6 }),
  entry('empty.runbook.yaml', 'nesting', { schema: 1 }),
  entry('only-comments.announcement.yaml', 'nesting', { schema: 1 }),
  entry('top-level-list.runbook.yaml', 'nesting', { schema: 1 }),
  // 5. Links (symlinks are made at test time in test/cli/bad-corpus-symlinks.test.ts).
  entry('link-missing-runbook.announcement.yaml', 'links', { 'runbook-not-found': 1 }),
  entry('link-outside-workspace.announcement.yaml', 'links', { 'runbook-not-found': 1 }),
  entry('link-to-itself.announcement.yaml', 'links', { 'runbook-not-found': 1 }),
  entry('link-to-folder.announcement.yaml', 'links', { 'runbook-not-found': 1 }),
];
