/**
 * The few web (not API) URLs tests need: `/web/{owner}/{repo}/blob/{ref}/{path}?raw=true` serves
 * a committed file's bytes, as github.com does, so report tests can check image links resolve.
 */
import { lookupPath } from './git-objects';
import type { GitHubState, HttpResult } from './types';

export function serveWeb(
  state: GitHubState,
  path: string,
  query: Record<string, string>,
): HttpResult {
  const m = /^\/web\/([^/]+)\/([^/]+)\/(?:blob|raw)\/([^/]+)\/(.+)$/.exec(path);
  const notFound = { status: 404, body: { message: 'Not Found' } };
  if (!m) return notFound;
  const repo = state.repos.get(`${m[1]}/${m[2]}`.toLowerCase());
  const [, , , refPart = '', filePart = ''] = m;
  if (!repo) return notFound;
  const ref = decodeURIComponent(refPart);
  const commitSha = repo.git.commits.has(ref) ? ref : repo.git.refs.get(`heads/${ref}`);
  const commit = commitSha ? repo.git.commits.get(commitSha) : undefined;
  if (!commit) return notFound;
  const entry = lookupPath(repo.git, commit.tree, decodeURIComponent(filePart));
  const bytes = entry ? repo.git.blobs.get(entry.sha) : undefined;
  if (!bytes) return notFound;
  if (path.includes('/blob/') && query.raw !== 'true') {
    return {
      status: 200,
      body: Buffer.from('<html>blob view</html>'),
      headers: { 'content-type': 'text/html' },
    };
  }
  return { status: 200, body: bytes, headers: { 'content-type': 'application/octet-stream' } };
}
