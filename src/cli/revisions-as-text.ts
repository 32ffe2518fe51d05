import type { Argv } from 'yargs';

/**
 * Declares `a_rev` and `b_rev` as strings. yargs reads positionals as numbers when they look like
 * one, so a tag or short sha made of digits (`2024`, `1234567`) reached git code as a number
 * (`cml data diff 2024` crashed in `revision.startsWith`).
 */
export function revisionsAsText(y: Argv): Argv {
  return y.positional('a_rev', { type: 'string' }).positional('b_rev', { type: 'string' });
}
