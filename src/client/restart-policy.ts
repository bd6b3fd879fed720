/** What to do when the language server's connection closes without the client asking. */
export type CloseVerdict = { restart: true; tellUser: boolean } | { restart: false; stops: number };

/**
 * When to start the language server again after it stops (it exits on purpose when its input
 * cannot be read, see docs/architecture.md): at most `maxRestarts` times within `windowMs`, telling
 * the user the first time only; past that it stays stopped (the caller says so, once) until
 * **Runbook: Restart Language Server**, after which the count starts afresh. Kept apart from
 * vscode-languageclient so that the count is unit-tested.
 */
export class RestartPolicy {
  private readonly stops: number[] = [];
  private told = false;

  constructor(
    private readonly maxRestarts = 3,
    private readonly windowMs = 3 * 60_000,
    private readonly clock: () => number = Date.now,
  ) {}

  closed(): CloseVerdict {
    const now = this.clock();
    this.stops.push(now);
    while (now - this.stops[0] > this.windowMs) this.stops.shift();
    if (this.stops.length > this.maxRestarts) {
      const stops = this.stops.length;
      // A restart by hand gets the full count again.
      this.stops.length = 0;
      return { restart: false, stops };
    }
    const tellUser = !this.told;
    this.told = true;
    return { restart: true, tellUser };
  }
}
