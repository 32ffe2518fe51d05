import { ConfigurationError } from '../../core/errors';

/**
 * CML's generic sizes on Azure. CML's Terraform provider used Standard_B1s / F8s_v2 / F32s_v2 /
 * F64s_v2 for s/m/l/xl (kept) and the NC (K80) and NCv3 (V100) families for GPUs, both retired by
 * Azure; GPU sizes map to the families Azure sells now: NCasT4_v3 (T4), NVadsA10_v5 (A10) and
 * NC A100 v4 (A100). Any other name passes through as an Azure size (Standard_NC8as_T4_v3).
 */
const SIZES: Record<string, string> = {
  s: 'Standard_B1s',
  m: 'Standard_F8s_v2',
  l: 'Standard_F32s_v2',
  xl: 'Standard_F64s_v2',
  'm+t4': 'Standard_NC4as_T4_v3',
  'l+t4': 'Standard_NC16as_T4_v3',
  'xl+t4': 'Standard_NC64as_T4_v3',
  // A whole A10 (the smaller NVadsA10_v5 sizes are GPU partitions).
  'm+a10': 'Standard_NV36ads_A10_v5',
  'l+a10': 'Standard_NV72ads_A10_v5',
  'm+a100': 'Standard_NC24ads_A100_v4',
  'l+a100': 'Standard_NC48ads_A100_v4',
  'xl+a100': 'Standard_NC96ads_A100_v4',
};

/** CML's --cloud-gpu words; AWS's A10G is the A10's variant, so it lands on NVadsA10_v5. */
const GPU_WORDS: Record<string, string | undefined> = {
  '': undefined,
  nogpu: undefined,
  false: undefined,
  t4: 't4',
  a10: 'a10',
  a10g: 'a10',
  a100: 'a100',
};

const RETIRED: Record<string, string> = {
  k80: 'the NC series (K80) was retired by Azure in 2023',
  v100: 'the NCv3 series (V100) is retired by Azure',
  tesla: 'the NCv3 series (V100, CML’s tesla) is retired by Azure',
};

/** Azure sizes with NVIDIA GPUs: N-series (NC, ND, NV and their variants). */
const GPU_SIZE = /^Standard_N[CDV]/i;

/** NVadsA10_v5 needs NVIDIA's GRID driver (a GPU partition), not the CUDA datacenter driver. */
export const isGridSize = (size: string): boolean => /_A10_v5$/i.test(size);

export function isAzureGpuSize(size: string): boolean {
  return GPU_SIZE.test(size);
}

export interface AzureSize {
  sizes: string[];
  wantsGpu: boolean;
}

/** Resolves machine-types (tried in order) and gpu for Azure. */
export function resolveAzureSize(types: string[], gpu: string | undefined): AzureSize {
  const word = (gpu ?? '').trim().toLowerCase();
  if (word in RETIRED) {
    throw new ConfigurationError(
      `Input 'gpu': '${word}' cannot launch on azure: ${RETIRED[word]}. Use t4, a10 or a100.`,
      { input: 'gpu' },
    );
  }
  const builtIn = word === 'true';
  if (!builtIn && !(word in GPU_WORDS)) {
    throw new ConfigurationError(
      `Input 'gpu': '${gpu}' is not an Azure GPU; accepted: nogpu, t4, a10 (or a10g), a100, true.`,
      { input: 'gpu' },
    );
  }
  const generic = GPU_WORDS[word];
  const result: AzureSize = { sizes: [], wantsGpu: builtIn || generic !== undefined };
  for (const raw of types.length ? types : ['m']) {
    const size = generic && !raw.includes('+') ? `${raw}+${generic}` : raw;
    const [, gpuPart] = size.split('+');
    if (gpuPart && gpuPart in RETIRED) {
      throw new ConfigurationError(
        `Input 'machine-types': '${size}' cannot launch on azure: ${RETIRED[gpuPart]}. Use m+t4, m+a10 or m+a100.`,
        { input: 'machine-types' },
      );
    }
    const known = SIZES[size];
    if (!known && /^(s|m|l|xl)(\+|$)/.test(size)) {
      throw new ConfigurationError(
        `Input 'machine-types': no Azure size '${size}'. Sizes: ${Object.keys(SIZES).join(', ')}.`,
        { input: 'machine-types' },
      );
    }
    const name = known ?? raw;
    result.sizes.push(name);
    if (isAzureGpuSize(name)) result.wantsGpu = true;
  }
  return result;
}
