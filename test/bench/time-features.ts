// Part of `npm run bench`: hovers, inlay hints and zone completion on the cached analysis.
// Zone completion describes ~450 zones at the window's start; those details are kept per start,
// so the first request at a new start costs what the server otherwise does in idle time.
import { analyze } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/analysis-types';
import { complete } from '../../src/core/features/completion';
import { hover } from '../../src/core/features/hover';
import { inlayHints } from '../../src/core/features/inlay-hints';
import { allZoneNames } from '../../src/core/time/index';
import { generateRunbook } from './generate-runbook';

const NOW = Date.parse('2026-07-01T00:00:00Z');

function sample(run: () => void): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(run: () => void, repeats: number): number {
  const samples = Array.from({ length: repeats }, () => sample(run)).sort((a, b) => a - b);
  return samples[Math.floor(repeats / 2)];
}

/** The offset just after `find` (its first occurrence) in the analysed text. */
const after = (analysis: Analysis, find: string) => analysis.text.indexOf(find) + find.length;

/** Rows of a Markdown table, and a line on zone completion before its details are kept. */
export function timeFeatureRows(): string[] {
  const first = analyze(
    generateRunbook(100).replace('2026-07-19', '2026-11-02'),
    'bench.runbook.yaml',
    undefined,
    NOW,
  );
  const firstEver = sample(() => complete(first, after(first, '  zone: ')));
  const next = analyze(
    generateRunbook(100).replace('2026-07-19', '2026-12-07'),
    'bench.runbook.yaml',
    undefined,
    NOW,
  );
  const newStart = sample(() => complete(next, after(next, '  zone: ')));
  const zoneHoverFirst = sample(() => hover(first, after(first, '  - Asia/To')));
  const rows = [
    `| steps | time hover | zone hover | inlay hints | zone completion, all ${allZoneNames().length} | zone completion, \`Tok\` |`,
    '|---:|---:|---:|---:|---:|---:|',
  ];
  for (const count of [100, 1000, 10000]) {
    const text = generateRunbook(count);
    const analysis = analyze(text, 'bench.runbook.yaml', undefined, NOW);
    const typing = analyze(
      text.replace('zone: Europe/London', 'zone: Tok'),
      'bench.runbook.yaml',
      undefined,
      NOW,
    );
    const cells = [
      median(() => hover(analysis, after(analysis, '  sta')), 200),
      median(() => hover(analysis, after(analysis, '  - Asia/To')), 200),
      median(() => inlayHints(analysis), 200),
      median(() => complete(analysis, after(analysis, '  zone: ')), 200),
      median(() => complete(typing, after(typing, 'zone: Tok')), 200),
    ];
    rows.push(`| ${count} | ${cells.map((ms) => `${ms.toFixed(3)} ms`).join(' | ')} |`);
  }
  rows.push(
    '',
    `Zone completion before the details at a window start are kept: ${firstEver.toFixed(1)} ms the first time in a process, ${newStart.toFixed(1)} ms at another start (the server describes 20 zones in the first zone completion and the rest in idle slices, then every new window start after each analysis).`,
    `Zone hover the first time for a zone without clock changes (400 days searched, then kept): ${zoneHoverFirst.toFixed(1)} ms.`,
  );
  return rows;
}
