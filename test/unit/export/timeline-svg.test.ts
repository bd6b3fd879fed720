import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PREVIEW_CSS } from '../../../src/core/export/html-styles';
import {
  LEAST_MARK_OPACITY,
  renderTimelineSvg,
  TIMELINE_FONT_SIZE,
  TIMELINE_MIN_WIDTH,
  TIMELINE_WIDTH,
} from '../../../src/core/export/timeline-svg';
import { exampleModel, ROOT, textModel } from './export-fixtures';

const texts = (svg: string, className: string) =>
  [...svg.matchAll(new RegExp(`<g class="${className}">.*?<text[^>]*>([^<]*)</text>`, 'g'))].map(
    (m) => m[1],
  );
const tickLabels = (svg: string) => texts(svg, 'tick');

describe('export/timeline-svg', () => {
  it("draws seed 000's runbook on the window's clock: six critical steps, the outage shaded, the window end and the rollback deadline", () => {
    const svg = renderTimelineSvg(exampleModel('gitter-2015/restructure.runbook.yaml'));
    assert.match(
      svg,
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="timeline" role="img" [^>]*aria-labelledby="timeline-title timeline-desc"/,
    );
    assert.match(
      svg,
      /<title id="timeline-title">Timeline of Restructure Gitter&#39;s data storage and application infrastructure<\/title>/,
    );
    assert.deepEqual(tickLabels(svg), ['8am', '8:15am', '8:30am', '8:45am', '9am']);
    assert.equal(svg.match(/<g class="step critical impact-outage">/g)?.length, 6);
    assert.equal(svg.match(/<rect class="phase phase-outage"/g)?.length, 1);
    assert.deepEqual(texts(svg, 'window-end'), ['window ends 9am']);
    assert.deepEqual(texts(svg, 'rollback-deadline'), ['roll back by 8:40am']);
    assert.match(
      svg,
      /<title>migrate: Run the data migration script · T\+0:07–0:12 · 8:07am–8:12am · estimate 5m · on the critical path<\/title>/,
    );
  });

  it("draws seed 003's ranges: light where a step may run, solid where it surely does, over a day with ticks every three hours", () => {
    const svg = renderTimelineSvg(exampleModel('metrics-2017/schema-migration.runbook.yaml'));
    assert.deepEqual(tickLabels(svg), [
      '12:00',
      '15:00',
      '18:00',
      '21:00',
      'Tue 00:00',
      'Tue 03:00',
      'Tue 06:00',
      'Tue 09:00',
    ]);
    assert.equal(svg.match(/class="bar-range"/g)?.length, 3);
    // catch-up may start as late as 13:00 from the start and end as early as 12:30: no part of it is sure.
    assert.equal(svg.match(/class="bar"/g)?.length, 2);
    assert.deepEqual(svg.match(/<rect class="phase phase-[a-z-]+"/g), [
      '<rect class="phase phase-outage"',
      '<rect class="phase phase-degraded"',
    ]);
  });

  it('moves the ticks with the clocks when the window crosses a DST change', () => {
    const svg = renderTimelineSvg(
      textModel(
        'kind: runbook\ntitle: T\nwindow: { start: 2099-03-29 00:30, zone: Europe/London, length: 2h }\nsteps:\n  - { id: a, estimate: 2h }\n',
        'dst.runbook.yaml',
      ),
    );
    // The clocks go from 01:00 GMT to 02:00 BST: the axis skips the hour that never happened, and the window ends at 03:30 BST.
    assert.deepEqual(tickLabels(svg), [
      '00:30',
      '00:45',
      '02:00',
      '02:15',
      '02:30',
      '02:45',
      '03:00',
      '03:15',
      '03:30',
    ]);
    assert.deepEqual(texts(svg, 'window-end'), ['window ends 03:30']);
  });

  it('counts from the start without a window, and draws nothing without steps', () => {
    const svg = renderTimelineSvg(
      textModel(
        'kind: runbook\ntitle: T\nsteps:\n  - { id: a, estimate: 20m }\n  - { id: b, estimate: 10m }\n',
        'x.runbook.yaml',
      ),
    );
    // A runbook without a start still has its planned length (30m × 2), and counts it from T+0.
    assert.deepEqual(tickLabels(svg), ['0:00', '0:15', '0:30', '0:45', '1:00']);
    assert.deepEqual(texts(svg, 'window-end'), ['window ends at T+1:00']);
    assert.equal(
      renderTimelineSvg(textModel('kind: runbook\ntitle: T\nsteps: []\n', 'x.runbook.yaml')),
      '',
    );
  });
});

describe('export/timeline-svg: readable in every theme', () => {
  const svg = renderTimelineSvg(exampleModel('metrics-2017/schema-migration.runbook.yaml'));

  it('draws no mark fainter than LEAST_MARK_OPACITY (0.45); only the phases, behind all, are a tint', () => {
    const marks = svg.split('\n').filter((line) => !line.startsWith('<rect class="phase'));
    const opacities = marks.flatMap((line) =>
      [...line.matchAll(/(?:fill|stroke)-opacity="([\d.]+)"/g)].map((m) => Number(m[1])),
    );
    assert.ok(opacities.length >= 3, svg);
    assert.ok(LEAST_MARK_OPACITY >= 0.45);
    assert.ok(
      opacities.every((o) => o >= LEAST_MARK_OPACITY),
      `opacities ${opacities.join(', ')}`,
    );
    // A range's bar is outlined at full strength, so that its extent shows on any background.
    assert.match(svg, /class="bar-range"[^>]*stroke="currentColor" stroke-width="1"/);
  });

  it('writes labels at 13 units, which the preview never shrinks below 11 px', () => {
    assert.match(svg, /font-size="13"/);
    assert.ok((TIMELINE_FONT_SIZE * TIMELINE_MIN_WIDTH) / TIMELINE_WIDTH >= 11);
    assert.match(
      PREVIEW_CSS,
      new RegExp(`svg\\.timeline \\{[^}]*min-width: ${TIMELINE_MIN_WIDTH}px`),
    );
    assert.match(PREVIEW_CSS, /\.timeline-scroll \{ overflow-x: auto;/);
  });

  it("colours the timeline from the theme, with no opacity in the stylesheet below the marks' least", () => {
    const rules = PREVIEW_CSS.split('\n').filter((line) => line.startsWith('svg.timeline'));
    assert.match(
      rules.join('\n'),
      /\.bar-range \{ fill: var\(--rb-accent\); stroke: var\(--rb-fg\); stroke-opacity: 0\.7; \}/,
    );
    assert.match(
      rules.join('\n'),
      /\.tick line \{ stroke: var\(--rb-muted\); stroke-opacity: 0\.6; \}/,
    );
    const opacities = rules
      .filter((line) => !line.startsWith('svg.timeline .phase'))
      .flatMap((line) => [...line.matchAll(/opacity: ([\d.]+)/g)].map((m) => Number(m[1])));
    assert.ok(
      opacities.every((o) => o >= LEAST_MARK_OPACITY),
      opacities.join(', '),
    );
    // Each colour is VS Code's theme variable with a standalone fallback, for light and dark.
    assert.match(PREVIEW_CSS, /--rb-accent: var\(--vscode-charts-blue, #0969da\);/);
    assert.match(PREVIEW_CSS, /--rb-accent: var\(--vscode-charts-blue, #4493f8\);/);
  });

  it("outlines the timeline's marks in the high-contrast themes' contrast colour (the panel's stylesheet)", () => {
    const css = readFileSync(resolve(ROOT, 'media/preview.css'), 'utf8');
    for (const mark of ['.tick line', '.bar-range', '.phase'])
      for (const theme of ['vscode-high-contrast', 'vscode-high-contrast-light'])
        assert.ok(css.includes(`body.${theme} svg.timeline ${mark}`), `${theme} ${mark}`);
    assert.match(css, /stroke: var\(--vscode-contrastBorder\);\n\s+stroke-opacity: 1;/);
  });
});
