import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A fresh folder under the OS temp folder that is removed when the process exits, however it
 * exits normally (end of work, process.exit, an error turned into an exit code). What goes there
 * can be large (a dataset's base version, DuckDB's spill files), and self-hosted runners keep
 * their temp folder between jobs, so nothing may be left behind.
 */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
