import type { CoreV1Event, V1Pod } from '@kubernetes/client-node';

/**
 * Waiting reasons that never resolve by themselves: the image cannot be pulled (kubelet keeps
 * backing off), or the container cannot be configured (a missing Secret key, a bad command).
 * ErrImagePull alone may be a transient registry error: it is only final once it turns into
 * ImagePullBackOff (kubelet's pull back-off, pkg/kubelet/images).
 */
const STUCK = new Set([
  'ImagePullBackOff',
  'InvalidImageName',
  'ErrImageNeverPull',
  'CreateContainerConfigError',
  'CreateContainerError',
]);

/**
 * DisruptionTarget condition reasons (KEP-3329; k8s.io/api/core/v1 PodReason…): the Pod was
 * preempted, evicted through the API (drain, spot-node handlers), deleted by the taint manager
 * (node NoExecute taint), by the Pod GC (its node is gone), or terminated by the kubelet
 * (node-pressure eviction, graceful node shutdown).
 */
const DISRUPTIONS = new Set([
  'PreemptionByScheduler',
  'EvictionByEvictionAPI',
  'DeletionByTaintManager',
  'DeletionByPodGC',
  'TerminationByKubelet',
]);

export interface PodView {
  phase: string;
  ended: boolean;
  running: boolean;
  /** A reason the Pod will never start (image, configuration), with the message. */
  stuck?: string;
  /** The scheduler's verdict while Pending and unscheduled. */
  unschedulable?: string;
  /** Why it ended, when the cluster took it away (eviction, preemption, node shutdown). */
  reclaimed?: string;
  /** Why it ended otherwise (container exit, deadline). */
  endReason?: string;
}

export function viewPod(pod: V1Pod): PodView {
  const status = pod.status ?? {};
  const phase = status.phase ?? 'Pending';
  const ended = phase === 'Succeeded' || phase === 'Failed' || !!pod.metadata?.deletionTimestamp;
  const view: PodView = { phase, ended, running: phase === 'Running' };
  const conditions = status.conditions ?? [];
  const scheduled = conditions.find((c) => c.type === 'PodScheduled');
  if (
    phase === 'Pending' &&
    scheduled?.status === 'False' &&
    scheduled.reason === 'Unschedulable'
  ) {
    view.unschedulable = scheduled.message || 'Unschedulable';
  }
  for (const c of status.containerStatuses ?? []) {
    const waiting = c.state?.waiting;
    if (waiting?.reason && STUCK.has(waiting.reason)) {
      view.stuck = `${waiting.reason}${waiting.message ? `: ${waiting.message}` : ''}`;
    }
  }
  const disruption = conditions.find(
    (c) => c.type === 'DisruptionTarget' && c.status === 'True' && DISRUPTIONS.has(c.reason ?? ''),
  );
  // Node-pressure eviction: reason Evicted; graceful node shutdown: Terminated (kubelet 1.22+,
  // "Pod was terminated in response to imminent node shutdown.") or Shutdown (1.21).
  if (
    disruption ||
    (phase === 'Failed' &&
      ['Evicted', 'Terminated', 'Shutdown', 'NodeLost'].includes(status.reason ?? ''))
  ) {
    view.reclaimed = [disruption?.reason ?? status.reason, disruption?.message ?? status.message]
      .filter(Boolean)
      .join(': ');
  } else if (ended) {
    const term = status.containerStatuses?.[0]?.state?.terminated;
    view.endReason =
      status.reason === 'DeadlineExceeded'
        ? 'max-lifetime (activeDeadlineSeconds)'
        : term
          ? `container ${term.reason ?? 'exited'} (exit code ${term.exitCode})`
          : (status.reason ?? phase);
  }
  return view;
}

/** The scheduler's and kubelet's latest warnings about the Pod, newest last. */
export function eventSummary(events: CoreV1Event[]): string | undefined {
  const warnings = events
    .filter((e) => e.type === 'Warning')
    .sort((a, b) => time(a) - time(b))
    .map((e) => `${e.reason ?? 'Warning'}: ${e.message ?? ''}`.trim());
  return warnings.length ? [...new Set(warnings)].slice(-3).join('; ') : undefined;
}

const time = (e: CoreV1Event) =>
  new Date(e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? 0).getTime() || 0;
