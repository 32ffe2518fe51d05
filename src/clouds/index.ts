import type { Logger } from '../core/logger';
import { ALIBABA_SECRETS, readAlibabaOptions } from './alibaba/options';
import { AZURE_SECRETS, readAzureOptions } from './azure/options';
import { KUBERNETES_SECRETS, readKubernetesOptions } from './kubernetes/options';
import { ALIBABA_STARTUP } from './alibaba/startup';
import { AWS_STARTUP } from './aws/startup';
import { AZURE_STARTUP } from './azure/startup';
import type { CloudInputs, CommonCloudSettings } from './common-inputs';
import { GCE_STARTUP } from './gce/startup';
import { KUBERNETES_STARTUP } from './kubernetes/startup';
import type { CloudDriver, CloudKind } from './types';

type DriverFactory<O> = (options: O, logger: Logger) => CloudDriver;

interface CloudEntry<O> {
  /** Imports the driver, and with it the cloud's SDK: only when this cloud is used. */
  driver: () => Promise<DriverFactory<O>>;
  /**
   * Reads the cloud's options from the runner-provision inputs and the environment, without
   * loading any SDK. None: src/runners/config.ts reads them (aws, gcp, from before the registry).
   */
  options?: (
    inputs: CloudInputs,
    env: NodeJS.ProcessEnv,
    common: CommonCloudSettings,
  ) => O & { wantsGpu: boolean };
  /** Environment variables holding this cloud's secrets: masked before anything is logged. */
  secrets?: readonly string[];
  /** Bash for the runner's start-up script: this cloud's `reclaim_notice` (spot/preemption). */
  startup: string;
  /** Where an instance id is looked up, for "not found" messages ("region and account"). */
  where: string;
}

const entry = <O>(e: CloudEntry<O>) => e;

/** What every entry is, whatever its options type (for the completeness check below). */
interface AnyCloudEntry {
  driver: () => Promise<unknown>;
  options?: unknown;
  secrets?: readonly string[];
  startup: string;
  where: string;
}

/**
 * The clouds: one entry per kind. Adding a cloud is its folder under src/clouds/ and one line
 * here (plus its name in CloudKind and the `cloud` input's options). Each loader imports the
 * driver on demand, so a run on AWS never loads @google-cloud/compute or the Azure SDK (seconds
 * of start-up) and a stop of nothing loads none.
 */
export const CLOUDS = {
  aws: entry({
    driver: () => import('./aws/ec2-driver').then((m) => m.createEc2Driver),
    startup: AWS_STARTUP,
    where: 'region and account',
  }),
  gcp: entry({
    driver: () => import('./gce/gce-driver').then((m) => m.createGceDriver),
    startup: GCE_STARTUP,
    where: 'project and zone',
  }),
  azure: entry({
    driver: () => import('./azure/azure-driver').then((m) => m.createAzureDriver),
    options: readAzureOptions,
    secrets: AZURE_SECRETS,
    startup: AZURE_STARTUP,
    where: 'subscription and resource group',
  }),
  alibaba: entry({
    driver: () => import('./alibaba/ecs-driver').then((m) => m.createEcsDriver),
    options: readAlibabaOptions,
    secrets: ALIBABA_SECRETS,
    startup: ALIBABA_STARTUP,
    where: 'region and account',
  }),
  kubernetes: entry({
    driver: () => import('./kubernetes/kubernetes-driver').then((m) => m.createKubernetesDriver),
    options: readKubernetesOptions,
    secrets: KUBERNETES_SECRETS,
    startup: KUBERNETES_STARTUP,
    where: 'cluster and namespace',
  }),
} satisfies Record<CloudKind, AnyCloudEntry>;

type Registry = typeof CLOUDS;
/** Each cloud's driver options, as its driver factory takes them. */
type OptionsOf<K extends CloudKind> = Parameters<Awaited<ReturnType<Registry[K]['driver']>>>[0];

/** `{ cloud: 'aws', aws: {…} }`, `{ cloud: 'azure', azure: {…} }`, … */
export type CloudOptions = {
  [K in CloudKind]: { cloud: K } & { [P in K]: OptionsOf<K> };
}[CloudKind];

/** The driver for the chosen cloud, its SDK imported on demand. */
export async function createCloud(options: CloudOptions, logger: Logger): Promise<CloudDriver> {
  const create = (await CLOUDS[options.cloud].driver()) as DriverFactory<unknown>;
  return create((options as Record<string, unknown>)[options.cloud], logger);
}

/**
 * The options of a cloud that reads its own inputs, and whether they ask for a GPU; undefined
 * for the clouds src/runners/config.ts reads (aws, gcp).
 */
export function readCloudOptions(
  kind: CloudKind,
  inputs: CloudInputs,
  env: NodeJS.ProcessEnv,
  common: CommonCloudSettings,
): { cloud: CloudOptions; wantsGpu: boolean } | undefined {
  const reader = (CLOUDS[kind] as CloudEntry<unknown>).options;
  if (!reader) return undefined;
  const options = reader(inputs, env, common);
  return { cloud: { cloud: kind, [kind]: options } as CloudOptions, wantsGpu: options.wantsGpu };
}

/** The cloud's part of the runner's start-up script (bash defining reclaim_notice). */
export function cloudStartup(kind: CloudKind): string {
  return CLOUDS[kind].startup;
}

/** Where the cloud looks an instance id up, for messages. */
export function cloudWhere(kind: CloudKind): string {
  return CLOUDS[kind].where;
}

/** The clouds cml runs runners on, in registry order (the CLI's --cloud choices). */
export const CLOUD_KINDS = Object.keys(CLOUDS) as CloudKind[];

/** Every secret variable the registered clouds read, for masking. */
export const CLOUD_SECRET_VARIABLES: readonly string[] = Object.values(CLOUDS).flatMap(
  (c: AnyCloudEntry) => c.secrets ?? [],
);

export type {
  CloudDriver,
  CloudInstance,
  LaunchRequest,
  CloudKind,
  TerminateResult,
} from './types';
export { CapacityError, TAGS } from './types';
