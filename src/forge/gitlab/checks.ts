import type { RunContext } from '../../core/context';
import type { Logger } from '../../core/logger';
import type { CheckApi } from '../types';
import { notImplemented } from '../not-implemented';
import type { GitLabClient } from './client';

export function gitlabChecks(
  _client: GitLabClient,
  _context: RunContext,
  _logger: Logger,
): CheckApi {
  return new Proxy({} as CheckApi, {
    get: (_t, key) => () => notImplemented(`gitlab ${String(key)}`),
  });
}
