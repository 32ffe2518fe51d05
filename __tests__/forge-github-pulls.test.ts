import { afterEach, beforeEach, expect, test } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from './emulators/github';
import { githubTestDriver } from './emulators/github/test-driver';
import { isPermissionDenied } from '../src/forge/github/errors';
import { ACTIONS_BOT } from './emulators/github/identities';

const REPO = 'octo/repo';
const HEAD = '1'.repeat(40);
let emulator: GitHubEmulator;

beforeEach(async () => {
  emulator = await startGitHubEmulator({ repos: [REPO] });
  emulator.addToken('user-token', { login: 'alice', id: 1, type: 'User' });
  emulator.addToken('ro-token', { ...ACTIONS_BOT, readOnly: true });
});
afterEach(async () => {
  expect(emulator.violations).toEqual([]);
  await emulator.close();
});

test('pullsForCommit keeps open PRs whose head is the commit', async () => {
  emulator.seedPull(REPO, {
    number: 4,
    headRef: 'a',
    headSha: HEAD,
    baseRef: 'main',
    baseSha: '0'.repeat(40),
  });
  emulator.seedPull(REPO, {
    number: 5,
    headRef: 'b',
    headSha: HEAD,
    baseRef: 'main',
    baseSha: '0'.repeat(40),
    state: 'closed',
  });
  emulator.seedPull(REPO, {
    number: 6,
    headRef: 'c',
    headSha: '2'.repeat(40),
    baseRef: 'main',
    baseSha: '0'.repeat(40),
  });
  const driver = githubTestDriver(emulator, 'user-token', REPO);
  const pulls = await driver.pullsForCommit(HEAD);
  expect(pulls.map((p) => p.number)).toEqual([4]);
  expect(pulls[0]).toMatchObject({ headRef: 'a', headSha: HEAD, baseRef: 'main', state: 'open' });
  expect(pulls[0]?.url).toBe(`${emulator.serverUrl}/${REPO}/pull/4`);
  expect(await driver.pullsForCommit('3'.repeat(40))).toEqual([]);
});

test('getPull, findOpenPull (owner:branch), createPull and defaultBranch', async () => {
  const driver = githubTestDriver(emulator, 'user-token', REPO);
  expect(await driver.defaultBranch()).toBe('main');
  // A branch to open the PR from.
  const main = emulator.state.repos.get(REPO)!.git.refs.get('heads/main') as string;
  emulator.state.repos.get(REPO)!.git.refs.set('heads/cml-pr', main);
  expect(await driver.findOpenPull('cml-pr')).toBeUndefined();
  const created = await driver.createPull({ head: 'cml-pr', base: 'main', title: 'T', body: 'B' });
  expect(created).toMatchObject({ headRef: 'cml-pr', baseRef: 'main', state: 'open' });
  expect((await driver.findOpenPull('cml-pr'))?.number).toBe(created.number);
  expect((await driver.findOpenPull('octo:cml-pr', 'main'))?.number).toBe(created.number);
  expect(await driver.findOpenPull('someone-else:cml-pr')).toBeUndefined();
  expect((await driver.getPull(created.number)).headSha).toBe(main);
  const list = emulator.requests.find(
    (r) => r.template === '/repos/{owner}/{repo}/pulls' && r.method === 'GET',
  );
  expect(list?.query.head).toBe('octo:cml-pr');
});

test('enableAutoMerge goes through GraphQL with the node id', async () => {
  emulator.seedPull(REPO, {
    number: 9,
    headRef: 'x',
    headSha: HEAD,
    baseRef: 'main',
    baseSha: '0'.repeat(40),
  });
  const driver = githubTestDriver(emulator, 'user-token', REPO);
  const pull = await driver.getPull(9);
  expect(pull.nodeId).toMatch(/^PR_/);
  await driver.enableAutoMerge(pull, 'squash');
  expect(emulator.state.repos.get(REPO)?.issues.get(9)?.pull?.autoMerge?.mergeMethod).toBe(
    'SQUASH',
  );
  // Without a node id the driver looks it up first.
  await driver.enableAutoMerge({ ...pull, nodeId: undefined }, 'rebase');
  expect(emulator.state.repos.get(REPO)?.issues.get(9)?.pull?.autoMerge?.mergeMethod).toBe(
    'REBASE',
  );
  expect(emulator.requests.filter((r) => r.path === '/graphql')).toHaveLength(2);
});

test('a read-only token cannot open a PR or enable auto-merge', async () => {
  emulator.seedPull(REPO, {
    number: 9,
    headRef: 'x',
    headSha: HEAD,
    baseRef: 'main',
    baseSha: '0'.repeat(40),
  });
  const driver = githubTestDriver(emulator, 'ro-token', REPO);
  const create = await driver
    .createPull({ head: 'x', base: 'main', title: 't', body: 'b' })
    .catch((e: unknown) => e);
  expect(isPermissionDenied(create)).toBe(true);
  const auto = await driver
    .enableAutoMerge(await driver.getPull(9), 'merge')
    .catch((e: unknown) => e);
  expect(isPermissionDenied(auto)).toBe(true);
});

test('defaultBranch comes from the context when the event gave it', async () => {
  const driver = githubTestDriver(emulator, 'user-token', REPO, { defaultBranch: 'trunk' });
  expect(await driver.defaultBranch()).toBe('trunk');
  expect(emulator.requests).toHaveLength(0);
});
