import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';

let written = 0;

/**
 * Writes a file so that readers see either the old file or the whole new one: the bytes go to
 * a temporary file in the same folder, renamed over the target only once complete.
 * The temporary name is this process's id and a count, created exclusively ('wx'): unique
 * without node:crypto, whose loading cost `vl2png` about 15 ms for four random bytes.
 */
export function writeFileAtomic(path: string, data: string | Buffer): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  for (;;) {
    const temp = join(dir, `.${basename(path)}.${process.pid}.${written++}.tmp`);
    try {
      writeFileSync(temp, data, { flag: 'wx' });
    } catch (error) {
      // A leftover of an earlier process that had the same id: take the next name.
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      rmSync(temp, { force: true });
      throw error;
    }
    try {
      renameSync(temp, path);
      return;
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
  }
}
