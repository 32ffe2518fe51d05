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

/** TerminateInstances / DescribeInstances answers for an id that is not (or cannot be) an instance here. */
const NOT_FOUND_CODES = new Set(['InvalidInstanceID.NotFound', 'InvalidInstanceID.Malformed']);

export function isNotFoundCode(code: string): boolean {
  return NOT_FOUND_CODES.has(code);
}

/**
 * Spot request status codes that mean EC2 interrupted (or is about to interrupt) the instance,
 * from the EC2 User Guide's "Spot request status codes": the marked-for-* codes come with the
 * two-minute notice, the instance-terminated-/stopped- ones once EC2 has acted.
 */
const RECLAIM_STATUS = new Set([
  'marked-for-termination',
  'marked-for-stop',
  'marked-for-hibernation',
  'instance-terminated-by-price',
  'instance-terminated-no-capacity',
  'instance-terminated-capacity-oversubscribed',
  'instance-terminated-launch-group-constraint',
  'instance-stopped-by-price',
  'instance-stopped-no-capacity',
  'instance-stopped-capacity-oversubscribed',
  'instance-hibernated-by-price',
  'instance-hibernated-no-capacity',
]);

export function isReclaimStatus(code: string | undefined): boolean {
  return code !== undefined && RECLAIM_STATUS.has(code);
}

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
