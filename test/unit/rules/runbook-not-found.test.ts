import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import type { LinkedRunbook } from '../../../src/core/analysis-types';
import {
  allMessages,
  announcementText,
  fixed,
  foundLinked,
  resolverOf,
  runbookText,
} from './linked-fixtures';

const WINDOW = ['start: 2026-07-19 08:00', 'zone: Europe/London', 'length: 1h'];
const RUNBOOK = runbookText(
  ['start: 2026-07-19 08:00', 'zone: Europe/London', 'length: 1h'],
  'steps:',
  '  - id: a',
  '    estimate: 30m',
);

describe('rules/runbook-not-found', () => {
  it("is an error on the `runbook:` value with the resolver's message, whatever went wrong", () => {
    const problems: LinkedRunbook[] = [
      { status: 'not-found', path: '/w/x.runbook.yaml', message: 'No file at "./x.runbook.yaml".' },
      {
        status: 'outside-workspace',
        path: '/etc/x.runbook.yaml',
        message: '"../../etc/x.runbook.yaml" is outside the workspace folder /w.',
      },
      { status: 'folder', path: '/w/ops', message: '"./ops" is a folder, not a runbook.' },
      {
        status: 'self',
        path: '/w/a.announcement.yaml',
        message: '"./a.announcement.yaml" is this announcement itself.',
      },
      {
        status: 'unreadable',
        path: '/w/x.runbook.yaml',
        message: 'Cannot read "./x.runbook.yaml": EACCES.',
      },
      {
        status: 'not-a-runbook',
        path: '/w/b.announcement.yaml',
        message: '"./b.announcement.yaml" is an announcement.',
      },
    ];
    for (const problem of problems) {
      const text = announcementText('runbook: ./linked', ...WINDOW);
      const [error, ...rest] = foundLinked(text, 'runbook-not-found', { './linked': problem });
      assert.deepEqual(rest, [], problem.status);
      assert.deepEqual(
        [error.text, error.severity, error.message, error.fixes],
        ['./linked', 'error', problem.status === 'found' ? '' : problem.message, undefined],
        problem.status,
      );
    }
  });

  it('offers the near miss the resolver found, and the fixed link resolves', () => {
    const runbooks = {
      './restructur.runbook.yaml': {
        status: 'not-found',
        path: '/w/restructur.runbook.yaml',
        message: 'No file. Did you mean ./restructure.runbook.yaml?',
        suggestion: './restructure.runbook.yaml',
      } as LinkedRunbook,
      './restructure.runbook.yaml': RUNBOOK,
    };
    const text = announcementText('runbook: ./restructur.runbook.yaml', ...WINDOW);
    const [error] = foundLinked(text, 'runbook-not-found', runbooks);
    assert.deepEqual(
      error.fixes?.map((f) => f.title),
      ['Change to ./restructure.runbook.yaml'],
    );
    assert.deepEqual(allMessages(fixed(text, error), runbooks), []);
  });

  it('asks the resolver once, only for announcements with a `runbook:` string, and is quiet when it is found', () => {
    const asked: string[] = [];
    const resolver = resolverOf({ './up.runbook.yaml': RUNBOOK }, asked);
    const found = analyze(
      announcementText('runbook: ./up.runbook.yaml', ...WINDOW),
      'a.yaml',
      undefined,
      undefined,
      resolver,
    );
    assert.equal(found.linked?.status, 'found');
    assert.deepEqual(found.diagnostics, []);
    analyze(
      runbookText([], 'runbook: ./up.runbook.yaml', 'steps: []'),
      'r.yaml',
      undefined,
      undefined,
      resolver,
    );
    analyze(
      announcementText('runbook: [a, b]', ...WINDOW),
      'a.yaml',
      undefined,
      undefined,
      resolver,
    );
    analyze(announcementText(...WINDOW), 'a.yaml', undefined, undefined, resolver);
    assert.deepEqual(asked, ['./up.runbook.yaml']);
  });

  it('stays quiet when the caller follows no links (no resolver)', () => {
    assert.deepEqual(
      analyze(announcementText('runbook: ./nowhere.runbook.yaml', ...WINDOW), 'a.yaml').diagnostics,
      [],
    );
  });
});
