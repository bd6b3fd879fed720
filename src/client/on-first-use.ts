// What the extension loads on first use, not while VS Code activates it: esbuild.mjs bundles this
// module apart, into dist/on-first-use.js, and each `await import()` of one of these modules in
// src/client becomes a require of that bundle (scripts/build/on-first-use.mjs). Activation then
// neither reads nor compiles the analysis, the runner or the export formats: compiling them with
// the extension was most of its activation time. A dynamic import of a module not listed here
// fails the build.
export * as activeRun from './run/active-run';
export * as analyze from '../core/analyze';
export * as dryRun from '../core/run/dry-run';
export * as exportCommand from './export/export-command';
export * as journalReading from '../runner/journal-reading';
export * as newMaintenanceCommand from './new-maintenance/new-maintenance-command';
export * as parseYaml from '../core/yaml/parse-yaml';
export * as previewBody from './preview/preview-body';
export * as runLensTargets from './run/run-lens-targets';
export * as runPlan from '../core/run/run-plan';
export * as runReport from '../runner/run-report';
export * as runSession from '../runner/run-session';
export * as yamlTree from '../core/yaml/tree';
