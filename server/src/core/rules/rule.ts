import type { LinkedRunbook } from '../analyze';
import type { Diagnostic } from '../diagnostic';
import type { DocumentKind } from '../document-kind';
import type { StepGraph } from '../model/dependencies';
import type { Step } from '../model/steps';
import type { Plan } from '../plan/plan';
import type { Settings } from '../settings';
import type { TimeWindow } from '../time/window';
import type { ParsedYaml } from '../yaml/parse-yaml';

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

/** A rule: one file, named after the diagnostic code it reports. */
export type Rule = (context: RuleContext) => Diagnostic[];
