// How a command line becomes a process, how its whole process tree is stopped, and what its
// failures to start are called in words. Kept apart from the executor's stream plumbing.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The shell that runs a step's command, and its arguments. */
export interface ShellInvocation {
  file: string;
  args: string[];
  /** cmd.exe reads its own quoting: Node must pass the line as is. */
  verbatim: boolean;
}

/**
 * The user's shell for `command`: `/bin/sh -c` on POSIX; on Windows `cmd.exe /d /s /c "…"`
 * (no AutoRun commands; `/s` strips exactly the outer quotes added here, as Node's own
 * `shell: true` does).
 */
export function shellFor(command: string, platform: NodeJS.Platform): ShellInvocation {
  if (platform === 'win32') {
    return { file: 'cmd.exe', args: ['/d', '/s', '/c', `"${command}"`], verbatim: true };
  }
  return { file: '/bin/sh', args: ['-c', command], verbatim: false };
}

/**
 * Sends `signal` to the process group led by `pid` (the command was spawned detached, so the group
 * is the shell and everything it started). On Windows there are no groups or signals: `taskkill
 * /T /F` ends the tree at once. A group that has already gone is not an error.
 */
export function signalTree(
  pid: number,
  signal: 'SIGINT' | 'SIGTERM' | 'SIGKILL',
  platform: NodeJS.Platform,
) {
  if (platform === 'win32') {
    const killer = spawn('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore' });
    killer.on('error', () => undefined);
    return;
  }
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: every process of the group has ended already.
  }
}

/** What the shell's exit code says about a command that was not found, or undefined. */
export function notFoundMessage(
  command: string,
  exitCode: number | null,
  platform: NodeJS.Platform,
): string | undefined {
  // POSIX shells exit 127 when the command is not on PATH; cmd.exe exits 9009.
  const notFound = platform === 'win32' ? 9009 : 127;
  if (exitCode !== notFound) return undefined;
  // The first word is the usual culprit; a pipeline's later command may be the one, but the
  // shell's own message in the output names it exactly.
  const name = command.trim().split(/\s+/)[0] ?? '';
  return `command not found: ${name} (exit ${exitCode})`;
}

/** A spawn failure in words a person running a runbook can act on. */
export function spawnErrorMessage(error: unknown, shell: string, cwd: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      // Node reports a missing working folder as the shell's ENOENT: look which one is missing.
      return existsSync(cwd)
        ? `could not start the command: the shell ${shell} was not found`
        : `could not start the command: the working folder ${cwd} does not exist`;
    case 'ENOTDIR':
      return `could not start the command: the working folder ${cwd} is not a folder`;
    case 'EACCES':
      return `could not start the command: permission denied running ${shell} in ${cwd}`;
    default:
      return `could not start the command with ${shell} in ${cwd}: ${error instanceof Error ? error.message : String(error)}`;
  }
}
