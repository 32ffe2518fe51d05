import type { RunContext } from '../../core/context';
import type { Logger } from '../../core/logger';
import type { AssetApi } from '../types';
import { notImplemented } from '../not-implemented';
import type { GitLabClient } from './client';

export function gitlabAssets(
  _client: GitLabClient,
  _context: RunContext,
  _logger: Logger,
): AssetApi {
  return new Proxy({} as AssetApi, {
    get: (_t, key) => () => notImplemented(`gitlab ${String(key)}`),
  });
}
