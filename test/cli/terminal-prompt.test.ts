import { strict as assert } from 'node:assert';
import { PassThrough } from 'node:stream';
import { terminalPrompt } from '../../src/cli/terminal-prompt';

describe('CLI: terminal prompt', () => {
  it('shows a step id holding ESC and BEL as escapes, and takes the answer', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const written: string[] = [];
    output.on('data', (chunk: Buffer) => written.push(chunk.toString('utf8')));
    const terminal = terminalPrompt(input, output);
    // Answered once asked, as a person would.
    output.once('data', () => input.write('a\n'));
    const answer = terminal.prompt('Step "a\u001b]0;owned\u0007" failed: what now?', [
      { key: 'r', answer: 'retry', label: 'retry' },
      { key: 'a', answer: 'abort', label: 'abort' },
    ]);
    assert.equal(await answer, 'abort');
    terminal.close();
    const shown = written.join('');
    assert.ok(shown.includes('Step "a\\u001b]0;owned\\u0007" failed'), shown);
    assert.doesNotMatch(shown, /[\u0000-\u0008\u000b-\u001f]/);
  });
});
