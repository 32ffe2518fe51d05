import { createHash } from 'node:crypto';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from './emulators/github';
import { githubTestDriver } from './emulators/github/test-driver';
import { ASSETS_BRANCH } from '../src/forge/github/assets';
import { GitHubPermissionError, isPermissionDenied } from '../src/forge/github/errors';
import type { AssetFile } from '../src/forge/types';
import { buildTree, flattenTree, writeBlob, writeCommit } from './emulators/github/git-objects';
import { gitDataRoutes } from './emulators/github/routes/git-data';
import { ACTIONS_BOT } from './emulators/github/identities';

const REPO = 'octo/private-repo';
let emulator: GitHubEmulator;

const png = (text: string): AssetFile => ({
  name: `plots/${text}.PNG`,
  bytes: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), Buffer.from(text)]),
  contentType: 'image/png',
});
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const repoState = () => emulator.state.repos.get(REPO)!;
const branchHead = () => repoState().git.refs.get(`heads/${ASSETS_BRANCH}`);
const writes = () => emulator.requests.filter((r) => r.method !== 'GET');

beforeEach(async () => {
  emulator = await startGitHubEmulator();
  emulator.seedRepo(REPO, { private: true });
  emulator.addToken('user-token', { login: 'alice', id: 1, type: 'User' });
  emulator.addToken('ro-token', { ...ACTIONS_BOT, readOnly: true });
});
afterEach(async () => {
  expect(emulator.violations).toEqual([]);
  await emulator.close();
});

test('files land in one commit on an orphan cml-assets branch, content-addressed, linked as blob ?raw=true', async () => {
  const driver = githubTestDriver(emulator, 'user-token', REPO);
  const a = png('loss');
  const b = png('confusion');
  const links = await driver.publishAssets([a, b]);

  const head = branchHead() as string;
  const commit = repoState().git.commits.get(head)!;
  expect(commit.parents).toEqual([]); // orphan: no history shared with main
  expect(links.get(a.name)).toBe(
    `${emulator.serverUrl}/${REPO}/blob/${head}/${sha256(a.bytes)}.png?raw=true`,
  );
  expect(links.get(b.name)).toBe(
    `${emulator.serverUrl}/${REPO}/blob/${head}/${sha256(b.bytes)}.png?raw=true`,
  );
  // The links resolve to the bytes (the emulator serves github.com's blob ?raw=true form).
  for (const file of [a, b]) {
    const response = await fetch(links.get(file.name) as string);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(file.bytes);
  }
  // One commit: 2 blobs, 1 tree, 1 commit, 1 ref.
  expect(writes().map((r) => `${r.method} ${r.template}`)).toEqual([
    'POST /repos/{owner}/{repo}/git/blobs',
    'POST /repos/{owner}/{repo}/git/blobs',
    'POST /repos/{owner}/{repo}/git/trees',
    'POST /repos/{owner}/{repo}/git/commits',
    'POST /repos/{owner}/{repo}/git/refs',
  ]);
  // main is untouched.
  expect(
    repoState().git.commits.get(repoState().git.refs.get('heads/main') as string)?.message,
  ).toBe('Initial commit');
});

test('a second publish builds on the branch, keeps older files, and skips what is already there', async () => {
  const driver = githubTestDriver(emulator, 'user-token', REPO);
  const a = png('one');
  const b = png('two');
  await driver.publishAssets([a]);
  const first = branchHead() as string;
  emulator.resetRecords();

  const links = await driver.publishAssets([a, b]);
  const second = branchHead() as string;
  expect(second).not.toBe(first);
  expect(repoState().git.commits.get(second)?.parents).toEqual([first]);
  // Only the new file is uploaded.
  expect(writes().filter((r) => r.template?.endsWith('/git/blobs'))).toHaveLength(1);
  expect(writes().at(-1)?.method).toBe('PATCH');
  // Both files are in the new commit's tree.
  const tree = repoState().git.trees.get(repoState().git.commits.get(second)?.tree as string)!;
  expect(tree.map((e) => e.path).sort()).toEqual(
    [`${sha256(a.bytes)}.png`, `${sha256(b.bytes)}.png`].sort(),
  );
  expect(links.get(a.name)).toContain(`/blob/${second}/`);

  // Nothing new: no commit at all.
  emulator.resetRecords();
  const again = await driver.publishAssets([b]);
  expect(writes()).toEqual([]);
  expect(branchHead()).toBe(second);
  expect(again.get(b.name)).toContain(`/blob/${second}/${sha256(b.bytes)}.png?raw=true`);
});

test('a lost race on the ref (422 not a fast forward) is rebuilt on the new head', async () => {
  const driver = githubTestDriver(emulator, 'user-token', REPO);
  const base = png('base');
  await driver.publishAssets([base]);
  // Another job commits to cml-assets between our read of the branch and our ref update.
  const theirs = png('theirs');
  const original = gitDataRoutes.routes.find(
    (r) => r.method === 'PATCH' && r.path === '/repos/{owner}/{repo}/git/refs/{ref}',
  )!;
  let intruded = false;
  emulator.addRoutes({
    name: 'intruder',
    routes: [
      {
        ...original,
        handler: (ctx) => {
          if (!intruded) {
            intruded = true;
            const git = repoState().git;
            const parent = git.refs.get(`heads/${ASSETS_BRANCH}`) as string;
            const files = flattenTree(git, git.commits.get(parent)?.tree as string);
            const path = `${sha256(theirs.bytes)}.png`;
            files.set(path, {
              path,
              mode: '100644',
              type: 'blob',
              sha: writeBlob(git, theirs.bytes),
            });
            const who = { name: 'other job', email: 'o@example.com', date: '2026-01-01T00:00:00Z' };
            const commit = writeCommit(git, {
              tree: buildTree(git, files),
              parents: [parent],
              message: 'theirs',
              author: who,
              committer: who,
            });
            git.refs.set(`heads/${ASSETS_BRANCH}`, commit.sha);
          }
          return original.handler(ctx);
        },
      },
    ],
  });
  emulator.resetRecords();
  const mine = png('mine');
  const links = await driver.publishAssets([mine]);

  const refUpdates = emulator.requests.filter((r) => r.method === 'PATCH');
  expect(refUpdates.map((r) => r.status)).toEqual([422, 200]);
  const head = branchHead() as string;
  const git = repoState().git;
  const files = [...flattenTree(git, git.commits.get(head)?.tree as string).keys()].sort();
  expect(files).toEqual([base, theirs, mine].map((f) => `${sha256(f.bytes)}.png`).sort());
  expect(git.commits.get(git.commits.get(head)?.parents[0] as string)?.message).toBe('theirs');
  expect(links.get(mine.name)).toContain(`/blob/${head}/`);
  // The blob is uploaded once even though the commit was made twice.
  expect(emulator.requests.filter((r) => r.template?.endsWith('/git/blobs'))).toHaveLength(1);
});

test('jobs publishing at the same time end with every file on one linear history', async () => {
  const files = Array.from({ length: 6 }, (_, i) => png(`job${i}`));
  await Promise.all(
    files.map((f) => githubTestDriver(emulator, 'user-token', REPO).publishAssets([f])),
  );
  const git = repoState().git;
  const head = branchHead() as string;
  const paths = [...flattenTree(git, git.commits.get(head)?.tree as string).keys()].sort();
  expect(paths).toEqual(files.map((f) => `${sha256(f.bytes)}.png`).sort());
  let depth = 0;
  for (let sha: string | undefined = head; sha; sha = git.commits.get(sha)?.parents[0]) depth++;
  expect(depth).toBe(6);
});

test('a read-only token is refused with contents: write named', async () => {
  const driver = githubTestDriver(emulator, 'ro-token', REPO);
  const error = await driver.publishAssets([png('x')]).catch((e: unknown) => e);
  expect(isPermissionDenied(error)).toBe(true);
  expect((error as GitHubPermissionError).permission).toBe('contents: write');
  expect(branchHead()).toBeUndefined();
});

test('no files, no requests', async () => {
  const driver = githubTestDriver(emulator, 'user-token', REPO);
  expect((await driver.publishAssets([])).size).toBe(0);
  expect(emulator.requests).toHaveLength(0);
});
