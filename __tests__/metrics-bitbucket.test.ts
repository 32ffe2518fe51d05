// The metrics gate in a Bitbucket Pipelines pull request pipeline: the metrics-diff bundle with
// BITBUCKET_* variables (Atlassian, "Variables and secrets") publishes a Code Insights report
// whose annotation points at the violated metric's line, and a FAILED build status (so the
// "passing builds" merge check blocks the PR), against the Bitbucket emulator. The same gate as
// the GitHub check-run test in metrics-action.test.ts; the bundle is built by
// `node scripts/build.mjs metrics-diff`.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startBitbucketEmulator, type BitbucketEmulator } from './emulators/bitbucket';
import { BOT, BOT_TOKEN } from './emulators/bitbucket/driver-fixture';
import { cleanEnv, distEntry, node24 } from './support/dist';
import { inputVariable } from '../src/inputs/parse';
import { newRepo, removeTempDirs } from './metrics-fixtures';

beforeAll(() => {
  if (!existsSync(distEntry('metrics-diff'))) throw new Error('Build dist/metrics-diff first');
});
afterAll(removeTempDirs);

let bb: BitbucketEmulator;
beforeEach(async () => {
  bb = await startBitbucketEmulator();
  bb.addAccessToken(BOT_TOKEN, BOT, ['account', 'pullrequest:write', 'repository:write']);
});
afterEach(() => bb.close());

function run(cwd: string, env: Record<string, string>) {
  const child = spawn(node24(), [distEntry('metrics-diff')], { cwd, env: cleanEnv(env) });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise<{ code: number | null; out: string }>((res) =>
    child.on('close', (code) => res({ code, out })),
  );
}

describe('metrics gate in Bitbucket Pipelines', () => {
  it('a violated gate is a FAILED Code Insights report, annotated at the metric, and a FAILED build', async () => {
    const repo = newRepo();
    repo.write({ 'metrics.json': '{\n  "acc": 0.91,\n  "loss": 0.2\n}\n' });
    repo.commit('base');
    repo.git('checkout', '-q', '-b', 'exp');
    repo.write({ 'metrics.json': '{\n  "acc": 0.88,\n  "loss": 0.2\n}\n' });
    const head = repo.commit('exp');
    const record = bb.state.addRepo({ workspace: 'ml-team', slug: 'model' });
    record.commits.add(head);

    const r = await run(repo.dir, {
      CI: 'true',
      BITBUCKET_BUILD_NUMBER: '7',
      BITBUCKET_COMMIT: head,
      BITBUCKET_WORKSPACE: 'ml-team',
      BITBUCKET_REPO_SLUG: 'model',
      BITBUCKET_BRANCH: 'exp',
      BITBUCKET_PR_ID: '3',
      BITBUCKET_PR_DESTINATION_BRANCH: 'main',
      BITBUCKET_CLONE_DIR: repo.dir,
      BITBUCKET_TOKEN: BOT_TOKEN,
      CML_API_URL: bb.url,
      [inputVariable('targets')]: 'metrics.json',
      [inputVariable('rules')]: 'acc >= 0.9\nloss may not rise',
    });
    // The gate fails the step after the report is published.
    expect(r.code).toBe(1);
    expect(r.out).not.toContain(BOT_TOKEN);
    expect(r.out).toMatch(
      /Published Code Insights report 'cml metrics-diff': 1 of 2 quality gates failed/,
    );
    const [key, report] = [...record.reports.entries()][0]!;
    expect(key).toBe(`${head}/cml-cml-metrics-diff`);
    expect(report.body).toMatchObject({ title: 'cml metrics-diff', result: 'FAILED' });
    // The base is BITBUCKET_PR_DESTINATION_BRANCH: the table compares main with the PR.
    expect(String(report.body.details)).toContain('1 of 2 quality gates failed');
    expect([...report.annotations.values()]).toEqual([
      expect.objectContaining({
        path: 'metrics.json',
        line: 2,
        result: 'FAILED',
        summary: expect.stringContaining('acc >= 0.9'),
      }),
    ]);
    expect(record.statuses.get(`${head}/cml-cml-metrics-diff`)).toMatchObject({
      state: 'FAILED',
      url: 'https://bitbucket.org/ml-team/model/pipelines/results/7',
    });
    expect(bb.violations).toEqual([]);
  });
});
