"use strict";
exports.id = 995;
exports.ids = [995];
exports.modules = {

/***/ 15995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createKubernetesDriver: () => (/* binding */ createKubernetesDriver)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/clouds/kubernetes/client.ts


/**
 * The CoreV1 client from the options' credentials. @kubernetes/client-node is ESM-only and
 * large: imported here, on first use, never by the other clouds' runs.
 */
async function connect(options) {
    const k8s = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(213), __webpack_require__.e(959)]).then(__webpack_require__.bind(__webpack_require__, 6959));
    const kc = new k8s.KubeConfig();
    const source = options.kubeconfig;
    try {
        if (source.kind === 'inline')
            kc.loadFromString(source.yaml);
        else if (source.kind === 'in-cluster')
            kc.loadFromCluster();
        else if (source.path.includes(external_node_path_.delimiter))
            kc.loadFromDefault();
        else
            kc.loadFromFile(source.path);
        if (options.context)
            kc.setCurrentContext(options.context);
    }
    catch (error) {
        const where = source.kind === 'file' ? source.path : source.kind;
        throw new errors/* ConfigurationError */.j1(`Input 'kubeconfig': cannot load the kubeconfig (${where}): ${(0,errors/* errorMessage */.gJ)(error)}`, { input: 'kubeconfig' });
    }
    if (!kc.getCurrentCluster()) {
        throw new errors/* ConfigurationError */.j1(`Input 'kubeconfig': the kubeconfig has no cluster for context '${kc.getCurrentContext()}'.`, { input: 'kubeconfig' });
    }
    const namespace = options.namespace ?? kc.getContextObject(kc.getCurrentContext())?.namespace ?? 'default';
    return { api: kc.makeApiClient(k8s.CoreV1Api), namespace };
}
/** The HTTP status of a failed call (ApiException.code), if it got an answer. */
function statusOf(error) {
    const code = error?.code;
    return typeof code === 'number' ? code : undefined;
}
/** The API server's own message (a Status object), else the error's. */
function apiMessage(error) {
    if (error instanceof KubernetesApiError)
        return error.message;
    const body = error?.body;
    let parsed = body;
    if (typeof body === 'string') {
        try {
            parsed = JSON.parse(body);
        }
        catch {
            parsed = undefined;
        }
    }
    const message = parsed?.message;
    const status = statusOf(error);
    if (typeof message === 'string')
        return status ? `HTTP ${status}: ${message}` : message;
    // ApiException's own text is "HTTP-Code: \u2026\nMessage: \u2026\nBody: \u2026\nHeaders: \u2026": keep the message.
    const text = (0,errors/* errorMessage */.gJ)(error);
    const short = /^Message: (.*)$/m.exec(text)?.[1];
    return status ? `HTTP ${status}: ${short ?? text.split('\n')[0]}` : text;
}
/** A failed call, with the API server's message and the HTTP status (`code`) kept. */
class KubernetesApiError extends Error {
    name = 'KubernetesApiError';
    code;
    constructor(what, cause) {
        super(`Kubernetes could not ${what}: ${apiMessage(cause)}`, { cause });
        this.code = statusOf(cause);
    }
}
const RETRY_STATUS = new Set([429, 500, 502, 503, 504]);
const RETRY_NETWORK = /ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|EAI_AGAIN|socket hang up|network timeout/i;
function retryable(error) {
    const status = statusOf(error);
    if (status !== undefined)
        return RETRY_STATUS.has(status);
    const code = error?.code;
    return RETRY_NETWORK.test(`${typeof code === 'string' ? code : ''} ${(0,errors/* errorMessage */.gJ)(error)}`);
}
function retryAfterMs(error) {
    const headers = error?.headers;
    const value = Number(headers?.['retry-after']);
    return Number.isFinite(value) && value >= 0 ? value * 1000 : undefined;
}
/**
 * Runs `call`, retrying throttling (429), server errors (5xx) and dropped connections: the
 * client library retries nothing itself. Five attempts, delays doubling from `baseMs` (the
 * API server's Retry-After when it gives one, capped at 30 s). A 403 becomes a PermissionError
 * naming the Role in docs/kubernetes.md.
 */
async function withRetry(what, call, deps) {
    const attempts = deps.attempts ?? 5;
    for (let attempt = 1;; attempt++) {
        try {
            return await call();
        }
        catch (error) {
            if (statusOf(error) === 403) {
                throw new errors/* PermissionError */.i_(`Kubernetes refused to ${what}: ${apiMessage(error)}`, 'Bind the Role in docs/kubernetes.md (pods, pods/log, secrets, events in the namespace) to the identity of the kubeconfig.');
            }
            if (attempt >= attempts || !retryable(error))
                throw new KubernetesApiError(what, error);
            const delay = Math.min(30_000, retryAfterMs(error) ?? deps.baseMs * 2 ** (attempt - 1));
            deps.logger.debug(`Kubernetes: ${what} failed (${apiMessage(error)}); retrying in ${delay} ms.`);
            await new Promise((r) => setTimeout(r, delay));
        }
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/clouds/kubernetes/options.ts + 1 modules
var options = __webpack_require__(4306);
;// CONCATENATED MODULE: ./src/clouds/kubernetes/labels.ts


/** Every object we create carries this, so a label selector never matches anyone else's. */
const MANAGED_BY = { 'app.kubernetes.io/managed-by': 'cml-runner-provision' };
/** The exact tags, as JSON: label values cannot hold `/`, `:` or more than 63 characters. */
const TAGS_ANNOTATION = 'cml.dev/tags';
/**
 * A tag value as a label value: kept when valid, otherwise a readable stem and a hash of the
 * whole value (`owner-repo.3f2a9c01b7`), so the same value always selects the same Pods.
 */
function labelValue(value) {
    if ((0,options/* isLabelValue */.eZ)(value))
        return value;
    const hash = (0,external_node_crypto_.createHash)('sha256').update(value).digest('hex').slice(0, 10);
    const stem = value
        .replace(/[^A-Za-z0-9_.-]+/g, '-')
        .replace(/^[^A-Za-z0-9]+/, '')
        .slice(0, 63 - hash.length - 1)
        .replace(/[^A-Za-z0-9]+$/, '');
    return stem ? `${stem}.${hash}` : hash;
}
const encodeLabels = (tags) => ({
    ...Object.fromEntries(Object.entries(tags).map(([k, v]) => [k, labelValue(v)])),
    ...MANAGED_BY,
});
/** `k=v,k2=v2` for the list call's labelSelector. */
const labelSelector = (tags) => Object.entries(encodeLabels(tags))
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
/** Our tags back from a Pod: the annotation when present, else the labels as they are. */
function decodeTags(labels, annotations) {
    const raw = annotations?.[TAGS_ANNOTATION];
    if (raw) {
        try {
            const parsed = JSON.parse(raw);
            if (parsed && typeof parsed === 'object')
                return parsed;
        }
        catch {
            // Edited by hand: fall back to the labels.
        }
    }
    const out = { ...(labels ?? {}) };
    for (const k of Object.keys(MANAGED_BY))
        delete out[k];
    return out;
}

// EXTERNAL MODULE: ./src/clouds/kubernetes/spot.ts
var spot = __webpack_require__(33731);
;// CONCATENATED MODULE: ./src/clouds/kubernetes/pod-spec.ts


const SCRIPT_KEY = 'startup.sh';
const SCRIPT_DIR = '/etc/cml-runner';
const CONTAINER = 'runner';
const secretName = (pod) => `${pod}-startup`;
/**
 * The container's command: the script needs curl, sudo and ps/pgrep, which slim images lack;
 * on Debian/Ubuntu images it installs them first. `CML_IN_KUBERNETES` tells the script it is
 * PID 1 of a Pod (no systemd; ending means exiting).
 */
const BOOTSTRAP = [
    'set -e',
    'if ! { command -v curl && command -v sudo && command -v pgrep; } >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then',
    '  export DEBIAN_FRONTEND=noninteractive',
    '  apt-get update -qq && apt-get install -y -qq --no-install-recommends ca-certificates curl sudo procps',
    'fi',
    `exec /bin/bash ${SCRIPT_DIR}/${SCRIPT_KEY}`,
].join('\n');
function resources(options) {
    const requests = {};
    const limits = {};
    if (options.cpu)
        requests.cpu = options.cpu;
    // Memory limit = request: the Pod is not killed for using what it asked for, and not evicted
    // first under node memory pressure for using more (Burstable Pods over their request are).
    if (options.memory)
        requests.memory = limits.memory = options.memory;
    if (options.ephemeralStorageGb > 0) {
        requests['ephemeral-storage'] = limits['ephemeral-storage'] = `${options.ephemeralStorageGb}Gi`;
    }
    // Extended resources are limits; the API server copies the limit into the request.
    if (options.gpus > 0)
        limits['nvidia.com/gpu'] = String(options.gpus);
    return {
        ...(Object.keys(requests).length ? { requests } : {}),
        ...(Object.keys(limits).length ? { limits } : {}),
    };
}
function tolerations(options) {
    const out = [...options.tolerations];
    if (options.spot)
        out.push(...spot/* SPOT_PLACEMENT */.l[options.spot].tolerations);
    // GKE (and many GPU node pools) taint GPU nodes nvidia.com/gpu=present:NoSchedule.
    if (options.gpus > 0)
        out.push({ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' });
    const seen = new Set();
    return out.filter((t) => {
        const key = JSON.stringify([t.key, t.operator, t.value, t.effect]);
        return seen.has(key) ? false : (seen.add(key), true);
    });
}
/** The runner's Pod: one container running the start-up script from its own Secret. */
function podBody(options, request) {
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
                ...(options.spot ? spot/* SPOT_PLACEMENT */.l[options.spot].nodeSelector : {}),
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
function secretBody(request, pod) {
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

;// CONCATENATED MODULE: ./src/clouds/kubernetes/pod-state.ts
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
 * DisruptionTarget condition reasons (KEP-3329; k8s.io/api/core/v1 PodReason\u2026): the Pod was
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
function viewPod(pod) {
    const status = pod.status ?? {};
    const phase = status.phase ?? 'Pending';
    const ended = phase === 'Succeeded' || phase === 'Failed' || !!pod.metadata?.deletionTimestamp;
    const view = { phase, ended, running: phase === 'Running' };
    const conditions = status.conditions ?? [];
    const scheduled = conditions.find((c) => c.type === 'PodScheduled');
    if (phase === 'Pending' &&
        scheduled?.status === 'False' &&
        scheduled.reason === 'Unschedulable') {
        view.unschedulable = scheduled.message || 'Unschedulable';
    }
    for (const c of status.containerStatuses ?? []) {
        const waiting = c.state?.waiting;
        if (waiting?.reason && STUCK.has(waiting.reason)) {
            view.stuck = `${waiting.reason}${waiting.message ? `: ${waiting.message}` : ''}`;
        }
    }
    const disruption = conditions.find((c) => c.type === 'DisruptionTarget' && c.status === 'True' && DISRUPTIONS.has(c.reason ?? ''));
    // Node-pressure eviction: reason Evicted; graceful node shutdown: Terminated (kubelet 1.22+,
    // "Pod was terminated in response to imminent node shutdown.") or Shutdown (1.21).
    if (disruption ||
        (phase === 'Failed' &&
            ['Evicted', 'Terminated', 'Shutdown', 'NodeLost'].includes(status.reason ?? ''))) {
        view.reclaimed = [disruption?.reason ?? status.reason, disruption?.message ?? status.message]
            .filter(Boolean)
            .join(': ');
    }
    else if (ended) {
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
function eventSummary(events) {
    const warnings = events
        .filter((e) => e.type === 'Warning')
        .sort((a, b) => time(a) - time(b))
        .map((e) => `${e.reason ?? 'Warning'}: ${e.message ?? ''}`.trim());
    return warnings.length ? [...new Set(warnings)].slice(-3).join('; ') : undefined;
}
const time = (e) => new Date(e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? 0).getTime() || 0;

;// CONCATENATED MODULE: ./src/clouds/kubernetes/kubernetes-driver.ts





/**
 * Runners as Pods through @kubernetes/client-node (loaded on first use): one Pod per runner
 * running the start-up script from a Secret that only that Pod mounts. Ids are Pod names in
 * the configured namespace.
 */
function createKubernetesDriver(options, logger) {
    let client;
    const use = () => (client ??= connect(options));
    const retry = (what, call) => withRetry(what, call, { baseMs: options.retryBaseMs ?? 500, logger });
    const idOf = (i) => i.id || i.name;
    function toInstance(pod) {
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
    async function readPod(name) {
        const { api, namespace } = await use();
        try {
            return await retry(`read Pod ${name}`, () => api.readNamespacedPod({ name, namespace }));
        }
        catch (error) {
            if (statusOf(error) === 404)
                return undefined;
            throw error;
        }
    }
    /** Deletes what the runner owns; true when anything existed. */
    async function remove(name) {
        const { api, namespace } = await use();
        let found = false;
        const del = async (what, call) => {
            try {
                await retry(`delete ${what}`, call);
                found = true;
            }
            catch (error) {
                if (statusOf(error) !== 404)
                    throw error;
            }
        };
        await del(`Pod ${name}`, () => api.deleteNamespacedPod({ name, namespace }));
        // Owned by the Pod, so the garbage collector would delete it too, but not at once.
        await del(`Secret ${secretName(name)}`, () => api.deleteNamespacedSecret({ name: secretName(name), namespace }));
        return found;
    }
    async function events(name) {
        const { api, namespace } = await use();
        try {
            const list = await retry(`list events of ${name}`, () => api.listNamespacedEvent({
                namespace,
                fieldSelector: `involvedObject.kind=Pod,involvedObject.name=${name}`,
            }));
            return list.items;
        }
        catch (error) {
            logger.debug(`Could not read the events of ${name}: ${apiMessage(error)}`);
            return [];
        }
    }
    /** Creates the Pod, then its Secret; `made.pod` says whether a Pod of ours exists. */
    async function createOnce(request, made) {
        const { api, namespace } = await use();
        let pod;
        try {
            pod = await retry(`create Pod ${request.name}`, () => api.createNamespacedPod({ namespace, body: podBody(options, request) }));
        }
        catch (error) {
            // A create whose answer was lost and that was retried: the Pod is ours if it carries
            // our tags; anything else of that name is someone else's.
            const existing = statusOf(error) === 409 ? await readPod(request.name) : undefined;
            const tags = existing
                ? decodeTags(existing.metadata?.labels, existing.metadata?.annotations)
                : {};
            if (!existing || JSON.stringify(tags) !== JSON.stringify(request.tags))
                throw error;
            pod = existing;
        }
        made.pod = true;
        const uid = pod.metadata?.uid ?? '';
        try {
            await retry(`create Secret ${secretName(request.name)}`, () => api.createNamespacedSecret({
                namespace,
                body: secretBody(request, { name: request.name, uid }),
            }));
        }
        catch (error) {
            // Same as above: 409 after a lost answer is our own Secret (its name is the runner's).
            if (statusOf(error) !== 409)
                throw error;
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
            }
            catch (error) {
                // Never someone else's Pod of the same name (a 409 we did not cause).
                if (made.pod) {
                    await remove(request.name).catch((e) => logger.warning(`Could not clean up Pod ${request.name}: ${(0,errors/* errorMessage */.gJ)(e)}`));
                }
                throw error;
            }
        },
        async list(tags) {
            const { api, namespace } = await use();
            const found = [];
            let next;
            do {
                const page = await retry('list Pods', () => api.listNamespacedPod({
                    namespace,
                    labelSelector: labelSelector(tags),
                    limit: 500,
                    ...(next ? { _continue: next } : {}),
                }));
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
            const notFound = [];
            for (const i of list)
                if (!(await remove(idOf(i))))
                    notFound.push(i.id);
            return { notFound };
        },
        async waitRunning(instance) {
            const name = idOf(instance);
            const deadline = Date.now() + options.launchTimeoutSeconds * 1000;
            let failure;
            for (;;) {
                const pod = await readPod(name);
                if (!pod) {
                    failure = `Pod ${name} was deleted before it ran`;
                    break;
                }
                const view = viewPod(pod);
                if (view.running)
                    return;
                if (view.ended) {
                    failure = `Pod ${name} ended before it ran (${view.reclaimed ?? view.endReason ?? view.phase})`;
                    break;
                }
                if (view.stuck) {
                    failure = `Pod ${name} cannot start: ${view.stuck}`;
                    break;
                }
                if (Date.now() >= deadline) {
                    // The scheduler's message (Unschedulable: "0/3 nodes are available: \u2026") says why.
                    const why = view.unschedulable ?? eventSummary(await events(name)) ?? `still ${view.phase}`;
                    failure = `Pod ${name} did not start within ${options.launchTimeoutSeconds} s: ${why}`;
                    break;
                }
                await new Promise((r) => setTimeout(r, Math.min(options.pollSeconds * 1000, Math.max(0, deadline - Date.now()))));
            }
            // Nothing of a failed start stays behind (the lifecycle's own clean-up finds nothing).
            await remove(name).catch((e) => logger.warning(`Could not delete Pod ${name}: ${(0,errors/* errorMessage */.gJ)(e)}`));
            throw new Error(failure);
        },
        async consoleTail(instance, lines) {
            const { api, namespace } = await use();
            const name = idOf(instance);
            try {
                return await retry(`read the log of Pod ${name}`, () => api.readNamespacedPodLog({ name, namespace, container: CONTAINER, tailLines: lines }));
            }
            catch (error) {
                // 400 while the container has not started: say why instead.
                if (statusOf(error) !== 400 && statusOf(error) !== 404)
                    throw error;
                const summary = eventSummary(await events(name));
                return `(no log: ${apiMessage(error)}${summary ? `; events: ${summary}` : ''})`;
            }
        },
        async reclaimed(list) {
            // A Pod the cluster took away: evicted, preempted, or its node shut down (status and
            // DisruptionTarget), or gone altogether (the Pod GC deletes the Pods of a vanished node,
            // such as a reclaimed spot node; only our stop deletes them otherwise).
            const hit = [];
            for (const i of list) {
                const pod = await readPod(idOf(i));
                if (!pod || viewPod(pod).reclaimed)
                    hit.push(i.id);
            }
            return hit;
        },
    };
}


/***/ })

};
;