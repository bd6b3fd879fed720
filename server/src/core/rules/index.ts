import { dependencyCycle } from './dependency-cycle';
import { duplicateStepId } from './duplicate-step-id';
import { invalidDuration } from './invalid-duration';
import { missingEstimate } from './missing-estimate';
import type { Rule } from './rule';
import { schema } from './schema';
import { unknownStep } from './unknown-step';
import { yamlSyntax } from './yaml-syntax';

/** Every rule, run in this order; each reports only its own code. */
export const rules: readonly Rule[] = [yamlSyntax, schema, invalidDuration, duplicateStepId, unknownStep, dependencyCycle, missingEstimate];
