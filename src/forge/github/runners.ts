import type { RunContext } from '../../core/context';
import type { Logger } from '../../core/logger';
import type { RunnerApi } from '../types';
import { notImplemented } from '../not-implemented';
import type { GitHubClient } from './client';

export function githubRunners(
  _client: GitHubClient,
  _context: RunContext,
  _logger: Logger,
): RunnerApi {
  return new Proxy({} as RunnerApi, {
    get: (_t, key) => () => notImplemented(`github ${String(key)}`),
  });
}
