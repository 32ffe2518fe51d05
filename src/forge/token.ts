import type { ForgeKind } from '../core/context';
import type { Logger } from '../core/logger';
import { readRawInput } from '../inputs/parse';
import { FORGE_KINDS, forgeInfo } from './registry';

/**
 * The forge token, looked up the way CML looks it up: an explicit value first (--token,
 * CML_TOKEN, the token input), then REPO_TOKEN, repo_token, then the forge's own variables
 * (GITHUB_TOKEN, GITLAB_TOKEN, BITBUCKET_TOKEN), then the other forges', and last of all the job
 * token GitHub's actions hand over through their `github-token` input.
 * Masked the moment it is read, so no later log line, output or report can carry it.
 */
/** Whether any token is at hand (outside CI, a token is what makes cml talk to a forge). */
export function haveForgeToken(explicit: string | undefined, env: NodeJS.ProcessEnv): boolean {
  const names = [
    'REPO_TOKEN',
    'repo_token',
    ...FORGE_KINDS.flatMap((k) => forgeInfo(k).tokenVariables),
  ];
  return [explicit, ...names.map((n) => env[n])].some((t) => t !== undefined && t.trim() !== '');
}

export function readForgeToken(
  logger: Logger,
  forge: ForgeKind | undefined,
  explicit?: string,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const order = forge ? [forge, ...FORGE_KINDS.filter((k) => k !== forge)] : FORGE_KINDS;
  const candidates = [
    explicit,
    env.REPO_TOKEN,
    env.repo_token,
    ...order.flatMap((k) => forgeInfo(k).tokenVariables.map((name) => env[name])),
    readRawInput('github-token', env),
  ];
  const token = candidates.find((t) => t !== undefined && t.trim() !== '')?.trim();
  if (token) {
    logger.mask(token);
    // `username:app-password` (Bitbucket): the password half alone must not show either.
    const colon = token.indexOf(':');
    if (colon > 0 && colon < token.length - 1) logger.mask(token.slice(colon + 1));
  }
  return token;
}
