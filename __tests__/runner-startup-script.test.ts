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
  writeFileSync,
} from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderStartupScript, type StartupOptions } from '../src/runners/render-startup';
import { GITHUB_RUNNER, gitlabRunnerPin } from '../src/runners/versions';

const GOLDEN = join(__dirname, 'fixtures/runner-startup');
const JIT = 'eyJqaXQiOiJzaW5nbGUtdXNlIn0=';
const GLRT = 'glrt-t1_perInstanceToken0123';

const githubAws: StartupOptions = {
  forge: 'github',
  cloud: 'aws',
  name: 'cml-0a1b2c3d',
  labels: ['cml', 'gpu', 'cml-1001-1-abcdef'],
  targetUrl: 'https://github.com/octo/repo',
  pin: GITHUB_RUNNER,
  registration: { id: 17, secret: JIT, kind: 'github-jit' },
  idleTimeoutSeconds: 300,
  maxLifetimeSeconds: 21600,
  single: true,
  gpu: true,
  spot: true,
  userScript: "apt-get install -y nvidia-driver-550\necho 'ready'",
};

const gitlabGcp: StartupOptions = {
  forge: 'gitlab',
  cloud: 'gcp',
  name: 'trainer-9f8e7d6c',
  labels: ['cml', 'cml-555-1-123456'],
  targetUrl: 'https://gitlab.example.com',
  pin: gitlabRunnerPin(),
  registration: { id: 4242, secret: GLRT, kind: 'gitlab-runner-token' },
  idleTimeoutSeconds: 0,
  maxLifetimeSeconds: 3600,
  single: false,
  gpu: false,
  spot: false,
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
  for (const cmd of ['shutdown', 'systemctl', 'poweroff', 'useradd', 'sudo']) {
    writeFileSync(join(bin, cmd), `#!/bin/bash\necho "${cmd} $*" >> "${dir}/calls"\n`);
    chmodSync(join(bin, cmd), 0o755);
  }
  const script = join(dir, 'startup.sh');
  writeFileSync(script, renderStartupScript(options));
  return {
    dir,
    script,
    env: {
      PATH: `${bin}:${process.env.PATH}`,
      CML_SOURCE_ONLY: '1',
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

  it('GPU check: refuses to register when nvidia-smi fails, passes when it works', async () => {
    const box = sandbox(githubAws, { CML_GPU_TRIES: '1' });
    writeFileSync(
      join(box.dir, 'bin/nvidia-smi'),
      '#!/bin/bash\necho "NVIDIA-SMI has failed" >&2\nexit 9\n',
    );
    chmodSync(join(box.dir, 'bin/nvidia-smi'), 0o755);
    writeFileSync(join(box.dir, 'bin/sleep'), '#!/bin/bash\nexit 0\n');
    chmodSync(join(box.dir, 'bin/sleep'), 0o755);
    const failed = await runIn(box, 'check_gpu || power_off gpu-missing');
    expect(failed.out).toContain('a GPU was asked for but nvidia-smi fails');
    expect(reason(box)).toBe('gpu-missing');
    writeFileSync(join(box.dir, 'bin/nvidia-smi'), '#!/bin/bash\necho "GPU 0: Tesla T4"\n');
    const ok = await runIn(box, 'check_gpu && echo gpu-ok');
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
    // GitLab's runner without a pinned hash: the release's own checksum list is read.
    const listed = sandbox({
      ...gitlabGcp,
      pin: {
        version: '9.9.9',
        url: `${base}/binaries/gitlab-runner-linux-@ARCH@`,
        sha256: { x64: '', arm64: '' },
        checksumsUrl: `${base}/release.sha256`,
      },
    });
    const fromList = await runIn(listed, 'download_runner && echo verified');
    expect(fromList.out).toContain(`verified (sha256 ${sum})`);
  });
});
