import type { ColumnDrift } from './drift';
import type { TableProfile } from './profile';

export interface SchemaChange {
  column: string;
  kind: 'added' | 'removed' | 'retyped' | 'reordered';
  from?: string;
  to?: string;
}

/** What one dataset looks like on each side, and how it moved. */
export interface DatasetResult {
  dataset: string;
  base?: TableProfile;
  head?: TableProfile;
  schema: SchemaChange[];
  drift: ColumnDrift[];
}

/** Columns added, removed, retyped, and (among the columns both sides have) reordered. */
export function schemaChanges(base: TableProfile, head: TableProfile): SchemaChange[] {
  const changes: SchemaChange[] = [];
  const baseNames = base.columns.map((c) => c.name);
  const headNames = head.columns.map((c) => c.name);
  for (const c of head.columns) {
    const b = base.columns.find((x) => x.name === c.name);
    if (!b) changes.push({ column: c.name, kind: 'added', to: c.type });
    else if (b.type !== c.type)
      changes.push({ column: c.name, kind: 'retyped', from: b.type, to: c.type });
  }
  for (const c of base.columns)
    if (!headNames.includes(c.name))
      changes.push({ column: c.name, kind: 'removed', from: c.type });
  const common = headNames.filter((n) => baseNames.includes(n));
  const baseOrder = baseNames.filter((n) => headNames.includes(n));
  common.forEach((name, i) => {
    if (baseOrder[i] !== name)
      changes.push({
        column: name,
        kind: 'reordered',
        from: `#${baseNames.indexOf(name) + 1}`,
        to: `#${headNames.indexOf(name) + 1}`,
      });
  });
  return changes;
}
