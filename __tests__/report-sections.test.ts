import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from './emulators/github';
import { runAction } from './support/dist';
import { HEAD_SHA, pullRequestEvent, workspace } from './report-support';
import { parseBody } from '../src/report/marker';
import { ACTIONS_BOT } from './emulators/github/identities';

// Matrix jobs each own a section of one comment; they start at the same moment, so they race
// on list → create → update. The bundle must converge on one comment holding every section.
let gh: GitHubEmulator;

beforeAll(async () => {
  gh = await startGitHubEmulator({ repos: ['octo/repo'] });
  gh.addToken('app-token', ACTIONS_BOT);
});
afterAll(() => gh.close());

describe('report sections written concurrently (8 bundle processes)', () => {
  it(
    'ends with one comment holding all 8 sections, no duplicates',
    { timeout: 240_000 },
    async () => {
      gh.seedPull('octo/repo', {
        number: 50,
        headRef: 'matrix',
        headSha: HEAD_SHA,
        baseRef: 'main',
        baseSha: 'b'.repeat(40),
      });
      const jobs = Array.from({ length: 8 }, (_, i) => `model-${i}`);
      const runs = await Promise.all(
        jobs.map((job) =>
          runAction('report', {
            cwd: workspace({ 'report.md': `### ${job}\n\naccuracy of ${job}: 0.9\n` }),
            apiUrl: gh.url,
            event: pullRequestEvent(50),
            eventName: 'pull_request',
            inputs: { section: job },
            env: {
              GITHUB_TOKEN: 'app-token',
              GITHUB_SERVER_URL: gh.serverUrl,
              GITHUB_JOB: job,
            },
          }),
        ),
      );
      for (const r of runs) {
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
      }
      const comments = gh.state.repo('octo', 'repo').comments.filter((c) => c.issueNumber === 50);
      expect(comments).toHaveLength(1);
      const sections = parseBody(comments[0]!.body).sections;
      expect(sections.map((s) => s.name)).toEqual(jobs);
      for (const [i, s] of sections.entries())
        expect(s.body).toContain(`accuracy of model-${i}: 0.9`);
      // Every job reports the comment that survived.
      expect(new Set(runs.map((r) => r.outputs['comment-id']))).toEqual(
        new Set([String(comments[0]!.id)]),
      );
      expect(gh.violations).toEqual([]);

      // A later run of one job replaces only its own section.
      const again = await runAction('report', {
        cwd: workspace({ 'report.md': '### model-3\n\naccuracy of model-3: 0.95\n' }),
        apiUrl: gh.url,
        event: pullRequestEvent(50),
        eventName: 'pull_request',
        inputs: { section: 'model-3' },
        env: {
          GITHUB_TOKEN: 'app-token',
          GITHUB_SERVER_URL: gh.serverUrl,
          CML_SECTION_SETTLE_MS: '100',
        },
      });
      expect(again.stdout + again.stderr).not.toMatch(/error/i);
      expect(again.outputs.result).toBe('updated');
      const after = parseBody(
        gh.state.repo('octo', 'repo').comments.find((c) => c.issueNumber === 50)!.body,
      ).sections;
      expect(after).toHaveLength(8);
      expect(after[3]!.body).toContain('0.95');
      expect(after[4]!.body).toContain('accuracy of model-4: 0.9');
    },
  );
});
