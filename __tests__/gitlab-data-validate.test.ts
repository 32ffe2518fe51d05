// The data-validate GitLab component and classic include run by gitlab-ci-local 4.73.0 (shell
// executor) against the GitLab emulator, with cml-path = this checkout. The component test runs
// examples/ci/gitlab-data-validate.yml itself, pointed at the fixture project: data-validate,
// then report with its data input, on the example datasets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { startGitLabEmulator, type GitLabEmulator } from './emulators/gitlab';
import {
  createGitLabFixture,
  removeGitLabFixtures,
  runGitLabCiLocal,
} from './support/gitlab-ci-local';
import { ROOT } from './support/dist';

// Whole pipelines (several Node processes each) on a loaded 2-core machine.
vi.setConfig({ testTimeout: 300_000 });

const TOKEN = 'glpat-data-validate-test';
const BOT = { username: 'cml-bot', id: 601 };
const example = (path: string) => readFileSync(join(ROOT, 'examples', path), 'utf8');

let emulator: GitLabEmulator;
let nextProject = 8100;

beforeAll(async () => {
  emulator = await startGitLabEmulator();
  emulator.addToken(TOKEN, BOT);
});
afterAll(async () => {
  await emulator.close();
  removeGitLabFixtures();
});

/**
 * A project whose main holds the base version of the example data and whose branch exp holds
 * the drifted one, with the given pipeline.
 */
function dataProject(name: string, ci: string) {
  const id = ++nextProject;
  const path = `ml-team/${name}`;
  emulator.seedProject({ id, path, defaultBranch: 'main' });
  const fixture = createGitLabFixture({
    projectPath: path,
    files: {
      '.gitlab-ci.yml': ci,
      'examples/data/train.csv': example('data/base/train.csv'),
      'examples/data/schema.yaml': example('data/schema.yaml'),
      'examples/data/rules.yaml': example('data/rules.yaml'),
    },
  });
  const base = fixture.git('rev-parse', 'HEAD');
  fixture.git('checkout', '-q', '-b', 'exp');
  fixture.write('examples/data/train.csv', example('data/train.csv'));
  const head = fixture.commit('drifted data');
  return { id, fixture, base, head };
}

/**
 * The example pipeline as a project of ours would have it: the components of this project at
 * the pipeline's commit, run from this checkout (cml-path) instead of a published version.
 */
function examplePipeline(): string {
  const text = example('ci/gitlab-data-validate.yml')
    .replaceAll('your-group/cml', '$CI_PROJECT_PATH')
    .replaceAll('@1.0.0', '@$CI_COMMIT_SHA')
    .replaceAll('    inputs:\n', `    inputs:\n      cml-path: ${JSON.stringify(ROOT)}\n`);
  expect(text).toContain('$CI_PROJECT_PATH/data-validate@$CI_COMMIT_SHA');
  return text;
}

describe('data-validate component (examples/ci/gitlab-data-validate.yml)', () => {
  it('fails the job on the drifted example data with a failed status, and the report note still shows the section', async () => {
    const { id, fixture, base, head } = dataProject('data-mr', examplePipeline());
    emulator.seedMergeRequest(id, { iid: 5, sourceBranch: 'exp', targetBranch: 'main', sha: head });
    const run = await runGitLabCiLocal(fixture, {
      emulator,
      token: TOKEN,
      projectId: id,
      pipeline: {
        kind: 'merge_request',
        iid: 5,
        sourceBranch: 'exp',
        targetBranch: 'main',
        diffBaseSha: base,
      },
    });
    expect(run.code).not.toBe(0);
    expect(run.output).toContain('Data rule failed');
    expect(run.output).not.toContain(TOKEN);

    const statuses = emulator.state.statuses.filter((s) => s.projectId === id);
    expect(statuses).toHaveLength(1);
    expect(statuses[0]).toMatchObject({ sha: head, state: 'failed', name: 'cml data-validate' });
    const outputs = run.dotenv('cml-data-validate', 'cml-data-validate.env');
    expect(outputs).toMatchObject({
      CML_DATA_CHANGED: 'true',
      CML_DATA_PASSED: 'false',
      CML_DATA_MARKDOWN_FILE: 'cml-data-validate.md',
      CML_DATA_JSON_FILE: 'cml-data-validate.json',
    });
    const markdown = fixture.read('cml-data-validate.md');
    expect(markdown).toContain('income');
    expect(() => JSON.parse(fixture.read('cml-data-validate.json')) as unknown).not.toThrow();

    // when: always: the report job ran after the failed gate and posted the section.
    const notes = emulator.state.notes.filter((n) => n.projectId === id && n.noteableIid === 5);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.body).toContain('income');
    // The histograms of the drifted columns (income, city) were uploaded and are linked.
    const uploads = emulator.state.uploads.filter((u) => u.projectId === id);
    expect(uploads.length).toBeGreaterThanOrEqual(2);
    for (const upload of uploads) {
      expect(upload.bytes.subarray(1, 4).toString()).toBe('PNG');
      expect(notes[0]!.body).toContain(`/uploads/${upload.secret}/`);
    }
    expect(run.dotenv('cml-report', 'cml-report.env').CML_REPORT_RESULT).toBe('created');
    expect(emulator.violations).toEqual([]);
  });
});

describe('data-validate include (gitlab/data-validate.gitlab-ci.yml)', () => {
  it('passes with a success status when the rules hold, configured by variables', async () => {
    const ci = [
      'include:',
      '  - local: gitlab/data-validate.gitlab-ci.yml',
      'data:',
      '  extends: .cml-data-validate',
      '  variables:',
      `    CML_PATH: ${JSON.stringify(ROOT)}`,
      '    INPUT_TARGETS: examples/data/train.csv',
      '    INPUT_BASE: main',
      '    INPUT_RULES: "rows may not drop by more than 5%"',
      '',
    ].join('\n');
    expect(parse(ci)).toHaveProperty('data');
    const { id, fixture, head } = dataProject('data-include', ci);
    const run = await runGitLabCiLocal(fixture, {
      emulator,
      token: TOKEN,
      projectId: id,
      pipeline: { kind: 'branch', branch: 'exp' },
    });
    expect(run.code, run.output).toBe(0);
    const statuses = emulator.state.statuses.filter((s) => s.projectId === id);
    expect(statuses).toMatchObject([{ sha: head, state: 'success', name: 'cml data-validate' }]);
    expect(run.dotenv('data', 'cml-data-validate.env')).toMatchObject({
      CML_DATA_CHANGED: 'true',
      CML_DATA_PASSED: 'true',
    });
    expect(emulator.violations).toEqual([]);
  });
});
