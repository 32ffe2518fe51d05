import { ConfigurationError } from '../core/errors';
import type { CloudKind } from './types';

/**
 * CML's generic machine sizes (s, m, l, xl, optionally with a GPU: `m+t4`, `l+a100` …) and what
 * they mean on each cloud. CML's Terraform provider defined s/m/l/xl and the K80/V100/T4 sizes;
 * six of its seven AWS GPU sizes pointed at retired hardware (P2 = K80, P3 = V100), so the table
 * maps to the current GPU families instead (T4 g4dn, A10G g5, L4 g6 / GCE g2, A100 p4d / a2,
 * H100 p5 / a3) and a retired size fails with a message naming its replacement. Anything else is
 * taken as the cloud's own type name (`g5.xlarge`, `n1-standard-8`).
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
  'l+t4': 'g4dn.12xlarge',
  'xl+t4': 'g4dn.metal',
  'm+a10g': 'g5.xlarge',
  'l+a10g': 'g5.12xlarge',
  'xl+a10g': 'g5.48xlarge',
  'm+l4': 'g6.xlarge',
  'l+l4': 'g6.12xlarge',
  'xl+l4': 'g6.48xlarge',
  'xl+a100': 'p4d.24xlarge',
  'xl+h100': 'p5.48xlarge',
};

const GCE_SIZES: Record<string, GceSize> = {
  s: { machineType: 'g1-small' },
  m: { machineType: 'e2-custom-8-32768' },
  l: { machineType: 'e2-custom-32-131072' },
  xl: { machineType: 'n2-custom-64-262144' },
  'm+t4': { machineType: 'n1-standard-4', gpu: { type: 'nvidia-tesla-t4', count: 1 } },
  'l+t4': { machineType: 'n1-standard-32', gpu: { type: 'nvidia-tesla-t4', count: 4 } },
  'm+l4': { machineType: 'g2-standard-8' },
  'l+l4': { machineType: 'g2-standard-48' },
  'xl+l4': { machineType: 'g2-standard-96' },
  'm+a100': { machineType: 'a2-highgpu-1g' },
  'l+a100': { machineType: 'a2-highgpu-4g' },
  'xl+a100': { machineType: 'a2-highgpu-8g' },
  'xl+h100': { machineType: 'a3-highgpu-8g' },
  // Compute Engine still offers the V100 (CML's sizes, kept).
  'm+v100': { machineType: 'custom-8-65536-ext', gpu: { type: 'nvidia-tesla-v100', count: 1 } },
  'l+v100': { machineType: 'custom-32-262144-ext', gpu: { type: 'nvidia-tesla-v100', count: 4 } },
  'xl+v100': { machineType: 'custom-64-524288-ext', gpu: { type: 'nvidia-tesla-v100', count: 8 } },
};

/** Retired hardware: what to ask for instead (the message names it). */
const RETIRED: Partial<Record<CloudKind, { test: RegExp; what: string; instead: string }[]>> = {
  aws: [
    {
      test: /^(\w+\+k80|p2\.\w+)$/,
      what: 'K80 (EC2 P2) is retired',
      instead: 'm+t4 (g4dn.xlarge) or m+a10g (g5.xlarge)',
    },
    {
      test: /^(\w+\+v100|p3\.\w+|p3dn\.\w+)$/,
      what: 'V100 (EC2 P3) is no longer offered',
      instead: 'm+a10g (g5.xlarge), l+a10g (g5.12xlarge) or xl+a100 (p4d.24xlarge)',
    },
  ],
  gcp: [
    {
      test: /^(\w+\+k80|nvidia-tesla-k80(:\d+)?)$/,
      what: 'the K80 (nvidia-tesla-k80) reached end of life on Compute Engine',
      instead: 'm+t4 (n1-standard-4 + nvidia-tesla-t4) or m+l4 (g2-standard-8)',
    },
    {
      test: /^\w+\+a10g$/,
      what: 'Compute Engine has no A10G',
      instead: 'm+l4 (g2-standard-8)',
    },
  ],
  // Azure and ECS sizes are resolved in their own folders (azure/sizes.ts, alibaba/sizes.ts).
  azure: [],
  alibaba: [],
};

/**
 * CML's --cloud-gpu words. CML's own table reads `tesla` as the V100 (its AWS p3 and GCE
 * nvidia-tesla-v100 entries), so `tesla` is the V100 here too: on AWS it fails like `v100`, with
 * the same replacement named.
 */
const GPU_ALIASES: Record<string, string | undefined> = {
  nogpu: undefined,
  '': undefined,
  k80: 'k80',
  tesla: 'v100',
  v100: 'v100',
  t4: 't4',
  a10g: 'a10g',
  l4: 'l4',
  a100: 'a100',
  h100: 'h100',
};

/** CML's --cloud-gpu words, as the `gpu` input accepts them (src/runners/config.ts checks early). */
export const GPU_WORDS = Object.keys(GPU_ALIASES).filter((word) => word !== '');

/** Compute Engine accelerator type names of CML's GPU words. */
const GCE_ACCELERATORS: Record<string, string> = {
  k80: 'nvidia-tesla-k80',
  t4: 'nvidia-tesla-t4',
  v100: 'nvidia-tesla-v100',
  l4: 'nvidia-l4',
  a100: 'nvidia-tesla-a100',
  h100: 'nvidia-h100-80gb',
};

/** Instance or machine types that come with GPUs of their own. */
const GPU_TYPES: Partial<Record<CloudKind, RegExp>> = {
  // EC2 accelerated-computing families with NVIDIA GPUs.
  aws: /^(g3|g3s|g4dn|g5|g5g|g6|g6e|gr6|g7|p2|p3|p3dn|p4d|p4de|p5|p5e|p5en|p6-\w+)\./,
  // Compute Engine accelerator-optimized families (the GPUs are part of the machine type).
  gcp: /^(a2|a3|a4|g2|g4)-/,
  // Azure N-series; ECS gn/ebmgn/sgn/vgn families.
  azure: /^Standard_N[CDV]/i,
  alibaba: /^ecs\.(gn|ebmgn|sgn|vgn)/,
};

export function isGpuType(cloud: CloudKind, type: string): boolean {
  // A cloud without machine types (kubernetes: the nvidia.com/gpu limit) has none of its own.
  return GPU_TYPES[cloud]?.test(type) ?? false;
}

export interface ResolvedSize {
  /** Instance or machine type names, tried in order. */
  types: string[];
  /** GCE accelerator, when the size or --cloud-gpu asks for one. */
  gpu?: { type: string; count: number };
  /** Whether a GPU was asked for (the startup script then checks nvidia-smi; the image has the driver). */
  wantsGpu: boolean;
}

function refuseRetired(cloud: CloudKind, name: string, input: string): void {
  const hit = RETIRED[cloud]?.find((r) => r.test.test(name));
  if (hit) {
    throw new ConfigurationError(
      `Input '${input}': '${name}' cannot launch on ${cloud}: ${hit.what}. Use ${hit.instead} instead.`,
      { input },
    );
  }
}

/**
 * Resolves `--cloud-type` (a list, tried in order) and `--cloud-gpu` for one cloud. A generic
 * size combines with the GPU word (`m` + `a10g` → `m+a10g`); a cloud type name passes through,
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
    refuseRetired(cloud, size, 'machine-types');
    if (cloud === 'aws') {
      const known = AWS_SIZES[size];
      if (!known && size.includes('+') && /^(s|m|l|xl)\+/.test(size)) {
        throw new ConfigurationError(
          `Input 'machine-types': no AWS size '${size}'. GPU sizes: ${Object.keys(AWS_SIZES)
            .filter((k) => k.includes('+'))
            .join(', ')}.`,
          { input: 'machine-types' },
        );
      }
      const type = known ?? raw;
      resolved.types.push(type);
      if (isGpuType('aws', type)) resolved.wantsGpu = true;
    } else {
      const known = GCE_SIZES[size];
      if (!known && size.includes('+') && /^(s|m|l|xl)\+/.test(size)) {
        throw new ConfigurationError(
          `Input 'machine-types': no Compute Engine size '${size}'. GPU sizes: ${Object.keys(
            GCE_SIZES,
          )
            .filter((k) => k.includes('+'))
            .join(', ')}.`,
          { input: 'machine-types' },
        );
      }
      const type = known?.machineType ?? raw;
      resolved.types.push(type);
      if (known?.gpu) resolved.gpu = known.gpu;
      if (known?.gpu || isGpuType('gcp', type)) resolved.wantsGpu = true;
    }
  }
  // A CML word with accelerator-optimized types (g2 + l4): the GPUs come with the type. An
  // accelerator named outright is attached as asked.
  const allBuiltIn =
    cloud === 'gcp' && generic !== undefined && resolved.types.every((t) => isGpuType('gcp', t));
  const named =
    gpuName !== undefined && gpuName !== '' && gpuName !== 'builtin' && gpuName !== 'nogpu';
  if (cloud === 'gcp' && !resolved.gpu && named && !allBuiltIn) {
    const count = gpuCountText ? Number(gpuCountText) : 1;
    if (!Number.isInteger(count) || count < 1) {
      throw new ConfigurationError(
        `GPU '${gpu}': expected <type> or <type>:<count>, e.g. nvidia-tesla-t4:2.`,
      );
    }
    const type = generic ? (GCE_ACCELERATORS[generic] ?? `nvidia-tesla-${generic}`) : gpuName!;
    refuseRetired('gcp', type, 'gpu');
    resolved.gpu = { type, count };
  }
  return resolved;
}
