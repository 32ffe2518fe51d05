import { runGit } from '../git/run-git';

/**
 * Runs git and returns its trimmed stdout; a failure throws with git's own message, with any
 * token removed (remote URLs may carry one).
 */
export async function git(
  args: string[],
  cwd: string,
  options: { env?: NodeJS.ProcessEnv; secrets?: (string | undefined)[] } = {},
): Promise<string> {
  const result = await runGit(args, cwd, options.env);
  if (result.code !== 0) {
    let message = `git ${args[0]} failed: ${result.stderr.trim() || `exit code ${result.code}`}`;
    for (const secret of options.secrets ?? [])
      if (secret) message = message.split(secret).join('***');
    throw new Error(message);
  }
  return result.stdout.toString('utf8').trim();
}

/** Like git() but answers undefined instead of throwing (for probes such as config --get). */
export async function gitMaybe(
  args: string[],
  cwd: string,
  env?: NodeJS.ProcessEnv,
): Promise<string | undefined> {
  const result = await runGit(args, cwd, env);
  return result.code === 0 ? result.stdout.toString('utf8').trim() : undefined;
}
