import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  MarkupKind,
  type Diagnostic,
  type Hover,
  type MarkupContent,
} from 'vscode-languageserver-protocol';
import { LspClient, REPO_ROOT } from './lsp-client';
import { positionAt } from './text-helpers';

/** Seed 000 as an announcement: 8:00AM BST on Sunday 19 July 2015, for readers in six zones. */
const SEED_000 = path.join(
  REPO_ROOT,
  'examples/gitter-2015/scheduled-maintenance-19-july.announcement.yaml',
);

function markdown(hover: Hover | null): string {
  assert.ok(hover, 'a hover');
  const contents = hover.contents as MarkupContent;
  assert.equal(contents.kind, MarkupKind.Markdown);
  return contents.value;
}

describe('LSP: hover on times and zones', () => {
  let client: LspClient;
  let diagnostics: Diagnostic[] = [];
  const uri = `file://${SEED_000}`;
  const text = readFileSync(SEED_000, 'utf8');
  /** The position `into` characters into the first `find` of seed 000, and the range of `find`. */
  const on = (find: string, into = 1) => {
    const offset = text.indexOf(find);
    assert.ok(offset >= 0, `seed 000 holds ${find}`);
    return {
      position: positionAt(text, offset + into),
      range: { start: positionAt(text, offset), end: positionAt(text, offset + find.length) },
    };
  };

  before(async () => {
    // "Now" pinned nine days before seed 000's window, through initializationOptions.
    client = await LspClient.start({}, undefined, { now: '2015-07-10T07:00:00Z' });
    await client.open(uri, text);
    diagnostics = await client.diagnosticsFor(uri);
  });
  after(async () => client?.stop());

  it('takes "now" from initializationOptions: the window has not begun, so no start-in-past', () => {
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      [],
    );
  });

  it("shows seed 000's window in London, UTC and the audience zones that fit on start", async () => {
    const { position, range } = on('start');
    const hover = await client.hover(uri, position);
    const value = markdown(hover);
    assert.deepEqual(hover?.range, range);
    assert.match(
      value,
      /^\*\*Maintenance window\*\* · Sun 19 Jul 2015 · 1h {2}\nStarts in 9 days\.\n\n/,
    );
    for (const row of [
      '| **London** (`Europe/London`) | 8am–9am | BST (+01:00) |',
      '| `UTC` | 7am–8am | UTC (+00:00) |',
      '| Tokyo (`Asia/Tokyo`) | 4pm–5pm | JST (+09:00) |',
      '| Moscow (`Europe/Moscow`) | 10am–11am | MSK (+03:00) |',
      '| CEST (`Europe/Paris`) | 9am–10am | CEST (+02:00) |',
      '| Eastern (`America/New_York`) | 3am–4am | EDT (-04:00) |',
    ]) {
      assert.ok(value.includes(row), `${row} in:\n${value}`);
    }
    // The table stops where the hover would scroll; the line after it names the rest.
    assert.match(value, /\n\n2 more: Central, Pacific\. Hover each under `audience`/);
  });

  it('shows the same window on the start value and on length', async () => {
    const start = on('2015-07-19 08:00', 4);
    const hover = await client.hover(uri, start.position);
    assert.deepEqual(hover?.range, start.range);
    assert.match(markdown(hover), /\| Tokyo \(`Asia\/Tokyo`\) \| 4pm–5pm \| JST \(\+09:00\) \|/);
    // Seed 000's announcement has no `length` (it lasts its runbook's planned hour): the runbook's has one.
    const runbook = path.join(REPO_ROOT, 'examples/gitter-2015/restructure.runbook.yaml');
    const runbookText = readFileSync(runbook, 'utf8');
    await client.open(`file://${runbook}`, runbookText);
    assert.match(
      markdown(
        await client.hover(
          `file://${runbook}`,
          positionAt(runbookText, runbookText.indexOf('length: 1h') + 9),
        ),
      ),
      /Maintenance window/,
    );
  });

  it("shows a zone's offset at the window and now, and its next clock change", async () => {
    const { position, range } = on('Europe/London', 3);
    const hover = await client.hover(uri, position);
    const value = markdown(hover);
    assert.deepEqual(hover?.range, range);
    assert.match(value, /^\*\*`Europe\/London`\*\* · London/);
    assert.ok(
      value.includes("| At the window's start | Sun 19 Jul 2015 8am | BST (+01:00) |"),
      value,
    );
    assert.match(
      value,
      /\n\| Now \| \w{3} \d{1,2} \w{3} \d{4} [\w:]+ \| (GMT \(\+00:00\)|BST \(\+01:00\)) \|/,
    );
    assert.match(
      value,
      /Next change: Clocks go (forward|back) 1h on \w{3} \d{1,2} (Mar|Oct) \d{4} (1am → 2am|2am → 1am) \((GMT → BST|BST → GMT)\), in /,
    );
  });

  it('describes an audience zone written as { label, zone }', async () => {
    const value = markdown(await client.hover(uri, on('Asia/Tokyo', 2).position));
    assert.ok(
      value.includes("| At the window's start | Sun 19 Jul 2015 4pm | JST (+09:00) |"),
      value,
    );
    assert.match(value, /No DST/);
  });
});
