import { runGit } from './run-git';

/**
 * A file's bytes at a revision, read with `git show rev:path` (no checkout needed), or
 * undefined when the file does not exist at that revision. Paths are relative to the repo root.
 */
export async function readFileAtRevision(
  revision: string,
  path: string,
  cwd: string,
): Promise<Buffer | undefined> {
  const normalized = path.replace(/\\/g, '/').replace(/^\.\//, '');
  const result = await runGit(['show', `${revision}:${normalized}`], cwd);
  if (result.code === 0) return result.stdout;
  if (
    /does not exist|exists on disk, but not in|bad revision|invalid object name|unknown revision/i.test(
      result.stderr,
    )
  ) {
    // Distinguish "no such file at this revision" from "no such revision".
    const rev = await runGit(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], cwd);
    if (rev.code === 0) return undefined;
  }
  throw new Error(`git show ${revision}:${normalized} failed: ${result.stderr.trim()}`);
}
