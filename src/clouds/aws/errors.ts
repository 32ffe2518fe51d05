import type { AwsOptions } from './ec2-driver';

/** EC2 answers that mean "not here, not now": another type, subnet or market may work. */
const CAPACITY_CODES = new Set([
  'InsufficientInstanceCapacity',
  'InsufficientHostCapacity',
  'InsufficientCapacity',
  'InsufficientReservedInstanceCapacity',
  'InsufficientFreeAddressesInSubnet',
  'InstanceLimitExceeded',
  'VcpuLimitExceeded',
  'SpotMaxPriceTooLow',
  'MaxSpotInstanceCountExceeded',
  'Unsupported',
]);

const PERMISSION_CODES = new Set(['UnauthorizedOperation', 'AuthFailure', 'Blocked']);

export function isCapacityCode(code: string): boolean {
  return CAPACITY_CODES.has(code);
}

export function isPermissionCode(code: string): boolean {
  return PERMISSION_CODES.has(code);
}

export interface Attempt {
  type: string;
  subnet?: string;
  spot: boolean;
}

/**
 * The order launches are tried in: every type (in the user's order) in every subnet on the spot
 * market first when spot was asked for, then the same on demand if fallback is on.
 */
export function attemptPlan(
  options: Pick<AwsOptions, 'instanceTypes' | 'subnets' | 'spot' | 'spotFallback'>,
): Attempt[] {
  const markets = options.spot ? (options.spotFallback ? [true, false] : [true]) : [false];
  const subnets = options.subnets.length ? options.subnets : [undefined];
  const plan: Attempt[] = [];
  for (const spot of markets)
    for (const type of options.instanceTypes)
      for (const subnet of subnets) plan.push({ type, subnet, spot });
  return plan;
}
