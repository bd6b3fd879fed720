import { strict as assert } from 'node:assert';
import { probeServer } from '../fuzz/lsp-probe';
import { groupedCases } from '../fuzz/type-confusion-cases';
import { YAML_TYPE_REPRESENTATIVES } from '../fuzz/yaml-values';
import { LspClient } from './lsp-client';

// Every request the server answers, on every key and value, of files where the fields of one
// depth all hold one YAML type at once; test/unit/fuzz/type-confusion.test.ts is the core twin,
// one field at a time with every value form.
describe('LSP: type confusion', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({}, undefined, { now: '2026-07-01T12:00:00Z' });
  });
  after(async () => client?.stop());

  for (const [index, { name, kind, text }] of groupedCases(YAML_TYPE_REPRESENTATIVES).entries()) {
    it(name, async () => {
      const uri = `file:///work/types/case-${index}.${kind}.yaml`;
      try {
        await probeServer(client, uri, text);
      } catch (error) {
        assert.fail(`${String(error instanceof Error ? error.message : error)}\nin:\n${text}`);
      }
      assert.ok(
        client.alive,
        `the server is running${client.errors ? `; stderr: ${client.errors}` : ''}`,
      );
    });
  }
});
