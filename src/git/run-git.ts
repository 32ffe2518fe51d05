import { execFile } from 'node:child_process';

export interface GitResult {
  stdout: Buffer;
  stderr: string;
  code: number;
}

/**
 * Runs git without a shell and returns its output as bytes (files may be binary). Never throws
 * for a non-zero exit: callers decide what a failure means (a missing file is not an error).
 */
export function runGit(args: string[], cwd: string, env?: NodeJS.ProcessEnv): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      { cwd, env: env ?? process.env, encoding: 'buffer', maxBuffer: 1024 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const err = error as (NodeJS.ErrnoException & { code?: number | string }) | null;
        if (err && typeof err.code === 'string') {
          reject(new Error(`Cannot run git: ${err.message}`));
          return;
        }
        resolve({
          stdout,
          stderr: stderr.toString('utf8'),
          code: err ? Number(err.code ?? 1) : 0,
        });
      },
    );
  });
}
