import { strict as assert } from 'node:assert';
import { RestartPolicy } from '../../../src/client/restart-policy';

describe('client: restarting the language server', () => {
  it('restarts 3 times in 3 minutes, telling the user the first time only, then gives up', () => {
    let now = 0;
    const policy = new RestartPolicy(3, 180_000, () => now);
    const verdicts = [0, 1, 2, 3].map(() => {
      now += 1_000;
      return policy.closed();
    });
    assert.deepEqual(verdicts, [
      { restart: true, tellUser: true },
      { restart: true, tellUser: false },
      { restart: true, tellUser: false },
      { restart: false, stops: 4 },
    ]);
  });

  it('counts only the stops of the last 3 minutes, and afresh after giving up', () => {
    let now = 0;
    const policy = new RestartPolicy(3, 180_000, () => now);
    for (const at of [0, 60_000, 120_000]) {
      now = at;
      assert.equal(policy.closed().restart, true);
    }
    now = 200_000; // the stop at 0 is older than 3 minutes
    assert.equal(policy.closed().restart, true);
    now = 210_000;
    assert.deepEqual(policy.closed(), { restart: false, stops: 4 });
    now = 220_000; // after a restart by hand
    assert.deepEqual(policy.closed(), { restart: true, tellUser: false });
  });
});
