import type { RunContext } from '../../core/context';
import type { Logger } from '../../core/logger';
import type { AssetApi } from '../types';
import { notImplemented } from '../not-implemented';
import type { GitHubClient } from './client';

export function githubAssets(
  _client: GitHubClient,
  _context: RunContext,
  _logger: Logger,
): AssetApi {
  return new Proxy({} as AssetApi, {
    get: (_t, key) => () => notImplemented(`github ${String(key)}`),
  });
}
