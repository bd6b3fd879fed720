import type { ErrorObject, ValidateFunction } from 'ajv';
import { announcement, runbook } from 'virtual:schema-validators';
import type { DocumentKind } from '../document-kind';

/** Compiled from schemas/ at build time (scripts/build/schema-validators.mjs): nothing compiles at run time. */
const validators: Record<DocumentKind, ValidateFunction> = { runbook, announcement };

/** Validates plain data against the kind's schema; an empty list when it conforms. */
export function validateAgainstSchema(kind: DocumentKind, value: unknown): ErrorObject[] {
  const validate = validators[kind];
  return validate(value) ? [] : (validate.errors ?? []).slice();
}
