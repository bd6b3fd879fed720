import { documentKind } from './document-kind';
import { buildStepGraph } from './model/dependencies';
import { readSteps } from './model/steps';
import { windowEstimate } from './plan/window-estimate';
import { fileTooLarge } from './rules/file-too-large';
import { tooManyProblems } from './rules/too-many-problems';
import { graphAfterEdit, planAfterEdit } from './incremental/model-after-edit';
import { recheck } from './incremental/recheck';
import { keepFindings, stepEditOf } from './incremental/step-edit';
import { rules, stepReads } from './rules/index';
import type { Analysis, RunbookResolver } from './analysis-types';
import type { Diagnostic } from './diagnostic';
import { safetyFactorOf } from './safety-factor';
import { defaultSettings, type Settings } from './settings';
import { LineIndex } from './text/line-index';
import { readWindow } from './time/window';
import { parseYaml, type ParsedYaml } from './yaml/parse-yaml';
import { scalarOf } from './yaml/tree';
import { secondsToMs } from './time/units';

const EMPTY_PARSE: ParsedYaml = { reader: 'yaml', root: null, problems: [], documentCount: 0 };

/**
 * Analyses a runbook or announcement text: parse once, build the model and the window once, run
 * every rule. `fileName` decides the kind when the text has no `kind:`. `now` (epoch ms) is the
 * present for rules about it (`start-in-past`); without it they stay silent. `resolveRunbook` finds
 * an announcement's linked runbook; without it the link is not followed. Never throws.
 */
export function analyze(
  text: string,
  fileName: string,
  settings: Settings = defaultSettings,
  now?: number,
  resolveRunbook?: RunbookResolver,
): Analysis {
  const steps = analysisSteps(text, fileName, settings, now, resolveRunbook);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same analysis as `analyze()`, one phase at a time: it yields after the parse, the model,
 * the plan, the window and each rule, so that a caller with other work (the language server) can
 * do it between phases, or drop the analysis when the text has changed. Given the analysis of
 * the text before an edit (`previous`), the parse reads again only the blocks the edit touched,
 * and when it touched one step item, the graph and plan are reused while that step kept what
 * they read, and the rules that read every step check only what the edit may have changed
 * (incremental/); the result is the same as without it.
 */
export function* analysisSteps(
  text: string,
  fileName: string,
  settings: Settings = defaultSettings,
  now?: number,
  resolveRunbook?: RunbookResolver,
  previous?: Analysis,
): Generator<void, Analysis, void> {
  const tooLarge = fileTooLarge(text, settings.maxFileSizeBytes);
  if (tooLarge.length > 0) {
    return withLines({
      text,
      fileName,
      kind: undefined,
      parsed: EMPTY_PARSE,
      steps: [],
      graph: buildStepGraph([]),
      settings,
      window: undefined,
      plan: undefined,
      linked: undefined,
      now,
      diagnostics: tooLarge,
      skipped: true,
    });
  }
  const parsed = parseYaml(text, previous?.parsed);
  yield;
  const kind = documentKind(parsed.root, fileName);
  const steps = kind === 'runbook' ? readSteps(parsed.root, previous?.steps) : [];
  // An edit inside one step item: what it left as it was (graph, plan, rules' findings) is reused.
  const edit = stepEditOf(previous, { fileName, settings, kind, parsed, steps });
  const graph = graphAfterEdit(edit, steps);
  yield;
  const plan =
    kind === 'runbook'
      ? planAfterEdit(edit, steps, graph, safetyFactorOf(parsed.root, settings.safetyFactor))
      : undefined;
  yield;
  const runbookPath = kind === 'announcement' ? scalarOf(parsed.root, 'runbook')?.value : undefined;
  const linked =
    typeof runbookPath === 'string' && resolveRunbook ? resolveRunbook(runbookPath) : undefined;
  // A window without `end` or `length` lasts its planned length: a runbook's plan, an announcement's linked runbook's (or own estimate's).
  const planned = windowEstimate({ kind, plan, linked, root: parsed.root, settings })?.planned;
  const window = kind
    ? readWindow(
        parsed.root,
        kind,
        settings,
        planned && planned > 0 ? secondsToMs(planned) : undefined,
      )
    : undefined;
  yield;
  const context = {
    text,
    parsed,
    kind,
    fileName,
    steps,
    graph,
    settings,
    window,
    plan,
    linked,
    now,
  };
  const diagnostics: Diagnostic[] = [];
  const byRule: Diagnostic[][] = [];
  let rechecked = 0;
  for (const [index, rule] of rules.entries()) {
    const reads = stepReads.get(rule);
    const again = edit && reads ? recheck(rule, reads, index, context, edit) : undefined;
    if (again) rechecked++;
    const found = again ?? rule(context);
    byRule.push(found);
    for (const diagnostic of found) diagnostics.push(diagnostic);
    yield;
  }
  diagnostics.sort((a, b) => a.start - b.start || a.end - b.end);
  const analysis = withLines({
    ...context,
    diagnostics: tooManyProblems(diagnostics),
    skipped: false,
  });
  keepFindings(analysis, byRule, rechecked);
  return analysis;
}

function withLines(analysis: Omit<Analysis, 'lines'>): Analysis {
  let lines: LineIndex | undefined;
  return Object.defineProperty(analysis, 'lines', {
    get: () => (lines ??= new LineIndex(analysis.text)),
    enumerable: false,
  }) as Analysis;
}
