import type { RunContext } from '../../core/context';
import type { Logger } from '../../core/logger';
import type { WorkflowApi } from '../types';
import { notImplemented } from '../not-implemented';
import type { GitHubClient } from './client';

export function githubWorkflows(
  _client: GitHubClient,
  _context: RunContext,
  _logger: Logger,
): WorkflowApi {
  return new Proxy({} as WorkflowApi, {
    get: (_t, key) => () => notImplemented(`github ${String(key)}`),
  });
}
