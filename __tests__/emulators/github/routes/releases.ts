/**
 * Releases: the latest release and a release by tag, as `GET /repos/{owner}/{repo}/releases/latest`
 * and `GET /repos/{owner}/{repo}/releases/tags/{tag}` answer them (the `release` schema of
 * @octokit/openapi: tag_name, name, body, draft, prerelease, assets …). Releases are seeded with
 * `seedRelease` (any owner/name: actions/runner lives outside the emulator's repositories);
 * "latest" is the newest published release that is neither a draft nor a prerelease, as on GitHub.
 */
import { HttpError, type GitHubState, type RouteModule } from '../types';

export interface SeededRelease {
  tag: string;
  name?: string;
  body?: string;
  draft?: boolean;
  prerelease?: boolean;
  /** Asset file names; each gets a browser_download_url under https://github.com/…/download/<tag>/. */
  assets?: string[];
}

interface StoredRelease extends SeededRelease {
  id: number;
  createdAt: string;
}

const releases = new WeakMap<GitHubState, Map<string, StoredRelease[]>>();

function listOf(state: GitHubState, repo: string): StoredRelease[] {
  let byRepo = releases.get(state);
  if (!byRepo) releases.set(state, (byRepo = new Map()));
  let list = byRepo.get(repo.toLowerCase());
  if (!list) byRepo.set(repo.toLowerCase(), (list = []));
  return list;
}

/** Adds a release to owner/name (newest last). */
export function seedRelease(state: GitHubState, repo: string, release: SeededRelease): void {
  listOf(state, repo).push({ ...release, id: state.nextId(), createdAt: state.now() });
}

function render(baseUrl: string, repo: string, r: StoredRelease) {
  const api = `${baseUrl}/repos/${repo}/releases/${r.id}`;
  const user = `${baseUrl}/users/github-actions%5Bbot%5D`;
  const author = {
    login: 'github-actions[bot]',
    id: 41898282,
    node_id: 'MDM6Qm90NDE4OTgyODI=',
    avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4',
    gravatar_id: '',
    url: user,
    html_url: 'https://github.com/apps/github-actions',
    followers_url: `${user}/followers`,
    following_url: `${user}/following{/other_user}`,
    gists_url: `${user}/gists{/gist_id}`,
    starred_url: `${user}/starred{/owner}{/repo}`,
    subscriptions_url: `${user}/subscriptions`,
    organizations_url: `${user}/orgs`,
    repos_url: `${user}/repos`,
    events_url: `${user}/events{/privacy}`,
    received_events_url: `${user}/received_events`,
    type: 'Bot',
    site_admin: false,
  };
  return {
    url: api,
    html_url: `https://github.com/${repo}/releases/tag/${r.tag}`,
    assets_url: `${api}/assets`,
    upload_url: `https://uploads.github.com/repos/${repo}/releases/${r.id}/assets{?name,label}`,
    tarball_url: `${baseUrl}/repos/${repo}/tarball/${r.tag}`,
    zipball_url: `${baseUrl}/repos/${repo}/zipball/${r.tag}`,
    id: r.id,
    node_id: Buffer.from(`09:Release${r.id}`).toString('base64'),
    tag_name: r.tag,
    target_commitish: 'main',
    name: r.name ?? r.tag,
    body: r.body ?? null,
    draft: r.draft ?? false,
    prerelease: r.prerelease ?? false,
    created_at: r.createdAt,
    published_at: r.draft ? null : r.createdAt,
    author,
    assets: (r.assets ?? []).map((name, i) => ({
      url: `${api}/assets/${r.id * 100 + i}`,
      browser_download_url: `https://github.com/${repo}/releases/download/${r.tag}/${name}`,
      id: r.id * 100 + i,
      node_id: Buffer.from(`012:ReleaseAsset${r.id * 100 + i}`).toString('base64'),
      name,
      label: '',
      state: 'uploaded',
      content_type: 'application/gzip',
      size: 1,
      digest: null,
      download_count: 0,
      created_at: r.createdAt,
      updated_at: r.createdAt,
      uploader: author,
    })),
  };
}

export const releasesRoutes: RouteModule = {
  name: 'releases',
  routes: [
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/releases/latest',
      handler: (ctx) => {
        const repo = `${ctx.params.owner}/${ctx.params.repo}`;
        const latest = listOf(ctx.state, repo)
          .filter((r) => !r.draft && !r.prerelease)
          .at(-1);
        if (!latest) throw new HttpError(404, 'Not Found');
        return { status: 200, body: render(ctx.baseUrl, repo, latest) };
      },
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/releases/tags/{tag}',
      handler: (ctx) => {
        const repo = `${ctx.params.owner}/${ctx.params.repo}`;
        const release = listOf(ctx.state, repo).find((r) => r.tag === ctx.params.tag && !r.draft);
        if (!release) throw new HttpError(404, 'Not Found');
        return { status: 200, body: render(ctx.baseUrl, repo, release) };
      },
    },
  ],
};
