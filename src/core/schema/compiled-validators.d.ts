// The module the build makes from schemas/*.json with Ajv's standalone code
// (scripts/build/schema-validators.mjs): one validator per document kind.
declare module 'virtual:schema-validators' {
  import type { ValidateFunction } from 'ajv';
  export const runbook: ValidateFunction;
  export const announcement: ValidateFunction;
}
