// The instance startup script: rendered output (golden files), bash -n and shellcheck, and its
// behaviour run for real in bash (functions sourced, machine-level commands stubbed).
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderStartupScript, type StartupOptions } from '../src/runners/render-startup';
import { githubRunnerUrl } from '../src/forge/github/runner-release';
import { gitlabRunnerUrl } from '../src/forge/gitlab/runner-release';

const GOLDEN = join(__dirname, 'fixtures/runner-startup');
const JIT = 'eyJqaXQiOiJzaW5nbGUtdXNlIn0=';
const GLRT = 'glrt-t1_perInstanceToken0123';

const githubAws: StartupOptions = {
  forge: 'github',
  cloud: 'aws',
  name: 'cml-0a1b2c3d',
  labels: ['cml', 'gpu', 'cml-1001-1-abcdef'],
  targetUrl: 'https://github.com/octo/repo',
  pin: {
    version: '2.330.0',
    url: githubRunnerUrl('2.330.0'),
    sha256: { x64: 'a'.repeat(64), arm64: 'b'.repeat(64) },
  },
  registration: { id: 17, secret: JIT, kind: 'github-jit' },
  idleTimeoutSeconds: 300,
  maxLifetimeSeconds: 21600,
  single: true,
  gpu: true,
  spot: true,
  docker: false,
  gitlabExecutor: 'docker',
  gitlabImage: 'ubuntu:24.04',
  userScript: "apt-get install -y nvidia-driver-550\necho 'ready'",
};

const gitlabGcp: StartupOptions = {
  forge: 'gitlab',
  cloud: 'gcp',
  name: 'trainer-9f8e7d6c',
  labels: ['cml', 'cml-555-1-123456'],
  targetUrl: 'https://gitlab.example.com',
  pin: {
    version: '18.3.0',
    url: gitlabRunnerUrl('18.3.0'),
    sha256: { x64: 'c'.repeat(64), arm64: 'd'.repeat(64) },
  },
  registration: { id: 4242, secret: GLRT, kind: 'gitlab-runner-token' },
  idleTimeoutSeconds: 0,
  maxLifetimeSeconds: 3600,
  single: false,
  gpu: false,
  spot: false,
  docker: false,
  gitlabExecutor: 'docker',
  gitlabImage: 'ubuntu:24.04',
};

function golden(name: string, text: string): string {
  const file = join(GOLDEN, name);
  // Regenerate with UPDATE_GOLDEN=1 after a deliberate template change, and review the diff.
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, text);
  }
  return readFileSync(file, 'utf8');
}

describe('rendering', () => {
  it.each([
    ['github-aws.sh', githubAws],
    ['gitlab-gcp.sh', gitlabGcp],
  ])('matches the golden file %s', (file, options) => {
    const script = renderStartupScript(options);
    expect(script).toBe(golden(file, script));
  });

  it.each([
    ['github-aws.sh', githubAws],
    ['gitlab-gcp.sh', gitlabGcp],
  ])('%s passes bash -n and shellcheck', (file, options) => {
    const dir = mkdtempSync(join(tmpdir(), 'cml-startup-'));
    const path = join(dir, file);
    writeFileSync(path, renderStartupScript(options));
    const syntax = spawnSync('bash', ['-n', path], { encoding: 'utf8' });
    expect(syntax.stderr).toBe('');
    expect(syntax.status).toBe(0);
    const lint = spawnSync('shellcheck', ['--severity=style', path], { encoding: 'utf8' });
    expect(lint.error, 'shellcheck must be installed (apt-get install shellcheck)').toBeUndefined();
    expect(lint.stdout).toBe('');
    expect(lint.status).toBe(0);
  });

  it('holds the forge secret once, in CML_SECRET, and no cloud credential at all', () => {
    for (const options of [githubAws, gitlabGcp]) {
      const script = renderStartupScript(options);
      const secret = options.registration.secret;
      expect(script.split(secret)).toHaveLength(2);
      expect(script).toContain(`CML_SECRET='${secret}'`);
      expect(script).not.toMatch(
        /AWS_ACCESS_KEY_ID|AWS_SECRET_ACCESS_KEY|AWS_SESSION_TOKEN|GOOGLE_APPLICATION_CREDENTIALS|private_key|ya29\./,
      );
    }
  });

  it('quotes every value, so an input cannot add a command', () => {
    const script = renderStartupScript({
      ...githubAws,
      name: "x'; rm -rf / #",
      labels: ['$(reboot)'],
    });
    expect(script).toContain(`CML_RUNNER_NAME='x'"'"'; rm -rf / #'`);
    expect(script).toContain(`CML_RUNNER_LABELS='$(reboot)'`);
    expect(() => renderStartupScript({ ...githubAws, labels: ['a\nreboot'] })).toThrow(/one line/);
    // The user's script travels base64-encoded.
    expect(script).toContain(
      `CML_USER_SCRIPT_B64='${Buffer.from(githubAws.userScript!).toString('base64')}'`,
    );
  });
});

// ---- behaviour: the script's functions in a real bash, with machine-level commands stubbed ----

interface Sandbox {
  dir: string;
  script: string;
  env: NodeJS.ProcessEnv;
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

function sandbox(options: StartupOptions, overrides: Record<string, string> = {}): Sandbox {
  const dir = mkdtempSync(join(tmpdir(), 'cml-startup-run-'));
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  // The machine-level commands: each records its call instead of acting.
  // Each line: the time, the command and its arguments (sudo also says whether a JIT
  // configuration reached it through its environment).
  for (const cmd of [
    'shutdown',
    'systemctl',
    'poweroff',
    'reboot',
    'useradd',
    'usermod',
    'chown',
  ]) {
    writeFileSync(
      join(bin, cmd),
      `#!/bin/bash\necho "$(date +%s.%N) ${cmd} $*" >> "${dir}/calls"\n`,
    );
    chmodSync(join(bin, cmd), 0o755);
  }
  writeFileSync(
    join(bin, 'sudo'),
    `#!/bin/bash\necho "$(date +%s.%N) sudo $* jit=\${ACTIONS_RUNNER_INPUT_JITCONFIG:+yes}" >> "${dir}/calls"\n`,
  );
  chmodSync(join(bin, 'sudo'), 0o755);
  const script = join(dir, 'startup.sh');
  writeFileSync(script, renderStartupScript(options));
  return {
    dir,
    script,
    env: {
      // No /usr/local/bin: what the machine lacks (docker, gitlab-runner) is stubbed or installed.
      PATH: `${bin}:${join(dir, 'root/usr/local/bin')}:/usr/sbin:/usr/bin:/sbin:/bin`,
      CML_SOURCE_ONLY: '1',
      CML_ROOT: join(dir, 'root'),
      CML_SYSTEMD_BOOTED: join(dir, 'no-systemd'),
      CML_HOME: join(dir, 'home'),
      CML_LOG: join(dir, 'cml-runner.log'),
      CML_CONSOLE: join(dir, 'no-console', 'x'),
      CML_WATCH_INTERVAL: '0.1',
      CML_SPOT_INTERVAL: '0.1',
      ...overrides,
    },
  };
}

/** Sources the script and runs `body`; resolves with the exit code and output. */
function runIn(box: Sandbox, body: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', `source "${box.script}"\nmkdir -p "$CML_HOME"\n${body}`], {
      env: box.env,
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

const reason = (box: Sandbox) =>
  readFileSync(join(box.dir, 'home/powering-off/reason'), 'utf8').trim();
const calls = (box: Sandbox) =>
  existsSync(join(box.dir, 'calls')) ? readFileSync(join(box.dir, 'calls'), 'utf8') : '';

async function serve(
  handler: (req: IncomingMessage) => { status: number; body: string | Buffer },
): Promise<string> {
  const server = createServer((req, res) => {
    const answer = handler(req);
    res.writeHead(answer.status);
    res.end(answer.body);
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('behaviour on the instance', () => {
  it('idle watchdog: no job for the idle timeout stops the runner and powers off', async () => {
    const box = sandbox({ ...githubAws, idleTimeoutSeconds: 1 });
    const result = await runIn(
      box,
      `sleep 60 & echo $! > "$CML_HOME/runner.pid"\nwatch_runner "$(cat "$CML_HOME/runner.pid")"\necho "after"`,
    );
    expect(result.code).toBe(0);
    expect(reason(box)).toBe('idle-timeout');
    expect(calls(box)).toContain('systemctl poweroff');
    expect(result.out).not.toContain('after');
    expect(result.out).toContain('no job for 1 seconds');
  });

  it('powers off when the runner exits after its job (JIT and --single runners)', async () => {
    const box = sandbox({ ...githubAws, idleTimeoutSeconds: 0 });
    const result = await runIn(
      box,
      `(sleep 0.3; exit 3) & echo $! > "$CML_HOME/runner.pid"\nwatch_runner $!`,
    );
    expect(result.code).toBe(0);
    expect(result.out).toContain('runner exited with status 3');
    expect(reason(box)).toBe('runner-exited');
  });

  it('hard maximum lifetime: schedules a shutdown and powers off when the time is up', async () => {
    const box = sandbox({ ...githubAws, maxLifetimeSeconds: 1 });
    const result = await runIn(box, 'enforce_max_lifetime\nwait');
    expect(result.code).toBe(0);
    expect(calls(box)).toContain('shutdown -h +1 cml runner maximum lifetime');
    expect(reason(box)).toBe('max-lifetime');
  });

  it('AWS spot reclaim: reads instance-action with an IMDSv2 token, deregisters and powers off', async () => {
    let polls = 0;
    const seen: string[] = [];
    const imds = await serve((req) => {
      seen.push(`${req.method} ${req.url} ${req.headers['x-aws-ec2-metadata-token'] ?? ''}`);
      if (req.method === 'PUT' && req.url === '/latest/api/token')
        return { status: 200, body: 'imds-token-1' };
      if (
        req.url === '/latest/meta-data/spot/instance-action' &&
        req.headers['x-aws-ec2-metadata-token'] === 'imds-token-1'
      ) {
        return ++polls < 3
          ? { status: 404, body: 'Not Found' }
          : { status: 200, body: '{"action":"terminate"}' };
      }
      return { status: 401, body: '' };
    });
    const box = sandbox(githubAws, { CML_AWS_IMDS: imds });
    const result = await runIn(box, `sleep 60 & echo $! > "$CML_HOME/runner.pid"\nwatch_reclaim`);
    expect(result.code).toBe(0);
    expect(result.out).toContain('spot reclaim notice');
    expect(reason(box)).toBe('spot-reclaimed');
    expect(seen.filter((s) => s.startsWith('PUT')).length).toBeGreaterThanOrEqual(3);
    expect(result.out).not.toContain(JIT);
  });

  it('GCE preemption: reads instance/preempted with the Metadata-Flavor header', async () => {
    let polls = 0;
    const metadata = await serve((req) => {
      if (
        req.url !== '/computeMetadata/v1/instance/preempted' ||
        req.headers['metadata-flavor'] !== 'Google'
      ) {
        return { status: 403, body: '' };
      }
      return { status: 200, body: ++polls < 2 ? 'FALSE' : 'TRUE' };
    });
    const box = sandbox(gitlabGcp, { CML_GCE_METADATA: metadata });
    const result = await runIn(box, 'watch_reclaim');
    expect(reason(box)).toBe('spot-reclaimed');
    expect(result.out).not.toContain(GLRT);
  });

  it('GPU check: reboots once when nvidia-smi fails, then refuses to register; passes when it works', async () => {
    const box = sandbox(githubAws, { CML_GPU_TRIES: '1', CML_GPU_DELAY: '0' });
    writeFileSync(
      join(box.dir, 'bin/nvidia-smi'),
      '#!/bin/bash\necho "NVIDIA-SMI has failed" >&2\nexit 9\n',
    );
    chmodSync(join(box.dir, 'bin/nvidia-smi'), 0o755);
    // A driver installed at boot often needs a reboot (CML's provider rebooted when nvidia-smi
    // failed after installing it): the first failure reboots, and the start-up resumes.
    const first = await runIn(box, 'gpu_ready || power_off gpu-missing\necho not-reached');
    expect(calls(box)).toMatch(/systemctl reboot/);
    expect(first.out).toContain('rebooting once');
    expect(first.out).not.toContain('not-reached');
    expect(existsSync(join(box.dir, 'home/powering-off'))).toBe(false);
    const second = await runIn(box, 'gpu_ready || power_off gpu-missing');
    expect(second.out).toContain('a GPU was asked for but nvidia-smi fails: not registering');
    expect(reason(box)).toBe('gpu-missing');
    expect(calls(box).match(/systemctl reboot/g)).toHaveLength(1);
    writeFileSync(join(box.dir, 'bin/nvidia-smi'), '#!/bin/bash\necho "GPU 0: Tesla T4"\n');
    const ok = await runIn(box, 'gpu_ready && echo gpu-ok');
    expect(ok.out).toContain('GPU 0: Tesla T4');
    expect(ok.out).toContain('gpu-ok');
  });

  it('downloads the pinned runner and refuses a file whose sha256 differs', async () => {
    const archive = Buffer.from('pretend runner archive');
    const sum = createHash('sha256').update(archive).digest('hex');
    const base = await serve((req) =>
      req.url?.endsWith('release.sha256')
        ? { status: 200, body: `${sum} *binaries/gitlab-runner-linux-amd64\n` }
        : req.url?.includes('linux-')
          ? { status: 200, body: archive }
          : { status: 404, body: '' },
    );
    const pin = {
      version: '9.9.9',
      url: `${base}/runner-linux-@ARCH@.bin`,
      sha256: { x64: sum, arm64: sum },
    };
    const good = sandbox({ ...githubAws, pin });
    expect((await runIn(good, 'download_runner && echo verified')).out).toContain('verified');
    const bad = sandbox({
      ...githubAws,
      pin: { ...pin, sha256: { x64: 'f'.repeat(64), arm64: 'f'.repeat(64) } },
    });
    const refused = await runIn(bad, 'download_runner || echo refused');
    expect(refused.out).toContain('checksum mismatch');
    expect(refused.out).toContain('refused');
    // No hash for this machine's architecture: nothing is run.
    const unhashed = sandbox({ ...githubAws, pin: { ...pin, sha256: { x64: '', arm64: '' } } });
    const none = await runIn(unhashed, 'download_runner || echo refused');
    expect(none.out).toContain('no sha256 for the');
    expect(none.out).toContain('refused');
  });
});

// ---- a stand-in gitlab-runner: what the real one does that the script depends on ----

/**
 * A stand-in `gitlab-runner` (a script). `register` writes config.toml from its arguments and
 * CI_SERVER_TOKEN (gitlab-runner's env for --token, common/config.go); `run-single` / `run`
 * record their environment, then run one job of JOB_SECONDS and stay up without children, as
 * the Go binary idles. A shell job is a child process of the runner, running as the runner's
 * own user (root here: run-single has no --user, commands/single.go) and inheriting its
 * environment (executors/shell/shell.go passes os.Environ()); a docker job is a container the
 * docker stand-in lists while it runs, not a child of gitlab-runner.
 */
function gitlabRunnerStandIn(dir: string): string {
  return `#!/bin/bash
d=${dir}
echo "$(date +%s.%N) gitlab-runner $*" >> "$d/runner-calls"
cmd=$1
shift
case "$cmd" in
  register)
    env > "$d/register-env"
    cfg=
    name=
    while [[ $# -gt 0 ]]; do
      case "$1" in
        --config) cfg=$2; shift ;;
        --name) name=$2; shift ;;
      esac
      shift
    done
    printf '[[runners]]\\n  name = "%s"\\n  token = "%s"\\n' "$name" "$CI_SERVER_TOKEN" > "$cfg"
    ;;
  run-single | run)
    env > "$d/runner-env"
    if [[ \${STANDIN_EXECUTOR:-shell} == docker ]]; then
      touch "$d/container"
      ( setsid bash -c 'sleep "$1"; date +%s.%N > "$0/job-end"; rm -f "$0/container"' "$d" "\${JOB_SECONDS:-2}" & )
    else
      bash -c 'env > "$0/job-env"; sleep "$1"; date +%s.%N > "$0/job-end"' "$d" "\${JOB_SECONDS:-2}" &
      wait $!
      [[ -n \${EXIT_AFTER_JOB:-} ]] && exit 0
    fi
    exec sleep 600
    ;;
  unregister) ;;
esac
`;
}

function installStandIn(box: Sandbox): void {
  writeFileSync(join(box.dir, 'bin/gitlab-runner'), gitlabRunnerStandIn(box.dir));
  chmodSync(join(box.dir, 'bin/gitlab-runner'), 0o755);
  // docker ps lists the stand-in's container while its job runs.
  writeFileSync(
    join(box.dir, 'bin/docker'),
    `#!/bin/bash\necho "$*" >> "${box.dir}/docker-calls"\nif [[ $1 == ps && -f "${box.dir}/container" ]]; then echo 4f9a2c1d; fi\n`,
  );
  chmodSync(join(box.dir, 'bin/docker'), 0o755);
}

const read = (box: Sandbox, file: string) =>
  existsSync(join(box.dir, file)) ? readFileSync(join(box.dir, file), 'utf8') : '';
const timeOf = (box: Sandbox, command: RegExp) => {
  const line = calls(box)
    .split('\n')
    .find((l) => command.test(l));
  return line ? Number(line.split(' ')[0]) : undefined;
};

describe('busy detection counts the job processes of any user, on every executor', () => {
  const gitlabSingle: StartupOptions = { ...gitlabGcp, single: true, idleTimeoutSeconds: 1 };

  it.each([
    ['shell', { ...gitlabSingle, gitlabExecutor: 'shell' as const }],
    ['docker', gitlabSingle],
  ])(
    'GitLab run-single, %s executor: a job longer than the idle timeout is not powered off',
    async (executor, options) => {
      const box = sandbox(options, { STANDIN_EXECUTOR: executor, JOB_SECONDS: '3' });
      installStandIn(box);
      const result = await runIn(
        box,
        'start_runner || exit 9\nwatch_runner "$(cat "$CML_HOME/runner.pid")"',
      );
      expect(result.code, result.out).toBe(0);
      const jobEnd = Number(read(box, 'job-end'));
      const poweredOff = timeOf(box, /systemctl poweroff/);
      expect(jobEnd, 'the job ran to its end').toBeGreaterThan(0);
      expect(poweredOff, 'no power-off while the job ran').toBeGreaterThan(jobEnd);
      // …and the idle timeout still ends the machine once the job is over.
      expect(reason(box)).toBe('idle-timeout');
      if (executor === 'docker') {
        // gitlab-runner labels its job containers com.gitlab.gitlab-runner.job.id (labels.go).
        expect(read(box, 'docker-calls')).toContain(
          'ps -q --filter label=com.gitlab.gitlab-runner.job.id',
        );
      }
    },
    30_000,
  );
});

describe('secrets on the machine', () => {
  it("GitLab: the glrt- token reaches `register` only, never the runner's or a job's environment", async () => {
    const box = sandbox(
      { ...gitlabGcp, single: true, gitlabExecutor: 'shell' },
      { JOB_SECONDS: '0', EXIT_AFTER_JOB: '1' },
    );
    installStandIn(box);
    const result = await runIn(box, 'start_runner || exit 9\nwait "$(cat "$CML_HOME/runner.pid")"');
    expect(result.code, result.out).toBe(0);
    expect(read(box, 'register-env')).toContain(`CI_SERVER_TOKEN=${GLRT}`);
    expect(read(box, 'runner-env')).not.toContain(GLRT);
    expect(read(box, 'job-env')).not.toContain(GLRT);
    // Never on a command line either (ps shows those to every user).
    expect(read(box, 'runner-calls')).not.toContain(GLRT);
    expect(read(box, 'runner-calls')).toMatch(
      /gitlab-runner run-single --config \S+config.toml --runner trainer-9f8e7d6c --max-builds 1/,
    );
    // The token rests in config.toml, readable by root alone.
    expect(statSync(join(box.dir, 'home/config.toml')).mode & 0o777).toBe(0o600);
  });

  it('GitHub: the JIT configuration reaches run.sh alone, and the script exports nothing', async () => {
    const box = sandbox(githubAws);
    mkdirSync(join(box.dir, 'home/runner'), { recursive: true });
    const result = await runIn(box, 'start_runner || exit 9\nenv');
    expect(result.code, result.out).toBe(0);
    expect(calls(box)).toMatch(
      /sudo --preserve-env=ACTIONS_RUNNER_INPUT_JITCONFIG -u cml \.\/run\.sh jit=yes/,
    );
    expect(result.out).not.toContain(JIT);
    expect(result.out).not.toContain('ACTIONS_RUNNER_INPUT_JITCONFIG');
  });

  it('the machine’s copy of the script keeps no secret once the runner holds it', async () => {
    const box = sandbox(gitlabGcp);
    mkdirSync(join(box.dir, 'home'), { recursive: true });
    writeFileSync(join(box.dir, 'home/startup.sh'), readFileSync(box.script));
    await runIn(box, 'forget_secret');
    const copy = readFileSync(join(box.dir, 'home/startup.sh'), 'utf8');
    expect(copy).not.toContain(GLRT);
    expect(copy).toContain("CML_SECRET=''");
  });

  it('refuses to put a reusable GitHub registration token into user data', () => {
    expect(() =>
      renderStartupScript({
        ...githubAws,
        registration: { secret: 'AABBCC', kind: 'github-registration-token' },
      }),
    ).toThrow(/registration token must not reach a machine/);
  });
});

describe('GitLab executor, Docker and the NVIDIA container toolkit', () => {
  it.each([
    [
      'docker by default, the image for jobs that name none',
      { ...gitlabGcp, single: true },
      /register --non-interactive --config \S+ --url https:\/\/gitlab\.example\.com --name trainer-9f8e7d6c --executor docker --docker-image ubuntu:24\.04$/m,
    ],
    [
      'docker on a GPU machine: GPUs and the nvidia runtime',
      { ...gitlabGcp, single: true, gpu: true },
      /--executor docker --docker-image ubuntu:24\.04 --docker-gpus all --docker-runtime nvidia$/m,
    ],
    [
      'shell when asked',
      { ...gitlabGcp, single: true, gitlabExecutor: 'shell' as const },
      /--executor shell --builds-dir \S+\/builds$/m,
    ],
  ])('%s', async (_what, options, registered) => {
    const box = sandbox(options, { JOB_SECONDS: '0', EXIT_AFTER_JOB: '1' });
    installStandIn(box);
    await runIn(box, 'start_runner && wait "$(cat "$CML_HOME/runner.pid")"');
    expect(read(box, 'runner-calls')).toMatch(registered);
  });

  it('a reusable shell runner runs its jobs as cml (gitlab-runner run --user)', async () => {
    const box = sandbox(
      { ...gitlabGcp, gitlabExecutor: 'shell' },
      { JOB_SECONDS: '0', EXIT_AFTER_JOB: '1' },
    );
    installStandIn(box);
    await runIn(box, 'start_runner && wait "$(cat "$CML_HOME/runner.pid")"');
    expect(read(box, 'runner-calls')).toMatch(
      /gitlab-runner run --config \S+config.toml --working-directory \S+\/builds --user cml/,
    );
  });

  /** apt-get that "installs" docker.io and nvidia-container-toolkit as stubs. */
  function fakeApt(box: Sandbox): void {
    const bin = join(box.dir, 'bin');
    const stub = (name: string) =>
      `cat > "${bin}/${name}" <<'X'\n#!/bin/bash\necho "$*" >> "${box.dir}/${name}-calls"\nX\nchmod +x "${bin}/${name}"`;
    writeFileSync(
      join(bin, 'apt-get'),
      `#!/bin/bash\necho "$*" >> "${box.dir}/apt-calls"\ncase "$*" in\n  *"install docker.io"*) ${stub('docker')} ;;\n  *"install nvidia-container-toolkit"*) ${stub('nvidia-ctk')} ;;\nesac\n`,
    );
    writeFileSync(
      join(bin, 'curl'),
      '#!/bin/bash\necho "deb https://nvidia.github.io/libnvidia-container/stable/deb/$(ARCH) /"\n',
    );
    writeFileSync(join(bin, 'gpg'), '#!/bin/bash\ncat >/dev/null\n');
    writeFileSync(join(bin, 'getent'), '#!/bin/bash\n[[ "$*" == "group docker" ]]\n');
    for (const f of ['apt-get', 'curl', 'gpg', 'getent']) chmodSync(join(bin, f), 0o755);
  }

  it('installs Docker and the NVIDIA container toolkit when the image lacks them (GitHub, docker: true, GPU)', async () => {
    const box = sandbox({ ...githubAws, docker: true });
    fakeApt(box);
    const result = await runIn(box, 'setup_docker && echo docker-ready');
    expect(result.out).toContain('docker-ready');
    expect(read(box, 'apt-calls')).toMatch(/install docker\.io/);
    expect(read(box, 'apt-calls')).toMatch(/install nvidia-container-toolkit/);
    // NVIDIA's install guide: register the runtime with Docker, then restart the daemon.
    expect(read(box, 'nvidia-ctk-calls')).toContain('runtime configure --runtime=docker');
    expect(calls(box)).toMatch(/systemctl restart docker/);
    expect(calls(box)).toMatch(/usermod -aG docker cml/);
    expect(
      readFileSync(
        join(box.dir, 'root/etc/apt/sources.list.d/nvidia-container-toolkit.list'),
        'utf8',
      ),
    ).toContain(
      'deb [signed-by=/usr/share/keyrings/nvidia-container-toolkit-keyring.gpg] https://',
    );
  });

  it('leaves an image that has Docker alone, and installs nothing unless asked', async () => {
    const has = sandbox({ ...gitlabGcp, single: true });
    fakeApt(has);
    installStandIn(has); // puts a docker on PATH
    expect((await runIn(has, 'setup_docker && echo ok')).out).toContain('ok');
    expect(read(has, 'apt-calls')).toBe('');
    const github = sandbox(githubAws);
    fakeApt(github);
    expect((await runIn(github, 'setup_docker && echo ok')).out).toContain('ok');
    expect(read(github, 'apt-calls')).toBe('');
  });
});

describe('a start-up that survives a reboot', () => {
  it('installs itself as a systemd unit once, erases cloud-init’s copies, and leaves later boots to the unit', async () => {
    const box = sandbox(gitlabGcp, { CML_SOURCE_ONLY: '0' });
    mkdirSync(join(box.dir, 'booted'));
    box.env.CML_SYSTEMD_BOOTED = join(box.dir, 'booted');
    const userData = join(box.dir, 'root/var/lib/cloud/instances/i-0abc/user-data.txt');
    mkdirSync(join(box.dir, 'root/var/lib/cloud/instances/i-0abc/scripts'), { recursive: true });
    writeFileSync(userData, 'secret copy');
    writeFileSync(join(box.dir, 'root/var/lib/cloud/instances/i-0abc/scripts/part-001'), 'x');
    const first = await runIn(box, `bash "${box.script}"`);
    expect(first.code).toBe(0);
    const unit = readFileSync(join(box.dir, 'root/etc/systemd/system/cml-runner.service'), 'utf8');
    const copy = join(box.dir, 'home/startup.sh');
    expect(unit).toContain(`ExecStart=${copy} run`);
    // systemd stops the unit on every shutdown: its stop deregisters the runner.
    expect(unit).toContain(`ExecStop=${copy} stop`);
    expect(unit).toContain('WantedBy=multi-user.target');
    expect(statSync(copy).mode & 0o777).toBe(0o700);
    expect(readFileSync(copy, 'utf8')).toBe(readFileSync(box.script, 'utf8'));
    expect(calls(box)).toMatch(/systemctl enable cml-runner\.service/);
    expect(calls(box)).toMatch(/systemctl start --no-block cml-runner\.service/);
    expect(existsSync(userData)).toBe(false);
    expect(existsSync(join(box.dir, 'root/var/lib/cloud/instances/i-0abc/scripts/part-001'))).toBe(
      false,
    );
    // GCE runs its startup-script at every boot: the unit carries on, nothing is installed again.
    await runIn(box, `bash "${box.script}"`);
    expect(calls(box).match(/systemctl enable/g)).toHaveLength(1);
    expect(read(box, 'cml-runner.log')).toContain('already installed as cml-runner.service');
  });

  it('resumes after a reboot during your startup-script: not run again, the runner starts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cml-resume-'));
    const standIn = Buffer.from(gitlabRunnerStandIn(dir));
    const sum = createHash('sha256').update(standIn).digest('hex');
    const base = await serve((req) =>
      req.url === '/v18.3.0/binaries/gitlab-runner-linux-amd64'
        ? { status: 200, body: standIn }
        : { status: 404, body: '' },
    );
    const options: StartupOptions = {
      ...gitlabGcp,
      single: true,
      gitlabExecutor: 'shell',
      maxLifetimeSeconds: 0,
      pin: {
        version: '18.3.0',
        url: `${base}/v18.3.0/binaries/gitlab-runner-linux-@ARCH@`,
        sha256: { x64: sum, arm64: sum },
      },
      // A driver install that reboots the machine half-way.
      userScript: `echo ran >> "${dir}/user-runs"\nsleep 60\n`,
    };
    const box = sandbox(options, { JOB_SECONDS: '0', EXIT_AFTER_JOB: '1' });
    const copy = join(box.dir, 'home/startup.sh');
    mkdirSync(join(box.dir, 'home'), { recursive: true });
    writeFileSync(copy, readFileSync(box.script));
    chmodSync(copy, 0o700);
    // First boot: the reboot strikes while your script runs (the whole unit is killed).
    const boot = spawn('bash', [copy, 'run'], {
      env: { ...box.env, CML_SOURCE_ONLY: '0' },
      detached: true,
    });
    for (let i = 0; i < 100 && !existsSync(join(dir, 'user-runs')); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    process.kill(-boot.pid!, 'SIGKILL');
    // After the reboot systemd starts the unit again.
    const after = await runIn(box, `CML_SOURCE_ONLY=0 bash "${copy}" run`);
    expect(after.code, read(box, 'cml-runner.log')).toBe(0);
    expect(readFileSync(join(dir, 'user-runs'), 'utf8')).toBe('ran\n');
    const log = read(box, 'cml-runner.log');
    expect(log, log).toContain('cut short by a reboot: continuing');
    expect(log).toContain('runner 18.3.0 verified');
    expect(readFileSync(join(dir, 'runner-calls'), 'utf8')).toMatch(/gitlab-runner run-single/);
    expect(reason(box)).toBe('runner-exited');
    expect(readFileSync(copy, 'utf8')).not.toContain(GLRT);
  }, 30_000);

  it('the unit’s stop (any shutdown) stops the runner and deregisters it', async () => {
    const box = sandbox(gitlabGcp);
    installStandIn(box);
    mkdirSync(join(box.dir, 'home'), { recursive: true });
    writeFileSync(join(box.dir, 'home/config.toml'), '[[runners]]\n');
    const result = await runIn(
      box,
      'sleep 60 & echo $! > "$CML_HOME/runner.pid"\nstop_stage\nkill -0 "$(cat "$CML_HOME/runner.pid")" 2>/dev/null && echo still-running',
    );
    expect(result.out).not.toContain('still-running');
    expect(read(box, 'runner-calls')).toMatch(
      /gitlab-runner unregister --config \S+config.toml --all-runners/,
    );
  });

  it('counts the maximum lifetime from the first boot, not from the reboot', async () => {
    const box = sandbox({ ...githubAws, maxLifetimeSeconds: 600 });
    mkdirSync(join(box.dir, 'home/state'), { recursive: true });
    writeFileSync(
      join(box.dir, 'home/state/started-at'),
      String(Math.floor(Date.now() / 1000) - 601),
    );
    await runIn(box, 'enforce_max_lifetime\necho not-reached');
    expect(reason(box)).toBe('max-lifetime');
  });
});

// The Kubernetes driver runs the script as the Pod's only process with CML_IN_KUBERNETES=1
// (src/clouds/kubernetes/pod-spec.ts). A Pod ends by exiting (restartPolicy: Never); the
// kubelet's SIGTERM, sent when the Pod is deleted, its activeDeadlineSeconds passes or its node
// is drained, is the shutdown (kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle,
// "Termination of Pods").
describe('in a Kubernetes Pod', () => {
  const gitlabPod: StartupOptions = { ...gitlabGcp, cloud: 'kubernetes', gitlabExecutor: 'shell' };

  it('SIGTERM stops the runner and deregisters at once, and powers nothing off', async () => {
    const box = sandbox(gitlabPod, { CML_IN_KUBERNETES: '1', CML_WATCH_INTERVAL: '12' });
    installStandIn(box);
    mkdirSync(join(box.dir, 'home'), { recursive: true });
    writeFileSync(join(box.dir, 'home/config.toml'), '[[runners]]\n');
    const started = Date.now();
    const result = await runIn(
      box,
      [
        'trap "power_off terminated" TERM',
        'sleep 60 & echo $! > "$CML_HOME/runner.pid"',
        '( sleep 0.5; kill -TERM $$ ) &',
        'watch_runner "$(cat "$CML_HOME/runner.pid")"',
        'echo not-reached',
      ].join('\n'),
    );
    // The trap runs during the watch interval's sleep (12 s here), not after it. (The orphaned
    // sleep keeps the test's pipe open; in a Pod, PID 1 exiting ends every process.)
    const handled = statSync(join(box.dir, 'home/powering-off/reason')).mtimeMs;
    expect(handled - started).toBeLessThan(8_000);
    expect(result.code).toBe(0);
    expect(result.out).not.toContain('not-reached');
    expect(reason(box)).toBe('terminated');
    expect(read(box, 'runner-calls')).toMatch(/gitlab-runner unregister --config \S+config.toml/);
    expect(calls(box)).not.toMatch(/poweroff|shutdown|reboot/);
  });

  it('bootstrap runs the start-up in the foreground with the TERM trap, never as a systemd unit', async () => {
    const box = sandbox(gitlabPod, {
      CML_IN_KUBERNETES: '1',
      // Even where systemd looks booted, a Pod never installs a unit.
      CML_SYSTEMD_BOOTED: tmpdir(),
    });
    const result = await runIn(box, 'run_stage() { trap -p TERM; echo "stage ran"; }\nbootstrap');
    expect(result.out).toContain('power_off terminated');
    expect(result.out).toContain('stage ran');
    expect(calls(box)).not.toContain('systemctl');
    expect(existsSync(join(box.dir, 'root/etc/systemd/system/cml-runner.service'))).toBe(false);
  });

  it('leaves lifetime, spot and Docker to the cluster; a missing GPU fails without a reboot', async () => {
    const box = sandbox(
      { ...gitlabPod, maxLifetimeSeconds: 1, spot: true, gpu: true, docker: true },
      { CML_IN_KUBERNETES: '1', CML_GPU_TRIES: '1', CML_GPU_DELAY: '0' },
    );
    writeFileSync(join(box.dir, 'bin/nvidia-smi'), '#!/bin/bash\nexit 9\n');
    chmodSync(join(box.dir, 'bin/nvidia-smi'), 0o755);
    const result = await runIn(
      box,
      [
        'enforce_max_lifetime',
        'sleep 1.5',
        'wants_docker && echo wants-docker',
        'gpu_ready || echo gpu-refused',
        'halt_machine && echo halted-by-exit',
      ].join('\n'),
    );
    expect(calls(box)).not.toMatch(/shutdown|poweroff|reboot/);
    expect(existsSync(join(box.dir, 'home/powering-off'))).toBe(false);
    expect(result.out).not.toContain('wants-docker');
    expect(result.out).toContain('nvidia-smi fails in the Pod: not registering');
    expect(result.out).toContain('gpu-refused');
    expect(result.out).toContain('halted-by-exit');
  });

  it('the same script on a VM still powers off (the Pod mode is only the variable)', async () => {
    const box = sandbox({ ...gitlabPod, idleTimeoutSeconds: 1 });
    const result = await runIn(
      box,
      'sleep 60 & echo $! > "$CML_HOME/runner.pid"\nwatch_runner "$(cat "$CML_HOME/runner.pid")"',
    );
    expect(result.code).toBe(0);
    expect(calls(box)).toContain('systemctl poweroff');
  });
});

// Ubuntu Server documentation, "NVIDIA drivers installation": `ubuntu-drivers install --gpgpu`
// installs the server driver branch for the GPU; nvidia-smi is in that branch's
// nvidia-utils-<branch>-server package, installed separately.
describe('NVIDIA driver on images without one (ECS public images, marketplace Ubuntu)', () => {
  function withPackageTools(box: Sandbox): void {
    for (const [cmd, body] of [
      ['apt-get', `echo "apt-get $*" >> "${box.dir}/pkg-calls"`],
      ['ubuntu-drivers', `echo "ubuntu-drivers $*" >> "${box.dir}/pkg-calls"`],
      // After the install, dpkg knows the branch ubuntu-drivers chose.
      ['dpkg-query', `printf 'nvidia-driver-570-server '`],
    ] as const) {
      writeFileSync(join(box.dir, 'bin', cmd), `#!/bin/bash\n${body}\n`);
      chmodSync(join(box.dir, 'bin', cmd), 0o755);
    }
  }

  it('installs the server driver and its nvidia-utils once, then leaves it to the GPU check', async () => {
    const box = sandbox({ ...githubAws, cloud: 'alibaba' });
    withPackageTools(box);
    const first = await runIn(box, 'install_gpu_driver && echo installed');
    expect(first.out).toContain('installed');
    const pkg = read(box, 'pkg-calls');
    expect(pkg).toMatch(/apt-get .*install ubuntu-drivers-common/);
    expect(pkg).toContain('ubuntu-drivers install --gpgpu');
    expect(pkg).toMatch(/apt-get .*install nvidia-utils-570-server/);
    // Resumed after the reboot gpu_ready asks for: not installed again.
    await runIn(box, 'install_gpu_driver');
    expect(read(box, 'pkg-calls').match(/ubuntu-drivers install/g)).toHaveLength(1);
  });

  it('leaves images that have nvidia-smi, runs without a GPU, and Pods alone', async () => {
    const withSmi = sandbox({ ...githubAws, cloud: 'aws' });
    withPackageTools(withSmi);
    writeFileSync(join(withSmi.dir, 'bin/nvidia-smi'), '#!/bin/bash\necho GPU 0\n');
    chmodSync(join(withSmi.dir, 'bin/nvidia-smi'), 0o755);
    await runIn(withSmi, 'install_gpu_driver');
    expect(read(withSmi, 'pkg-calls')).toBe('');
    const noGpu = sandbox({ ...githubAws, gpu: false });
    withPackageTools(noGpu);
    await runIn(noGpu, 'install_gpu_driver');
    expect(read(noGpu, 'pkg-calls')).toBe('');
    const pod = sandbox({ ...githubAws, cloud: 'kubernetes' }, { CML_IN_KUBERNETES: '1' });
    withPackageTools(pod);
    await runIn(pod, 'install_gpu_driver');
    expect(read(pod, 'pkg-calls')).toBe('');
  });

  it('a failed install powers the machine off before any runner registers', async () => {
    const box = sandbox({ ...githubAws, cloud: 'alibaba' });
    withPackageTools(box);
    writeFileSync(join(box.dir, 'bin/ubuntu-drivers'), '#!/bin/bash\nexit 1\n');
    await runIn(box, 'install_gpu_driver || power_off driver-install-failed');
    expect(reason(box)).toBe('driver-install-failed');
  });
});

// Each cloud's reclaim notice comes from its folder (src/clouds/<cloud>/startup.ts); the script
// carries only the chosen cloud's.
describe('spot reclaim notices of the other clouds', () => {
  it('carries only the chosen cloud’s reclaim_notice', () => {
    const aws = renderStartupScript(githubAws);
    const azure = renderStartupScript({ ...githubAws, cloud: 'azure' });
    expect(aws).toContain('spot/instance-action');
    expect(aws).not.toContain('scheduledevents');
    expect(azure).toContain('scheduledevents');
    expect(azure).not.toContain('spot/instance-action');
    expect(azure.match(/^reclaim_notice\(\) \{$/gm)).toHaveLength(1);
  });

  // Azure docs, "Azure Metadata Service: Scheduled Events for Linux VMs": Spot evictions are
  // EventType Preempt; the service answers only requests with `Metadata: true`.
  it('Azure: a Preempt scheduled event (and only that) deregisters and powers off', async () => {
    let polls = 0;
    const imds = await serve((req) => {
      if (req.headers.metadata !== 'true') return { status: 400, body: 'no Metadata header' };
      if (!req.url?.startsWith('/metadata/scheduledevents?api-version=2020-07-01'))
        return { status: 404, body: '' };
      polls++;
      // A host update (Freeze) first, which is no reason to leave; then the eviction.
      const type = polls < 2 ? 'Freeze' : 'Preempt';
      const events = [{ EventId: `e${polls}`, EventType: type, EventStatus: 'Scheduled' }];
      return {
        status: 200,
        body: JSON.stringify({ DocumentIncarnation: polls, Events: events }, null, 1),
      };
    });
    const box = sandbox({ ...githubAws, cloud: 'azure' }, { CML_AZURE_IMDS: imds });
    const result = await runIn(box, `sleep 60 & echo $! > "$CML_HOME/runner.pid"\nwatch_reclaim`);
    expect(result.code).toBe(0);
    expect(polls).toBeGreaterThanOrEqual(2);
    expect(reason(box)).toBe('spot-reclaimed');
  });

  // ECS docs, "Spot instances": instance/spot/termination-time is 404 until the instance is to
  // be reclaimed, then a UTC time.
  it('Alibaba: spot/termination-time appearing deregisters and powers off', async () => {
    let polls = 0;
    const metadata = await serve((req) => {
      if (req.url !== '/latest/meta-data/instance/spot/termination-time')
        return { status: 404, body: '' };
      return ++polls < 3
        ? { status: 404, body: 'Not Found' }
        : { status: 200, body: '2026-12-04T17:30:00Z' };
    });
    const box = sandbox({ ...githubAws, cloud: 'alibaba' }, { CML_ALIBABA_METADATA: metadata });
    const result = await runIn(box, `sleep 60 & echo $! > "$CML_HOME/runner.pid"\nwatch_reclaim`);
    expect(result.code).toBe(0);
    expect(polls).toBe(3);
    expect(reason(box)).toBe('spot-reclaimed');
  });
});
