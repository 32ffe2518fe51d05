// The forge RUNNERS capability of both drivers against the GitHub and GitLab emulators.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubForge } from '../src/forge/github';
import { createGitLabForge } from '../src/forge/gitlab';
import {
  GITHUB_TOKEN,
  GITLAB_TOKEN,
  captureLogger,
  githubContext,
  gitlabContext,
  startWorld,
  type World,
} from './runner-support';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => {
  expect(world.github.violations).toEqual([]);
  expect(world.gitlab.violations).toEqual([]);
  await world.close();
});

describe('GitHub runners', () => {
  it('gives a masked registration token for reusable runners', async () => {
    const log = captureLogger();
    const forge = createGitHubForge(githubContext(world), GITHUB_TOKEN, log.logger);
    const registration = await forge.registerRunner({
      name: 'cml-reusable',
      labels: ['cml'],
      ephemeral: false,
      reuse: true,
    });
    expect(registration.kind).toBe('github-registration-token');
    expect(world.github.state.repo('octo', 'repo').registrationTokens).toContain(
      registration.secret,
    );
    log.logger.info(`token is ${registration.secret}`);
    expect(log.text()).toContain('token is ***');
  });

  it('creates a JIT runner in the given group, finds it by name, reads and deletes it by id', async () => {
    const forge = createGitHubForge(githubContext(world), GITHUB_TOKEN, captureLogger().logger);
    const registration = await forge.registerRunner({
      name: 'cml-jit-1',
      labels: ['cml', 'x'],
      ephemeral: true,
      runnerGroupId: 3,
    });
    expect(registration).toMatchObject({ kind: 'github-jit', id: expect.any(Number) });
    const [found] = await forge.findRunners('cml-jit-1');
    expect(found).toMatchObject({
      id: registration.id,
      name: 'cml-jit-1',
      status: 'offline',
      labels: ['cml', 'x'],
    });
    expect(
      world.github.state.repo('octo', 'repo').runners.find((r) => r.id === registration.id)
        ?.runnerGroupId,
    ).toBe(3);
    expect((await forge.listRunners()).map((r) => r.name)).toContain('cml-jit-1');
    expect(await forge.getRunner(registration.id!)).toMatchObject({ name: 'cml-jit-1' });
    await forge.deleteRunner(registration.id!);
    expect(await forge.getRunner(registration.id!)).toBeUndefined();
    // Deleting what GitHub already removed is not an error.
    await forge.deleteRunner(registration.id!);
    expect(await forge.findRunners('cml-jit-1')).toEqual([]);
  });
});

describe('GitHub organisation runners', () => {
  it('uses the /orgs/{org} runner routes for the organization scope', async () => {
    // The emulator holds repository runners only; this module adds the organisation routes.
    const org: { id: number; name: string; labels: string[]; group: number }[] = [];
    world.github.addRoutes({
      name: 'org-runners',
      routes: [
        {
          method: 'POST',
          path: '/orgs/{org}/actions/runners/generate-jitconfig',
          handler: (ctx) => {
            const body = ctx.body as { name: string; labels: string[]; runner_group_id: number };
            const runner = {
              id: ctx.state.nextId(),
              name: body.name,
              labels: body.labels,
              group: body.runner_group_id,
            };
            org.push(runner);
            const rendered = {
              id: runner.id,
              name: runner.name,
              os: 'linux',
              status: 'offline',
              busy: false,
              labels: [],
            };
            return {
              status: 201,
              body: { runner: rendered, encoded_jit_config: `jit-${ctx.params.org}-${runner.id}` },
            };
          },
        },
        {
          method: 'GET',
          path: '/orgs/{org}/actions/runners',
          handler: (ctx) => {
            const list = org.filter((r) => !ctx.query.name || r.name === ctx.query.name);
            return {
              status: 200,
              body: {
                total_count: list.length,
                runners: list.map((r) => ({
                  id: r.id,
                  name: r.name,
                  os: 'linux',
                  status: 'online',
                  busy: false,
                  labels: r.labels.map((name, i) => ({ id: i + 1, name, type: 'custom' })),
                })),
              },
            };
          },
        },
        {
          method: 'DELETE',
          path: '/orgs/{org}/actions/runners/{runner_id}',
          handler: (ctx) => {
            org.splice(
              org.findIndex((r) => r.id === Number(ctx.params.runner_id)),
              1,
            );
            return { status: 204 };
          },
        },
      ],
    });
    const forge = createGitHubForge(githubContext(world), GITHUB_TOKEN, captureLogger().logger);
    const scope = { level: 'organization' as const, owner: 'octo-org' };
    const registration = await forge.registerRunner({
      name: 'cml-org-1',
      labels: ['cml'],
      ephemeral: true,
      scope,
    });
    expect(registration.secret).toBe(`jit-octo-org-${registration.id}`);
    expect(org[0]).toMatchObject({ name: 'cml-org-1', group: 1 });
    expect(await forge.findRunners('cml-org-1', scope)).toMatchObject([
      { id: registration.id, status: 'online' },
    ]);
    await forge.deleteRunner(registration.id!, scope);
    expect(org).toEqual([]);
  });
});

describe('GitLab runners', () => {
  it('creates group and instance runners with glrt- tokens and deletes them', async () => {
    const log = captureLogger();
    const forge = createGitLabForge(gitlabContext(world), GITLAB_TOKEN, log.logger);
    const group = await forge.registerRunner({
      name: 'cml-group',
      labels: ['gpu'],
      ephemeral: true,
      scope: { level: 'group', owner: '9' },
      runUntagged: true,
      locked: false,
    });
    expect(group).toMatchObject({
      kind: 'gitlab-runner-token',
      secret: expect.stringMatching(/^glrt-/),
    });
    const created = world.gitlab.requests.filter((r) => r.path === '/user/runners').pop()!;
    expect(created.body).toMatchObject({
      runner_type: 'group_type',
      group_id: 9,
      tag_list: ['gpu'],
      run_untagged: true,
      locked: false,
      description: 'cml-group',
    });
    log.logger.info(group.secret);
    expect(log.text()).not.toContain(group.secret);
    const instance = await forge.registerRunner({
      name: 'cml-instance',
      labels: ['cml'],
      ephemeral: true,
      scope: { level: 'instance' },
    });
    expect(world.gitlab.state.runners.find((r) => r.id === instance.id)?.runnerType).toBe(
      'instance_type',
    );
    expect(await forge.getRunner(group.id!)).toMatchObject({
      name: 'cml-group',
      status: 'never_contacted',
      labels: ['gpu'],
    });
    await forge.deleteRunner(group.id!);
    await forge.deleteRunner(instance.id!);
    expect(await forge.getRunner(group.id!)).toBeUndefined();
    await forge.deleteRunner(group.id!);
  });

  it('says what is missing for a group runner without a group id', async () => {
    const forge = createGitLabForge(gitlabContext(world), GITLAB_TOKEN, captureLogger().logger);
    await expect(
      forge.registerRunner({ name: 'x', labels: [], ephemeral: true, scope: { level: 'group' } }),
    ).rejects.toThrow(/group id/);
  });
});
