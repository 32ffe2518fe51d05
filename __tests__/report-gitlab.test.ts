import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitLabEmulator, type GitLabEmulator } from './emulators/gitlab';
import { cleanEnv, distEntry, node24 } from './support/dist';
import { inputVariable } from '../src/inputs/parse';
import { png, REPORT, workspace } from './report-support';

// dist/report/index.js with a GitLab CI job's environment (as templates/report.yml runs it):
// CI_* variables, CI_API_V4_URL, GITLAB_TOKEN, INPUT_* variables; outputs as a dotenv report.
let gl: GitLabEmulator;
const SHA = 'f'.repeat(40);

beforeAll(async () => {
  gl = await startGitLabEmulator();
  gl.seedProject({ id: 42, path: 'group/ml' });
  gl.addToken('glpat-report', { username: 'report-bot', id: 900, scopes: ['api'] });
  gl.addToken('glpat-readonly', {
    username: 'reader',
    id: 901,
    scopes: ['read_api'],
    readOnly: true,
  });
});
afterAll(() => gl.close());

function runGitLab(
  ws: string,
  options: { env?: Record<string, string>; inputs?: Record<string, string> } = {},
) {
  const inputs: Record<string, string> = {};
  for (const [k, v] of Object.entries(options.inputs ?? {})) inputs[inputVariable(k)] = v;
  const env = cleanEnv({
    GITLAB_CI: 'true',
    CI: 'true',
    CI_API_V4_URL: gl.url,
    CI_SERVER_URL: gl.serverUrl,
    CI_PROJECT_ID: '42',
    CI_PROJECT_PATH: 'group/ml',
    CI_PROJECT_DIR: ws,
    CI_COMMIT_SHA: SHA,
    CI_COMMIT_REF_NAME: 'feature',
    CI_PIPELINE_ID: '77',
    CI_PIPELINE_NAME: 'train',
    CI_JOB_NAME: 'report',
    CI_JOB_URL: `${gl.serverUrl}/group/ml/-/jobs/5`,
    GITLAB_TOKEN: 'glpat-report',
    ...inputs,
    ...options.env,
  });
  const child = spawn(node24(), [distEntry('report')], { cwd: ws, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((res) =>
    child.on('close', (code) => res({ code, stdout, stderr })),
  );
}

function dotenv(path: string): Record<string, string> {
  return Object.fromEntries(
    readFileSync(path, 'utf8')
      .trim()
      .split('\n')
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
}

describe('report bundle in a GitLab CI job', () => {
  it('merge-request pipeline: one sticky note with uploaded images, outputs in the dotenv report', async () => {
    gl.seedMergeRequest(42, { iid: 3, sourceBranch: 'feature', targetBranch: 'main', sha: SHA });
    // dvclive writes plots inline as data URIs inside <img> tags.
    const dvclive = `<img src="data:image/png;base64,${png('dvclive').toString('base64')}" alt="dvclive">`;
    const ws = workspace({ 'report.md': `${REPORT}\n${dvclive}\n`, 'plots/cm.png': png('gitlab') });
    const env = { CI_MERGE_REQUEST_IID: '3', CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main' };
    const first = await runGitLab(ws, { env });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const notes = () =>
      gl.state.notes.filter((n) => n.noteableIid === 3 && n.noteableType === 'MergeRequest');
    expect(notes()).toHaveLength(1);
    const note = notes()[0]!;
    expect(note.body).toContain('| acc | 0.91 |');
    expect(gl.state.uploads).toHaveLength(2);
    const upload = gl.state.uploads.find((u) => u.bytes.equals(png('gitlab')))!;
    expect(note.body).toContain(`/uploads/${upload.secret}/cm.png)`);
    const inline = gl.state.uploads.find((u) => u.bytes.equals(png('dvclive')))!;
    expect(inline.contentType).toBe('image/png');
    expect(note.body).toMatch(
      new RegExp(`<img src="[^"]*/uploads/${inline.secret}/[^"]+\\.png" alt="dvclive">`),
    );
    expect(note.body).not.toContain('data:image');
    const out = dotenv(join(ws, 'cml-report.env'));
    expect(out.CML_REPORT_RESULT).toBe('created');
    expect(out.CML_REPORT_COMMENT_ID).toBe(String(note.id));
    expect(out.CML_REPORT_COMMENT_URL).toMatch(/merge_requests\/3#note_\d+/);
    expect(out.CML_REPORT_FILE).toBe('cml-report/report.md');
    expect(readFileSync(join(ws, 'cml-report/report.md'), 'utf8')).toMatch(
      /!\[confusion\]\(assets\/[0-9a-f]{20}\.png\)/,
    );

    const second = await runGitLab(ws, { env: { ...env, CML_DOTENV: 'out/vars.env' } });
    expect(second.code).toBe(0);
    expect(notes()).toHaveLength(1);
    expect(dotenv(join(ws, 'out/vars.env')).CML_REPORT_RESULT).toBe('updated');
    expect(gl.violations).toEqual([]);
  });

  it('branch pipeline: the MR whose head is the commit, else a commit comment', async () => {
    const sha = '1'.repeat(40);
    gl.seedMergeRequest(42, { iid: 4, sourceBranch: 'topic', targetBranch: 'main', sha });
    const ws = workspace({ 'report.md': '# branch pipeline\n' });
    const r = await runGitLab(ws, { env: { CI_COMMIT_SHA: sha } });
    expect(r.code).toBe(0);
    expect(gl.state.notes.filter((n) => n.noteableIid === 4).map((n) => n.body)).toEqual([
      expect.stringContaining('# branch pipeline'),
    ]);
    const lone = '2'.repeat(40);
    const c = await runGitLab(ws, { env: { CI_COMMIT_SHA: lone } });
    expect(c.code).toBe(0);
    expect(gl.state.commitComments.filter((x) => x.sha === lone).map((x) => x.note)).toEqual([
      expect.stringContaining('# branch pipeline'),
    ]);
    expect(dotenv(join(ws, 'cml-report.env')).CML_REPORT_RESULT).toBe('created');
    expect(gl.violations).toEqual([]);
  });

  it('a token that cannot write notes: warning naming the fix, report kept, exit 0', async () => {
    gl.seedMergeRequest(42, { iid: 5, sourceBranch: 'ro', targetBranch: 'main', sha: SHA });
    const ws = workspace({ 'report.md': '# read only\n' });
    const r = await runGitLab(ws, {
      env: { CI_MERGE_REQUEST_IID: '5', GITLAB_TOKEN: 'glpat-readonly' },
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: The report could not be posted/);
    expect(r.stderr).toMatch(/api scope/);
    expect(r.stderr).not.toContain('glpat-readonly');
    expect(dotenv(join(ws, 'cml-report.env')).CML_REPORT_RESULT).toBe('failed');
    expect(readFileSync(join(ws, 'cml-report/report.md'), 'utf8')).toContain('# read only');
  });
});
