import { ConfigurationError } from '../../core/errors';

/**
 * CML's generic sizes on Kubernetes: CPU and memory requests and a GPU count. The CPU/memory
 * figures are terraform-provider-iterative's for Kubernetes (iterative/kubernetes/provider.go:
 * s 1/1Gi, m 8/32Gi, l 32/128Gi, xl 64/256Gi); GPU sizes get 1, 4 or 8 GPUs (m, l, xl).
 */
const BASE: Record<string, { cpu: string; memory: string; gpus: number }> = {
  s: { cpu: '1', memory: '1Gi', gpus: 1 },
  m: { cpu: '8', memory: '32Gi', gpus: 1 },
  l: { cpu: '32', memory: '128Gi', gpus: 4 },
  xl: { cpu: '64', memory: '256Gi', gpus: 8 },
};

/**
 * The value CML's `key=infer` node selector takes for each GPU: GKE's
 * `cloud.google.com/gke-accelerator` values (TPI used nvidia-tesla-k80 and nvidia-tesla-v100).
 */
export const GPU_MODELS: Record<string, string> = {
  t4: 'nvidia-tesla-t4',
  l4: 'nvidia-l4',
  a10g: 'nvidia-a10g',
  a100: 'nvidia-tesla-a100',
  h100: 'nvidia-h100-80gb',
  v100: 'nvidia-tesla-v100',
  tesla: 'nvidia-tesla-v100',
  k80: 'nvidia-tesla-k80',
};

export interface KubernetesSize {
  cpu?: string;
  memory?: string;
  gpus: number;
  /** For `infer` node selectors. */
  gpuModel?: string;
}

/**
 * `machine-types` (a CML size such as m or m+t4; anything else sets no CPU/memory) and `gpu`
 * (nogpu, a CML GPU name, true, a count, or name:count).
 */
export function resolveKubernetesSize(
  machine: string | undefined,
  gpu: string | undefined,
): KubernetesSize {
  const [base, sizeGpu] = (machine ?? '').toLowerCase().split('+');
  const known = BASE[base ?? ''];
  const size: KubernetesSize = { cpu: known?.cpu, memory: known?.memory, gpus: 0 };
  let name = sizeGpu;
  let count: number | undefined;
  const g = (gpu ?? '').toLowerCase();
  if (g && g !== 'nogpu' && g !== 'false') {
    const [n, c] = g.split(':');
    if (/^\d+$/.test(n ?? '')) count = Number(n);
    else if (n !== 'true') name = n;
    if (c !== undefined) {
      if (!/^\d+$/.test(c)) {
        throw new ConfigurationError(
          `Input 'gpu': '${gpu}' is not a GPU count; write name:count (t4:2) or a count (2).`,
          { input: 'gpu' },
        );
      }
      count = Number(c);
    }
    count ??= name ? undefined : 1;
  }
  if (name) {
    size.gpuModel = GPU_MODELS[name] ?? name;
    size.gpus = count ?? known?.gpus ?? 1;
  } else size.gpus = count ?? 0;
  return size;
}
