import type { Logger } from '../core/logger';
import type { DataOutcome, DataRunOptions } from './types';

export type { DataFailure, DataOutcome, DataRunOptions, DataChart } from './types';

/** Profile base and HEAD of each dataset, compare them and check the rules. */
export async function runDataDiff(options: DataRunOptions, logger: Logger): Promise<DataOutcome> {
  void options;
  void logger;
  throw new Error('data diff: not implemented yet');
}

/** Profile HEAD of each dataset and check the schema and rules. */
export async function runDataValidate(
  options: DataRunOptions,
  logger: Logger,
): Promise<DataOutcome> {
  void options;
  void logger;
  throw new Error('data validate: not implemented yet');
}
