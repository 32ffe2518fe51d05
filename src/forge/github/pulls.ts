import type { RunContext } from '../../core/context';
import type { Logger } from '../../core/logger';
import type { PullApi } from '../types';
import { notImplemented } from '../not-implemented';
import type { GitHubClient } from './client';

export function githubPulls(_client: GitHubClient, _context: RunContext, _logger: Logger): PullApi {
  return new Proxy({} as PullApi, {
    get: (_t, key) => () => notImplemented(`github ${String(key)}`),
  });
}
