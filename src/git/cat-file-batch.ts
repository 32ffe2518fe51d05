import { spawn } from 'node:child_process';

/**
 * The contents of several git objects through one `git cat-file --batch` (one process however
 * many are asked for): each spec is what git takes there (`<rev>:<path>`, a blob id). A spec that
 * names no blob is absent from the map. For small files (declarations, .dvc files, dvc.lock):
 * the answers are held in memory; datasets are streamed by revision-file.ts instead.
 */
export function readBlobs(cwd: string, specs: string[]): Promise<Map<string, Buffer>> {
  const blobs = new Map<string, Buffer>();
  if (!specs.length) return Promise.resolve(blobs);
  return new Promise((resolvePromise, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`git cat-file --batch failed: ${stderr.trim()}`));
        return;
      }
      // Each answer: `<oid> <type> <size>\n<bytes>\n`, or `<spec> missing\n`.
      const out = Buffer.concat(chunks);
      let at = 0;
      for (const spec of specs) {
        const eol = out.indexOf(10, at);
        if (eol < 0) break;
        const header = out.subarray(at, eol).toString('utf8');
        at = eol + 1;
        const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
        if (!m) continue;
        const size = Number(m[2]);
        if (m[1] === 'blob') blobs.set(spec, out.subarray(at, at + size));
        at += size + 1;
      }
      resolvePromise(blobs);
    });
    child.stdin.end(specs.map((s) => `${s}\n`).join(''));
  });
}
