/**
 * vega-cli's commands, which `cml` runs too (src/cli/commands/vega.ts, src/plots/vega-cli.ts).
 * A file of its own so the CLI can tell a chart command from the others without loading any.
 */
export const VEGA_COMMAND_NAMES = ['vl2png', 'vl2svg', 'vl2vg', 'vg2png', 'vg2svg'] as const;
