import { ConfigurationError } from '../../core/errors';
import type { InputName } from '../../inputs';
import type { CloudInputs, CommonCloudSettings } from '../common-inputs';
import { resolveKubernetesSize } from './sizes';
import { SPOT_PLACEMENT, type SpotProvider } from './spot';

/** Where the credentials come from, resolved before the client library is loaded. */
export type KubeconfigSource =
  | { kind: 'file'; path: string }
  | { kind: 'inline'; yaml: string }
  /** The service account the step itself runs under (a runner Pod in the same cluster). */
  | { kind: 'in-cluster' };

/** One toleration, as the Pod spec spells it. */
export interface KubernetesToleration {
  key?: string;
  operator: 'Equal' | 'Exists';
  value?: string;
  effect?: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';
}

export interface KubernetesOptions {
  kubeconfig: KubeconfigSource;
  /** Context of the kubeconfig to use; none: its current-context. */
  context?: string;
  /** Namespace the Pods and Secrets live in; none: the context's namespace, else `default`. */
  namespace?: string;
  /** Container image that runs the start-up script (needs bash and apt-get or curl/sudo/ps). */
  image: string;
  /** Node selector after CML's `infer` values are resolved. */
  nodeSelector: Record<string, string>;
  tolerations: KubernetesToleration[];
  /** `nvidia.com/gpu` limit; 0: none. */
  gpus: number;
  wantsGpu: boolean;
  /** Kubernetes quantities (`2`, `500m`; `8Gi`); undefined: not requested. */
  cpu?: string;
  memory?: string;
  /** Ephemeral storage request and limit in GiB (CML's `--cloud-hdd-size`); 0: none. */
  ephemeralStorageGb: number;
  /** Spot node pool to target; undefined: on-demand (no spot placement). */
  spot?: SpotProvider;
  pollSeconds: number;
  launchTimeoutSeconds: number;
  /** First retry delay for 429/5xx/network failures, doubled each time (tests shorten it). */
  retryBaseMs?: number;
}

/**
 * Ubuntu 24.04 pinned by tag: the start-up script is bash and installs with apt-get, which the
 * official runner images are not built for (they run as an unprivileged user without the
 * script's tools); 24.04 is the LTS with standard support to 2029, and its image is ~30 MB.
 */
export const DEFAULT_IMAGE = 'ubuntu:24.04';

/** Secrets the Kubernetes path reads from the environment: masked before anything is logged. */
export const KUBERNETES_SECRETS = ['KUBERNETES_CONFIGURATION'];

const QUANTITY = /^[+]?(\d+(\.\d*)?|\.\d+)(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei|[eE][+-]?\d+)?$/;
// A label value (also what nodeSelector values and toleration values must be).
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const LABEL_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** A label key: an optional DNS-subdomain prefix and `/`, then a name of at most 63 characters. */
export function isLabelKey(key: string): boolean {
  const slash = key.lastIndexOf('/');
  const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
  const name = slash >= 0 ? key.slice(slash + 1) : key;
  if (prefix !== undefined && (prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix))) return false;
  return name.length <= 63 && LABEL_NAME.test(name);
}
export const isLabelValue = (v: string): boolean => v.length <= 63 && LABEL_VALUE.test(v);

/**
 * CML's `--cloud-kubernetes-node-selector key=value` (repeatable; split on the first `=`; the
 * last value of a key wins; `infer` stands for the GPU model, dropped when no GPU is asked for:
 * bin/cml/runner/launch.js and terraform-provider-iterative iterative/kubernetes/provider.go).
 * CML also applied `accelerator=infer` when none was given; we do not: few clusters label nodes
 * `accelerator`, so that default left GPU Pods unschedulable, and the nvidia.com/gpu limit
 * already steers them to GPU nodes.
 */
export function parseNodeSelector(
  items: string[],
  gpuModel: string | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of items) {
    const at = item.indexOf('=');
    const key = at >= 0 ? item.slice(0, at).trim() : '';
    const raw = at >= 0 ? item.slice(at + 1).trim() : '';
    if (!key || !isLabelKey(key)) {
      throw new ConfigurationError(
        `Input 'kubernetes-node-selector': '${item}' is not key=value with a Kubernetes label key (e.g. disktype=ssd, cloud.google.com/gke-accelerator=nvidia-l4).`,
        { input: 'kubernetes-node-selector' },
      );
    }
    if (raw === 'infer') {
      if (gpuModel) out[key] = gpuModel;
      else delete out[key];
      continue;
    }
    if (!isLabelValue(raw)) {
      throw new ConfigurationError(
        `Input 'kubernetes-node-selector': value '${raw}' of ${key} is not a Kubernetes label value (63 characters at most: letters, digits, '-', '_', '.', starting and ending alphanumeric).`,
        { input: 'kubernetes-node-selector' },
      );
    }
    out[key] = raw;
  }
  return out;
}

/**
 * Tolerations as kubectl's taint syntax: `key=value:Effect`, `key:Effect` (Exists), `key`
 * (Exists, any effect) or `:Effect`-less `key=value` (Equal, any effect).
 */
export function parseTolerations(items: string[]): KubernetesToleration[] {
  const effects = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];
  return items.map((item) => {
    const colon = item.lastIndexOf(':');
    const effect = colon >= 0 ? item.slice(colon + 1) : undefined;
    const pair = colon >= 0 ? item.slice(0, colon) : item;
    const eq = pair.indexOf('=');
    const key = eq >= 0 ? pair.slice(0, eq) : pair;
    const value = eq >= 0 ? pair.slice(eq + 1) : undefined;
    const bad =
      (effect !== undefined && !effects.includes(effect)) ||
      !key ||
      !isLabelKey(key) ||
      (value !== undefined && !isLabelValue(value));
    if (bad) {
      throw new ConfigurationError(
        `Input 'kubernetes-tolerations': '${item}' is not a toleration; write key=value:Effect, key:Effect or key (Effect: ${effects.join(', ')}).`,
        { input: 'kubernetes-tolerations' },
      );
    }
    const t: KubernetesToleration =
      value === undefined ? { key, operator: 'Exists' } : { key, operator: 'Equal', value };
    if (effect) t.effect = effect as KubernetesToleration['effect'];
    return t;
  });
}

export function quantity(
  value: string | undefined,
  input: InputName<'runner-provision'>,
): string | undefined {
  if (value === undefined) return undefined;
  if (!QUANTITY.test(value)) {
    throw new ConfigurationError(
      `Input '${input}': '${value}' is not a Kubernetes quantity (e.g. 2, 500m, 8Gi).`,
      { input },
    );
  }
  return value;
}

/** Where the credentials are: the input, CML's KUBERNETES_CONFIGURATION, KUBECONFIG, in-cluster. */
export function kubeconfigSource(
  input: string | undefined,
  env: NodeJS.ProcessEnv,
): KubeconfigSource {
  // Inline YAML has a newline (or at least `apiVersion:`); anything else is a path.
  const inline = (v: string) => v.includes('\n') || /^\s*apiVersion\s*:/.test(v);
  if (input) return inline(input) ? { kind: 'inline', yaml: input } : { kind: 'file', path: input };
  if (env.KUBERNETES_CONFIGURATION) return { kind: 'inline', yaml: env.KUBERNETES_CONFIGURATION };
  // KUBECONFIG may list several files (path-separated); the client merges them.
  if (env.KUBECONFIG) return { kind: 'file', path: env.KUBECONFIG };
  if (env.KUBERNETES_SERVICE_HOST) return { kind: 'in-cluster' };
  throw new ConfigurationError(
    "Input 'kubeconfig' is required for kubernetes: a kubeconfig path or its YAML (or set KUBECONFIG or KUBERNETES_CONFIGURATION, or run inside the cluster).",
    { input: 'kubeconfig' },
  );
}

/** The kubernetes options from the runner-provision inputs and the environment (no SDK loaded). */
export function readKubernetesOptions(
  inputs: CloudInputs,
  env: NodeJS.ProcessEnv,
  common: CommonCloudSettings,
): KubernetesOptions {
  const size = resolveKubernetesSize(inputs['machine-types'][0], inputs.gpu);
  let spot: SpotProvider | undefined;
  if (inputs.spot) {
    const provider = inputs['kubernetes-spot-provider'];
    if (!provider || !(provider in SPOT_PLACEMENT)) {
      throw new ConfigurationError(
        `Input 'kubernetes-spot-provider': '${provider ?? ''}' is not one of ${Object.keys(SPOT_PLACEMENT).join(', ')}; spot on kubernetes targets that provider's spot node pools.`,
        { input: 'kubernetes-spot-provider' },
      );
    }
    spot = provider as SpotProvider;
  }
  return {
    kubeconfig: kubeconfigSource(inputs.kubeconfig, env),
    context: inputs['kubernetes-context'],
    namespace: inputs['kubernetes-namespace'],
    image: inputs.image ?? DEFAULT_IMAGE,
    nodeSelector: parseNodeSelector(inputs['kubernetes-node-selector'], size.gpuModel),
    tolerations: parseTolerations(inputs['kubernetes-tolerations']),
    gpus: size.gpus,
    wantsGpu: size.gpus > 0,
    cpu: quantity(inputs['kubernetes-cpu'] ?? size.cpu, 'kubernetes-cpu'),
    memory: quantity(inputs['kubernetes-memory'] ?? size.memory, 'kubernetes-memory'),
    ephemeralStorageGb: inputs['disk-size'],
    spot,
    ...common,
  };
}
