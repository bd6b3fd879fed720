import { strict as assert } from 'node:assert';
import { probeCore } from '../../fuzz/core-probe';
import { fieldPaths } from '../../fuzz/schema-fields';
import { KINDS, singleFieldCases, templatePaths } from '../../fuzz/type-confusion-cases';
import { YAML_VALUES } from '../../fuzz/yaml-values';

describe('type confusion: every field holding every YAML type, through the whole core', () => {
  it('the templates write every field the schemas name (sample keys of free maps aside)', () => {
    for (const kind of KINDS) {
      const written = new Set(templatePaths(kind).map((path) => path.join('.')));
      const missing = fieldPaths(kind)
        .map((path) => path.join('.'))
        .filter((path) => path !== 'kind' && !written.has(path))
        .filter((path) => !/^sections\.what_to_expect\.|^sections\.faq\.0$/.test(path));
      assert.deepEqual(missing, [], `${kind} fields the template leaves out`);
    }
  });

  // Every feature at each key and value of the field and at a spread of other nodes, and every
  // export: no exception, every range inside. The protocol twin visits every node; the fuzz tests
  // check that output is the same each time.
  for (const { name, kind, text, focus } of singleFieldCases(YAML_VALUES)) {
    it(name, () => {
      try {
        probeCore(text, `case.${kind}.yaml`, { maxOffsets: 12, ...(focus ? { focus } : {}) });
      } catch (error) {
        assert.fail(`${String(error instanceof Error ? error.stack : error)}\nin:\n${text}`);
      }
    });
  }
});
