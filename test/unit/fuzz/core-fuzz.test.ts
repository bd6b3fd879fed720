import { strict as assert } from 'node:assert';
import { fuzzCore, reportText } from '../../fuzz/fuzz-run';
import { repoRoot } from '../helpers';

// The smoke run of `npm run fuzz` through the core: grammar-built runbooks and announcements and
// mutated examples, a fixed seed so that every run sees the same cases. The bound is a hang guard
// (CPU time per call), far above what a case takes; `npm run fuzz` holds each call to 1 s.
describe('fuzz: the core', () => {
  it('analyses, answers every feature and exports 1,500 generated files, the same each time', function () {
    this.timeout(600_000);
    const report = fuzzCore({ runs: 1500, seed: 20261206, boundMs: 20_000, root: repoRoot() });
    assert.ok(!report.failed, reportText(report));
    assert.equal(report.ran, 1500);
  });
});
