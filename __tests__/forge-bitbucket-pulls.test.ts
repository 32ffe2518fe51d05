import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigurationError, PermissionError } from '../src/core/errors';
import {
  ALICE,
  BASE,
  driverFixture,
  HEAD,
  seedPull,
  type DriverFixture,
} from './emulators/bitbucket/driver-fixture';

let f: DriverFixture;
beforeEach(async () => {
  f = await driverFixture();
});
afterEach(async () => {
  await f.emulator.close();
});

const gets = (pattern: RegExp) =>
  f.emulator.requests.filter((r) => r.method === 'GET' && pattern.test(r.path));

describe('Bitbucket pulls driver', () => {
  it('finds the open pull requests of a commit through the commit links endpoint', async () => {
    seedPull(f, 5);
    const pulls = await f.forge().pullsForCommit(HEAD);
    expect(pulls).toHaveLength(1);
    // Bitbucket shows the 12-character short hash; the driver gives back the full sha it asked for.
    expect(pulls[0]).toMatchObject({
      number: 5,
      headRef: 'exp',
      headSha: HEAD,
      baseRef: 'main',
      state: 'open',
    });
    expect(gets(/\/commit\/c+\/pullrequests$/)).toHaveLength(1);
    expect(gets(/\/model\/pullrequests$/)).toHaveLength(0);
  });

  it('falls back to the open pull requests when commit links are not indexed (app not installed)', async () => {
    f.repo.commitLinksIndexed = false;
    for (let id = 1; id <= 60; id++) {
      f.repo.branches.set(`b${id}`, id === 42 ? HEAD : id.toString(16).padStart(40, '0'));
      seedPull(f, id, `b${id}`, f.repo.branches.get(`b${id}`)!);
    }
    const pulls = await f.forge().pullsForCommit(HEAD);
    expect(pulls.map((p) => p.number)).toEqual([42]);
    expect(pulls[0]!.headSha).toBe(HEAD);
    // 60 open pull requests, 50 a page.
    expect(gets(/\/model\/pullrequests$/)).toHaveLength(2);
  });

  it('reads a pull request, and names a missing one', async () => {
    seedPull(f, 5);
    expect(await f.forge().getPull(5)).toMatchObject({
      number: 5,
      url: `${f.emulator.serverUrl}/ml-team/model/pull-requests/5`,
      headSha: HEAD.slice(0, 12),
      baseSha: BASE.slice(0, 12),
    });
    const missing = await f
      .forge()
      .getPull(77)
      .catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ConfigurationError);
    expect((missing as Error).message).toMatch(/pull request #77 in repository ml-team\/model/);
  });

  it('finds an open pull request by branches with a query', async () => {
    seedPull(f, 5);
    const forge = f.forge();
    expect((await forge.findOpenPull('exp', 'main'))?.number).toBe(5);
    expect(await forge.findOpenPull('exp', 'release')).toBeUndefined();
    expect(await forge.findOpenPull('other')).toBeUndefined();
    expect(gets(/\/model\/pullrequests$/)[0]!.query.get('q')).toBe(
      'source.branch.name = "exp" AND destination.branch.name = "main"',
    );
  });

  it('opens a pull request', async () => {
    const pull = await f
      .forge()
      .createPull({ head: 'exp', base: 'main', title: 'Retrain', body: 'Report' });
    expect(pull).toMatchObject({ number: 1, headRef: 'exp', baseRef: 'main', state: 'open' });
    expect(f.repo.pulls.get(1)).toMatchObject({ title: 'Retrain', description: 'Report' });
    const post = f.emulator.requests.find((r) => r.method === 'POST');
    expect(post?.body).toEqual({
      title: 'Retrain',
      summary: { raw: 'Report' },
      source: { branch: { name: 'exp' } },
      destination: { branch: { name: 'main' } },
    });
  });

  it('needs pullrequest:write to open one, and says so', async () => {
    f.emulator.addAccessToken('reader', ALICE, ['pullrequest']);
    const error = await f
      .forge('reader')
      .createPull({ head: 'exp', base: 'main', title: 't', body: '' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionError);
    expect((error as PermissionError).hint).toMatch(/pullrequest:write/);
  });

  it('reads the main branch, and has no auto-merge', async () => {
    const forge = f.forge();
    expect(await forge.defaultBranch()).toBe('main');
    const error = await forge
      .enableAutoMerge(
        await forge.createPull({ head: 'exp', base: 'main', title: 't', body: '' }),
        'merge',
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/no auto-merge/);
  });

  it('names the repository when it does not exist or cannot be seen', async () => {
    const forge = f.forge();
    f.context.repository = 'ml-team/missing';
    const error = await forge.defaultBranch().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/repository ml-team\/missing/);
  });

  it('refuses runners and reruns with a clear message', async () => {
    const forge = f.forge();
    await expect(forge.registerRunner({ name: 'r', labels: [], ephemeral: true })).rejects.toThrow(
      /Bitbucket Pipelines runners\) are not supported/,
    );
    await expect(forge.listRunners()).rejects.toBeInstanceOf(ConfigurationError);
    await expect(forge.rerun('{uuid}')).rejects.toThrow(/not supported/);
    expect(f.emulator.requests).toHaveLength(0);
  });
});
