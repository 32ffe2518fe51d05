// One bench run of cml's data engine on two files (profile both, drift between them), in its own
// process so the whole-process figures (peak RSS, CPU) are this run's alone.
import { openEngine } from '../../src/data/engine';
import { profileFile } from '../../src/data/profile';
import { measureDrift } from '../../src/data/drift';
import { schemaChanges } from '../../src/data/compare';

const [basePath, headPath] = process.argv.slice(2) as [string, string];
const conn = await openEngine();
// As run-data.ts does: each side's pass also counts its categories for drift.
const base = await profileFile(conn, basePath, 'base', undefined, { categories: true });
const head = await profileFile(conn, headPath, 'head', undefined, { categories: true });
const drift = await measureDrift(
  conn,
  { path: basePath, profile: base },
  { path: headPath, profile: head },
);
const u = process.resourceUsage();
console.log(
  'BENCH ' +
    JSON.stringify({
      rows: head.rows,
      schema_changes: schemaChanges(base, head).length,
      drifted: drift.filter((d) => d.drifted).map((d) => d.column),
      maxrss_mb: u.maxRSS / 1024,
      cpu_s: (u.userCPUTime + u.systemCPUTime) / 1e6,
    }),
);
