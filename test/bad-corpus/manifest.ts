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
  entry('cycle-self.runbook.yaml', 'cycle', { 'missing-window': 1, 'dependency-cycle': 1 }),
  entry('cycle-two-steps.runbook.yaml', 'cycle', { 'missing-window': 1, 'dependency-cycle': 1 }),
  entry('cycle-twenty.runbook.yaml', 'cycle', { 'missing-window': 1, 'dependency-cycle': 1 }),
  entry('cycle-two-rings.runbook.yaml', 'cycle', { 'missing-window': 1, 'dependency-cycle': 2 }),
  entry(
    'cycle-1000.runbook.yaml',
    'cycle at scale',
    { 'missing-window': 1, 'dependency-cycle': 1 },
    {
      generate: () => recipe.cycleRing(1000),
      message: /more/,
    },
  ),
  entry(
    'cycle-5000.runbook.yaml',
    'cycle at scale',
    { 'missing-window': 1, 'dependency-cycle': 1 },
    {
      generate: () => recipe.cycleRing(5000),
      message: /more/,
    },
  ),
  entry(
    'links-cycle-5000.announcement.yaml',
    'cycle at scale, through a link',
    // The cycle leaves the runbook no estimate, so nothing gives the announcement's window an end.
    { 'window-without-end': 1 },
    {
      generate: () => recipe.announcementLinking('ring-5000.runbook.yaml'),
      companions: { 'ring-5000.runbook.yaml': () => recipe.cycleRing(5000) },
    },
  ),
  entry(
    'duplicate-ids-1500.runbook.yaml',
    'diagnostic cap',
    { 'duplicate-step-id': 'some', 'too-many-problems': 1 },
    {
      generate: () => recipe.duplicateIds(1500),
      maxDiagnostics: 1001,
    },
  ),
  // 2. Suggestions and the prose scanner, bounded.
  entry(
    'mistyped-need.runbook.yaml',
    'mistyped id',
    { 'missing-window': 1, 'unknown-step': 1 },
    { message: /Did you mean "backup"/ },
  ),
  entry('mistyped-needs-many.runbook.yaml', 'mistyped id', {
    'missing-window': 1,
    'unknown-step': 50,
  }),
  entry(
    'mistyped-needs-1000.runbook.yaml',
    'mistyped id at scale',
    // 1,000 errors fill the list: the runbook's missing window is the one left out, and counted.
    { 'unknown-step': 1000, 'too-many-problems': 1 },
    {
      generate: () => recipe.mistypedNeeds(1000),
    },
  ),
  entry(
    'long-id-10000.runbook.yaml',
    'long id',
    { 'missing-window': 1, 'unknown-step': 1 },
    { generate: () => recipe.longId(10_000) },
  ),
  entry(
    'long-zone-52k.runbook.yaml',
    'long zone',
    { 'unknown-zone': 1 },
    { generate: () => recipe.longZone(52_000) },
  ),
  entry('duplicate-ids.runbook.yaml', 'mistyped id', {
    'missing-window': 1,
    'duplicate-step-id': 29,
  }),
  entry('unicode-lookalike-id.runbook.yaml', 'mistyped id', {
    'missing-window': 1,
    'unknown-step': 1,
  }),
  entry('id-with-spaces.runbook.yaml', 'mistyped id', { 'missing-window': 1, schema: 1 }),
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
  entry('needs-chain-500.runbook.yaml', 'deep needs', { 'missing-window': 1 }),
  entry('needs-fan-in-300.runbook.yaml', 'deep needs', { 'missing-window': 1 }),
  entry('needs-repeated-entry.runbook.yaml', 'deep needs', { 'missing-window': 1 }),
  entry(
    'needs-131000.runbook.yaml',
    'deep needs',
    { 'missing-window': 1 },
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
  entry('html-in-steps.runbook.yaml', 'raw HTML', { 'missing-window': 1 }),
  entry('control-chars-in-id.runbook.yaml', 'control characters', {
    'missing-window': 1,
    schema: 1,
  }),
  entry('nul-in-title.runbook.yaml', 'control characters', { 'missing-window': 1 }),
  entry('raw-control-bytes.runbook.yaml', 'control characters', { 'missing-window': 1 }),
  entry('bidi-and-zero-width.runbook.yaml', 'control characters', {
    'missing-window': 1,
    schema: 1,
    'unknown-step': 1,
  }),
  entry('nul-bytes.runbook.yaml', 'control characters', { 'missing-window': 1, schema: 1 }),
  // 7. Type confusion.
  entry('estimate-true.runbook.yaml', 'type confusion', { 'missing-window': 1, schema: 1 }),
  entry('estimate-map.runbook.yaml', 'type confusion', {
    'missing-window': 1,
    schema: 1,
    'missing-estimate': 1,
  }),
  entry('needs-scalar.runbook.yaml', 'type confusion', { 'missing-window': 1, schema: 1 }),
  entry('steps-mapping.runbook.yaml', 'type confusion', { 'missing-window': 1, schema: 1 }),
  entry('id-number.runbook.yaml', 'type confusion', {
    'missing-window': 1,
    schema: 3,
    'unknown-step': 1,
  }),
  entry('window-sequence.runbook.yaml', 'type confusion', { schema: 1 }),
  entry('audience-nulls.announcement.yaml', 'type confusion', { schema: 5 }),
  entry('channels-banner-scalar.announcement.yaml', 'type confusion', { schema: 2 }),
  entry('safety-factor-overflow.runbook.yaml', 'type confusion', {
    'missing-window': 1,
    schema: 1,
  }),
  entry('safety-factor-nan.runbook.yaml', 'type confusion', { 'missing-window': 1, schema: 1 }),
  entry('estimate-huge.runbook.yaml', 'type confusion', {
    'missing-window': 1,
    'invalid-duration': 2,
    schema: 1,
  }),
  // 9. Contract slips: line ends, encodings, years.
  entry('lone-cr.runbook.yaml', 'lone CR (read as line ends)', { 'missing-window': 1 }),
  entry('mixed-line-ends.runbook.yaml', 'lone CR (read as line ends)', { 'missing-window': 1 }),
  entry('bom-utf8.runbook.yaml', 'encoding', { 'missing-window': 1 }),
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
  entry(
    'invalid-utf8.runbook.yaml',
    'encoding',
    { 'missing-window': 1, 'yaml-syntax': 1 },
    { cliOnlyCodes: true },
  ),
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
  // Found by `npm run fuzz` (seed 2027): a safety factor of 10^29 made the HTML timeline walk
  // 10^31 minutes a day at a time (out of memory).
  entry('fuzz-huge-safety-factor.runbook.yaml', 'found by the fuzzer', {
    schema: 6,
    'missing-estimate': 1,
    'unknown-step': 1,
  }),
  // 10. YAML outside the fast path.
  entry('omap-steps.runbook.yaml', '!!omap/!!pairs', { 'missing-window': 1, schema: 'some' }),
  entry('pairs-sections.announcement.yaml', '!!omap/!!pairs', { schema: 1 }),
  entry('yaml-directive-only.runbook.yaml', '%YAML 1.2 only', { 'yaml-syntax': 1 }),
  entry('yaml-directive-then-doc.runbook.yaml', '%YAML 1.2 only', { 'missing-window': 1 }),
  entry('unclosed-brackets-in-block-scalar.runbook.yaml', 'nesting', { 'missing-window': 1 }),
  entry('indent-257.runbook.yaml', 'nesting', { 'missing-window': 1 }),
  entry(
    'stray-quote-deep-flow.runbook.yaml',
    'nesting',
    { 'yaml-syntax': 1 },
    { message: /deeper/ },
  ),
  entry('alias-bomb-small.runbook.yaml', 'nesting', { 'missing-window': 1, schema: 4 }),
  entry('merge-keys.runbook.yaml', 'nesting', {
    'missing-window': 1,
    schema: 3,
    'missing-estimate': 2,
  }),
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
