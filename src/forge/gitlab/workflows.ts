import type { RunContext } from '../../core/context';
import type { Logger } from '../../core/logger';
import type { WorkflowApi } from '../types';
import { notImplemented } from '../not-implemented';
import type { GitLabClient } from './client';

export function gitlabWorkflows(
  _client: GitLabClient,
  _context: RunContext,
  _logger: Logger,
): WorkflowApi {
  return new Proxy({} as WorkflowApi, {
    get: (_t, key) => () => notImplemented(`gitlab ${String(key)}`),
  });
}
