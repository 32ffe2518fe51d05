// Every GitLab component (templates/) and classic include (gitlab/) run by gitlab-ci-local
// 4.73.0 with the shell executor, against the GitLab emulator, with cml-path = this checkout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitLabEmulator, type GitLabEmulator } from './emulators/gitlab';
import { createGitLabFixture, runGitLabCiLocal } from './support/gitlab-ci-local';
import { ROOT } from './support/dist';

const TOKEN = 'glpat-components-test';
const BOT = { username: 'cml-bot', id: 501 };
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

let emulator: GitLabEmulator;
let nextProject = 7000;

beforeAll(async () => {
  emulator = await startGitLabEmulator();
  emulator.addToken(TOKEN, BOT);
});
afterAll(() => emulator.close());

/** A new emulated project and fixture repository for one test. */
function project(name: string, files: Record<string, string | Buffer>) {
  const id = ++nextProject;
  const path = `ml-team/${name}`;
  emulator.seedProject({ id, path, defaultBranch: 'main' });
  const fixture = createGitLabFixture({ projectPath: path, files });
  return { id, path, fixture };
}

const componentCi = (name: string, inputs: Record<string, string | boolean | number>) =>
  [
    'include:',
    `  - component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/${name}@$CI_COMMIT_SHA`,
    '    inputs:',
    `      cml-path: ${JSON.stringify(ROOT)}`,
    ...Object.entries(inputs).map(([k, v]) => `      ${k}: ${JSON.stringify(v)}`),
    '',
  ].join('\n');

describe('report component (templates/report.yml)', () => {
  it('creates the MR note in a merge-request pipeline, then updates it on the next push', async () => {
    const { id, fixture } = project('report-mr', {
      '.gitlab-ci.yml': componentCi('report', { stage: 'test', 'watermark-title': 'training' }),
      'report.md': '# Training\n\nAccuracy: 0.91\n\n![loss](plot.png)\n',
      'plot.png': PNG,
    });
    fixture.git('checkout', '-q', '-b', 'exp');
    const sha = fixture.commit('train');
    emulator.seedMergeRequest(id, { iid: 3, sourceBranch: 'exp', targetBranch: 'main', sha });
    const pipeline = { kind: 'merge_request' as const, iid: 3, sourceBranch: 'exp', targetBranch: 'main' };

    const first = await runGitLabCiLocal(fixture, { emulator, token: TOKEN, projectId: id, pipeline });
    expect(first.code, first.output).toBe(0);
    const notes = () => emulator.state.notes.filter((n) => n.projectId === id && n.noteableIid === 3);
    expect(notes()).toHaveLength(1);
    const note = notes()[0]!;
    expect(note.author.username).toBe(BOT.username);
    expect(note.body).toContain('Accuracy: 0.91');
    const upload = emulator.state.uploads.find((u) => u.projectId === id);
    expect(upload?.bytes).toEqual(PNG);
    expect(note.body).toContain(`${emulator.serverUrl}/ml-team/report-mr/uploads/${upload!.secret}/plot.png`);
    const out1 = first.dotenv('cml-report', 'cml-report.env');
    expect(out1).toMatchObject({ CML_REPORT_RESULT: 'created', CML_REPORT_COMMENT_ID: String(note.id) });
    expect(first.output).not.toContain(TOKEN);

    fixture.write('report.md', '# Training\n\nAccuracy: 0.95\n');
    fixture.commit('retrain');
    const second = await runGitLabCiLocal(fixture, { emulator, token: TOKEN, projectId: id, pipeline });
    expect(second.code, second.output).toBe(0);
    expect(notes()).toHaveLength(1);
    expect(notes()[0]!.id).toBe(note.id);
    expect(notes()[0]!.body).toContain('Accuracy: 0.95');
    expect(second.dotenv('cml-report', 'cml-report.env').CML_REPORT_RESULT).toBe('updated');
    expect(emulator.violations).toEqual([]);
  });
});
