// What the run tests share: the extension's test API, dialogs the tests answer, and waits on the
// run's own change events (never on the clock).
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { RunbookApi } from '../../src/client/extension';
import type { RunConfirmation } from '../../src/client/run/run-confirmation';
import type { RunTestApi, RunView } from '../../src/client/run/run-feature';
import type { RunNode } from '../../src/client/run/run-nodes';
import type { RunPrompts } from '../../src/client/run/run-prompts';
import type { Question, QuestionKind } from '../../src/client/run/run-questions';
import type { JournalEvent } from '../../src/core/run/journal-events';
import { EXTENSION_ID, repoPath } from './helpers';

/** How long a run may take here: the demo sleeps about 4 s; a loaded machine may be much slower. */
const RUN_DEADLINE_MS = 150_000;

/** The run's internals, which the extension exposes only when VS Code runs its tests. */
export async function runApi(): Promise<RunTestApi> {
  const extension = vscode.extensions.getExtension<RunbookApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is loaded`);
  const api = extension.isActive ? extension.exports : await extension.activate();
  assert.ok(api.runTest, 'the run test API (only in ExtensionMode.Test)');
  return api.runTest;
}

/**
 * Dialogs for the tests: the confirmation modal is answered `confirmAnswer`; questions whose
 * kind has an answer in `answers` get it (timeouts and the go/no-go by default, so that a slow
 * machine cannot stall a run), the others stay open for the tree's inline actions.
 */
export class TestPrompts implements RunPrompts {
  readonly confirmations: RunConfirmation[] = [];
  readonly confirms: string[] = [];
  readonly asked: Question[] = [];
  readonly shown: { level: string; message: string; actions: string[] }[] = [];
  confirmAnswer = true;
  answers: Partial<Record<QuestionKind, string>> = { timeout: 'wait', deadline: 'continue' };

  confirmRun(confirmation: RunConfirmation): Promise<boolean> {
    this.confirmations.push(confirmation);
    return Promise.resolve(this.confirmAnswer);
  }
  confirm(message: string): Promise<boolean> {
    this.confirms.push(message);
    return Promise.resolve(true);
  }
  ask(question: Question): Promise<string | undefined> {
    this.asked.push(question);
    const answer = this.answers[question.kind];
    return answer === undefined ? new Promise(() => undefined) : Promise.resolve(answer);
  }
  show(level: string, message: string, ...actions: string[]): Promise<string | undefined> {
    this.shown.push({ level, message, actions });
    return Promise.resolve(undefined);
  }
}

const describeRun = (api: RunTestApi) =>
  JSON.stringify(
    {
      run: { ...api.current(), events: undefined, transcript: undefined },
      nodes: api.nodes().map((n) => `${n.label}: ${n.contextValue}`),
    },
    null,
    1,
  );

/** Resolves once `accept` takes what the run's API shows, checked at each change; fails after a deadline with what it showed last. */
export function waitForRun<T>(
  api: RunTestApi,
  probe: (api: RunTestApi) => T | undefined,
  what: string,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const value = probe(api);
      if (value === undefined || value === false) return;
      stop();
      resolve(value);
    };
    const subscription = api.onDidChange(check);
    const timer = setTimeout(() => {
      stop();
      reject(
        new Error(`No ${what} within ${RUN_DEADLINE_MS} ms; the run showed:\n${describeRun(api)}`),
      );
    }, RUN_DEADLINE_MS);
    const stop = () => {
      subscription.dispose();
      clearTimeout(timer);
    };
    check();
  });
}

/** The run's end, as its API shows it. */
export const ended = (api: RunTestApi) =>
  waitForRun<RunView>(api, (a) => (a.current()?.ended ? a.current() : undefined), 'end of the run');

/** The tree's node of a step once `accept` takes it. */
export const stepNode = (
  api: RunTestApi,
  step: string,
  accept: (node: RunNode) => boolean,
  what: string,
) =>
  waitForRun(
    api,
    (a) => a.nodes().find((n) => n.kind === 'step' && n.step === step && accept(n)),
    what,
  );

/** A copy of examples/demo/demo.runbook.yaml in a new temporary folder (`root`), in `sub` below it if given: runs write scratch/ and .runbook/ beside it. */
export interface DemoCopy {
  /** The temporary folder made for it: what removeDemoCopy removes. */
  root: string;
  folder: string;
  file: string;
  uri: vscode.Uri;
}

const TEMP_PREFIX = path.join(tmpdir(), 'runbook-run-');

export function demoCopy(...sub: string[]): DemoCopy {
  const root = mkdtempSync(TEMP_PREFIX);
  const folder = path.join(root, ...sub);
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, 'demo.runbook.yaml');
  copyFileSync(repoPath('examples/demo/demo.runbook.yaml'), file);
  return { root, folder, file, uri: vscode.Uri.file(file) };
}

/** Removes a copy's temporary folder, and nothing else: only a folder demoCopy made. */
export function removeDemoCopy(copy: DemoCopy | undefined): void {
  if (!copy) return;
  const name = path.basename(copy.root);
  assert.ok(
    path.dirname(copy.root) === tmpdir() && name.startsWith('runbook-run-') && name.length > 12,
    `refusing to remove ${copy.root}`,
  );
  rmSync(copy.root, { recursive: true, force: true });
}

/** A journal's events, read as the journal file holds them. */
export function journalEvents(file: string): JournalEvent[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as JournalEvent);
}
