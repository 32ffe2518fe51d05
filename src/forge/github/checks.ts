import type { RunContext } from '../../core/context';
import type { Logger } from '../../core/logger';
import type { CheckApi } from '../types';
import { notImplemented } from '../not-implemented';
import type { GitHubClient } from './client';

export function githubChecks(
  _client: GitHubClient,
  _context: RunContext,
  _logger: Logger,
): CheckApi {
  return new Proxy({} as CheckApi, {
    get: (_t, key) => () => notImplemented(`github ${String(key)}`),
  });
}
