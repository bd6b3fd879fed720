import * as vscode from 'vscode';
import type { JournalEvent } from '../../core/run/journal-events';
import type { CommandPhase } from '../../core/run/run-types';
import { commandHeader, outcomeWords, stateText, terminalText } from './run-labels';

/** The most of the terminal's text kept for the extension's API (what the VS Code tests read). */
const TRANSCRIPT_LIMIT = 256 * 1024;

const bold = (text: string) => `\x1b[1m${text}\x1b[0m`;
const yellow = (text: string) => `\x1b[33m${text}\x1b[0m`;
const dim = (text: string) => `\x1b[2m${text}\x1b[0m`;

/**
 * The run's live output: a terminal the runner feeds (a Pseudoterminal), one per run. Each
 * command's output follows a header line naming its step and phase; with steps in parallel, a
 * header comes again whenever the output switches to another command. Closing it does not stop
 * the run; Ctrl+C in it asks to stop the run.
 */
export class RunTerminal implements vscode.Disposable {
  readonly terminal: vscode.Terminal;
  private readonly writer = new vscode.EventEmitter<string>();
  /** Written before VS Code opened the terminal: a Pseudoterminal drops what comes before open(). */
  private pending: string[] | undefined = [];
  private transcriptText = '';
  private lastCommand: string | undefined;
  private readonly attempts = new Map<string, number>();

  constructor(name: string, onInterrupt: () => void) {
    const pty: vscode.Pseudoterminal = {
      onDidWrite: this.writer.event,
      open: () => {
        for (const chunk of this.pending ?? []) this.writer.fire(chunk);
        this.pending = undefined;
      },
      close: () => undefined,
      handleInput: (data) => {
        if (data === '\x03') onInterrupt();
      },
    };
    this.terminal = vscode.window.createTerminal({
      name,
      pty,
      iconPath: new vscode.ThemeIcon('run-all'),
    });
  }

  /** What was written so far (the last 256 KiB), with `\r\n` line ends and colour codes. */
  get transcript(): string {
    return this.transcriptText;
  }

  show(): void {
    this.terminal.show(true);
  }

  /** A line of its own (a step's state, a decision, a warning); the next output gets a header again. */
  line(text: string): void {
    this.write(`${this.freshLine()}${text}\n`);
    this.lastCommand = undefined;
  }

  /** A command's output as it arrives (already masked by the executor). */
  output(step: string, phase: CommandPhase, text: string): void {
    const key = `${step}:${phase}`;
    if (key !== this.lastCommand) this.header(step, phase);
    this.write(text);
  }

  /** Writes what a journal event means for a person reading along. */
  event(event: JournalEvent): void {
    switch (event.type) {
      case 'command-started':
        this.attempts.set(`${event.step}:${event.phase}`, event.attempt);
        this.header(event.step, event.phase);
        return;
      case 'step-state':
        if (event.state === 'done' || event.state === 'failed' || event.state === 'skipped')
          this.line(
            bold(
              `${event.state === 'done' ? '✓' : event.state === 'failed' ? '✗' : '↷'} ${event.step} ${stateText(event.state)}`,
            ),
          );
        else if (event.state === 'rolled-back') this.line(bold(`↶ ${event.step} rolled back`));
        return;
      case 'decision':
        this.line(
          dim(
            `${event.question}${event.step ? ` (${event.step})` : ''}: ${event.answer}, by ${event.by}`,
          ),
        );
        return;
      case 'warning':
        this.line(yellow(`⚠ ${event.message}`));
        return;
      case 'run-ended':
        this.line(bold(`Run ${outcomeWords(event.outcome)}.`));
        return;
      default:
        return;
    }
  }

  private header(step: string, phase: CommandPhase): void {
    const key = `${step}:${phase}`;
    this.lastCommand = key;
    this.write(
      `${this.freshLine()}${bold(commandHeader(step, phase, this.attempts.get(key) ?? 1))}\n`,
    );
  }

  /** A newline when the output so far ended mid-line, so that what follows starts a line. */
  private freshLine(): string {
    return this.transcriptText === '' || this.transcriptText.endsWith('\n') ? '' : '\n';
  }

  private write(text: string): void {
    const converted = terminalText(text);
    this.transcriptText = (this.transcriptText + converted).slice(-TRANSCRIPT_LIMIT);
    if (this.pending) this.pending.push(converted);
    else this.writer.fire(converted);
  }

  dispose(): void {
    this.writer.dispose();
  }
}
