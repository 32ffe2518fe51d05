/**
 * What the scheduler and kubelet do to a Pod in the emulator: scheduling (or Unschedulable
 * with the scheduler's message), mounting its Secret volumes, pulling the image, running, and
 * the ways the cluster takes a Pod away (node-pressure eviction, preemption, node shutdown,
 * node loss). Status fields and reasons as the kubelet and scheduler write them.
 */
import { randomUUID } from 'node:crypto';
import type { EmuPod, Reclaim } from './index';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const key = (ns: string, name: string) => `${ns}/${name}`;
const now = () => new Date().toISOString();

export function createKubelet(state: {
  namespace: string;
  pods: Map<string, EmuPod>;
  secrets: Map<string, Obj>;
  events: Obj[];
}) {
  const { namespace, pods, secrets, events } = state;
  function event(pod: Obj, type: string, reason: string, message: string, component: string) {
    events.push({
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: `${pod.metadata.name}.${randomUUID().slice(0, 8)}`, namespace },
      involvedObject: {
        kind: 'Pod',
        namespace,
        name: pod.metadata.name,
        uid: pod.metadata.uid,
        apiVersion: 'v1',
      },
      type,
      reason,
      message,
      source: { component },
      firstTimestamp: now(),
      lastTimestamp: now(),
      count: 1,
    });
  }

  const setCondition = (pod: Obj, c: Obj) => {
    pod.status.conditions = [
      ...(pod.status.conditions ?? []).filter((x: Obj) => x.type !== c.type),
      { lastTransitionTime: now(), ...c },
    ];
  };
  const containerStatus = (pod: Obj, state: Obj) => [
    {
      name: pod.spec.containers[0].name,
      image: pod.spec.containers[0].image,
      imageID: '',
      ready: !!state.running,
      restartCount: 0,
      started: !!state.running,
      state,
    },
  ];

  /** What the scheduler and kubelet have done by the time of this read. */
  function advance(p: EmuPod) {
    const pod = p.pod;
    p.reads++;
    if (pod.status.phase !== 'Pending') return;
    const fate = p.fate;
    if (fate.kind === 'unschedulable') {
      setCondition(pod, {
        type: 'PodScheduled',
        status: 'False',
        reason: 'Unschedulable',
        message: fate.message,
      });
      if (p.reads === 1)
        event(pod, 'Warning', 'FailedScheduling', fate.message, 'default-scheduler');
      return;
    }
    pod.spec.nodeName ??= 'node-1';
    setCondition(pod, { type: 'PodScheduled', status: 'True' });
    if (fate.kind === 'pending') return;
    if (fate.kind === 'image-pull') {
      const image = pod.spec.containers[0].image;
      const message =
        fate.message ?? `failed to pull and unpack image "docker.io/library/${image}": not found`;
      const backOff = p.reads > 1;
      pod.status.containerStatuses = containerStatus(pod, {
        waiting: backOff
          ? { reason: 'ImagePullBackOff', message: `Back-off pulling image "${image}"` }
          : { reason: 'ErrImagePull', message },
      });
      event(
        pod,
        'Warning',
        backOff ? 'BackOff' : 'Failed',
        backOff
          ? `Back-off pulling image "${image}"`
          : `Failed to pull image "${image}": ${message}`,
        'kubelet',
      );
      return;
    }
    if (fate.kind === 'config-error') {
      pod.status.containerStatuses = containerStatus(pod, {
        waiting: { reason: 'CreateContainerConfigError', message: fate.message },
      });
      event(pod, 'Warning', 'Failed', `Error: ${fate.message}`, 'kubelet');
      return;
    }
    // The kubelet mounts the Secret volumes before it starts the container.
    const missing = (pod.spec.volumes ?? [])
      .filter((v: Obj) => v.secret)
      .map((v: Obj) => v.secret.secretName as string)
      .find((n: string) => !secrets.has(key(namespace, n)));
    if (missing) {
      pod.status.containerStatuses = containerStatus(pod, {
        waiting: { reason: 'ContainerCreating' },
      });
      event(
        pod,
        'Warning',
        'FailedMount',
        `MountVolume.SetUp failed for volume "startup" : secret "${missing}" not found`,
        'kubelet',
      );
      return;
    }
    if (p.reads < (fate.afterReads ?? 1)) {
      pod.status.containerStatuses = containerStatus(pod, {
        waiting: { reason: 'ContainerCreating' },
      });
      return;
    }
    pod.status.phase = 'Running';
    pod.status.startTime = now();
    pod.status.containerStatuses = containerStatus(pod, { running: { startedAt: now() } });
    setCondition(pod, { type: 'Ready', status: 'True' });
  }

  function defaults(pod: Obj) {
    // SetDefaults: a limit with no request sets the request (pkg/apis/core/v1/defaults.go).
    for (const c of pod.spec.containers ?? []) {
      const limits = c.resources?.limits;
      if (!limits) continue;
      c.resources.requests = { ...limits, ...c.resources.requests };
    }
    pod.spec.schedulerName ??= 'default-scheduler';
    pod.spec.dnsPolicy ??= 'ClusterFirst';
  }

  function reclaim(name: string, how: Reclaim) {
    const p = pods.get(key(namespace, name));
    if (!p) throw new Error(`no Pod ${name}`);
    const pod = p.pod;
    const disruption = (reason: string, message: string) =>
      setCondition(pod, { type: 'DisruptionTarget', status: 'True', reason, message });
    if (how === 'node-pressure') {
      disruption('TerminationByKubelet', 'The node was low on resource: memory.');
      Object.assign(pod.status, {
        phase: 'Failed',
        reason: 'Evicted',
        message:
          'The node was low on resource: memory. Threshold quantity: 100Mi, available: 50Mi.',
      });
    } else if (how === 'node-shutdown') {
      disruption(
        'TerminationByKubelet',
        'Pod was terminated in response to imminent node shutdown.',
      );
      Object.assign(pod.status, {
        phase: 'Failed',
        reason: 'Terminated',
        message: 'Pod was terminated in response to imminent node shutdown.',
      });
    } else {
      // Preemption deletes the victim; the Pod GC deletes the Pods of a node that is gone.
      disruption(how === 'preempted' ? 'PreemptionByScheduler' : 'DeletionByPodGC', how);
      pods.delete(key(namespace, name));
    }
    if (pod.status.phase === 'Failed') {
      pod.status.containerStatuses = containerStatus(pod, {
        terminated: { exitCode: 137, reason: 'Error' },
      });
    }
  }
  return { advance, defaults, reclaim, containerStatus };
}
