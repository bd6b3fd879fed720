import { ambiguousLocalTime } from './ambiguous-local-time';
import { announcementRunbookMismatch } from './announcement-runbook-mismatch';
import { dependencyCycle } from './dependency-cycle';
import { duplicateStepId } from './duplicate-step-id';
import { invalidDuration } from './invalid-duration';
import { invalidTime } from './invalid-time';
import { labelMismatch } from './label-mismatch';
import { missingEstimate } from './missing-estimate';
import { missingWindow } from './missing-window';
import { noTimeToRollBack } from './no-time-to-roll-back';
import { nonexistentLocalTime } from './nonexistent-local-time';
import { offsetZoneMismatch } from './offset-zone-mismatch';
import { proseTimeMismatch } from './prose-time-mismatch';
import type { StepReads } from '../incremental/recheck';
import type { Rule } from './rule';
import { runbookNotFound } from './runbook-not-found';
import { schema } from './schema';
import { shortNotice } from './short-notice';
import { startInPast } from './start-in-past';
import { unknownStep } from './unknown-step';
import { unknownZone } from './unknown-zone';
import { windowCrossesDst } from './window-crosses-dst';
import { windowShorterThanEstimate } from './window-shorter-than-estimate';
import { windowShorterThanPlanned } from './window-shorter-than-planned';
import { windowWithoutEnd } from './window-without-end';
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
  missingWindow,
  windowWithoutEnd,
  windowShorterThanEstimate,
  windowShorterThanPlanned,
  noTimeToRollBack,
  runbookNotFound,
  announcementRunbookMismatch,
  shortNotice,
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

/**
 * What the rules that read every step read of them (incremental/recheck.ts), so that an edit
 * inside one step item checks again only what it may have changed. The rules not listed here
 * run whole after every edit: what they read is not per step, or costs little.
 */
export const stepReads: ReadonlyMap<Rule, StepReads> = new Map<Rule, StepReads>([
  [schema, 'tree'],
  [invalidDuration, 'facts'],
  [duplicateStepId, 'facts'],
  [unknownStep, 'facts'],
  [dependencyCycle, 'facts'],
  [missingEstimate, 'facts'],
]);
