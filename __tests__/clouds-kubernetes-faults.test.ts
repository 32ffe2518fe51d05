// Kubernetes driver faults, each ending with nothing left in the namespace: Pods that never
// start (unschedulable, image pull, configuration errors, stuck pending), API throttling and
// server errors (retried, or failing cleanly), lost answers, and refused permissions.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startKubernetesEmulator, type KubernetesEmulator } from './emulators/kubernetes';
import { kubeDriver, launchRequest } from './emulators/kubernetes/driver-fixture';

let emu: KubernetesEmulator;
beforeEach(async () => {
  emu = await startKubernetesEmulator();
});
afterEach(async () => {
  await emu.close();
});

// The scheduler's message for a GPU Pod on a cluster without free GPUs (format of
// pkg/scheduler/framework: "0/N nodes are available: …").
const NO_GPU =
  '0/3 nodes are available: 3 Insufficient nvidia.com/gpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.';

describe('a Pod that never starts fails the start with the reason and leaves nothing', () => {
  it('unschedulable: the scheduler message, at the launch timeout', async () => {
    emu.fate(/./, { kind: 'unschedulable', message: NO_GPU });
    const { driver, options } = kubeDriver(emu, { gpus: 1, launchTimeoutSeconds: 0.5 });
    const instance = await driver.launch(launchRequest());
    const started = Date.now();
    await expect(driver.waitRunning(instance)).rejects.toThrow(
      `did not start within ${options.launchTimeoutSeconds} s: ${NO_GPU}`,
    );
    const elapsed = (Date.now() - started) / 1000;
    // Waits for a cluster autoscaler (GPU pools often scale from zero), but not beyond.
    expect(elapsed).toBeGreaterThanOrEqual(options.launchTimeoutSeconds);
    expect(elapsed).toBeLessThan(options.launchTimeoutSeconds + 1);
    expect(emu.leftovers()).toEqual([]);
  });

  it('image pull error: fails as soon as the kubelet backs off, long before the timeout', async () => {
    emu.fate(/./, { kind: 'image-pull' });
    const { driver } = kubeDriver(emu, { image: 'no-such/image:1', launchTimeoutSeconds: 30 });
    const instance = await driver.launch(launchRequest());
    const started = Date.now();
    await expect(driver.waitRunning(instance)).rejects.toThrow(
      /cannot start: ImagePullBackOff: Back-off pulling image "no-such\/image:1"/,
    );
    expect(Date.now() - started).toBeLessThan(5000);
    expect(emu.leftovers()).toEqual([]);
  });

  it('configuration error: fails with the kubelet message', async () => {
    emu.fate(/./, { kind: 'config-error', message: 'secret "x" not found' });
    const { driver } = kubeDriver(emu, { launchTimeoutSeconds: 30 });
    const instance = await driver.launch(launchRequest());
    await expect(driver.waitRunning(instance)).rejects.toThrow(
      'cannot start: CreateContainerConfigError: secret "x" not found',
    );
    expect(emu.leftovers()).toEqual([]);
  });

  it('scheduled but pending forever: fails at the timeout with the events', async () => {
    emu.fate(/./, { kind: 'pending' });
    const { driver } = kubeDriver(emu, { launchTimeoutSeconds: 0.3 });
    const instance = await driver.launch(launchRequest());
    await expect(driver.waitRunning(instance)).rejects.toThrow(/did not start within 0.3 s/);
    expect(emu.leftovers()).toEqual([]);
  });

  it('ended before running: says how', async () => {
    emu.fate(/./, { kind: 'pending' });
    const { driver } = kubeDriver(emu, { launchTimeoutSeconds: 5 });
    const instance = await driver.launch(launchRequest());
    emu.finish(instance.name, 'Failed', 2);
    await expect(driver.waitRunning(instance)).rejects.toThrow(
      'ended before it ran (container Error (exit code 2))',
    );
    expect(emu.leftovers()).toEqual([]);
  });

  it('the console of a Pod that never started names the waiting reason and events', async () => {
    emu.fate(/./, { kind: 'unschedulable', message: NO_GPU });
    const { driver } = kubeDriver(emu);
    const instance = await driver.launch(launchRequest());
    await driver.get(instance);
    const tail = await driver.consoleTail(instance, 40);
    expect(tail).toContain('is waiting to start');
    expect(tail).toContain(`FailedScheduling: ${NO_GPU}`);
  });
});

describe('API failures', () => {
  it.each([429, 500, 503])('retries %s answers and creates exactly one runner', async (code) => {
    emu.failNext(2, code, { method: 'POST', path: /\/pods$/ });
    emu.failNext(1, code, { method: 'POST', path: /\/secrets$/ });
    emu.failNext(1, code, { method: 'GET' });
    const { driver } = kubeDriver(emu);
    const instance = await driver.launch(launchRequest());
    await driver.waitRunning(instance);
    expect(emu.pods.size).toBe(1);
    expect(emu.secrets.size).toBe(1);
    emu.failNext(1, code, { method: 'DELETE' });
    expect(await driver.terminate([instance])).toEqual({ notFound: [] });
    expect(emu.leftovers()).toEqual([]);
  });

  it('honours Retry-After', async () => {
    emu.failNext(1, 429, { method: 'POST', path: /\/pods$/, retryAfter: 1 });
    const { driver } = kubeDriver(emu);
    const started = Date.now();
    await driver.launch(launchRequest());
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it('adopts its own Pod when the answer to the create was lost', async () => {
    emu.failNext(1, 503, { method: 'POST', path: /\/pods$/, afterApply: true });
    const { driver } = kubeDriver(emu);
    const request = launchRequest();
    const instance = await driver.launch(request);
    await driver.waitRunning(instance);
    expect(emu.pods.size).toBe(1);
    expect(emu.requests.filter((r) => r.resource === 'pods' && r.status === 409)).toHaveLength(1);
  });

  it('refuses to adopt a Pod of the same name that is not ours', async () => {
    const { driver } = kubeDriver(emu);
    const request = launchRequest();
    await driver.launch({ ...request, tags: { ...request.tags, 'cml-run-id': 'other' } });
    emu.secrets.clear();
    await expect(driver.launch(request)).rejects.toThrow(/already exists/);
    // Theirs is left alone.
    expect(emu.pods.has(`${emu.namespace}/${request.name}`)).toBe(true);
    expect(emu.requests.some((r) => r.verb === 'delete')).toBe(false);
  });

  it('a persistent server error fails the launch and removes the Pod it made', async () => {
    emu.failNext(10, 500, { method: 'POST', path: /\/secrets$/ });
    const { driver } = kubeDriver(emu);
    await expect(driver.launch(launchRequest())).rejects.toThrow(
      /Kubernetes could not create Secret .*: HTTP 500: injected/,
    );
    expect(emu.leftovers()).toEqual([]);
  });

  it('a 403 is a permission error naming the Role to bind', async () => {
    emu.failNext(1, 403, { method: 'POST' });
    const { driver } = kubeDriver(emu);
    await expect(driver.launch(launchRequest())).rejects.toMatchObject({
      name: 'PermissionError',
      hint: expect.stringContaining('docs/kubernetes.md'),
    });
    expect(emu.leftovers()).toEqual([]);
  });

  it('a wrong token fails without retrying', async () => {
    const { driver } = kubeDriver(emu, {
      kubeconfig: { kind: 'inline', yaml: emu.kubeconfig({ token: 'wrong' }) },
    });
    await expect(driver.list({ 'cml-runner': 'true' })).rejects.toThrow(
      'Kubernetes could not list Pods: HTTP 401: Unauthorized',
    );
    expect(emu.requests).toHaveLength(1);
  });
});
