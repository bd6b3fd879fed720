// Corpus files too large to commit, made at test time from these recipes (each a few lines of
// text repeated): cycles and mistyped ids at scale, long ids and zones, repeated prose times and
// 131,000 `needs` entries.

const header = 'kind: runbook\ntitle: Generated\nsteps:\n';

/** A ring of `n` steps, each needing the next: one cycle through all of them. */
export function cycleRing(n: number): string {
  const steps: string[] = [];
  for (let i = 0; i < n; i++)
    steps.push(`  - id: s${i}\n    estimate: 1m\n    needs: [s${(i + 1) % n}]\n`);
  return header + steps.join('');
}

/** `n` steps, each needing a misspelling of its own id ("stpe-3"): `n` unknown ids to suggest for. */
export function mistypedNeeds(n: number): string {
  const steps: string[] = [];
  for (let i = 0; i < n; i++)
    steps.push(`  - id: step-${i}\n    estimate: 1m\n    needs: [stpe-${i}]\n`);
  return header + steps.join('');
}

/** One step whose need is an unknown id of `length` characters, among ten steps. */
export function longId(length: number): string {
  const steps: string[] = [];
  for (let i = 0; i < 10; i++) steps.push(`  - id: step-${i}\n    estimate: 1m\n`);
  steps.push(`  - id: last\n    estimate: 1m\n    needs: [${'x'.repeat(length)}]\n`);
  return header + steps.join('');
}

/** A window zone name of `length` characters. */
export function longZone(length: number): string {
  return `kind: runbook\ntitle: T\nwindow:\n  start: 2026-07-19 08:00\n  zone: ${'Europe/London'.repeat(Math.ceil(length / 13)).slice(0, length)}\n  length: 1h\nsteps:\n  - id: a\n    estimate: 5m\n`;
}

/** "8:00 " `times` times and then "BST", in a section: time-like text the prose scanner reads. */
export function repeatedProseTimes(times: number): string {
  return `kind: announcement\ntitle: T\nstart: 2026-07-19 08:00\nzone: Europe/London\nlength: 1h\nsections:\n  what: "${'8:00 '.repeat(times)}BST"\n`;
}

/** A step needing `n` others (a flow list of `n` ids). */
export function manyNeeds(n: number): string {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push(`s${i % 10}`);
  const steps: string[] = [];
  for (let i = 0; i < 10; i++) steps.push(`  - id: s${i}\n    estimate: 1m\n`);
  steps.push(`  - id: last\n    estimate: 1m\n    needs: [${ids.join(', ')}]\n`);
  return header + steps.join('');
}

/** `n` steps all with the id `a`: `n - 1` duplicates, more diagnostics than a file may get. */
export function duplicateIds(n: number): string {
  return header + '  - id: a\n    estimate: 1m\n'.repeat(n);
}

/** An announcement linking `./<runbook>` in the same folder, to schedule and preview through the link. */
export function announcementLinking(runbook: string): string {
  return `kind: announcement\ntitle: T\nrunbook: ./${runbook}\nstart: 2026-07-19 08:00\nzone: Europe/London\n`;
}
