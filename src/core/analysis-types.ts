// The analysis' types, apart from analyze() that builds them: rules and features import these
// without importing the analysis that runs them (no import cycle through analyze.ts).
import type { Diagnostic } from './diagnostic';
import type { DocumentKind } from './document-kind';
import type { StepGraph } from './model/dependencies';
import type { Step } from './model/steps';
import type { Plan } from './plan/plan';
import type { Settings } from './settings';
import type { LineIndex } from './text/line-index';
import type { TimeWindow } from './time/window';
import type { ParsedYaml } from './yaml/parse-yaml';

/** What every rule reads: the parsed document and the model built from it once. */
export interface RuleContext {
  text: string;
  parsed: ParsedYaml;
  kind: DocumentKind | undefined;
  fileName: string;
  steps: Step[];
  graph: StepGraph;
  /** The settings it was analysed with. */
  settings: Settings;
  /**
   * The maintenance window, resolved once: zone, start/end instants, audience, time format and the
   * conversions into every audience zone. Undefined when the kind is unknown or the file was skipped.
   */
  window: TimeWindow | undefined;
  /** A runbook's schedule (step times, critical path, estimate, planned length, phases); undefined for announcements. */
  plan: Plan | undefined;
  /** An announcement's linked runbook (`runbook:`), when it names one and the caller could follow links. */
  linked: LinkedRunbook | undefined;
  /** The present instant (epoch ms) for rules about it (`start-in-past`); undefined means do not ask. */
  now: number | undefined;
}

/**
 * What an announcement's `runbook:` path leads to, as the caller (server, CLI) resolved it.
 * `suggestion` is a runbook path, written as the announcement would write it, close to a path not found.
 */
export type LinkedRunbook =
  | { status: 'found'; path: string; analysis: Analysis }
  | {
      status:
        'not-found' | 'outside-workspace' | 'folder' | 'self' | 'unreadable' | 'not-a-runbook';
      path: string;
      message: string;
      suggestion?: string;
    };

/**
 * Resolves an announcement's `runbook:` path (as written, relative to the announcement) to the
 * runbook's analysis. The core does no I/O: the server answers from open editors and the disk,
 * the CLI from the disk.
 */
export type RunbookResolver = (path: string) => LinkedRunbook;

/**
 * Everything known about one version of a document; features read it and never re-parse. It is
 * what the rules read (the parsed text, steps, graph, window, plan, link, now) plus their verdict.
 */
export interface Analysis extends RuleContext {
  diagnostics: Diagnostic[];
  /** True when the file was too large to analyse: everything but the diagnostic is empty. */
  skipped: boolean;
  /** Lines of the text, indexed on first use (completion reads lines around the cursor). */
  readonly lines: LineIndex;
}
