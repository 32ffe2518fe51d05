// Every GitLab component (templates/) and classic include (gitlab/) run by gitlab-ci-local
// 4.73.0 with the shell executor, against the GitLab emulator, with cml-path = this checkout.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startGitLabEmulator, type GitLabEmulator } from './emulators/gitlab';
import {
  createGitLabFixture,
  removeGitLabFixtures,
  runGitLabCiLocal,
} from './support/gitlab-ci-local';
import { ROOT } from './support/dist';
import { cloudEnv, GITLAB_TOKEN as RUNNER_TOKEN, startWorld } from './runner-support';

// Each test runs whole pipelines (several Node processes): generous on a loaded 2-core machine.
vi.setConfig({ testTimeout: 300_000 });

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
afterAll(async () => {
  await emulator.close();
  removeGitLabFixtures();
});

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
    const pipeline = {
      kind: 'merge_request' as const,
      iid: 3,
      sourceBranch: 'exp',
      targetBranch: 'main',
    };

    const first = await runGitLabCiLocal(fixture, {
      emulator,
      token: TOKEN,
      projectId: id,
      pipeline,
    });
    expect(first.code, first.output).toBe(0);
    const notes = () =>
      emulator.state.notes.filter((n) => n.projectId === id && n.noteableIid === 3);
    expect(notes()).toHaveLength(1);
    const note = notes()[0]!;
    expect(note.author.username).toBe(BOT.username);
    expect(note.body).toContain('Accuracy: 0.91');
    const upload = emulator.state.uploads.find((u) => u.projectId === id);
    expect(upload?.bytes).toEqual(PNG);
    expect(note.body).toContain(
      `${emulator.serverUrl}/ml-team/report-mr/uploads/${upload!.secret}/plot.png`,
    );
    const out1 = first.dotenv('cml-report', 'cml-report.env');
    expect(out1).toMatchObject({
      CML_REPORT_RESULT: 'created',
      CML_REPORT_COMMENT_ID: String(note.id),
    });
    expect(first.output).not.toContain(TOKEN);

    fixture.write('report.md', '# Training\n\nAccuracy: 0.95\n');
    fixture.commit('retrain');
    const second = await runGitLabCiLocal(fixture, {
      emulator,
      token: TOKEN,
      projectId: id,
      pipeline,
    });
    expect(second.code, second.output).toBe(0);
    expect(notes()).toHaveLength(1);
    expect(notes()[0]!.id).toBe(note.id);
    expect(notes()[0]!.body).toContain('Accuracy: 0.95');
    expect(second.dotenv('cml-report', 'cml-report.env').CML_REPORT_RESULT).toBe('updated');

    // A boolean input reaches the entry typed: update: false adds a new note (cml comment create).
    fixture.write(
      '.gitlab-ci.yml',
      componentCi('report', { 'watermark-title': 'training', update: false }),
    );
    fixture.commit('create, do not update');
    const third = await runGitLabCiLocal(fixture, {
      emulator,
      token: TOKEN,
      projectId: id,
      pipeline,
    });
    expect(third.code, third.output).toBe(0);
    expect(notes()).toHaveLength(2);
    expect(third.dotenv('cml-report', 'cml-report.env').CML_REPORT_RESULT).toBe('created');
    expect(emulator.violations).toEqual([]);
  });
});

const includeCi = (name: string, job: string, variables: Record<string, string>) =>
  [
    'include:',
    `  - local: gitlab/${name}.gitlab-ci.yml`,
    `${job}:`,
    `  extends: .cml-${name}`,
    '  variables:',
    `    CML_PATH: ${JSON.stringify(ROOT)}`,
    ...Object.entries(variables).map(([k, v]) => `    ${k}: ${JSON.stringify(v)}`),
    '',
  ].join('\n');

describe('report include (gitlab/report.gitlab-ci.yml)', () => {
  it('comments on the commit in a branch pipeline, and on the open MR whose head it is', async () => {
    const { id, fixture } = project('report-branch', {
      '.gitlab-ci.yml': includeCi('report', 'report', { INPUT_WATERMARK_TITLE: 'nightly' }),
      'report.md': '# Nightly\n\nloss 0.2\n',
    });
    const sha = fixture.git('rev-parse', 'HEAD');
    const pipeline = { kind: 'branch' as const };
    const run = await runGitLabCiLocal(fixture, {
      emulator,
      token: TOKEN,
      projectId: id,
      pipeline,
    });
    expect(run.code, run.output).toBe(0);
    const comments = emulator.state.commitComments.filter((c) => c.projectId === id);
    expect(comments).toHaveLength(1);
    expect(comments[0]).toMatchObject({ sha, author: { username: BOT.username } });
    expect(comments[0]!.note).toContain('loss 0.2');
    expect(run.dotenv('report', 'cml-report.env').CML_REPORT_RESULT).toBe('created');

    emulator.seedMergeRequest(id, { iid: 8, sourceBranch: 'main', targetBranch: 'release', sha });
    const again = await runGitLabCiLocal(fixture, {
      emulator,
      token: TOKEN,
      projectId: id,
      pipeline,
    });
    expect(again.code, again.output).toBe(0);
    const notes = emulator.state.notes.filter((n) => n.projectId === id && n.noteableIid === 8);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.body).toContain('loss 0.2');
    expect(emulator.violations).toEqual([]);
  });

  it('keeps the report and exits 0 with a warning when the token may not write', async () => {
    emulator.addToken('glpat-read-only', { username: 'viewer', id: 502, readOnly: true });
    const { id, fixture } = project('report-readonly', {
      '.gitlab-ci.yml': includeCi('report', 'report', {}),
      'report.md': '# Read only\n',
    });
    fixture.git('checkout', '-q', '-b', 'feature');
    const sha = fixture.commit('feature');
    emulator.seedMergeRequest(id, { iid: 2, sourceBranch: 'feature', targetBranch: 'main', sha });
    const run = await runGitLabCiLocal(fixture, {
      emulator,
      token: 'glpat-read-only',
      projectId: id,
      pipeline: { kind: 'merge_request', iid: 2, sourceBranch: 'feature', targetBranch: 'main' },
    });
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/warning/i);
    expect(emulator.state.notes.filter((n) => n.projectId === id)).toHaveLength(0);
    expect(fixture.read('cml-report/report.md')).toContain('# Read only');
    expect(run.dotenv('report', 'cml-report.env').CML_REPORT_RESULT).toBe('failed');
  });
});

describe('self-managed instance under a relative URL root', () => {
  it('reports through CI_API_V4_URL = <host>/gitlab/api/v4 with upload links under /gitlab', async () => {
    const selfManaged = await startGitLabEmulator({ relativeRoot: '/gitlab' });
    try {
      selfManaged.addToken(TOKEN, BOT);
      selfManaged.seedProject({ id: 31, path: 'research/model' });
      const fixture = createGitLabFixture({
        projectPath: 'research/model',
        files: {
          '.gitlab-ci.yml': componentCi('report', {}),
          'report.md': '# Self-managed\n\n![plot](plot.png)\n',
          'plot.png': PNG,
        },
      });
      fixture.git('checkout', '-q', '-b', 'exp');
      const sha = fixture.commit('exp');
      selfManaged.seedMergeRequest(31, { iid: 1, sourceBranch: 'exp', targetBranch: 'main', sha });
      const run = await runGitLabCiLocal(fixture, {
        emulator: selfManaged,
        token: TOKEN,
        projectId: 31,
        pipeline: { kind: 'merge_request', iid: 1, sourceBranch: 'exp', targetBranch: 'main' },
      });
      expect(run.code, run.output).toBe(0);
      const note = selfManaged.state.notes.find((n) => n.projectId === 31);
      expect(note?.body).toMatch(/\/gitlab\/research\/model\/uploads\/[0-9a-f]{32}\/plot\.png/);
      expect(run.dotenv('cml-report', 'cml-report.env').CML_REPORT_COMMENT_URL).toMatch(
        /^http:\/\/127\.0\.0\.1:\d+\/gitlab\/research\/model\/-\/merge_requests\/1#note_\d+$/,
      );
      expect(selfManaged.violations).toEqual([]);
    } finally {
      await selfManaged.close();
    }
  });
});

describe('metrics-diff component and include', () => {
  function metricsProject(name: string, ci: string) {
    const p = project(name, {
      '.gitlab-ci.yml': ci,
      'metrics.json': '{\n  "acc": 0.8,\n  "loss": 0.5\n}\n',
    });
    const base = p.fixture.git('rev-parse', 'HEAD');
    p.fixture.git('checkout', '-q', '-b', 'exp');
    p.fixture.write('metrics.json', '{\n  "acc": 0.9,\n  "loss": 0.4\n}\n');
    const head = p.fixture.commit('better model');
    return { ...p, base, head };
  }

  it('posts a success status and the dotenv outputs in a merge-request pipeline', async () => {
    const { id, fixture, base, head } = metricsProject(
      'metrics-mr',
      componentCi('metrics-diff', { targets: 'metrics.json', rules: 'acc may not drop' }),
    );
    emulator.seedMergeRequest(id, { iid: 4, sourceBranch: 'exp', targetBranch: 'main', sha: head });
    const run = await runGitLabCiLocal(fixture, {
      emulator,
      token: TOKEN,
      projectId: id,
      pipeline: {
        kind: 'merge_request',
        iid: 4,
        sourceBranch: 'exp',
        targetBranch: 'main',
        diffBaseSha: base,
      },
    });
    expect(run.code, run.output).toBe(0);
    const statuses = emulator.state.statuses.filter((s) => s.projectId === id);
    expect(statuses).toHaveLength(1);
    expect(statuses[0]).toMatchObject({ sha: head, state: 'success', name: 'cml metrics-diff' });
    expect(run.dotenv('cml-metrics-diff', 'cml-metrics-diff.env')).toMatchObject({
      CML_METRICS_CHANGED: 'true',
      CML_METRICS_PASSED: 'true',
    });
    expect(fixture.read('cml-metrics-diff.md')).toMatch(
      /\| metrics\.json +\| acc +\| 0\.8 +\| 0\.9 +\|/,
    );
    expect(emulator.violations).toEqual([]);
  });

  it('fails the job on a violated gate, with the failed status and outputs still published', async () => {
    const { id, fixture, head } = metricsProject(
      'metrics-gate',
      includeCi('metrics-diff', 'gate', {
        INPUT_TARGETS: 'metrics.json',
        INPUT_RULES: 'acc >= 0.95',
      }),
    );
    const run = await runGitLabCiLocal(fixture, {
      emulator,
      token: TOKEN,
      projectId: id,
      pipeline: { kind: 'branch', branch: 'exp' },
    });
    expect(run.code).not.toBe(0);
    expect(run.output).toContain('Quality gate failed: acc >= 0.95');
    const statuses = emulator.state.statuses.filter((s) => s.projectId === id);
    expect(statuses).toMatchObject([{ sha: head, state: 'failed' }]);
    expect(run.dotenv('gate', 'cml-metrics-diff.env').CML_METRICS_PASSED).toBe('false');
    expect(emulator.violations).toEqual([]);
  });
});

describe('plots component and include', () => {
  const csv = 'step,loss\n0,1.0\n1,0.6\n2,0.4\n3,0.3\n';

  it('renders a data file to PNG, kept as an artifact, that a report job then posts', async () => {
    const ci = [
      'stages: [plots, report]',
      componentCi('plots', { stage: 'plots', plots: 'loss.csv', y: 'loss', title: 'Loss' }),
      `  - component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/report@$CI_COMMIT_SHA`,
      '    inputs:',
      `      cml-path: ${JSON.stringify(ROOT)}`,
      '      stage: report',
      '',
    ].join('\n');
    const { id, fixture } = project('plots-chain', {
      '.gitlab-ci.yml': ci,
      'loss.csv': csv,
      'report.md': '# Loss\n\n![loss](plots/loss.png)\n',
    });
    fixture.git('checkout', '-q', '-b', 'exp');
    const sha = fixture.commit('plots');
    emulator.seedMergeRequest(id, { iid: 6, sourceBranch: 'exp', targetBranch: 'main', sha });
    const run = await runGitLabCiLocal(fixture, {
      emulator,
      token: TOKEN,
      projectId: id,
      pipeline: { kind: 'merge_request', iid: 6, sourceBranch: 'exp', targetBranch: 'main' },
    });
    expect(run.code, run.output).toBe(0);
    const png = readFileSync(
      join(fixture.dir, '.gitlab-ci-local/artifacts/cml-plots/plots/loss.png'),
    );
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const upload = emulator.state.uploads.find((u) => u.projectId === id);
    expect(upload?.bytes.equals(png)).toBe(true);
    const note = emulator.state.notes.find((n) => n.projectId === id && n.noteableIid === 6);
    expect(note?.body).toContain(`/uploads/${upload!.secret}/loss.png`);
    expect(emulator.violations).toEqual([]);
  });

  it('renders through the include with variables', async () => {
    const { id, fixture } = project('plots-include', {
      '.gitlab-ci.yml': includeCi('plots', 'charts', {
        INPUT_PLOTS: 'loss.csv',
        INPUT_FORMAT: 'svg',
        INPUT_OUT_DIR: 'charts',
      }),
      'loss.csv': csv,
    });
    const run = await runGitLabCiLocal(fixture, {
      emulator,
      projectId: id,
      pipeline: { kind: 'branch' },
    });
    expect(run.code, run.output).toBe(0);
    expect(
      readFileSync(join(fixture.dir, '.gitlab-ci-local/artifacts/charts/charts/loss.svg'), 'utf8'),
    ).toContain('<svg');
  });
});

describe('runner-provision component', () => {
  it('starts an EC2 machine registered as a project runner, then removes both in a later stage', async () => {
    const world = await startWorld();
    try {
      const component = (inputs: Record<string, string>) => [
        `  - component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/runner-provision@$CI_COMMIT_SHA`,
        '    inputs:',
        `      cml-path: ${JSON.stringify(ROOT)}`,
        ...Object.entries(inputs).map(([k, v]) => `      ${k}: ${JSON.stringify(v)}`),
      ];
      const ci = [
        'stages: [provision, cleanup]',
        'include:',
        ...component({
          stage: 'provision',
          'job-name': 'gpu-start',
          cloud: 'aws',
          labels: 'cml-gpu',
          'runner-scope': 'project',
        }),
        ...component({
          stage: 'cleanup',
          'job-name': 'gpu-stop',
          cloud: 'aws',
          mode: 'stop',
          when: 'always',
          'instance-ids': '$CML_RUNNER_INSTANCE_IDS',
          'runner-ids': '$CML_RUNNER_RUNNER_IDS',
          'runner-scope': 'project',
        }),
        '',
      ].join('\n');
      const fixture = createGitLabFixture({
        projectPath: 'group/ml',
        files: { '.gitlab-ci.yml': ci },
      });
      const run = await runGitLabCiLocal(fixture, {
        emulator: world.gitlab,
        projectId: 42,
        pipeline: { kind: 'branch' },
        variables: {
          ...cloudEnv(world),
          GITLAB_TOKEN: RUNNER_TOKEN,
          CML_RUNNER_POLL_SECONDS: '0.05',
        },
      });
      expect(run.code, run.output).toBe(0);
      const started = run.dotenv('gpu-start', 'cml-runner-provision.env');
      const instanceIds = JSON.parse(started.CML_RUNNER_INSTANCE_IDS!) as string[];
      expect(instanceIds).toHaveLength(1);
      expect(world.ec2.instances.find((i) => i.id === instanceIds[0])?.state).toMatch(
        /shutting-down|terminated/,
      );
      expect(world.scripts[0]).toContain('glrt-');
      expect(world.gitlab.state.runners).toHaveLength(0);
      expect(
        world.gitlab.requests.some((r) => r.method === 'POST' && r.path === '/user/runners'),
      ).toBe(true);
      expect(
        world.gitlab.requests.some((r) => r.method === 'DELETE' && /^\/runners\/\d+$/.test(r.path)),
      ).toBe(true);
      expect(run.output).not.toContain(RUNNER_TOKEN);
      expect(world.gitlab.violations).toEqual([]);
    } finally {
      await world.close();
    }
  });
});

describe('runner-provision include (gitlab/runner-provision.gitlab-ci.yml)', () => {
  it('starts a Compute Engine runner and stops it, configured by variables', async () => {
    const world = await startWorld();
    try {
      const job = (name: string, stage: string, variables: Record<string, string>) => [
        `${name}:`,
        '  extends: .cml-runner-provision',
        `  stage: ${stage}`,
        ...(stage === 'cleanup' ? ['  when: always'] : []),
        '  variables:',
        `    CML_PATH: ${JSON.stringify(ROOT)}`,
        ...Object.entries(variables).map(([k, v]) => `    ${k}: ${JSON.stringify(v)}`),
      ];
      const common = {
        INPUT_CLOUD: 'gcp',
        INPUT_ZONES: 'us-central1-a',
        INPUT_RUNNER_SCOPE: 'project',
      };
      const ci = [
        'stages: [provision, cleanup]',
        'include:',
        '  - local: gitlab/runner-provision.gitlab-ci.yml',
        ...job('start', 'provision', {
          ...common,
          INPUT_LABELS: 'cml-gce',
          INPUT_MACHINE_TYPES: 'm',
        }),
        ...job('stop', 'cleanup', {
          ...common,
          INPUT_MODE: 'stop',
          INPUT_INSTANCE_IDS: '$CML_RUNNER_INSTANCE_IDS',
          INPUT_RUNNER_IDS: '$CML_RUNNER_RUNNER_IDS',
        }),
        '',
      ].join('\n');
      const fixture = createGitLabFixture({
        projectPath: 'group/ml',
        files: { '.gitlab-ci.yml': ci },
      });
      const run = await runGitLabCiLocal(fixture, {
        emulator: world.gitlab,
        projectId: 42,
        pipeline: { kind: 'branch' },
        variables: {
          ...cloudEnv(world),
          GITLAB_TOKEN: RUNNER_TOKEN,
          CML_RUNNER_POLL_SECONDS: '0.05',
        },
      });
      expect(run.code, run.output).toBe(0);
      const started = run.dotenv('start', 'cml-runner-provision.env');
      expect(JSON.parse(started.CML_RUNNER_LABELS!)).toContain('cml-gce');
      expect(JSON.parse(started.CML_RUNNER_INSTANCE_IDS!)).toHaveLength(1);
      expect(world.scripts).toHaveLength(1);
      expect(world.gce.requests.some((r) => r.method === 'DELETE')).toBe(true);
      expect(world.gce.alive()).toHaveLength(0);
      expect(world.gitlab.state.runners).toHaveLength(0);
      expect(world.gitlab.violations).toEqual([]);
      expect(world.gce.violations).toEqual([]);
    } finally {
      await world.close();
    }
  });
});
