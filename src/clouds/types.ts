/**
 * What the runner lifecycle asks of a cloud: launch one instance (trying its fallbacks), find
 * ours by tags, terminate, and read the console for a failed launch. Each cloud's SDK is loaded
 * only when that cloud is used (src/clouds/index.ts imports the drivers dynamically).
 */
import type { CLOUD_NAMES } from '../inputs/runner-provision';

/** A cloud runners launch on (the names are declared with the runner-provision inputs). */
export type CloudKind = (typeof CLOUD_NAMES)[number];

export interface LaunchRequest {
  /** Instance name (also the runner name); lowercase letters, digits and hyphens. */
  name: string;
  /** The startup script, plain text; each driver encodes it as its cloud wants. */
  startupScript: string;
  /** Our tags: the driver writes them as EC2 tags or GCE labels. */
  tags: Record<string, string>;
  /** Hard maximum lifetime, in seconds (GCE enforces it with maxRunDuration); 0: no limit. */
  maxLifetimeSeconds: number;
}

export interface CloudInstance {
  id: string;
  name: string;
  /** Cloud-native state (EC2: pending/running/…; GCE: PROVISIONING/RUNNING/…). */
  state: string;
  /** Whether the instance has stopped running for good (terminated, or stopped on GCE). */
  ended: boolean;
  launchedAt?: Date;
  /** Zone (GCE) or availability zone (EC2). */
  zone?: string;
  /** Machine or instance type it got after fallbacks. */
  type?: string;
  spot?: boolean;
  tags: Record<string, string>;
  /** Why it ended, when the cloud says (spot reclaim is reported as 'spot-reclaimed'). */
  endReason?: string;
}

export interface CloudDriver {
  readonly kind: CloudKind;
  launch(request: LaunchRequest): Promise<CloudInstance>;
  /** Instances carrying every given tag (decoded back to our tag names), ended ones included. */
  list(tags: Record<string, string>): Promise<CloudInstance[]>;
  get(instance: Pick<CloudInstance, 'id' | 'name' | 'zone'>): Promise<CloudInstance | undefined>;
  /** Terminates (GCE: deletes, stopped VMs included); says which ids the cloud does not know. */
  terminate(instances: Pick<CloudInstance, 'id' | 'name' | 'zone'>[]): Promise<TerminateResult>;
  /** Resolves once the instance runs; rejects if it ends first or the launch timeout passes. */
  waitRunning(instance: Pick<CloudInstance, 'id' | 'name' | 'zone'>): Promise<void>;
  /** The last lines of the serial console, for a failed launch's log. */
  consoleTail(
    instance: Pick<CloudInstance, 'id' | 'name' | 'zone'>,
    lines: number,
  ): Promise<string>;
  /** Instances of ours that the cloud reclaimed (spot), among `instances`. */
  reclaimed(instances: Pick<CloudInstance, 'id' | 'name' | 'zone'>[]): Promise<string[]>;
}

export interface TerminateResult {
  /** Ids the cloud has no instance for (never existed, another region/zone/account, or long gone). */
  notFound: string[];
}

/** A launch failed for lack of capacity or quota: try the next type, zone or market. */
export class CapacityError extends Error {
  override readonly name = 'CapacityError';
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** Our tag names; EC2 keeps them as written, GCE labels use the same keys. */
export const TAGS = {
  marker: 'cml-runner',
  repository: 'cml-repository',
  runId: 'cml-run-id',
  attempt: 'cml-run-attempt',
  expiresAt: 'cml-expires-at',
  forge: 'cml-forge',
  forgeRunnerId: 'cml-forge-runner-id',
} as const;
