/** A realistic runbook with `count` steps (ids, titles, estimates, commands, some `needs`). */
export function generateRunbook(count: number): string {
  const lines = [
    'kind: runbook',
    'id: generated',
    'title: Generated runbook for benchmarks',
    'window:',
    '  start: 2026-07-19 08:00',
    '  zone: Europe/London',
    '  length: 1h',
    'audience:',
    '  - Asia/Tokyo',
    '  - { zone: America/New_York, label: Eastern }',
    'steps:',
  ];
  for (let i = 0; i < count; i++) {
    lines.push(
      `  - id: step-${i}`,
      `    title: Migrate shard ${i} of the customer database to the new schema`,
      `    estimate: ${1 + (i % 9)}m..${2 + (i % 9)}m`,
      `    impact: ${i % 3 === 0 ? 'outage' : 'degraded'}`,
      `    run: ./scripts/migrate.sh --shard ${i} --verbose --retries 3`,
      `    verify: ./scripts/verify.sh --shard ${i}`,
    );
    if (i > 2 && i % 5 === 0) lines.push(`    needs: [step-${i - 2}, step-${i - 3}]`);
  }
  lines.push('rollback:', '  deadline: 40m', '  estimate: 15m', '');
  return lines.join('\n');
}
