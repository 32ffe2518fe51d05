// The pieces of `cml runner launch` without --cloud that need no process: the machine check,
// CML's option defaults, the runner log lines (cited in src/runners/local/job-events.ts) and the
// runner's environment. The whole command is driven in runner-local-github/gitlab.test.ts.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { runnerEnvironment } from '../src/runners/local/child-env';
import { runnerEvent } from '../src/runners/local/job-events';
import { thisMachine } from '../src/runners/local/machine';
import { localOptions } from '../src/runners/local/options';
import type { RunnerSession } from '../src/runners/local/session';
import { superviseRunner } from '../src/runners/local/supervise';

describe('this machine', () => {
  it('takes Linux x64 and arm64, with config.sh’s default labels', () => {
    expect(thisMachine('linux', 'x64').defaultLabels).toEqual(['self-hosted', 'Linux', 'X64']);
    expect(thisMachine('linux', 'arm64').defaultLabels).toEqual(['self-hosted', 'Linux', 'ARM64']);
  });
  it('refuses other platforms, naming them, before anything is registered', () => {
    expect(() => thisMachine('darwin', 'arm64')).toThrow(
      'cml runner launch without --cloud registers Linux x64 and arm64 machines (this one is darwin arm64)',
    );
    expect(() => thisMachine('linux', 'ia32')).toThrow('this one is linux ia32');
  });
});

describe('options', () => {
  it('defaults as CML: cml-<random> name, ~/.cml/<name> workdir; shell executor here', () => {
    const o = localOptions({ labels: 'cml', idleSeconds: 300 }, '/home/u');
    expect(o.name).toMatch(/^cml-[0-9a-f]{8}$/);
    expect(o.workdir).toBe(`/home/u/.cml/${o.name}`);
    expect(o).toMatchObject({ labels: ['cml'], single: false, gitlabExecutor: 'shell' });
    expect(localOptions({ labels: 'a, b', idleSeconds: 0, reuseIdle: true }, '/h').reuse).toBe(
      'reuse-idle',
    );
  });
  it('refuses a name that cannot be a runner name or a folder', () => {
    for (const name of ['../etc', 'a b', 'x'.repeat(65), '..']) {
      expect(() => localOptions({ name, labels: 'cml', idleSeconds: 1 }, '/h')).toThrow(
        `--name ${JSON.stringify(name)}: a runner name is 1 to 64 letters`,
      );
    }
    expect(() => localOptions({ labels: ' , ', idleSeconds: 1 }, '/h')).toThrow('--labels');
  });
});

describe('runner log lines', () => {
  it('actions/runner: the listener’s lines, not a job’s look-alikes', () => {
    expect(runnerEvent('github', '2025-01-02 03:04:05Z: Listening for Jobs')).toEqual({
      kind: 'ready',
    });
    expect(runnerEvent('github', '2025-01-02 03:04:05Z: Running job: train (gpu)')).toEqual({
      kind: 'job-started',
      job: 'train (gpu)',
    });
    expect(
      runnerEvent('github', '2025-01-02 03:04:09Z: Job train completed with result: Failed'),
    ).toEqual({ kind: 'job-ended', success: false });
    expect(
      runnerEvent('github', '2025-01-02 03:04:09Z: Job train completed with result: Succeeded'),
    ).toEqual({ kind: 'job-ended', success: true });
    expect(runnerEvent('github', 'Running job: fake')).toBeUndefined();
    expect(runnerEvent('github', 'echo "Job x completed with result: Succeeded"')).toBeUndefined();
  });
  it('gitlab-runner: JSON lines with the job id and duration_s', () => {
    expect(
      runnerEvent(
        'gitlab',
        '{"job":77,"level":"info","msg":"Checking for jobs... received","repo_url":"u","runner":"r"}',
      ),
    ).toEqual({ kind: 'job-started', job: '77' });
    expect(
      runnerEvent('gitlab', '{"duration_s":3.1,"job":77,"level":"info","msg":"Job succeeded"}'),
    ).toEqual({ kind: 'job-ended', success: true });
    expect(
      runnerEvent(
        'gitlab',
        '{"duration_s":3.1,"job":77,"level":"warning","msg":"Job failed: exit code 1"}',
      ),
    ).toEqual({ kind: 'job-ended', success: false });
    expect(runnerEvent('gitlab', 'Checking for jobs... received job=77')).toBeUndefined();
    expect(runnerEvent('gitlab', '{"level":"info","msg":"Job succeeded"}')).toBeUndefined();
  });
});

describe('the runner’s environment', () => {
  it('keeps everything but credentials, and sets what the runner needs', () => {
    const env = runnerEnvironment(
      {
        PATH: '/usr/bin',
        HOME: '/home/u',
        GITHUB_TOKEN: 'ghs_a',
        REPO_TOKEN: 'secret-token',
        ALIAS: 'secret-token',
        ACTIONS_RUNNER_INPUT_NAME: 'sneaky',
        _CML_RUNNER_SENSITIVE_ENV: 'DB_PASSWORD:API_KEY',
        DB_PASSWORD: 'pw',
        API_KEY: 'k',
      },
      ['secret-token'],
      { ACTIONS_RUNNER_INPUT_JITCONFIG: 'cfg' },
    );
    expect(env).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/u',
      ACTIONS_RUNNER_INPUT_JITCONFIG: 'cfg',
    });
  });
});

describe('a --single runner after its job', () => {
  /** A session whose one runner prints the given lines, then exits by itself or never. */
  function fakeSession(exitsBySelf: boolean) {
    const log = { stopped: 0, unregistered: 0 };
    const session: RunnerSession = {
      forge: 'github',
      oneJobPerProcess: true,
      start(onLine) {
        let finish!: (code: number) => void;
        const exited = new Promise<number>((r) => (finish = r));
        setTimeout(() => {
          onLine('2025-01-02 03:04:05Z: Listening for Jobs');
          onLine('2025-01-02 03:04:06Z: Running job: eval');
          onLine('2025-01-02 03:04:07Z: Job eval completed with result: Succeeded');
          // The real runner reports the result and removes itself after that line.
          if (exitsBySelf) setTimeout(() => finish(0), 50);
        }, 10);
        return Promise.resolve({
          exited,
          stop: () => {
            log.stopped += 1;
            finish(130);
            return exited;
          },
        });
      },
      unregister: () => {
        log.unregistered += 1;
        return Promise.resolve();
      },
    };
    return { session, log };
  }
  const quiet = {
    info: () => {},
    debug: () => {},
    warning: () => {},
    error: () => {},
    mask: () => {},
    group: <T>(_t: string, body: () => Promise<T>) => body(),
  };

  it('lets the runner finish and exit by itself, then unregisters', async () => {
    const { session, log } = fakeSession(true);
    const ending = await superviseRunner({
      session,
      name: 'r',
      idleSeconds: 0,
      single: true,
      logger: quiet,
      singleGraceMs: 5_000,
      signals: new EventEmitter(),
    });
    expect(ending).toEqual({ reason: 'single job', code: 0 });
    expect(log).toEqual({ stopped: 0, unregistered: 1 });
  });

  it('stops a runner that has not exited when the grace ends', async () => {
    const { session, log } = fakeSession(false);
    const ending = await superviseRunner({
      session,
      name: 'r',
      idleSeconds: 0,
      single: true,
      logger: quiet,
      singleGraceMs: 100,
      signals: new EventEmitter(),
    });
    expect(ending).toEqual({ reason: 'single job', code: 0 });
    expect(log).toEqual({ stopped: 1, unregistered: 1 });
  });
});
