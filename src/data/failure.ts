import { StepFailure } from '../core/errors';

/** Violated data rules: the step fails with the reasons, in one message and no stack trace. */
export class DataRuleFailure extends StepFailure {
  override readonly name = 'DataRuleFailure';
}
