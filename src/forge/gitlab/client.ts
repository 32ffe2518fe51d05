import { Gitlab } from '@gitbeaker/rest';
import type { Logger } from '../../core/logger';

export type GitLabClient = InstanceType<typeof Gitlab<false>>;

/** A gitbeaker client for this instance's API root (CI_API_V4_URL; self-managed aware). */
export function createGitLabClient(options: {
  token: string;
  apiUrl: string;
  logger: Logger;
}): GitLabClient {
  const host = options.apiUrl.replace(/\/api\/v4\/?$/, '');
  return new Gitlab({ host, token: options.token });
}
