import { createHash } from 'node:crypto';
import path from 'node:path';
import type { RunContext } from '../../core/context';
import type { Logger } from '../../core/logger';
import type { AssetApi, AssetFile } from '../types';
import type { GitHubClient } from './client';
import { GITHUB_PERMISSIONS, githubStatus, withPermission } from './errors';
import { repoParams } from './repo';
import { isAmbiguousError } from '../http';

/** The branch that holds report images (never merged; an orphan history of its own). */
export const ASSETS_BRANCH = 'cml-assets';
/** Lost ref-update races (concurrent jobs publishing at once) are retried this many times. */
const ATTEMPTS = 8;

const EXTENSIONS: Record<string, string> = {
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/gif': '.gif',
  'image/svg+xml': '.svg',
  'image/webp': '.webp',
  'text/html': '.html',
  'application/json': '.json',
};

/** Content-addressed name: sha256 of the bytes plus the file's extension (lower-cased). */
export function assetPath(file: AssetFile): string {
  const digest = createHash('sha256').update(file.bytes).digest('hex');
  const ext = path.extname(file.name).toLowerCase() || EXTENSIONS[file.contentType] || '';
  return `${digest}${ext}`;
}

/** The git blob id of some bytes, to skip uploading what the branch already holds. */
function gitBlobSha(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/**
 * GitHub has no API for comment images. The files are committed to the `cml-assets` branch of
 * the same repository with the git data API (blobs, one tree, one commit, one ref update per
 * call) and linked as `${serverUrl}/${repo}/blob/${commit}/${path}?raw=true`, the form GitHub
 * renders inline for everyone who can read the repository, private ones included (see
 * docs/github-images.md). Linking the commit, not the branch, keeps old reports' images stable.
 */
export function githubAssets(client: GitHubClient, context: RunContext, logger: Logger): AssetApi {
  const repo = () => repoParams(context);
  const link = (commit: string, file: string) =>
    `${context.serverUrl.replace(/\/+$/, '')}/${context.repository}/blob/${commit}/${file}?raw=true`;

  async function branchHead(): Promise<{ commit: string; tree: string } | undefined> {
    try {
      const { data: ref } = await client.rest.git.getRef({
        ...repo(),
        ref: `heads/${ASSETS_BRANCH}`,
      });
      const { data: commit } = await client.rest.git.getCommit({
        ...repo(),
        commit_sha: ref.object.sha,
      });
      return { commit: commit.sha, tree: commit.tree.sha };
    } catch (error) {
      if (githubStatus(error) === 404) return undefined;
      throw error;
    }
  }

  /** Paths (and their blob ids) at the top of the branch's tree. */
  async function treeEntries(tree: string): Promise<Map<string, string>> {
    const { data } = await client.rest.git.getTree({ ...repo(), tree_sha: tree });
    return new Map(data.tree.map((e) => [e.path ?? '', e.sha ?? '']));
  }

  async function publish(files: AssetFile[]): Promise<Map<string, string>> {
    const byPath = new Map<string, AssetFile>();
    const pathOf = new Map<string, string>();
    for (const file of files) {
      const p = assetPath(file);
      byPath.set(p, file);
      pathOf.set(file.name, p);
    }
    const uploaded = new Map<string, string>();
    for (let attempt = 1; ; attempt++) {
      const head = await branchHead();
      const existing = head ? await treeEntries(head.tree) : new Map<string, string>();
      const missing = [...byPath].filter(([p, file]) => existing.get(p) !== gitBlobSha(file.bytes));
      if (head && missing.length === 0) {
        logger.debug(`All ${byPath.size} assets are already on ${ASSETS_BRANCH}; no commit.`);
        return linksAt(head.commit);
      }
      for (const [p, file] of missing) {
        if (uploaded.has(p)) continue;
        const { data } = await client.rest.git.createBlob({
          ...repo(),
          content: file.bytes.toString('base64'),
          encoding: 'base64',
        });
        uploaded.set(p, data.sha);
      }
      const { data: tree } = await client.rest.git.createTree({
        ...repo(),
        ...(head ? { base_tree: head.tree } : {}),
        tree: missing.map(([p]) => ({
          path: p,
          mode: '100644' as const,
          type: 'blob' as const,
          sha: uploaded.get(p) as string,
        })),
      });
      const { data: commit } = await client.rest.git.createCommit({
        ...repo(),
        message: `cml: publish ${missing.length} report asset${missing.length === 1 ? '' : 's'}`,
        tree: tree.sha,
        parents: head ? [head.commit] : [],
      });
      try {
        if (head) {
          await client.rest.git.updateRef({
            ...repo(),
            ref: `heads/${ASSETS_BRANCH}`,
            sha: commit.sha,
            force: false,
          });
        } else {
          await client.rest.git.createRef({
            ...repo(),
            ref: `refs/heads/${ASSETS_BRANCH}`,
            sha: commit.sha,
          });
        }
        return linksAt(commit.sha);
      } catch (error) {
        // 422: another job moved (or created) the branch first. Rebuild on its new head. A
        // lost answer (5xx, reset, timeout) may hide a ref write that was applied: the next
        // round reads the branch again and finds the files there (no commit), or writes again.
        const lost = isAmbiguousError(error);
        if ((githubStatus(error) !== 422 && !lost) || attempt >= ATTEMPTS) throw error;
        const wait = Math.round(50 * attempt * (1 + Math.random()));
        logger.debug(
          lost
            ? `Writing ${ASSETS_BRANCH} got no clear answer (${String(error)}); checking it again in ${wait} ms.`
            : `${ASSETS_BRANCH} moved under us (attempt ${attempt}); retrying in ${wait} ms.`,
        );
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }

    function linksAt(commit: string): Map<string, string> {
      const links = new Map<string, string>();
      for (const [name, p] of pathOf) links.set(name, link(commit, p));
      return links;
    }
  }

  return {
    async publishAssets(files) {
      if (files.length === 0) return new Map();
      return withPermission(
        GITHUB_PERMISSIONS.assets,
        `commit report images to the ${ASSETS_BRANCH} branch`,
        () => publish(files),
      );
    },
  };
}
