/**
 * What users feel while a step runs, from no visible effect to the most visible one. The values
 * are the schema's `impact` enum (schemas/common.schema.json), in the same order.
 */
export const IMPACTS = ['none', 'degraded', 'read-only', 'outage'] as const;

export type Impact = (typeof IMPACTS)[number];

/** Impacts users notice: each is a phase of the plan; `none` is not. */
export type PhaseImpact = Exclude<Impact, 'none'>;

export function isImpact(value: unknown): value is Impact {
  return (IMPACTS as readonly unknown[]).includes(value);
}

/** 0 for `none` up to 3 for `outage`; -1 for anything that is not an impact. */
export function impactRank(value: unknown): number {
  return (IMPACTS as readonly unknown[]).indexOf(value);
}

/** The impacts users notice, worst first (the order phases and announcements rank them). */
export const PHASE_IMPACTS_WORST_FIRST: readonly PhaseImpact[] = IMPACTS.filter(
  (impact): impact is PhaseImpact => impact !== 'none',
).reverse();

/** The most visible of some impacts; undefined when none of them is an impact. */
export function worstImpact(values: Iterable<unknown>): Impact | undefined {
  let worst: Impact | undefined;
  for (const value of values)
    if (isImpact(value) && (worst === undefined || impactRank(value) > impactRank(worst)))
      worst = value;
  return worst;
}
