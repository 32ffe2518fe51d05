import type { CoreV1Event, V1Pod } from '@kubernetes/client-node';
import { errorMessage } from '../../core/errors';
import type { Logger } from '../../core/logger';
import type { CloudDriver, CloudInstance, LaunchRequest } from '../types';
import { apiMessage, connect, statusOf, withRetry, type KubeClient } from './client';
import { decodeTags, labelSelector } from './labels';
import type { KubernetesOptions } from './options';
import { CONTAINER, podBody, secretBody, secretName } from './pod-spec';
import { eventSummary, viewPod } from './pod-state';

type Ref = Pick<CloudInstance, 'id' | 'name' | 'zone'>;

/**
 * Runners as Pods through @kubernetes/client-node (loaded on first use): one Pod per runner
 * running the start-up script from a Secret that only that Pod mounts. Ids are Pod names in
 * the configured namespace.
 */
export function createKubernetesDriver(options: KubernetesOptions, logger: Logger): CloudDriver {
  let client: Promise<KubeClient> | undefined;
  const use = () => (client ??= connect(options));
  const retry = <T>(what: string, call: () => Promise<T>) =>
    withRetry(what, call, { baseMs: options.retryBaseMs ?? 500, logger });
  const idOf = (i: Ref) => i.id || i.name;

  function toInstance(pod: V1Pod): CloudInstance {
    const view = viewPod(pod);
    const r = pod.spec?.containers?.[0]?.resources;
    const type = Object.entries({ ...r?.requests, ...r?.limits })
      .map(([k, v]) => `${k}=${String(v)}`)
      .join(',');
    return {
      id: pod.metadata?.name ?? '',
      name: pod.metadata?.name ?? '',
      state: pod.metadata?.deletionTimestamp ? 'Terminating' : view.phase,
      ended: view.ended,
      launchedAt: pod.metadata?.creationTimestamp
        ? new Date(pod.metadata.creationTimestamp)
        : undefined,
      zone: pod.spec?.nodeName,
      type: type || undefined,
      spot: !!options.spot,
      tags: decodeTags(pod.metadata?.labels, pod.metadata?.annotations),
      endReason: view.reclaimed ? 'spot-reclaimed' : view.endReason,
    };
  }

  async function readPod(name: string): Promise<V1Pod | undefined> {
    const { api, namespace } = await use();
    try {
      return await retry(`read Pod ${name}`, () => api.readNamespacedPod({ name, namespace }));
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  }

  /** Deletes what the runner owns; true when anything existed. */
  async function remove(name: string): Promise<boolean> {
    const { api, namespace } = await use();
    let found = false;
    const del = async (what: string, call: () => Promise<unknown>) => {
      try {
        await retry(`delete ${what}`, call);
        found = true;
      } catch (error) {
        if (statusOf(error) !== 404) throw error;
      }
    };
    await del(`Pod ${name}`, () => api.deleteNamespacedPod({ name, namespace }));
    // Owned by the Pod, so the garbage collector would delete it too, but not at once.
    await del(`Secret ${secretName(name)}`, () =>
      api.deleteNamespacedSecret({ name: secretName(name), namespace }),
    );
    return found;
  }

  async function events(name: string): Promise<CoreV1Event[]> {
    const { api, namespace } = await use();
    try {
      const list = await retry(`list events of ${name}`, () =>
        api.listNamespacedEvent({
          namespace,
          fieldSelector: `involvedObject.kind=Pod,involvedObject.name=${name}`,
        }),
      );
      return list.items;
    } catch (error) {
      logger.debug(`Could not read the events of ${name}: ${apiMessage(error)}`);
      return [];
    }
  }

  /** Creates the Pod, then its Secret; `made.pod` says whether a Pod of ours exists. */
  async function createOnce(request: LaunchRequest, made: { pod: boolean }): Promise<V1Pod> {
    const { api, namespace } = await use();
    let pod: V1Pod;
    try {
      pod = await retry(`create Pod ${request.name}`, () =>
        api.createNamespacedPod({ namespace, body: podBody(options, request) }),
      );
    } catch (error) {
      // A create whose answer was lost and that was retried: the Pod is ours if it carries
      // our tags; anything else of that name is someone else's.
      const existing = statusOf(error) === 409 ? await readPod(request.name) : undefined;
      const tags = existing
        ? decodeTags(existing.metadata?.labels, existing.metadata?.annotations)
        : {};
      if (!existing || JSON.stringify(tags) !== JSON.stringify(request.tags)) throw error;
      pod = existing;
    }
    made.pod = true;
    const uid = pod.metadata?.uid ?? '';
    try {
      await retry(`create Secret ${secretName(request.name)}`, () =>
        api.createNamespacedSecret({
          namespace,
          body: secretBody(request, { name: request.name, uid }),
        }),
      );
    } catch (error) {
      // Same as above: 409 after a lost answer is our own Secret (its name is the runner's).
      if (statusOf(error) !== 409) throw error;
    }
    return pod;
  }

  return {
    kind: 'kubernetes',
    async launch(request) {
      const made = { pod: false };
      try {
        const pod = await createOnce(request, made);
        const { namespace } = await use();
        logger.info(`Created Pod ${request.name} in namespace ${namespace}.`);
        return toInstance(pod);
      } catch (error) {
        // Never someone else's Pod of the same name (a 409 we did not cause).
        if (made.pod) {
          await remove(request.name).catch((e: unknown) =>
            logger.warning(`Could not clean up Pod ${request.name}: ${errorMessage(e)}`),
          );
        }
        throw error;
      }
    },
    async list(tags) {
      const { api, namespace } = await use();
      const found: CloudInstance[] = [];
      let next: string | undefined;
      do {
        const page = await retry('list Pods', () =>
          api.listNamespacedPod({
            namespace,
            labelSelector: labelSelector(tags),
            limit: 500,
            ...(next ? { _continue: next } : {}),
          }),
        );
        found.push(...page.items.map(toInstance));
        next = page.metadata?._continue || undefined;
      } while (next);
      return found;
    },
    async get(instance) {
      const pod = await readPod(idOf(instance));
      return pod && toInstance(pod);
    },
    async terminate(list) {
      const notFound: string[] = [];
      for (const i of list) if (!(await remove(idOf(i)))) notFound.push(i.id);
      return { notFound };
    },
    async waitRunning(instance) {
      const name = idOf(instance);
      const deadline = Date.now() + options.launchTimeoutSeconds * 1000;
      let failure: string | undefined;
      for (;;) {
        const pod = await readPod(name);
        if (!pod) {
          failure = `Pod ${name} was deleted before it ran`;
          break;
        }
        const view = viewPod(pod);
        if (view.running) return;
        if (view.ended) {
          failure = `Pod ${name} ended before it ran (${view.reclaimed ?? view.endReason ?? view.phase})`;
          break;
        }
        if (view.stuck) {
          failure = `Pod ${name} cannot start: ${view.stuck}`;
          break;
        }
        if (Date.now() >= deadline) {
          // The scheduler's message (Unschedulable: "0/3 nodes are available: …") says why.
          const why =
            view.unschedulable ?? eventSummary(await events(name)) ?? `still ${view.phase}`;
          failure = `Pod ${name} did not start within ${options.launchTimeoutSeconds} s: ${why}`;
          break;
        }
        await new Promise((r) =>
          setTimeout(r, Math.min(options.pollSeconds * 1000, Math.max(0, deadline - Date.now()))),
        );
      }
      // Nothing of a failed start stays behind (the lifecycle's own clean-up finds nothing).
      await remove(name).catch((e: unknown) =>
        logger.warning(`Could not delete Pod ${name}: ${errorMessage(e)}`),
      );
      throw new Error(failure);
    },
    async consoleTail(instance, lines) {
      const { api, namespace } = await use();
      const name = idOf(instance);
      try {
        return await retry(`read the log of Pod ${name}`, () =>
          api.readNamespacedPodLog({ name, namespace, container: CONTAINER, tailLines: lines }),
        );
      } catch (error) {
        // 400 while the container has not started: say why instead.
        if (statusOf(error) !== 400 && statusOf(error) !== 404) throw error;
        const summary = eventSummary(await events(name));
        return `(no log: ${apiMessage(error)}${summary ? `; events: ${summary}` : ''})`;
      }
    },
    async reclaimed(list) {
      // A Pod the cluster took away: evicted, preempted, or its node shut down (status and
      // DisruptionTarget), or gone altogether (the Pod GC deletes the Pods of a vanished node,
      // such as a reclaimed spot node; only our stop deletes them otherwise).
      const hit: string[] = [];
      for (const i of list) {
        const pod = await readPod(idOf(i));
        if (!pod || viewPod(pod).reclaimed) hit.push(i.id);
      }
      return hit;
    },
  };
}
