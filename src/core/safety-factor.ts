import { scalarOf, type YamlNode } from './yaml/tree';

/** The "double the estimate" rule of seed 000, when a file gives no `safety_factor`. */
export const DEFAULT_SAFETY_FACTOR = 2;

/**
 * The file's top-level `safety_factor`, else `fallback` (the `runbook.safetyFactor` setting). A
 * value the schema refuses (below 1, not a number) also gives the fallback, so that the window and
 * the preview never plan on it.
 */
export function safetyFactorOf(root: YamlNode | null, fallback = DEFAULT_SAFETY_FACTOR): number {
  const factor = scalarOf(root, 'safety_factor')?.value;
  // 1e309 reads as Infinity: no plan can be made on it.
  return typeof factor === 'number' && Number.isFinite(factor) && factor >= 1 ? factor : fallback;
}
