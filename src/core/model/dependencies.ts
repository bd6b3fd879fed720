import type { Step } from './steps';

/** The `needs` graph of a runbook's steps, by step index. */
export interface StepGraph {
  /** For each step, the steps it waits for (unknown ids left out). */
  predecessors: number[][];
  /** Each cycle as the indices of its steps, in file order. */
  cycles: number[][];
  /** Step index by id; the first step wins where ids repeat. */
  indexById: Map<string, number>;
}

/** Builds the graph: explicit `needs`, else the step before; `needs: []` starts at the window's start. */
export function buildStepGraph(steps: readonly Step[]): StepGraph {
  const indexById = new Map<string, number>();
  for (const step of steps)
    if (step.id && !indexById.has(step.id.id)) indexById.set(step.id.id, step.index);
  const predecessors = steps.map((step): number[] => {
    if (step.needs === undefined) return step.index > 0 ? [step.index - 1] : [];
    const known: number[] = [];
    for (const need of step.needs) {
      const index = indexById.get(need.id);
      if (index !== undefined) known.push(index);
    }
    return known;
  });
  return { predecessors, cycles: findCycles(predecessors), indexById };
}

/**
 * Strongly connected components with more than one step, or a step that needs itself
 * (Tarjan's algorithm, iterative so that 10,000 steps cannot overflow the stack).
 */
export function findCycles(edges: readonly number[][]): number[][] {
  const count = edges.length;
  const index = new Array<number>(count).fill(-1);
  const low = new Array<number>(count).fill(0);
  const onStack = new Array<boolean>(count).fill(false);
  const stack: number[] = [];
  const cycles: number[][] = [];
  let next = 0;
  for (let root = 0; root < count; root++) {
    if (index[root] >= 0) continue;
    // The walk's frames: a node and the next of its edges to follow (two arrays, no object per frame).
    const workNodes = [root];
    const workEdges = [0];
    index[root] = low[root] = next++;
    stack.push(root);
    onStack[root] = true;
    while (workNodes.length > 0) {
      const top = workNodes.length - 1;
      const node = workNodes[top];
      const targets = edges[node];
      if (workEdges[top] < targets.length) {
        const target = targets[workEdges[top]++];
        if (index[target] < 0) {
          index[target] = low[target] = next++;
          stack.push(target);
          onStack[target] = true;
          workNodes.push(target);
          workEdges.push(0);
        } else if (onStack[target]) {
          low[node] = Math.min(low[node], index[target]);
        }
        continue;
      }
      workNodes.pop();
      workEdges.pop();
      if (top > 0) low[workNodes[top - 1]] = Math.min(low[workNodes[top - 1]], low[node]);
      if (low[node] !== index[node]) continue;
      // The component is the stack down to this node, which is on it once.
      const component = stack.splice(stack.lastIndexOf(node));
      for (const member of component) onStack[member] = false;
      if (component.length > 1 || targets.includes(node))
        cycles.push(component.sort((a, b) => a - b));
    }
  }
  return cycles.sort((a, b) => a[0] - b[0]);
}
