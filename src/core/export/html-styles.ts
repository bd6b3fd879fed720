import { TIMELINE_MIN_WIDTH } from './timeline-svg';

/**
 * The preview's look. Colours are VS Code's theme variables, so the panel follows the theme; each
 * falls back to a light palette, or a dark one under `prefers-color-scheme: dark`, so that an
 * exported file looks right in a browser. No inline `style` attributes anywhere: the page's
 * Content-Security-Policy allows this one stylesheet and nothing else.
 */
export const PREVIEW_CSS = `
:root {
  --rb-fg: var(--vscode-foreground, #1f2328);
  --rb-bg: var(--vscode-editor-background, #ffffff);
  --rb-muted: var(--vscode-descriptionForeground, #59636e);
  --rb-border: var(--vscode-panel-border, #d1d9e0);
  --rb-link: var(--vscode-textLink-foreground, #0969da);
  --rb-accent: var(--vscode-charts-blue, #0969da);
  --rb-critical: var(--vscode-charts-orange, #bc4c00);
  --rb-error: var(--vscode-editorError-foreground, #d1242f);
  --rb-warning: var(--vscode-editorWarning-foreground, #9a6700);
  --rb-outage: var(--vscode-charts-red, #d1242f);
  --rb-degraded: var(--vscode-charts-yellow, #bf8700);
  --rb-code-bg: var(--vscode-textCodeBlock-background, #f6f8fa);
  --rb-font: var(--vscode-font-family, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif);
}
@media (prefers-color-scheme: dark) {
  :root {
    --rb-fg: var(--vscode-foreground, #e6edf3);
    --rb-bg: var(--vscode-editor-background, #0d1117);
    --rb-muted: var(--vscode-descriptionForeground, #9198a1);
    --rb-border: var(--vscode-panel-border, #3d444d);
    --rb-link: var(--vscode-textLink-foreground, #4493f8);
    --rb-accent: var(--vscode-charts-blue, #4493f8);
    --rb-critical: var(--vscode-charts-orange, #f0883e);
    --rb-error: var(--vscode-editorError-foreground, #f85149);
    --rb-warning: var(--vscode-editorWarning-foreground, #d29922);
    --rb-outage: var(--vscode-charts-red, #f85149);
    --rb-degraded: var(--vscode-charts-yellow, #d29922);
    --rb-code-bg: var(--vscode-textCodeBlock-background, #151b23);
  }
}
body { margin: 0; color: var(--rb-fg); background: var(--rb-bg); font-family: var(--rb-font); line-height: 1.5; }
.runbook-preview { max-width: 760px; margin: 0 auto; padding: 16px 24px 48px; }
.runbook-preview h1 { font-size: 1.6em; margin: 0.2em 0 0.4em; }
.runbook-preview h2 { font-size: 1.2em; margin: 1.6em 0 0.5em; padding-bottom: 0.2em; border-bottom: 1px solid var(--rb-border); }
.runbook-preview a { color: var(--rb-link); }
.runbook-preview code { background: var(--rb-code-bg); padding: 0.1em 0.3em; border-radius: 4px; }
.kind, .relative, .muted, .note { color: var(--rb-muted); }
.kind { text-transform: uppercase; letter-spacing: 0.06em; font-size: 0.8em; margin: 0; }
.when { font-size: 1.1em; font-weight: 600; margin: 0; }
.utc { margin: 0; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 16px 0; }
.facts dt { color: var(--rb-muted); }
.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--rb-border); vertical-align: top; }
th { color: var(--rb-muted); font-weight: 600; }
.command { margin-top: 0.2em; font-size: 0.92em; }
.command code { white-space: pre-wrap; word-break: break-all; }
.zones-list { list-style: none; padding: 0; columns: 2; }
.problems { border: 1px solid var(--rb-error); border-left-width: 4px; padding: 8px 16px; margin: 8px 0 16px; }
.problems.warnings-only { border-color: var(--rb-warning); }
td.time { white-space: nowrap; }
.problems h2 { border: 0; margin: 0; font-size: 1em; }
.problems ul { margin: 4px 0; padding-left: 16px; }
.severity-error { color: var(--rb-error); font-weight: 600; }
.severity-warning { color: var(--rb-warning); font-weight: 600; }
.runbook-missing { color: var(--rb-error); }
.banner-preview { border: 1px solid var(--rb-border); padding: 8px 12px; text-align: center; }
tr.critical td:first-child, .critical-mark { color: var(--rb-critical); }
.faq dt { font-weight: 600; margin-top: 12px; }
.faq dd { margin: 0; }
details summary { cursor: pointer; }
.timeline-scroll { overflow-x: auto; margin: 8px 0; }
svg.timeline { display: block; min-width: ${TIMELINE_MIN_WIDTH}px; max-width: 100%; height: auto; color: var(--rb-fg); }
/* Bars outlined in the text colour: a theme's chart colours alone may not stand out (VS Code's light orange is 2.9:1 on white). */
svg.timeline .bar, svg.timeline .bar-range { fill: var(--rb-accent); stroke: var(--rb-fg); stroke-opacity: 0.7; }
svg.timeline .critical .bar, svg.timeline .critical .bar-range, svg.timeline .critical-mark { fill: var(--rb-critical); }
svg.timeline .tick line { stroke: var(--rb-muted); stroke-opacity: 0.6; }
svg.timeline .phase { fill: var(--rb-degraded); fill-opacity: 0.15; }
svg.timeline .phase-outage { fill: var(--rb-outage); }
svg.timeline .window-end line { stroke: var(--rb-fg); }
svg.timeline .rollback-deadline line { stroke: var(--rb-error); }
svg.timeline .rollback-deadline text { fill: var(--rb-error); }
`.trim();
