import { createInterface } from 'node:readline/promises';
import { inertText } from '../core/text/inert-text';
import type { Prompt } from './run-decider';

/**
 * Questions on the terminal, one at a time (steps side by side may fail together): the question
 * and its choices on stderr, the answer a letter on stdin, asked again until it is one of them.
 */
export function terminalPrompt(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
): {
  prompt: Prompt;
  close(): void;
} {
  const lines = createInterface({ input, output, terminal: false });
  let queue: Promise<unknown> = Promise.resolve();
  const prompt: Prompt = (question, choices) => {
    const asked = queue.then(async () => {
      const menu = choices.map((c) => `[${c.key}] ${c.label}`).join('  ');
      for (;;) {
        // A question names steps by their ids: their control characters are shown, not obeyed.
        const asked = inertText(`\n${question}\n${menu} > `);
        const reply = (await lines.question(asked)).trim().toLowerCase();
        const chosen = choices.find((c) => c.key === reply || c.answer === reply);
        if (chosen) return chosen.answer;
      }
    });
    queue = asked.catch(() => undefined);
    return asked;
  };
  return { prompt, close: () => lines.close() };
}

/** Asks yes or no; anything but y/yes is no. */
export async function confirmOnTerminal(prompt: Prompt, question: string): Promise<boolean> {
  const answer = await prompt(question, [
    { key: 'y', answer: 'yes', label: 'yes' },
    { key: 'n', answer: 'no', label: 'no' },
  ]);
  return answer === 'yes';
}
