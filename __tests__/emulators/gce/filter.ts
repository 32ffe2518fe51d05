/**
 * Compute Engine list filters, the subset clients write: `expr AND expr …` where expr is
 * `field = "value"`, `field != value` or `field eq value`, optionally in parentheses; fields are
 * dotted paths (`labels.cml-runner`, `status`, `name`).
 */
export type Filter = (resource: Record<string, unknown>) => boolean;

export function parseFilter(text: string | undefined): Filter {
  if (!text || !text.trim()) return () => true;
  const parts = text.split(/\s+AND\s+/i).map((p) =>
    p
      .trim()
      .replace(/^\((.*)\)$/, '$1')
      .trim(),
  );
  const tests = parts.map((part) => {
    const m = /^([A-Za-z0-9_.-]+)\s*(=|!=|\beq\b|\bne\b|:)\s*"?([^"]*)"?$/.exec(part);
    if (!m) throw new Error(`Invalid list filter expression: ${part}`);
    const [, path, op, value] = m as unknown as [string, string, string, string];
    return (resource: Record<string, unknown>) => {
      const actual = path
        .split('.')
        .reduce<unknown>(
          (node, key) =>
            node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined,
          resource,
        );
      const equal =
        op === 'eq' || op === 'ne'
          ? new RegExp(`^${value}$`).test(String(actual ?? ''))
          : actual !== undefined && String(actual) === value;
      if (op === ':') return actual !== undefined && (value === '*' || String(actual) === value);
      return op === '!=' || op === 'ne' ? !equal : equal;
    };
  });
  return (resource) => tests.every((t) => t(resource));
}
