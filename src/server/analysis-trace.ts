import type { Connection } from 'vscode-languageserver';

/** What the analysis cache tells its trace when an analysis of one version ends or is dropped. */
export interface AnalysisTraceEvent {
  outcome: 'analysed' | 'dropped';
  uri: string;
  version: number;
  /** Phases run (analysis-scheduler.ts), and the milliseconds since the job started. */
  phases: number;
  ms: number;
  /** Rules that checked only the step the edit changed (core incremental/), 0 for an analysis in full. */
  rechecked: number;
}

/**
 * The cache's trace: with LSP's own trace on (`$/setTrace`, or `trace` in `initialize`), one
 * `$/logTrace` line per finished analysis, saying whether its rules ran in full or re-checked
 * only the edited step, which `npm run bench` reads to count the versions of a burst analysed
 * in full; the library sends nothing while the trace is off. With
 * `initializationOptions.traceAnalyses`, also a `window/logMessage` line for every analysis that
 * ends or is dropped, which the protocol tests count.
 */
export function analysisTrace(
  connection: Connection,
  logMessages: boolean,
): (event: AnalysisTraceEvent) => void {
  return ({ outcome, uri, version, phases, ms, rechecked }) => {
    if (outcome === 'analysed')
      connection.tracer.log(
        `analysed ${uri} version ${version} in ${ms.toFixed(1)} ms, ${rechecked > 0 ? `${rechecked} rules re-checked in the edited step alone` : 'in full'}`,
      );
    if (logMessages)
      connection.console.log(
        outcome === 'analysed'
          ? `analysed ${uri} version ${version} in ${phases} phases`
          : `dropped ${uri} version ${version} after ${phases} phases`,
      );
  };
}
