/**
 * The git data API: blobs, trees, commits and refs, with real git object ids, fast-forward
 * checks on ref updates (422 "Update is not a fast forward") and 422 on creating an existing ref.
 */
import { buildTree, flattenTree, isAncestor, writeBlob, writeCommit } from '../git-objects';
import {
  HttpError,
  type GitTreeEntry,
  type RepoState,
  type RouteContext,
  type RouteModule,
} from '../types';
import { bodyOf, param, repoOf } from './helpers';

function renderRef(ctx: RouteContext, repo: RepoState, name: string, sha: string) {
  return {
    ref: `refs/${name}`,
    node_id: Buffer.from(`03:Ref${name}`).toString('base64'),
    url: `${ctx.baseUrl}/repos/${repo.fullName}/git/refs/${name}`,
    object: {
      type: 'commit',
      sha,
      url: `${ctx.baseUrl}/repos/${repo.fullName}/git/commits/${sha}`,
    },
  };
}

function renderCommit(ctx: RouteContext, repo: RepoState, sha: string) {
  const c = repo.git.commits.get(sha);
  if (!c) throw new HttpError(404, 'Not Found');
  return {
    sha: c.sha,
    node_id: Buffer.from(`06:Commit${c.sha}`).toString('base64'),
    url: `${ctx.baseUrl}/repos/${repo.fullName}/git/commits/${c.sha}`,
    html_url: `${ctx.webUrl}/${repo.fullName}/commit/${c.sha}`,
    author: c.author,
    committer: c.committer,
    message: c.message,
    tree: { sha: c.tree, url: `${ctx.baseUrl}/repos/${repo.fullName}/git/trees/${c.tree}` },
    parents: c.parents.map((p) => ({
      sha: p,
      url: `${ctx.baseUrl}/repos/${repo.fullName}/git/commits/${p}`,
      html_url: `${ctx.webUrl}/${repo.fullName}/commit/${p}`,
    })),
    verification: {
      verified: false,
      reason: 'unsigned',
      signature: null,
      payload: null,
      verified_at: null,
    },
  };
}

function renderTree(ctx: RouteContext, repo: RepoState, sha: string, recursive: boolean) {
  const entries = recursive
    ? [...flattenTree(repo.git, sha).values()]
    : (repo.git.trees.get(sha) ?? []);
  return {
    sha,
    url: `${ctx.baseUrl}/repos/${repo.fullName}/git/trees/${sha}`,
    truncated: false,
    tree: entries.map((e) => ({
      ...e,
      size: e.type === 'blob' ? repo.git.blobs.get(e.sha)?.length : undefined,
      url: `${ctx.baseUrl}/repos/${repo.fullName}/git/${e.type}s/${e.sha}`,
    })),
  };
}

/** ref path parameter ("heads/main") → stored name; "refs/" prefix tolerated for create. */
const refName = (ref: string) => ref.replace(/^refs\//, '');

export const gitDataRoutes: RouteModule = {
  name: 'git-data',
  routes: [
    {
      method: 'POST',
      path: '/repos/{owner}/{repo}/git/blobs',
      handler: (ctx) => {
        const repo = repoOf(ctx);
        const { content, encoding = 'utf-8' } = bodyOf(ctx) as {
          content: string;
          encoding?: string;
        };
        if (encoding !== 'utf-8' && encoding !== 'base64') {
          throw new HttpError(422, `encoding must be utf-8 or base64`);
        }
        const bytes = Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8');
        const sha = writeBlob(repo.git, bytes);
        return {
          status: 201,
          body: { sha, url: `${ctx.baseUrl}/repos/${repo.fullName}/git/blobs/${sha}` },
        };
      },
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/git/blobs/{file_sha}',
      handler: (ctx) => {
        const repo = repoOf(ctx);
        const bytes = repo.git.blobs.get(param(ctx, 'file_sha'));
        if (!bytes) throw new HttpError(404, 'Not Found');
        return {
          status: 200,
          body: {
            sha: param(ctx, 'file_sha'),
            size: bytes.length,
            encoding: 'base64',
            content: bytes.toString('base64'),
            url: `${ctx.baseUrl}${ctx.path}`,
          },
        };
      },
    },
    {
      method: 'POST',
      path: '/repos/{owner}/{repo}/git/trees',
      handler: (ctx) => {
        const repo = repoOf(ctx);
        const input = bodyOf(ctx) as {
          base_tree?: string;
          tree: {
            path: string;
            mode: string;
            type: string;
            sha?: string | null;
            content?: string;
          }[];
        };
        if (input.base_tree && !repo.git.trees.has(input.base_tree)) {
          throw new HttpError(422, 'base_tree is not a valid tree oid');
        }
        const files = input.base_tree
          ? flattenTree(repo.git, input.base_tree)
          : new Map<string, GitTreeEntry>();
        for (const e of input.tree) {
          if (e.sha !== undefined && e.content !== undefined) {
            throw new HttpError(422, 'Only one of sha or content may be given per tree entry');
          }
          if (e.sha === null) {
            files.delete(e.path);
            continue;
          }
          const sha = e.content !== undefined ? writeBlob(repo.git, Buffer.from(e.content)) : e.sha;
          if (!sha) throw new HttpError(422, `tree entry ${e.path} has neither sha nor content`);
          if (e.type === 'blob' && !repo.git.blobs.has(sha)) {
            throw new HttpError(422, 'GitRPC::BadObjectState');
          }
          if (e.type === 'tree') {
            for (const [path, sub] of flattenTree(repo.git, sha, `${e.path}/`))
              files.set(path, sub);
          } else {
            files.set(e.path, {
              path: e.path,
              mode: e.mode,
              type: e.type as 'blob' | 'commit',
              sha,
            });
          }
        }
        const sha = buildTree(repo.git, files);
        return { status: 201, body: renderTree(ctx, repo, sha, false) };
      },
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/git/trees/{tree_sha}',
      handler: (ctx) => {
        const repo = repoOf(ctx);
        let sha = param(ctx, 'tree_sha');
        const fromRef = repo.git.refs.get(`heads/${sha}`);
        if (fromRef) sha = fromRef;
        if (repo.git.commits.has(sha)) sha = repo.git.commits.get(sha)?.tree ?? sha;
        if (!repo.git.trees.has(sha)) throw new HttpError(404, 'Not Found');
        return { status: 200, body: renderTree(ctx, repo, sha, ctx.query.recursive !== undefined) };
      },
    },
    {
      method: 'POST',
      path: '/repos/{owner}/{repo}/git/commits',
      handler: (ctx) => {
        const repo = repoOf(ctx);
        const input = bodyOf(ctx) as {
          message: string;
          tree: string;
          parents?: string[];
          author?: { name: string; email: string; date?: string };
          committer?: { name: string; email: string; date?: string };
        };
        if (!repo.git.trees.has(input.tree)) throw new HttpError(422, 'Tree SHA does not exist');
        for (const p of input.parents ?? []) {
          if (!repo.git.commits.has(p))
            throw new HttpError(422, 'Parent SHA does not exist or is not a commit object');
        }
        const when = ctx.state.now();
        const author = {
          name: input.author?.name ?? ctx.identity.login,
          email:
            input.author?.email ??
            `${ctx.identity.id}+${ctx.identity.login}@users.noreply.github.com`,
          date: input.author?.date ?? when,
        };
        const committer = input.committer
          ? { ...input.committer, date: input.committer.date ?? when }
          : author;
        const commit = writeCommit(repo.git, {
          tree: input.tree,
          parents: input.parents ?? [],
          message: input.message,
          author,
          committer,
        });
        return { status: 201, body: renderCommit(ctx, repo, commit.sha) };
      },
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/git/commits/{commit_sha}',
      handler: (ctx) => ({
        status: 200,
        body: renderCommit(ctx, repoOf(ctx), param(ctx, 'commit_sha')),
      }),
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/git/ref/{ref}',
      handler: (ctx) => {
        const repo = repoOf(ctx);
        const name = refName(param(ctx, 'ref'));
        const sha = repo.git.refs.get(name);
        if (!sha) throw new HttpError(404, 'Not Found');
        return { status: 200, body: renderRef(ctx, repo, name, sha) };
      },
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/git/matching-refs/{ref}',
      handler: (ctx) => {
        const repo = repoOf(ctx);
        const prefix = refName(param(ctx, 'ref'));
        const items = [...repo.git.refs.entries()]
          .filter(([name]) => name.startsWith(prefix))
          .sort(([a], [b]) => (a < b ? -1 : 1));
        return ctx.paginate(items, ([name, sha]) => renderRef(ctx, repo, name, sha));
      },
    },
    {
      method: 'POST',
      path: '/repos/{owner}/{repo}/git/refs',
      handler: (ctx) => {
        const repo = repoOf(ctx);
        const { ref, sha } = bodyOf(ctx) as { ref: string; sha: string };
        if (!/^refs\/.+\/.+/.test(ref))
          throw new HttpError(
            422,
            "Reference name must start with 'refs/' and have at least two slashes.",
          );
        const name = refName(ref);
        if (repo.git.refs.has(name)) throw new HttpError(422, 'Reference already exists');
        if (!repo.git.commits.has(sha)) throw new HttpError(422, 'Object does not exist');
        repo.git.refs.set(name, sha);
        return { status: 201, body: renderRef(ctx, repo, name, sha) };
      },
    },
    {
      method: 'PATCH',
      path: '/repos/{owner}/{repo}/git/refs/{ref}',
      handler: (ctx) => {
        const repo = repoOf(ctx);
        const name = refName(param(ctx, 'ref'));
        const { sha, force } = bodyOf(ctx) as { sha: string; force?: boolean };
        const current = repo.git.refs.get(name);
        if (!current) throw new HttpError(422, 'Reference does not exist');
        if (!repo.git.commits.has(sha)) throw new HttpError(422, 'Object does not exist');
        if (!force && !isAncestor(repo.git, current, sha)) {
          throw new HttpError(422, 'Update is not a fast forward');
        }
        repo.git.refs.set(name, sha);
        return { status: 200, body: renderRef(ctx, repo, name, sha) };
      },
    },
    {
      method: 'DELETE',
      path: '/repos/{owner}/{repo}/git/refs/{ref}',
      handler: (ctx) => {
        const repo = repoOf(ctx);
        const name = refName(param(ctx, 'ref'));
        if (!repo.git.refs.delete(name)) throw new HttpError(422, 'Reference does not exist');
        return { status: 204 };
      },
    },
  ],
};
