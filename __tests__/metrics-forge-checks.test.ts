// The CHECKS capability of both forge drivers against the emulators: check runs with output and
// annotations in batches of 50 (GitHub), commit statuses (both forges).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from './emulators/github';
import { collectingLogger, githubTestContext } from './emulators/github/test-driver';
import { driverFixture, type DriverFixture } from './emulators/gitlab/driver-fixture';
import { createGitHubClient } from '../src/forge/github/client';
import { githubChecks } from '../src/forge/github/checks';
import { gitlabChecks } from '../src/forge/gitlab/checks';
import { PermissionError } from '../src/core/errors';
import type { CheckAnnotation } from '../src/forge/types';
import { ACTIONS_BOT } from './emulators/github/identities';

const SHA = 'b'.repeat(40);

describe('GitHub checks driver', () => {
  let emulator: GitHubEmulator;
  beforeEach(async () => {
    emulator = await startGitHubEmulator({ repos: ['octo/repo'] });
    emulator.addToken('app-token', ACTIONS_BOT);
    emulator.addToken('ro-token', { ...ACTIONS_BOT, readOnly: true });
  });
  afterEach(async () => {
    expect(emulator.violations).toEqual([]);
    await emulator.close();
  });
  const driver = (token = 'app-token') => {
    const logger = collectingLogger();
    const client = createGitHubClient({
      token,
      apiUrl: emulator.url,
      logger,
      retryAfterBaseValue: 1,
    });
    return githubChecks(client, githubTestContext(emulator, 'octo/repo'), logger);
  };

  it('creates a completed check run and adds annotations past 50 with updates', async () => {
    const annotations: CheckAnnotation[] = Array.from({ length: 130 }, (_, i) => ({
      path: 'metrics.json',
      line: i + 1,
      level: 'failure',
      message: `metric ${i} failed`,
    }));
    const long = 'x'.repeat(70_000);
    const check = await driver().createCheck({
      name: 'gates',
      sha: SHA,
      conclusion: 'failure',
      title: 'Gates failed',
      summary: long,
      text: 'details',
      annotations,
      detailsUrl: 'https://ci.example/run/1',
    });
    const run = emulator.state.repos.get('octo/repo')!.checkRuns[0]!;
    expect(check).toEqual({ id: run.id, url: `${emulator.serverUrl}/octo/repo/runs/${run.id}` });
    expect(run).toMatchObject({
      name: 'gates',
      headSha: SHA,
      status: 'completed',
      conclusion: 'failure',
    });
    expect(run.output!.summary!.length).toBe(65_535);
    expect(run.output!.summary!.endsWith('… (truncated)')).toBe(true);
    expect(run.output!.text).toBe('details');
    expect(run.output!.annotations).toHaveLength(130);
    expect(
      emulator.requests.filter((r) => r.path.includes('check-runs')).map((r) => r.method),
    ).toEqual(['POST', 'PATCH', 'PATCH']);
  });

  it('creates an in-progress check run without a conclusion', async () => {
    await driver().createCheck({
      name: 'n',
      sha: SHA,
      conclusion: 'success',
      status: 'in_progress',
      title: 't',
      summary: 's',
    });
    expect(emulator.state.repos.get('octo/repo')!.checkRuns[0]).toMatchObject({
      status: 'in_progress',
      conclusion: null,
    });
  });

  it('sets a commit status with a description cut to 140 characters', async () => {
    await driver().setCommitStatus({
      sha: SHA,
      state: 'failure',
      context: 'cml metrics-diff',
      description: 'd'.repeat(200),
      targetUrl: 'https://ci.example/run/1',
    });
    const [status] = emulator.state.repos.get('octo/repo')!.statuses;
    expect(status).toMatchObject({
      sha: SHA,
      state: 'failure',
      context: 'cml metrics-diff',
      targetUrl: 'https://ci.example/run/1',
    });
    expect(status!.description!.length).toBe(140);
  });

  it('names the permission a read-only token lacks', async () => {
    const error = await driver('ro-token')
      .createCheck({ name: 'n', sha: SHA, conclusion: 'success', title: 't', summary: 's' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionError);
    expect((error as PermissionError).hint).toContain('checks: write');
  });
});

describe('GitLab checks driver (commit statuses)', () => {
  let f: DriverFixture;
  beforeEach(async () => {
    f = await driverFixture();
  });
  afterEach(async () => {
    expect(f.emulator.violations).toEqual([]);
    await f.emulator.close();
  });

  it('turns a check into a commit status on this pipeline, linked to the job', async () => {
    const context = {
      ...f.context,
      runId: '321',
      ref: 'feature',
      runUrl: 'https://gitlab.example/jobs/9',
    };
    const api = gitlabChecks(f.client(), context, f.logger);
    const check = await api.createCheck({
      name: 'cml metrics-diff',
      sha: SHA,
      conclusion: 'failure',
      title: '2 of 3 quality gates failed',
      summary: '| table |',
      annotations: [{ path: 'm.json', line: 2, level: 'failure', message: 'x' }],
    });
    const [status] = f.emulator.state.statuses;
    expect(check.id).toBe(status!.id);
    expect(status).toMatchObject({
      projectId: 42,
      sha: SHA,
      state: 'failed',
      name: 'cml metrics-diff',
      description: '2 of 3 quality gates failed',
      targetUrl: 'https://gitlab.example/jobs/9',
      pipelineId: 321,
      ref: 'feature',
    });
  });

  it('maps commit status states and cuts long descriptions to 255 characters', async () => {
    const api = gitlabChecks(f.client(), f.context, f.logger);
    await api.setCommitStatus({ sha: SHA, state: 'success', context: 'a', description: 'ok' });
    await api.setCommitStatus({
      sha: SHA,
      state: 'error',
      context: 'b',
      description: 'e'.repeat(300),
    });
    await api.createCheck({ name: 'c', sha: SHA, conclusion: 'neutral', title: 'n', summary: '' });
    expect(f.emulator.state.statuses.map((s) => [s.name, s.state, s.description?.length])).toEqual([
      ['a', 'success', 2],
      ['b', 'failed', 255],
      ['c', 'success', 1],
    ]);
  });

  it('explains a refused status write', async () => {
    f.emulator.addToken('glpat-readonly', { username: 'reader', id: 9, readOnly: true });
    const api = gitlabChecks(f.client({ retries: 0 }, 'glpat-readonly'), f.context, f.logger);
    const error = await api
      .setCommitStatus({ sha: SHA, state: 'success', context: 'a', description: 'ok' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionError);
    expect((error as PermissionError).hint).toContain('api scope');
  });
});
