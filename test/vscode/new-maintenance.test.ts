import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  newMaintenance,
  newMaintenanceOptions,
  type NewMaintenanceOptions,
} from '../../src/client/new-maintenance/new-maintenance-command';
import type { NewMaintenancePrompts } from '../../src/client/new-maintenance/new-maintenance-prompts';
import { EXAMPLE_ESTIMATE_MINUTES } from '../../src/core/scaffold/maintenance-files';
import { defaultStart } from '../../src/core/scaffold/start-time';
import { describeDiagnostics, nextDiagnostics, waitForDiagnostics } from './helpers';

const ZONE = 'Asia/Kolkata';
const AUDIENCE = ['America/New_York', 'Europe/London'];
const startFor = (now: number) =>
  defaultStart(now, { zone: ZONE, audience: AUDIENCE, minutes: 2 * EXAMPLE_ESTIMATE_MINUTES }).text;

/** The first diagnostics published for `uri`, then none at all: fails with the last ones seen. */
async function clean(uri: vscode.Uri, first: Promise<vscode.Diagnostic[]>): Promise<void> {
  const published = await first;
  if (published.length === 0) return;
  await waitForDiagnostics(
    uri,
    (d) => d.length === 0,
    `no problems on ${path.basename(uri.fsPath)}`,
  );
}

/** Answers every question as a person would, recording what was asked; `cancelAt` answers Escape there. */
function answering(cancelAt?: string, replace = false) {
  const asked: string[] = [];
  const seen = {
    summary: '',
    titleInfo: '',
    zonesFirst: '',
    proposed: '',
    pastStart: '',
    replace: [] as string[],
  };
  const answer = <T>(step: string, value: T) => {
    asked.push(step);
    return Promise.resolve(step === cancelAt ? undefined : value);
  };
  const prompts: NewMaintenancePrompts = {
    askTitle: (validate) => {
      seen.titleInfo = validate('Rotate the TLS certificates')?.message ?? '';
      return answer('title', 'Rotate the TLS certificates');
    },
    pickZone: (items) => {
      seen.zonesFirst = items.find((item) => 'zone' in item)?.label ?? '';
      return answer('zone', ZONE);
    },
    pickAudience: () => answer('audience', AUDIENCE),
    askStart: (proposed, _zone, validate) => {
      const verdict = validate(proposed.text);
      seen.proposed =
        verdict?.severity === vscode.InputBoxValidationSeverity.Info
          ? verdict.message
          : `not accepted: ${verdict?.message}`;
      seen.pastStart = validate('2020-01-01 00:00')?.message ?? 'accepted';
      seen.summary = proposed.summary;
      return answer('start', proposed.text);
    },
    pickFolder: () => answer('folder', undefined),
    confirmReplace: (existing) => {
      seen.replace.push(...existing.map((uri) => path.basename(uri.fsPath)));
      return Promise.resolve(replace);
    },
    error: (message) => asked.push(`error: ${message}`),
  };
  return { prompts, asked, seen };
}

describe('VS Code: Runbook: New Maintenance…', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'runbook-new-'))));
  afterEach(async () => {
    // Only this test's editors: other suites leave unsaved ones, whose close would ask to save.
    const ours = vscode.window.tabGroups.all
      .flatMap((group) => group.tabs)
      .filter(
        (tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.fsPath.startsWith(dir),
      );
    await vscode.window.tabGroups.close(ours);
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes a linked runbook and announcement from its arguments, opens them, and both have no problems', async () => {
    const title = 'Upgrade: "Postgres" 15 — Zürich #2';
    const runbook = vscode.Uri.file(path.join(dir, 'upgrade-postgres-15-zurich-2.runbook.yaml'));
    const announcement = vscode.Uri.file(
      path.join(dir, 'upgrade-postgres-15-zurich-2.announcement.yaml'),
    );
    const firsts = [
      nextDiagnostics(runbook, 'runbook'),
      nextDiagnostics(announcement, 'announcement'),
    ];
    const options: NewMaintenanceOptions = {
      title,
      zone: ZONE,
      audience: AUDIENCE,
      start: startFor(Date.now()),
      folder: dir,
    };
    const written = await vscode.commands.executeCommand<vscode.Uri[]>(
      'runbook.newMaintenance',
      options,
    );
    assert.deepEqual(
      written.map((uri) => uri.fsPath),
      [runbook.fsPath, announcement.fsPath],
    );
    await clean(runbook, firsts[0]);
    await clean(announcement, firsts[1]);
    const open = vscode.window.visibleTextEditors.map((editor) => editor.document.uri.fsPath);
    assert.ok(open.includes(runbook.fsPath) && open.includes(announcement.fsPath), open.join(', '));
    const runbookDocument = await vscode.workspace.openTextDocument(runbook);
    assert.equal(runbookDocument.languageId, 'runbook');
    assert.match(runbookDocument.getText(), /^title: "Upgrade: \\"Postgres\\" 15 — Zürich #2"$/m);
    assert.match(
      readFileSync(announcement.fsPath, 'utf8'),
      /^runbook: \.\/upgrade-postgres-15-zurich-2\.runbook\.yaml$/m,
    );
    const dirty = vscode.workspace.textDocuments.filter(
      (document) => document.isDirty && document.uri.fsPath.startsWith(dir),
    );
    assert.deepEqual(
      dirty.map((document) => document.uri.toString()),
      [],
      'written to disk, not left unsaved',
    );
    for (const uri of [runbook, announcement])
      assert.deepEqual(
        vscode.languages.getDiagnostics(uri),
        [],
        describeDiagnostics(vscode.languages.getDiagnostics(uri)),
      );
  });

  it('asks each question in turn, proposing the machine’s zone and a start a week ahead', async () => {
    const { prompts, asked, seen } = answering();
    const now = Date.now();
    const written = await newMaintenance({ folder: dir }, prompts, now);
    assert.deepEqual(asked, ['title', 'zone', 'audience', 'start']);
    assert.equal(written?.length, 2);
    assert.equal(
      seen.titleInfo,
      'Writes rotate-the-tls-certificates.runbook.yaml and rotate-the-tls-certificates.announcement.yaml.',
    );
    assert.equal(
      seen.zonesFirst,
      Intl.DateTimeFormat().resolvedOptions().timeZone.replace('Asia/Calcutta', 'Asia/Kolkata') ||
        'UTC',
    );
    // The window on every clock, as the prompt shows it under the proposed start.
    assert.equal(
      seen.proposed,
      seen.summary,
      'the prompt says what the check of the proposed start says',
    );
    assert.match(
      seen.proposed,
      /^Kolkata \w{3} \d\d:00–\d\d:00 · New York \w{3} .* · London \w{3} /,
    );
    assert.match(seen.pastStart, /^This time is past: it is .* in Asia\/Kolkata now\.$/);
    assert.deepEqual(readdirSync(dir).sort(), [
      'rotate-the-tls-certificates.announcement.yaml',
      'rotate-the-tls-certificates.runbook.yaml',
    ]);
  });

  for (const step of ['title', 'zone', 'audience', 'start'])
    it(`writes nothing when the ${step} question is cancelled`, async () => {
      const { prompts, asked } = answering(step);
      assert.equal(await newMaintenance({ folder: dir }, prompts), undefined);
      assert.equal(asked[asked.length - 1], step, 'no question after the cancel');
      assert.deepEqual(readdirSync(dir), []);
    });

  it('replaces an existing file only after a yes', async () => {
    const existing = path.join(dir, 'rotate-the-tls-certificates.runbook.yaml');
    writeFileSync(existing, 'kind: runbook\n# mine\n');
    const no = answering(undefined, false);
    assert.equal(await newMaintenance({ folder: dir }, no.prompts), undefined);
    assert.deepEqual(no.seen.replace, ['rotate-the-tls-certificates.runbook.yaml']);
    assert.equal(readFileSync(existing, 'utf8'), 'kind: runbook\n# mine\n');
    assert.deepEqual(
      readdirSync(dir),
      ['rotate-the-tls-certificates.runbook.yaml'],
      'nothing written',
    );

    const yes = answering(undefined, true);
    assert.equal((await newMaintenance({ folder: dir }, yes.prompts))?.length, 2);
    assert.match(
      readFileSync(existing, 'utf8'),
      /^kind: runbook\nid: rotate-the-tls-certificates$/m,
    );
  });

  it('refuses bad arguments with a message, writing nothing', async () => {
    for (const [options, message] of [
      [{ folder: dir, title: 'x', zone: 'BST' }, /"BST" is not an IANA time zone/],
      [
        { folder: dir, title: 'x', zone: ZONE, audience: [], start: '2020-01-01 00:00' },
        /This time is past/,
      ],
      [{ folder: 'relative/dir' }, /`folder` is a URI or an absolute path/],
    ] as const) {
      const { prompts, asked } = answering();
      assert.equal(await newMaintenance(newMaintenanceOptions(options), prompts), undefined);
      assert.match(asked[asked.length - 1], message);
    }
    assert.deepEqual(readdirSync(dir), []);
  });
});
