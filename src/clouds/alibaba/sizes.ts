import { ConfigurationError } from '../../core/errors';

/**
 * CML's generic sizes on Alibaba Cloud ECS: general-purpose g7 for s/m/l/xl and the GPU families
 * ECS sells now: gn6i (T4), gn7i (A10), gn7e (A100 80 GB), gn6v (V100). Any other name passes
 * through as an ECS instance type (ecs.gn7i-c16g1.4xlarge).
 */
const SIZES: Record<string, string> = {
  s: 'ecs.g7.large',
  m: 'ecs.g7.2xlarge',
  l: 'ecs.g7.8xlarge',
  xl: 'ecs.g7.16xlarge',
  'm+t4': 'ecs.gn6i-c4g1.xlarge',
  'l+t4': 'ecs.gn6i-c24g1.24xlarge',
  'm+a10': 'ecs.gn7i-c8g1.2xlarge',
  'l+a10': 'ecs.gn7i-c32g1.32xlarge',
  'm+a100': 'ecs.gn7e-c16g1.4xlarge',
  'm+v100': 'ecs.gn6v-c8g1.2xlarge',
  'l+v100': 'ecs.gn6v-c8g1.8xlarge',
};

const GPU_WORDS: Record<string, string | undefined> = {
  '': undefined,
  nogpu: undefined,
  false: undefined,
  t4: 't4',
  a10: 'a10',
  a10g: 'a10',
  a100: 'a100',
  v100: 'v100',
  tesla: 'v100',
};

/** ECS GPU families: gn* (NVIDIA), ebmgn* (bare metal), sgn/vgn (virtualised GPUs). */
const GPU_TYPE = /^ecs\.(gn|ebmgn|sgn|vgn)/;

export const isEcsGpuType = (type: string): boolean => GPU_TYPE.test(type);

export function resolveEcsSize(
  types: string[],
  gpu: string | undefined,
): { types: string[]; wantsGpu: boolean } {
  const word = (gpu ?? '').trim().toLowerCase();
  if (word === 'k80') {
    throw new ConfigurationError(
      "Input 'gpu': the K80 (gn4/gn5) is retired on ECS. Use t4, a10 or a100.",
      { input: 'gpu' },
    );
  }
  if (word !== 'true' && !(word in GPU_WORDS)) {
    throw new ConfigurationError(
      `Input 'gpu': '${gpu}' is not an ECS GPU; accepted: nogpu, t4, a10 (or a10g), a100, v100, true.`,
      { input: 'gpu' },
    );
  }
  const generic = GPU_WORDS[word];
  const out = { types: [] as string[], wantsGpu: word === 'true' || generic !== undefined };
  for (const raw of types.length ? types : ['m']) {
    const size = generic && !raw.includes('+') ? `${raw}+${generic}` : raw;
    const known = SIZES[size];
    if (!known && /^(s|m|l|xl)(\+|$)/.test(size)) {
      throw new ConfigurationError(
        `Input 'machine-types': no ECS size '${size}'. Sizes: ${Object.keys(SIZES).join(', ')}.`,
        { input: 'machine-types' },
      );
    }
    const type = known ?? raw;
    out.types.push(type);
    if (isEcsGpuType(type)) out.wantsGpu = true;
  }
  return out;
}
