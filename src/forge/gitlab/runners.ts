import type { RunContext } from '../../core/context';
import type { Logger } from '../../core/logger';
import type { RunnerApi } from '../types';
import { notImplemented } from '../not-implemented';
import type { GitLabClient } from './client';

export function gitlabRunners(
  _client: GitLabClient,
  _context: RunContext,
  _logger: Logger,
): RunnerApi {
  return new Proxy({} as RunnerApi, {
    get: (_t, key) => () => notImplemented(`gitlab ${String(key)}`),
  });
}
