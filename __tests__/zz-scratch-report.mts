import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGitHubEmulator } from './emulators/github';
import { runAction } from './support/dist';
import { HEAD_SHA, pullRequestEvent } from './report-support';

const gh = await startGitHubEmulator({ repos: ['octo/repo'] });
gh.addToken('app-token', { login: 'github-actions[bot]', id: 41898282, type: 'Bot', installation: true, readOnly: true });
gh.seedPull('octo/repo', { number: 7, headRef: 'feature', headSha: HEAD_SHA, baseRef: 'main', baseSha: 'b'.repeat(40) });
const ws = mkdtempSync(join(tmpdir(), 'scr-'));
cpSync('/work/main/examples', ws, { recursive: true });
import { execFileSync } from 'node:child_process';
const genv = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' };
execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: ws, env: genv });
execFileSync('git', ['add', '.'], { cwd: ws, env: genv });
execFileSync('git', ['commit', '-qm', 'x'], { cwd: ws, env: genv });
execFileSync('sed', ['-i', 's/0.91/0.95/', 'metrics.json'], { cwd: ws });
const r = await runAction('report', {
  cwd: ws, apiUrl: gh.url, event: pullRequestEvent(7, { fork: true }), eventName: 'pull_request',
  inputs: { plots: 'loss.csv', metrics: 'metrics.json', 'metrics-base': 'main' },
  env: { GITHUB_TOKEN: 'app-token', GITHUB_SHA: HEAD_SHA, GITHUB_SERVER_URL: gh.serverUrl, GITHUB_RUN_ID: '55', GITHUB_JOB: 'train' },
});
console.log('CODE', r.code, '\nSTDOUT\n', r.stdout, '\nSTDERR\n', r.stderr, '\nOUTPUTS', r.outputs);
console.log('COMMENT\n', gh.state.repo('octo', 'repo').comments[0]?.body);
console.log('SUMMARY\n', r.summary);
console.log('VIOLATIONS', gh.violations);
await gh.close();
