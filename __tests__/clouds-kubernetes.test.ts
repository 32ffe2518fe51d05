// The Kubernetes driver through the real @kubernetes/client-node against the loopback API
// emulator (__tests__/emulators/kubernetes): the Pod and Secret it creates, list/get/stop by
// ids and labels, and what it reports for Pods the cluster evicts or preempts.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startKubernetesEmulator, type KubernetesEmulator } from './emulators/kubernetes';
import { kubeDriver, launchRequest } from './emulators/kubernetes/driver-fixture';
import { BOOTSTRAP, SCRIPT_DIR, SCRIPT_KEY, secretName } from '../src/clouds/kubernetes/pod-spec';
import { TAGS } from '../src/clouds/types';

let emu: KubernetesEmulator;
beforeEach(async () => {
  emu = await startKubernetesEmulator();
});
afterEach(async () => {
  await emu.close();
});

const created = (resource: string) =>
  emu.requests.filter((r) => r.verb === 'create' && r.resource === resource && r.status === 201);

describe('launch', () => {
  it('creates one Pod that runs the start-up script from a Secret only it mounts', async () => {
    const { driver } = kubeDriver(emu);
    const request = launchRequest();
    const instance = await driver.launch(request);
    expect(instance).toMatchObject({ id: request.name, name: request.name, ended: false });

    const [podCall] = created('pods');
    const pod = podCall!.body as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(podCall!.namespace).toBe(emu.namespace);
    expect(pod.spec.restartPolicy).toBe('Never');
    expect(pod.spec.activeDeadlineSeconds).toBe(request.maxLifetimeSeconds);
    // The runner's jobs get no token for the API.
    expect(pod.spec.automountServiceAccountToken).toBe(false);
    const volume = pod.spec.volumes.find((v: any) => v.secret); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(volume.secret.secretName).toBe(secretName(request.name));
    expect(pod.spec.containers[0].volumeMounts).toEqual([
      { name: volume.name, mountPath: SCRIPT_DIR, readOnly: true },
    ]);
    expect(pod.spec.containers[0].command.join(' ')).toContain(`${SCRIPT_DIR}/${SCRIPT_KEY}`);
    // The start-up script's log goes to the container's output, which consoleTail reads.
    expect(pod.spec.containers[0].env).toContainEqual({
      name: 'CML_CONSOLE',
      value: '/dev/stdout',
    });
    // The script never travels in the Pod spec, only in the Secret.
    expect(JSON.stringify(pod)).not.toContain('secret-jit-config-123');

    const [secretCall] = created('secrets');
    const secret = secretCall!.body as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(Buffer.from(secret.data[SCRIPT_KEY], 'base64').toString()).toBe(request.startupScript);
    // Owned by the Pod (its uid from the create answer): deleted with it by the cluster's GC.
    const stored = emu.pods.get(`${emu.namespace}/${request.name}`)!.pod;
    expect(secret.metadata.ownerReferences).toEqual([
      { apiVersion: 'v1', kind: 'Pod', name: request.name, uid: stored.metadata.uid },
    ]);
  });

  it('turns tags into valid labels and reads them back exactly', async () => {
    const { driver } = kubeDriver(emu);
    const request = launchRequest({
      tags: { ...launchRequest().tags, [TAGS.repository]: 'Octo-Org/Some.Repo/with:colon' },
    });
    await driver.launch(request);
    const labels = (created('pods')[0]!.body as any).metadata.labels; // eslint-disable-line @typescript-eslint/no-explicit-any
    // The emulator refuses invalid label values (422) as the API server does; the values we
    // could keep are kept.
    expect(labels[TAGS.runId]).toBe('1234567');
    expect(labels[TAGS.repository]).not.toBe(request.tags[TAGS.repository]);
    const [found] = await driver.list({ [TAGS.repository]: request.tags[TAGS.repository]! });
    expect(found?.tags).toEqual(request.tags);
  });

  it('asks for GPUs, node selectors, tolerations and spot nodes as Kubernetes expects', async () => {
    const { driver } = kubeDriver(emu, {
      gpus: 2,
      wantsGpu: true,
      cpu: '8',
      memory: '32Gi',
      ephemeralStorageGb: 100,
      nodeSelector: { 'cloud.google.com/gke-accelerator': 'nvidia-l4' },
      tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'ml', effect: 'NoSchedule' }],
      spot: 'gke',
    });
    await driver.launch(launchRequest());
    const spec = (created('pods')[0]!.body as any).spec; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(spec.containers[0].resources).toEqual({
      requests: { cpu: '8', memory: '32Gi', 'ephemeral-storage': '100Gi' },
      limits: { memory: '32Gi', 'ephemeral-storage': '100Gi', 'nvidia.com/gpu': '2' },
    });
    expect(spec.nodeSelector).toEqual({
      'kubernetes.io/os': 'linux',
      'cloud.google.com/gke-spot': 'true',
      'cloud.google.com/gke-accelerator': 'nvidia-l4',
    });
    expect(spec.tolerations).toEqual([
      { key: 'dedicated', operator: 'Equal', value: 'ml', effect: 'NoSchedule' },
      { key: 'cloud.google.com/gke-spot', operator: 'Equal', value: 'true', effect: 'NoSchedule' },
      { key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' },
    ]);
    // The API server defaults the GPU request from the limit (extended resources).
    const stored = [...emu.pods.values()][0]!.pod;
    expect(stored.spec.containers[0].resources.requests['nvidia.com/gpu']).toBe('2');
  });

  it.each([
    ['eks', { 'eks.amazonaws.com/capacityType': 'SPOT' }, []],
    [
      'aks',
      { 'kubernetes.azure.com/scalesetpriority': 'spot' },
      [
        {
          key: 'kubernetes.azure.com/scalesetpriority',
          operator: 'Equal',
          value: 'spot',
          effect: 'NoSchedule',
        },
      ],
    ],
  ] as const)('targets %s spot node pools', async (spot, selector, tolerations) => {
    const { driver } = kubeDriver(emu, { spot });
    await driver.launch(launchRequest());
    const spec = (created('pods')[0]!.body as any).spec; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(spec.nodeSelector).toEqual({ 'kubernetes.io/os': 'linux', ...selector });
    expect(spec.tolerations).toEqual(tolerations);
  });

  it('sets no deadline when max-lifetime is 0', async () => {
    const { driver } = kubeDriver(emu);
    await driver.launch(launchRequest({ maxLifetimeSeconds: 0 }));
    expect((created('pods')[0]!.body as any).spec.activeDeadlineSeconds).toBeUndefined(); // eslint-disable-line @typescript-eslint/no-explicit-any
  });

  it('waits for the Pod to run once its Secret is mounted', async () => {
    emu.fate(/./, { kind: 'run', afterReads: 3 });
    const { driver } = kubeDriver(emu);
    const request = launchRequest();
    const instance = await driver.launch(request);
    await driver.waitRunning(instance);
    expect((await driver.get(instance))?.state).toBe('Running');
  });
});

describe('stop', () => {
  it('deletes Pods and their Secrets by id and reports ids it does not know', async () => {
    const { driver } = kubeDriver(emu);
    const a = await driver.launch(launchRequest());
    const b = await driver.launch(launchRequest());
    const result = await driver.terminate([a, { id: 'cml-runner-never-made', name: '' }]);
    expect(result.notFound).toEqual(['cml-runner-never-made']);
    expect(emu.leftovers()).toEqual([
      `${emu.namespace}/${b.name}`,
      `secret:${emu.namespace}/${secretName(b.name)}`,
    ]);
    // Deleted explicitly, not left to the garbage collector.
    expect(
      emu.requests.some(
        (r) =>
          r.verb === 'delete' && r.resource === 'secrets' && r.path.endsWith(secretName(a.name)),
      ),
    ).toBe(true);
  });

  it('finds our Pods by labels (a sweep by age) and leaves others alone', async () => {
    const { driver } = kubeDriver(emu);
    const mine = await driver.launch(launchRequest());
    const other = launchRequest({
      tags: { ...launchRequest().tags, [TAGS.runId]: '999' },
    });
    await driver.launch(other);
    const ours = await driver.list({ [TAGS.marker]: 'true', [TAGS.runId]: '1234567' });
    expect(ours.map((i) => i.id)).toEqual([mine.id]);
    const all = await driver.list({ [TAGS.marker]: 'true' });
    expect(all).toHaveLength(2);
    // What a sweep reads: launch time and the expiry tag.
    expect(all[0]!.launchedAt).toBeInstanceOf(Date);
    expect(all[0]!.tags[TAGS.expiresAt]).toBe('1790000000');
    await driver.terminate(ours);
    expect((await driver.list({ [TAGS.marker]: 'true' })).map((i) => i.id)).toEqual([other.name]);
  });
});

describe('reclaims and ends', () => {
  it.each(['node-pressure', 'node-shutdown', 'preempted', 'node-gone'] as const)(
    'reports a Pod the cluster took away (%s)',
    async (how) => {
      const { driver } = kubeDriver(emu);
      const kept = await driver.launch(launchRequest());
      const lost = await driver.launch(launchRequest());
      await driver.waitRunning(kept);
      await driver.waitRunning(lost);
      emu.reclaim(lost.name, how);
      expect(await driver.reclaimed([kept, lost])).toEqual([lost.id]);
      if (how === 'node-pressure' || how === 'node-shutdown') {
        expect(await driver.get(lost)).toMatchObject({ ended: true, endReason: 'spot-reclaimed' });
      }
    },
  );

  it('does not report a runner that finished on its own', async () => {
    const { driver } = kubeDriver(emu);
    const done = await driver.launch(launchRequest());
    await driver.waitRunning(done);
    emu.finish(done.name, 'Succeeded');
    expect(await driver.reclaimed([done])).toEqual([]);
    expect(await driver.get(done)).toMatchObject({ ended: true, state: 'Succeeded' });
  });

  it('reads the Pod log for a failed launch', async () => {
    const { driver } = kubeDriver(emu);
    const instance = await driver.launch(launchRequest());
    await driver.waitRunning(instance);
    emu.setLog(instance.name, Array.from({ length: 100 }, (_, i) => `line ${i}`).join('\n'));
    expect((await driver.consoleTail(instance, 3)).split('\n')).toEqual([
      'line 97',
      'line 98',
      'line 99',
    ]);
  });
});

describe('the container command', () => {
  // Runs BOOTSTRAP in bash with PATH holding only a stand-in apt-get (records its arguments),
  // and the script directory pointed at a temporary one.
  function runBootstrap(tools: string[]) {
    const dir = mkdtempSync(join(tmpdir(), 'k8s-boot-'));
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    const stub = (name: string, body: string) => {
      writeFileSync(join(bin, name), `#!/bin/bash\n${body}\n`);
      chmodSync(join(bin, name), 0o755);
    };
    stub('apt-get', `echo "$*" >>"${dir}/apt.log"`);
    for (const t of tools) stub(t, 'true');
    writeFileSync(join(dir, SCRIPT_KEY), `echo "script ran as $0"\n`);
    const command = BOOTSTRAP.replace(`${SCRIPT_DIR}/`, `${dir}/`);
    const out = execFileSync('/bin/bash', ['-c', command], {
      env: { PATH: bin, HOME: dir },
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    });
    const apt = existsSync(join(dir, 'apt.log')) ? readFileSync(join(dir, 'apt.log'), 'utf8') : '';
    return { out, apt, dir };
  }

  it('installs curl, sudo and procps when the image lacks them, then runs the script', () => {
    const { out, apt, dir } = runBootstrap([]);
    expect(apt).toContain('update');
    expect(apt).toMatch(/install .*ca-certificates curl sudo procps/);
    expect(out).toContain(`script ran as ${dir}/${SCRIPT_KEY}`);
  });

  it('installs nothing when the image has the tools', () => {
    const { out, apt } = runBootstrap(['curl', 'sudo', 'pgrep']);
    expect(apt).toBe('');
    expect(out).toContain('script ran');
  });
});
