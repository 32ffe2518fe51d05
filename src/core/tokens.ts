import type { Logger } from './logger';
import type { Platform } from './context';
import { readRawInput } from './input-env';

/**
 * The forge token, looked up the way CML looks it up: an explicit value first, then REPO_TOKEN,
 * repo_token, then the platform's own (GITHUB_TOKEN on GitHub, GITLAB_TOKEN on GitLab), and on
 * GitHub last of all the job token the actions hand over through their `github-token` input.
 * Masked the moment it is read, so no later log line, output or report can carry it.
 */
export function readToken(
  logger: Logger,
  platform: Platform,
  explicit?: string,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const candidates = [explicit, env.REPO_TOKEN, env.repo_token];
  if (platform === 'gitlab') candidates.push(env.GITLAB_TOKEN, env.GITHUB_TOKEN);
  else candidates.push(env.GITHUB_TOKEN, env.GITLAB_TOKEN, readRawInput('github-token', env));
  const token = candidates.find((t) => t !== undefined && t.trim() !== '')?.trim();
  if (token) logger.mask(token);
  return token;
}
