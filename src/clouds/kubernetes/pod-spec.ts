import type { V1Pod, V1Secret } from '@kubernetes/client-node';
import type { LaunchRequest } from '../types';
import { encodeLabels, TAGS_ANNOTATION } from './labels';
import type { KubernetesOptions, KubernetesToleration } from './options';
import { SPOT_PLACEMENT } from './spot';

export const SCRIPT_KEY = 'startup.sh';
export const SCRIPT_DIR = '/etc/cml-runner';
export const CONTAINER = 'runner';
export const secretName = (pod: string) => `${pod}-startup`;

/**
 * The container's command: the script needs curl, sudo and ps/pgrep, which slim images lack;
 * on Debian/Ubuntu images it installs them first. `CML_IN_KUBERNETES` tells the script it is
 * PID 1 of a Pod (no systemd; ending means exiting).
 */
export const BOOTSTRAP = [
  'set -e',
  'if ! { command -v curl && command -v sudo && command -v pgrep; } >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then',
  '  export DEBIAN_FRONTEND=noninteractive',
  '  apt-get update -qq && apt-get install -y -qq --no-install-recommends ca-certificates curl sudo procps',
  'fi',
  `exec /bin/bash ${SCRIPT_DIR}/${SCRIPT_KEY}`,
].join('\n');

function resources(options: KubernetesOptions) {
  const requests: Record<string, string> = {};
  const limits: Record<string, string> = {};
  if (options.cpu) requests.cpu = options.cpu;
  // Memory limit = request: the Pod is not killed for using what it asked for, and not evicted
  // first under node memory pressure for using more (Burstable Pods over their request are).
  if (options.memory) requests.memory = limits.memory = options.memory;
  if (options.ephemeralStorageGb > 0) {
    requests['ephemeral-storage'] = limits['ephemeral-storage'] = `${options.ephemeralStorageGb}Gi`;
  }
  // Extended resources are limits; the API server copies the limit into the request.
  if (options.gpus > 0) limits['nvidia.com/gpu'] = String(options.gpus);
  return {
    ...(Object.keys(requests).length ? { requests } : {}),
    ...(Object.keys(limits).length ? { limits } : {}),
  };
}

function tolerations(options: KubernetesOptions): KubernetesToleration[] {
  const out = [...options.tolerations];
  if (options.spot) out.push(...SPOT_PLACEMENT[options.spot].tolerations);
  // GKE (and many GPU node pools) taint GPU nodes nvidia.com/gpu=present:NoSchedule.
  if (options.gpus > 0)
    out.push({ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' });
  const seen = new Set<string>();
  return out.filter((t) => {
    const key = JSON.stringify([t.key, t.operator, t.value, t.effect]);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** The runner's Pod: one container running the start-up script from its own Secret. */
export function podBody(options: KubernetesOptions, request: LaunchRequest): V1Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: request.name,
      labels: encodeLabels(request.tags),
      annotations: { [TAGS_ANNOTATION]: JSON.stringify(request.tags) },
    },
    spec: {
      restartPolicy: 'Never',
      ...(request.maxLifetimeSeconds > 0
        ? { activeDeadlineSeconds: request.maxLifetimeSeconds }
        : {}),
      // The runner's jobs get no Kubernetes API access through the Pod.
      automountServiceAccountToken: false,
      // No service addresses injected as variables into every job's environment.
      enableServiceLinks: false,
      // Time for the script's shutdown path (stop the runner, deregister) on deletion.
      terminationGracePeriodSeconds: 60,
      nodeSelector: {
        'kubernetes.io/os': 'linux',
        ...(options.spot ? SPOT_PLACEMENT[options.spot].nodeSelector : {}),
        ...options.nodeSelector,
      },
      tolerations: tolerations(options),
      volumes: [
        {
          name: 'startup',
          secret: {
            secretName: secretName(request.name),
            defaultMode: 0o500,
            items: [{ key: SCRIPT_KEY, path: SCRIPT_KEY }],
          },
        },
      ],
      containers: [
        {
          name: CONTAINER,
          image: options.image,
          command: ['/bin/bash', '-c', BOOTSTRAP],
          env: [
            { name: 'CML_IN_KUBERNETES', value: '1' },
            // The script logs to the serial console on VMs; a Pod's console is its log (what
            // consoleTail reads), and /dev/console does not exist without a TTY.
            { name: 'CML_CONSOLE', value: '/dev/stdout' },
            // nvidia-smi (the script's GPU check) is injected only with the utility capability.
            ...(options.gpus > 0
              ? [{ name: 'NVIDIA_DRIVER_CAPABILITIES', value: 'compute,utility' }]
              : []),
          ],
          resources: resources(options),
          volumeMounts: [{ name: 'startup', mountPath: SCRIPT_DIR, readOnly: true }],
        },
      ],
    },
  };
}

/**
 * The start-up script (it carries the registration material), owned by the Pod so Kubernetes
 * deletes it with the Pod whoever deletes the Pod; we also delete it at teardown.
 */
export function secretBody(request: LaunchRequest, pod: { name: string; uid: string }): V1Secret {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: {
      name: secretName(request.name),
      labels: encodeLabels(request.tags),
      ownerReferences: [{ apiVersion: 'v1', kind: 'Pod', name: pod.name, uid: pod.uid }],
    },
    type: 'Opaque',
    immutable: true,
    data: { [SCRIPT_KEY]: Buffer.from(request.startupScript, 'utf8').toString('base64') },
  };
}
