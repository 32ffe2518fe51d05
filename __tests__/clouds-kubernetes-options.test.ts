// Reading the kubernetes options: CML's node selector syntax (bin/cml/runner/launch.js splits
// each `key=value` on the first `=`, later keys win; terraform-provider-iterative's
// iterative/kubernetes/provider.go replaces `infer` with the GPU model and drops it without a
// GPU), tolerations, quantities, credentials precedence, spot providers, CML sizes.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_IMAGE,
  kubeconfigSource,
  parseNodeSelector,
  parseTolerations,
  readKubernetesOptions,
} from '../src/clouds/kubernetes/options';
import { resolveKubernetesSize } from '../src/clouds/kubernetes/sizes';
import { inputVariable } from '../src/core/input-env';
import { readInputs, type RawInputs } from '../src/inputs';
import { startKubernetesEmulator, type KubernetesEmulator } from './emulators/kubernetes';
import { kubeDriver } from './emulators/kubernetes/driver-fixture';

const common = { pollSeconds: 1, launchTimeoutSeconds: 600 };
const env = { KUBECONFIG: '/home/ci/.kube/config' };

/** The typed runner-provision inputs, read through the declarations as the action reads them. */
function inputs(raw: RawInputs<'runner-provision'>) {
  const vars: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries({ cloud: 'kubernetes', ...raw })) vars[inputVariable(k)] = v;
  return readInputs('runner-provision', () => undefined, vars);
}

describe('node selector (CML syntax)', () => {
  it('the last value of a key wins', () => {
    expect(parseNodeSelector(['disktype=ssd', 'pool=gpu', 'disktype=nvme'], undefined)).toEqual({
      disktype: 'nvme',
      pool: 'gpu',
    });
  });

  it('infer takes the GPU model, and is dropped without a GPU', () => {
    expect(parseNodeSelector(['accelerator=infer'], 'nvidia-l4')).toEqual({
      accelerator: 'nvidia-l4',
    });
    expect(parseNodeSelector(['accelerator=infer', 'a=b'], undefined)).toEqual({ a: 'b' });
  });

  it.each(['nokey', '=v', 'bad key=v', 'k=has/slash', 'pool=a=b'])(
    'refuses %s naming the input',
    (item) => {
      expect(() => parseNodeSelector([item], undefined)).toThrow(/kubernetes-node-selector/);
    },
  );
});

describe('tolerations', () => {
  it('reads the taint syntax', () => {
    expect(
      parseTolerations(['dedicated=ml:NoSchedule', 'nvidia.com/gpu:NoSchedule', 'spot']),
    ).toEqual([
      { key: 'dedicated', operator: 'Equal', value: 'ml', effect: 'NoSchedule' },
      { key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' },
      { key: 'spot', operator: 'Exists' },
    ]);
  });
  it('refuses an unknown effect', () => {
    expect(() => parseTolerations(['a=b:Never'])).toThrow(/kubernetes-tolerations.*NoExecute/);
  });
});

describe('sizes', () => {
  it.each([
    ['m', undefined, { cpu: '8', memory: '32Gi', gpus: 0 }],
    ['m+t4', undefined, { cpu: '8', memory: '32Gi', gpus: 1, gpuModel: 'nvidia-tesla-t4' }],
    ['xl', 'a100', { cpu: '64', memory: '256Gi', gpus: 8, gpuModel: 'nvidia-tesla-a100' }],
    ['m', 'l4:2', { cpu: '8', memory: '32Gi', gpus: 2, gpuModel: 'nvidia-l4' }],
    ['custom', '3', { gpus: 3 }],
    ['m', 'nogpu', { cpu: '8', memory: '32Gi', gpus: 0 }],
  ] as const)('%s with gpu %s', (machine, gpu, want) => {
    expect(resolveKubernetesSize(machine, gpu)).toEqual(
      expect.objectContaining(want as Record<string, unknown>),
    );
  });
});

describe('readKubernetesOptions', () => {
  it('maps the runner-provision inputs onto the Pod options', () => {
    const o = readKubernetesOptions(
      inputs({
        'machine-types': 'l+l4',
        'kubernetes-node-selector': 'cloud.google.com/gke-accelerator=infer',
        'kubernetes-memory': '100Gi',
        'disk-size': '200',
        spot: 'true',
        'kubernetes-spot-provider': 'gke',
        'kubernetes-namespace': 'ml',
      }),
      env,
      common,
    );
    expect(o).toMatchObject({
      kubeconfig: { kind: 'file', path: env.KUBECONFIG },
      namespace: 'ml',
      image: DEFAULT_IMAGE,
      nodeSelector: { 'cloud.google.com/gke-accelerator': 'nvidia-l4' },
      gpus: 4,
      wantsGpu: true,
      cpu: '32',
      memory: '100Gi',
      ephemeralStorageGb: 200,
      spot: 'gke',
    });
  });

  it('spot needs the provider, named in the error', () => {
    expect(() => readKubernetesOptions(inputs({ spot: 'true' }), env, common)).toThrow(
      /kubernetes-spot-provider.*eks, gke, aks/,
    );
  });

  it('refuses a CPU that is not a quantity', () => {
    expect(() => readKubernetesOptions(inputs({ 'kubernetes-cpu': 'two' }), env, common)).toThrow(
      "Input 'kubernetes-cpu': 'two' is not a Kubernetes quantity",
    );
  });
});

describe('credentials', () => {
  it('input, then KUBERNETES_CONFIGURATION, then KUBECONFIG, then in-cluster', () => {
    const yaml = 'apiVersion: v1\nkind: Config\n';
    expect(kubeconfigSource('/tmp/kc', { KUBECONFIG: '/x' })).toEqual({
      kind: 'file',
      path: '/tmp/kc',
    });
    expect(kubeconfigSource(yaml, {})).toEqual({ kind: 'inline', yaml });
    expect(
      kubeconfigSource(undefined, { KUBERNETES_CONFIGURATION: yaml, KUBECONFIG: '/x' }),
    ).toEqual({
      kind: 'inline',
      yaml,
    });
    expect(
      kubeconfigSource(undefined, { KUBECONFIG: '/x', KUBERNETES_SERVICE_HOST: '10.0.0.1' }),
    ).toEqual({
      kind: 'file',
      path: '/x',
    });
    expect(kubeconfigSource(undefined, { KUBERNETES_SERVICE_HOST: '10.0.0.1' })).toEqual({
      kind: 'in-cluster',
    });
    expect(() => kubeconfigSource(undefined, {})).toThrow(/Input 'kubeconfig' is required/);
  });

  describe('against the emulator', () => {
    let emu: KubernetesEmulator;
    beforeEach(async () => {
      emu = await startKubernetesEmulator();
    });
    afterEach(async () => {
      await emu.close();
    });

    it('loads a kubeconfig file and uses its context namespace', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'kc-'));
      writeFileSync(join(dir, 'config'), emu.kubeconfig());
      const { driver } = kubeDriver(emu, {
        kubeconfig: { kind: 'file', path: join(dir, 'config') },
      });
      expect(await driver.list({ 'cml-runner': 'true' })).toEqual([]);
      expect(emu.requests[0]?.namespace).toBe(emu.namespace);
    });

    it('a broken kubeconfig is a configuration error naming the input', async () => {
      const { driver } = kubeDriver(emu, { kubeconfig: { kind: 'inline', yaml: 'clusters: [' } });
      await expect(driver.list({})).rejects.toMatchObject({
        name: 'ConfigurationError',
        message: expect.stringContaining("Input 'kubeconfig'"),
      });
    });
  });
});
