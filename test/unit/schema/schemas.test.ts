import { strict as assert } from 'node:assert';
import { common, schemasByKind, type JsonSchema } from '../../../src/core/schema/schemas';

/** Every property schema below a schema, with its path, for checks hover and completion rely on. */
function properties(schema: JsonSchema, path = ''): Array<[string, JsonSchema]> {
  const own = Object.entries(schema.properties ?? {}).flatMap(
    ([name, child]): Array<[string, JsonSchema]> => [
      [`${path}/${name}`, child],
      ...properties(child, `${path}/${name}`),
    ],
  );
  const nested = [
    schema.items,
    ...(schema.anyOf ?? []),
    ...Object.values(schema.definitions ?? {}),
  ].filter((s): s is JsonSchema => s !== undefined);
  return [...own, ...nested.flatMap((child) => properties(child, path))];
}

describe('schema/schemas', () => {
  for (const [name, schema] of [...Object.entries(schemasByKind), ['common', common] as const]) {
    it(`gives every property of the ${name} schema a description, for hovers`, () => {
      const missing = properties(schema)
        .filter(([, property]) => !property.description)
        .map(([path]) => path);
      assert.deepEqual(missing, []);
    });
  }

  it('pins each kind to its own `kind` value', () => {
    assert.equal(schemasByKind.runbook.properties?.kind?.const, 'runbook');
    assert.equal(schemasByKind.announcement.properties?.kind?.const, 'announcement');
  });

  it('refuses unknown keys at the top level of both kinds', () => {
    assert.equal(schemasByKind.runbook.additionalProperties, false);
    assert.equal(schemasByKind.announcement.additionalProperties, false);
  });
});
