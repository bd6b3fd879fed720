import type { RuleContext } from '../analysis-types';
import type { Diagnostic } from '../diagnostic';

/** A rule: one file, named after the diagnostic code it reports. */
export type Rule = (context: RuleContext) => Diagnostic[];
