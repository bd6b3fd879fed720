import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EXPORT_FORMATS } from '../../src/core/export/index';
import { ROOT } from './run-cli';

/** ESC (colours, a window title), BEL, NUL, backspace, a lone CR, DEL, C1's CSI, a right-to-left override. */
const HOSTILE = '\u001b[31mred\u001b]0;owned\u0007\u0000\u0008x\ry\u007f\u009b2J\u202eevil';
const RAW =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/;
const NOW = '2026-07-01T00:00:00Z';
const ARGUMENT = HOSTILE.replace('\u0000', '');

const quoted = JSON.stringify(HOSTILE);
const RUNBOOK = [
  'kind: runbook',
  `title: ${quoted}`,
  'window: { start: "2026-07-19 08:00", zone: UTC, length: 2h }',
  'steps:',
  `  - { id: ${JSON.stringify(`a${HOSTILE}`)}, title: ${quoted}, estimate: 5m, run: ${JSON.stringify(`echo ${HOSTILE}`)} }`,
  `  - { id: b, title: ${quoted}, estimate: 5m, needs: [${JSON.stringify(`missing${HOSTILE}`)}] }`,
  '',
].join('\n');
const ANNOUNCEMENT = [
  'kind: announcement',
  `title: ${quoted}`,
  'start: "2026-07-19 08:00"',
  'zone: UTC',
  'length: 1h',
  `audience: [{ zone: Asia/Tokyo, label: ${quoted} }]`,
  `sections: { why: ${quoted} }`,
  `runbook: ${JSON.stringify(`./x.runbook.yaml`)}`,
  '',
].join('\n');

describe('CLI: control characters from a file never reach the terminal raw', () => {
  let folder: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'runbook-control-'));
    writeFileSync(join(folder, 'x.runbook.yaml'), RUNBOOK);
    writeFileSync(join(folder, 'x.announcement.yaml'), ANNOUNCEMENT);
    writeFileSync(join(folder, `${HOSTILE.replace(/[\u0000/]/g, '')}.runbook.yaml`), RUNBOOK);
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  const run = (...args: string[]) => {
    const result = spawnSync(process.execPath, [resolve(ROOT, 'dist/cli.js'), ...args], {
      cwd: folder,
      encoding: 'utf8',
      timeout: 120_000,
    });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  };

  const commands: string[][] = [
    ['lint', '.', '--now', NOW],
    ['lint', '.', '--format', 'json', '--now', NOW],
    ['schedule', 'x.runbook.yaml', '--now', NOW],
    ['schedule', 'x.announcement.yaml', '--format', 'json', '--now', NOW],
    ['run', 'x.runbook.yaml', '--dry-run'],
    // An argument cannot hold NUL.
    ['convert', '2026-07-19 08:00', '--zone', 'UTC', '--to', `Tokyo${ARGUMENT}=Asia/Tokyo`],
    ['convert', '2026-07-19 08:00', '--zone', `Asia/${ARGUMENT}`, '--to', 'UTC'],
    ...EXPORT_FORMATS.flatMap((format) => [
      ['preview', 'x.runbook.yaml', '--format', format, '--now', NOW],
      ['preview', 'x.announcement.yaml', '--format', format, '--now', NOW],
    ]),
  ];
  for (const args of commands)
    it(`runbook ${args.join(' ').replace(new RegExp(RAW, 'g'), '…').slice(0, 70)}`, () => {
      const { status, output } = run(...args);
      assert.notEqual(status, null);
      const raw = RAW.exec(output);
      assert.equal(raw, null, `raw U+${raw?.[0].charCodeAt(0).toString(16)} in:\n${output}`);
      // The banner of an announcement without one is made from the window: no text of the file.
      if (!args.includes('banner'))
        assert.ok(output.includes('\\u001b'), `ESC shown as \\u001b:\n${output}`);
      assert.doesNotMatch(output, /internal error|\n\s+at /);
    });
});
