import { ConfigurationError } from '../core/errors';
import type { CloudKind } from './types';

/**
 * CML's generic machine sizes (s, m, l, xl, optionally with a GPU: `m+t4`, `l+v100` …) and what
 * they mean on each cloud, as CML's Terraform provider defines them. Anything else is taken as
 * the cloud's own type name (`g5.xlarge`, `n1-standard-8`).
 */
interface GceSize {
  machineType: string;
  gpu?: { type: string; count: number };
}

const AWS_SIZES: Record<string, string> = {
  s: 't2.micro',
  m: 'm5.2xlarge',
  l: 'm5.8xlarge',
  xl: 'm5.16xlarge',
  'm+t4': 'g4dn.xlarge',
  'm+k80': 'p2.xlarge',
  'l+k80': 'p2.8xlarge',
  'xl+k80': 'p2.16xlarge',
  // CML's table says p3.xlarge, which EC2 never had; p3.2xlarge is the one-V100 type.
  'm+v100': 'p3.2xlarge',
  'l+v100': 'p3.8xlarge',
  'xl+v100': 'p3.16xlarge',
};

const GCE_SIZES: Record<string, GceSize> = {
  s: { machineType: 'g1-small' },
  m: { machineType: 'e2-custom-8-32768' },
  l: { machineType: 'e2-custom-32-131072' },
  xl: { machineType: 'n2-custom-64-262144' },
  'm+t4': { machineType: 'n1-standard-4', gpu: { type: 'nvidia-tesla-t4', count: 1 } },
  'm+k80': { machineType: 'custom-8-53248', gpu: { type: 'nvidia-tesla-k80', count: 1 } },
  'l+k80': { machineType: 'custom-32-131072', gpu: { type: 'nvidia-tesla-k80', count: 4 } },
  'xl+k80': { machineType: 'custom-64-212992-ext', gpu: { type: 'nvidia-tesla-k80', count: 8 } },
  'm+v100': { machineType: 'custom-8-65536-ext', gpu: { type: 'nvidia-tesla-v100', count: 1 } },
  'l+v100': { machineType: 'custom-32-262144-ext', gpu: { type: 'nvidia-tesla-v100', count: 4 } },
  'xl+v100': { machineType: 'custom-64-524288-ext', gpu: { type: 'nvidia-tesla-v100', count: 8 } },
};

/** CML's --cloud-gpu words; `tesla` was CML's old name for the K80. */
const GPU_ALIASES: Record<string, string | undefined> = {
  nogpu: undefined,
  '': undefined,
  k80: 'k80',
  tesla: 'k80',
  v100: 'v100',
  t4: 't4',
};

export interface ResolvedSize {
  /** Instance or machine type names, tried in order. */
  types: string[];
  /** GCE accelerator, when the size or --cloud-gpu asks for one. */
  gpu?: { type: string; count: number };
  /** Whether a GPU was asked for (the startup script then checks nvidia-smi). */
  wantsGpu: boolean;
}

/**
 * Resolves `--cloud-type` (a list, tried in order) and `--cloud-gpu` for one cloud. A generic
 * size combines with the GPU word (`m` + `v100` → `m+v100`); a cloud type name passes through,
 * and on GCE a GPU word or `type:count` becomes a guest accelerator.
 */
export function resolveSize(
  cloud: CloudKind,
  types: string[],
  gpu: string | undefined,
): ResolvedSize {
  let gpuWord = (gpu ?? '').trim().toLowerCase();
  // `gpu: true` says the type itself has GPUs (g5.xlarge, GCE a2-/g2-): check nvidia-smi, attach
  // no accelerator. `false` means none.
  const builtIn = gpuWord === 'true';
  if (builtIn || gpuWord === 'false') gpuWord = gpuWord === 'true' ? 'builtin' : '';
  const [gpuName, gpuCountText] = gpuWord.split(':');
  const generic = gpuName! in GPU_ALIASES ? GPU_ALIASES[gpuName!] : undefined;
  const list = types.length ? types : ['m'];
  const resolved: ResolvedSize = { types: [], wantsGpu: gpuWord !== '' && gpuWord !== 'nogpu' };
  for (const raw of list) {
    const size = generic && !raw.includes('+') ? `${raw}+${generic}` : raw;
    if (cloud === 'aws') {
      resolved.types.push(AWS_SIZES[size] ?? raw);
      if (AWS_SIZES[size] && size.includes('+')) resolved.wantsGpu = true;
    } else {
      const known = GCE_SIZES[size];
      resolved.types.push(known?.machineType ?? raw);
      if (known?.gpu) {
        resolved.gpu = known.gpu;
        resolved.wantsGpu = true;
      }
    }
  }
  if (cloud === 'gcp' && !resolved.gpu && resolved.wantsGpu && !builtIn) {
    const count = gpuCountText ? Number(gpuCountText) : 1;
    if (!Number.isInteger(count) || count < 1) {
      throw new ConfigurationError(
        `GPU '${gpu}': expected <type> or <type>:<count>, e.g. nvidia-tesla-t4:2.`,
      );
    }
    const type = generic ? `nvidia-tesla-${generic}` : gpuName!;
    resolved.gpu = { type, count };
  }
  return resolved;
}
