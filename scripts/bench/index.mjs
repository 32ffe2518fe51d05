#!/usr/bin/env node
// `npm run bench`: runs every scripts/bench/<area>.mjs (found by glob) in its own process, one
// after another so they do not compete for the two cores, and prints each one's figures.
// Pass area names to run only those: `npm run bench -- plots metrics-diff`.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const here = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const areas = readdirSync(here)
  .filter((f) => f.endsWith('.mjs') && f !== 'index.mjs' && !f.startsWith('_'))
  .map((f) => f.replace(/\.mjs$/, ''))
  .filter((a) => only.length === 0 || only.includes(a));
let failed = 0;
for (const area of areas) {
  console.log(`\n=== bench: ${area} ===`);
  const r = spawnSync(process.execPath, [join(here, `${area}.mjs`)], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
