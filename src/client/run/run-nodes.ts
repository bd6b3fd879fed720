// The run's tree as plain data: one node per step (its state, times, and any question waiting on
// it) and one for a question about the whole run (the go/no-go). No `vscode` here: run-tree.ts
// turns these into TreeItems, and the unit tests check labels, descriptions and context values.
import type { RunPlan, RunStep, StepState } from '../../core/run/run-types';
import type { Question } from './run-questions';
import { stateText, stepDescription } from './run-labels';

interface NodeBase {
  label: string;
  description: string;
  tooltip: string;
  /** A codicon id, and the theme colour to draw it in. */
  icon: string;
  color?: string;
  /**
   * `runbookStep state-<state>` (or `runbookQuestion`), plus `ask-<kind>` while a question waits and
   * `can-verify` for a step with a verify command: package.json's inline actions match on these.
   */
  contextValue: string;
  /** The question the node's inline actions answer. */
  questionId?: number;
}

export interface StepNode extends NodeBase {
  kind: 'step';
  step: string;
  state: StepState;
}

export interface QuestionNode extends NodeBase {
  kind: 'question';
  questionId: number;
}

export type RunNode = StepNode | QuestionNode;

/** What the engine's snapshot says of each step, by id. */
export interface StepProgress {
  states: ReadonlyMap<string, StepState>;
  startedAt: ReadonlyMap<string, number>;
  durations: ReadonlyMap<string, number>;
}

const ICONS: Record<StepState, [string, string?]> = {
  pending: ['circle-large-outline'],
  running: ['sync~spin'],
  verifying: ['loading~spin'],
  done: ['pass-filled', 'testing.iconPassed'],
  failed: ['error', 'testing.iconFailed'],
  skipped: ['debug-step-over'],
  'rolled-back': ['discard'],
  interrupted: ['warning', 'list.warningForeground'],
};

/** The nodes in order: a question about the whole run first, then every step in file order. */
export function runNodes(
  plan: RunPlan,
  progress: StepProgress,
  questions: readonly Question[],
  now: number,
): RunNode[] {
  const nodes: RunNode[] = questions
    .filter((question) => question.step === undefined)
    .map((question) => ({
      kind: 'question',
      label: question.kind === 'deadline' ? 'Go/no-go' : 'Question',
      description: question.choices.map((choice) => choice.label).join(' or '),
      tooltip: question.message,
      icon: 'question',
      color: 'list.warningForeground',
      contextValue: `runbookQuestion ask-${question.kind}`,
      questionId: question.id,
    }));
  for (const step of plan.steps) {
    const question = questions.find((q) => q.step === step.id);
    nodes.push(stepNode(step, progress, question, now));
  }
  return nodes;
}

function stepNode(
  step: RunStep,
  progress: StepProgress,
  question: Question | undefined,
  now: number,
): StepNode {
  const state = progress.states.get(step.id) ?? 'pending';
  const startedAt = progress.startedAt.get(step.id);
  const durationMs = progress.durations.get(step.id);
  const times = {
    state,
    ...(startedAt !== undefined ? { startedAt } : {}),
    ...(durationMs !== undefined ? { durationMs } : {}),
    ...(step.estimate ? { estimate: step.estimate } : {}),
    ...(step.planned !== undefined ? { planned: step.planned } : {}),
  };
  const [icon, color] = question ? ['question', 'list.warningForeground'] : ICONS[state];
  const flags = [`state-${state}`];
  if (question) flags.push(`ask-${question.kind}`);
  if (step.verify !== undefined) flags.push('can-verify');
  const tooltip = [
    `${step.id}${step.title === undefined ? '' : ` — ${step.title}`}: ${stateText(state)}`,
    ...(question ? ['', question.message] : []),
  ].join('\n');
  return {
    kind: 'step',
    step: step.id,
    state,
    label: step.id,
    description: stepDescription(times, now),
    tooltip,
    icon,
    ...(color !== undefined ? { color } : {}),
    contextValue: `runbookStep ${flags.join(' ')}`,
    ...(question ? { questionId: question.id } : {}),
  };
}
