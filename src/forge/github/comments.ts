import type { RunContext } from '../../core/context';
import type { Logger } from '../../core/logger';
import type { CommentApi } from '../types';
import { notImplemented } from '../not-implemented';
import type { GitHubClient } from './client';

export function githubComments(
  _client: GitHubClient,
  _context: RunContext,
  _logger: Logger,
): CommentApi {
  return new Proxy({} as CommentApi, {
    get: (_t, key) => () => notImplemented(`github ${String(key)}`),
  });
}
