import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import type { DocumentKind } from '../document-kind';
import { common, schemasByKind } from './schemas';

let validators: Record<DocumentKind, ValidateFunction> | undefined;

/** The compiled validators, built once per process: compiling costs far more than validating. */
function compiled(): Record<DocumentKind, ValidateFunction> {
  if (!validators) {
    const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
    ajv.addSchema(common);
    validators = {
      runbook: ajv.compile(schemasByKind.runbook),
      announcement: ajv.compile(schemasByKind.announcement),
    };
  }
  return validators;
}

/** Validates plain data against the kind's schema; an empty list when it conforms. */
export function validateAgainstSchema(kind: DocumentKind, value: unknown): ErrorObject[] {
  const validate = compiled()[kind];
  return validate(value) ? [] : (validate.errors ?? []).slice();
}
