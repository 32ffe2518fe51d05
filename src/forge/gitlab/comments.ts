import type { RunContext } from '../../core/context';
import type { Logger } from '../../core/logger';
import type { CommentApi } from '../types';
import { notImplemented } from '../not-implemented';
import type { GitLabClient } from './client';

export function gitlabComments(
  _client: GitLabClient,
  _context: RunContext,
  _logger: Logger,
): CommentApi {
  return new Proxy({} as CommentApi, {
    get: (_t, key) => () => notImplemented(`gitlab ${String(key)}`),
  });
}
