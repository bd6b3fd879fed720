import { ambiguousLocalTime } from './ambiguous-local-time';
import { dependencyCycle } from './dependency-cycle';
import { duplicateStepId } from './duplicate-step-id';
import { invalidDuration } from './invalid-duration';
import { invalidTime } from './invalid-time';
import { labelMismatch } from './label-mismatch';
import { missingEstimate } from './missing-estimate';
import { nonexistentLocalTime } from './nonexistent-local-time';
import { offsetZoneMismatch } from './offset-zone-mismatch';
import { proseTimeMismatch } from './prose-time-mismatch';
import type { Rule } from './rule';
import { schema } from './schema';
import { startInPast } from './start-in-past';
import { unknownStep } from './unknown-step';
import { unknownZone } from './unknown-zone';
import { windowCrossesDst } from './window-crosses-dst';
import { yamlSyntax } from './yaml-syntax';
import { zoneAbbreviation } from './zone-abbreviation';

/** Every rule, run in this order; each reports only its own code. */
export const rules: readonly Rule[] = [
  yamlSyntax,
  schema,
  invalidDuration,
  duplicateStepId,
  unknownStep,
  dependencyCycle,
  missingEstimate,
  invalidTime,
  unknownZone,
  zoneAbbreviation,
  nonexistentLocalTime,
  ambiguousLocalTime,
  offsetZoneMismatch,
  windowCrossesDst,
  labelMismatch,
  startInPast,
  proseTimeMismatch,
];
