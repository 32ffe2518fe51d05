import type { RunContext } from '../../core/context';
import type { Logger } from '../../core/logger';
import type { PullApi } from '../types';
import { notImplemented } from '../not-implemented';
import type { GitLabClient } from './client';

export function gitlabPulls(_client: GitLabClient, _context: RunContext, _logger: Logger): PullApi {
  return new Proxy({} as PullApi, {
    get: (_t, key) => () => notImplemented(`gitlab ${String(key)}`),
  });
}
