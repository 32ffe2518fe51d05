import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PermissionError } from '../src/core/errors';
import type { CheckAnnotation } from '../src/forge/types';
import { BOT, driverFixture, HEAD, type DriverFixture } from './emulators/bitbucket/driver-fixture';

// Metrics gates on Bitbucket: a Code Insights report (PUT …/reports/{id}), its annotations
// (POST …/annotations, 1–100 per request, 1,000 per report: the description) and a build status.
let f: DriverFixture;
beforeEach(async () => {
  f = await driverFixture();
});
afterEach(async () => {
  await f.emulator.close();
});

const annotations = (n: number): CheckAnnotation[] =>
  Array.from({ length: n }, (_, i) => ({
    path: 'metrics.json',
    line: i + 1,
    level: i % 2 ? 'warning' : 'failure',
    message: `rule ${i} violated`,
  }));

describe('Bitbucket checks driver', () => {
  it('publishes a failed gate as a report with 250 annotations in batches of 100, and a build status', async () => {
    const result = await f.forge().createCheck({
      name: 'CML metrics',
      sha: HEAD,
      conclusion: 'failure',
      title: '2 rules violated',
      summary: '| Metric | Old | New |',
      annotations: annotations(250),
      detailsUrl: 'https://ci.example/run/1',
    });
    expect(result.url).toBe('https://ci.example/run/1');
    const report = f.repo.reports.get(`${HEAD}/cml-CML-metrics`)!;
    expect(report.body).toMatchObject({
      title: 'CML metrics',
      result: 'FAILED',
      report_type: 'TEST',
      reporter: 'cml',
    });
    expect(report.body.details).toContain('2 rules violated');
    expect(report.annotations.size).toBe(250);
    expect(report.annotations.get('cml-1')).toMatchObject({
      path: 'metrics.json',
      line: 1,
      severity: 'HIGH',
      result: 'FAILED',
    });
    expect(report.annotations.get('cml-2')).toMatchObject({
      severity: 'MEDIUM',
      annotation_type: 'CODE_SMELL',
    });
    const batches = f.emulator.requests.filter(
      (r) => r.method === 'POST' && r.path.endsWith('/annotations'),
    );
    expect(batches.map((r) => (r.body as unknown[]).length)).toEqual([100, 100, 50]);
    expect(f.repo.statuses.get(`${HEAD}/cml-CML-metrics`)).toMatchObject({
      state: 'FAILED',
      name: 'CML metrics',
      url: 'https://ci.example/run/1',
    });
  });

  it('keeps 1,000 annotations per report and says what was left out', async () => {
    await f.forge().createCheck({
      name: 'gate',
      sha: HEAD,
      conclusion: 'failure',
      title: 't',
      summary: 's',
      annotations: annotations(1200),
    });
    expect(f.repo.reports.get(`${HEAD}/cml-gate`)!.annotations.size).toBe(1000);
    expect(f.output()).toMatch(/at most 1000 annotations per report; 200 left/);
  });

  it('replaces the report on a re-run instead of piling up annotations', async () => {
    const forge = f.forge();
    await forge.createCheck({
      name: 'gate',
      sha: HEAD,
      conclusion: 'failure',
      title: 't',
      summary: 's',
      annotations: annotations(3),
    });
    await forge.createCheck({
      name: 'gate',
      sha: HEAD,
      conclusion: 'success',
      title: 'ok',
      summary: 's',
      annotations: [],
    });
    const report = f.repo.reports.get(`${HEAD}/cml-gate`)!;
    expect(report.body.result).toBe('PASSED');
    expect(report.annotations.size).toBe(0);
    expect(f.repo.statuses.get(`${HEAD}/cml-gate`)?.state).toBe('SUCCESSFUL');
  });

  it('maps commit statuses to Bitbucket build states', async () => {
    const forge = f.forge();
    const states = {
      pending: 'INPROGRESS',
      success: 'SUCCESSFUL',
      failure: 'FAILED',
      error: 'FAILED',
    } as const;
    for (const [state, expected] of Object.entries(states)) {
      await forge.setCommitStatus({
        sha: HEAD,
        state: state as keyof typeof states,
        context: `cml/${state}`,
        description: 'd',
      });
      expect(f.repo.statuses.get(`${HEAD}/cml-${state}`)).toMatchObject({
        state: expected,
        name: `cml/${state}`,
        // No target URL given: the commit's page (Bitbucket requires `url`).
        url: `${f.emulator.serverUrl}/ml-team/model/commits/${HEAD}`,
      });
    }
  });

  it('names the scope when the token may not write reports', async () => {
    f.emulator.addAccessToken('account-only', BOT, ['account']);
    const error = await f
      .forge('account-only')
      .createCheck({ name: 'gate', sha: HEAD, conclusion: 'success', title: 't', summary: 's' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionError);
    expect((error as Error).message).toMatch(/Code Insights report 'gate'/);
    expect((error as PermissionError).hint).toMatch(/\brepository\b/);
  });
});
