/** Codes of EC2 instance states, as DescribeInstances reports them. */
export const STATE_CODES: Record<string, number> = {
  pending: 0,
  running: 16,
  'shutting-down': 32,
  terminated: 48,
  stopping: 64,
  stopped: 80,
};

/** Whether an EC2 filter value (with `*` and `?` wildcards) matches. */
export function matchesWildcard(pattern: string, value: string | undefined): boolean {
  if (value === undefined) return false;
  const regex = new RegExp(
    '^' +
      pattern
        .split('')
        .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
        .join('') +
      '$',
  );
  return regex.test(value);
}
