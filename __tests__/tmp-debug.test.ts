import { it } from 'vitest';
import { spawn } from 'node:child_process';
import { cleanEnv, distEntry, node24 } from './support/dist';
import { GITHUB_TOKEN, FAKE_AWS, startWorld } from './runner-support';
it('dbg', async () => {
  const world = await startWorld();
  world.github.state.repo('octo', 'repo').runners.push({ id: 99001, name: 'long-lived', os: 'linux', status: 'online', busy: true, ephemeral: false, labels: ['self-hosted', 'gpu'], runnerGroupId: 1 });
  const env = cleanEnv({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'octo/repo', GITHUB_API_URL: world.github.url, GITHUB_RUN_ID: '5005', GITHUB_OUTPUT: '/dev/null', REPO_TOKEN: GITHUB_TOKEN, CML_RUNNER_CLOUD: 'aws', CML_RUNNER_LABELS: 'gpu', ...FAKE_AWS, AWS_ENDPOINT_URL_EC2: world.ec2.url, CML_RUNNER_POLL_SECONDS: '0.1' });
  const child = spawn(node24(), [distEntry('cml'), 'runner', 'launch', '--reuse-idle', '--cloud-region=us-east'], { env });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const timer = setTimeout(() => child.kill(), 15000);
  const code = await new Promise((r) => child.on('close', r));
  clearTimeout(timer);
  console.log(code, out.slice(0, 3000));
  console.log(world.github.requests.map(r => `${r.method} ${r.path} ${JSON.stringify(r.query)} ${r.status}`).join('\n'));
  await world.close();
}, 60000);
