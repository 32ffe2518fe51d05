import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gitlabPulls } from '../src/forge/gitlab/pulls';
import { gitlabStatus } from '../src/forge/gitlab/errors';
import { driverFixture, PROJECT, type DriverFixture } from './emulators/gitlab/driver-fixture';

const HEAD = 'd'.repeat(40);
let f: DriverFixture;
beforeEach(async () => (f = await driverFixture()));
afterEach(async () => {
  expect(f.emulator.violations).toEqual([]);
  await f.emulator.close();
});

describe('GitLab merge requests driver', () => {
  it('finds the open merge requests of a commit, by branch and by iid', async () => {
    f.emulator.seedMergeRequest(PROJECT.id, {
      iid: 1,
      sourceBranch: 'old',
      targetBranch: 'main',
      sha: HEAD,
      state: 'merged',
    });
    f.emulator.seedMergeRequest(PROJECT.id, {
      iid: 2,
      sourceBranch: 'exp',
      targetBranch: 'main',
      sha: HEAD,
    });
    f.emulator.seedMergeRequest(PROJECT.id, {
      iid: 3,
      sourceBranch: 'other',
      targetBranch: 'main',
      sha: 'e'.repeat(40),
    });
    const api = gitlabPulls(f.client(), f.context, f.logger);
    const pulls = await api.pullsForCommit(HEAD);
    expect(pulls.map((p) => p.number)).toEqual([2]);
    expect(pulls[0]).toMatchObject({
      headRef: 'exp',
      baseRef: 'main',
      headSha: HEAD,
      state: 'open',
    });
    expect(pulls[0]!.url).toBe(`${f.emulator.serverUrl}/${PROJECT.path}/-/merge_requests/2`);
    expect((await api.getPull(1)).state).toBe('merged');
    expect((await api.findOpenPull('exp', 'main'))?.number).toBe(2);
    expect(await api.findOpenPull('exp', 'release')).toBeUndefined();
    expect(await api.findOpenPull('old')).toBeUndefined();
    const list = f.emulator.requests.find((r) => r.path === '/projects/42/merge_requests');
    expect(list?.query).toMatchObject({
      source_branch: 'exp',
      target_branch: 'main',
      state: 'opened',
    });
  });

  it('creates a merge request and turns on auto-merge when the pipeline succeeds', async () => {
    f.emulator.state.branchHeads.set(`${PROJECT.id}:cml-pr-1`, HEAD);
    f.emulator.seedPipeline(PROJECT.id, { id: 500, sha: HEAD, ref: 'cml-pr-1', status: 'running' });
    const api = gitlabPulls(f.client(), f.context, f.logger);
    const pull = await api.createPull({
      head: 'cml-pr-1',
      base: 'main',
      title: 'CML: update',
      body: 'outputs',
    });
    expect(pull).toMatchObject({
      number: 1,
      headRef: 'cml-pr-1',
      baseRef: 'main',
      state: 'open',
      headSha: HEAD,
    });
    expect(f.emulator.state.mergeRequests[0]!.description).toBe('outputs');
    await api.enableAutoMerge(pull, 'squash');
    const mr = f.emulator.state.mergeRequests[0]!;
    expect(mr).toMatchObject({ autoMerge: true, squash: true, state: 'opened' });
    const merge = f.emulator.requests.find((r) => r.path.endsWith('/merge'));
    expect(merge?.body).toEqual({
      auto_merge: true,
      merge_when_pipeline_succeeds: true,
      squash: true,
      sha: HEAD,
    });
    // A second one for the same branches is refused by GitLab (409).
    const error = await api
      .createPull({ head: 'cml-pr-1', base: 'main', title: 'again', body: '' })
      .catch((e: unknown) => e);
    expect(gitlabStatus(error)).toBe(409);
  });

  it('reads the default branch from the context, else from the project', async () => {
    const api = gitlabPulls(f.client(), { ...f.context, defaultBranch: undefined }, f.logger);
    f.emulator.state.projects[0]!.defaultBranch = 'trunk';
    expect(await api.defaultBranch()).toBe('trunk');
    const fromContext = gitlabPulls(f.client(), { ...f.context, defaultBranch: 'dev' }, f.logger);
    expect(await fromContext.defaultBranch()).toBe('dev');
    expect(f.emulator.requests).toHaveLength(1);
  });
});
