"use strict";
exports.id = 302;
exports.ids = [302];
exports.modules = {

/***/ 10302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGceDriver: () => (/* binding */ createGceDriver)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/clouds/types.ts
var types = __webpack_require__(72511);
;// CONCATENATED MODULE: ./src/clouds/gce/clients.ts
/**
 * The Compute Engine clients, imported on first use: @google-cloud/compute costs seconds to load,
 * so nothing touches it unless the gcp cloud was chosen. REST transport (no gRPC native code).
 * Credentials: Application Default Credentials (google-github-actions/auth, a workload identity,
 * GOOGLE_APPLICATION_CREDENTIALS), or an access token in CLOUDSDK_AUTH_ACCESS_TOKEN.
 * CML_GCE_ENDPOINT (http://host:port) points the clients elsewhere, for emulators.
 */
async function createGceClients(env = process.env) {
    // The clients we use, not the package index: the index also loads every other client and
    // the 30 MB protos.js, which quadruples load time (about 0.8 s against 0.2 s here).
    const [{ InstancesClient: Instances }, { ZoneOperationsClient: ZoneOperations }, { ImagesClient: Images },] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(324), __webpack_require__.e(492), __webpack_require__.e(972), __webpack_require__.e(891)]).then(__webpack_require__.bind(__webpack_require__, 83272)),
        Promise.all(/* import() */[__webpack_require__.e(324), __webpack_require__.e(492), __webpack_require__.e(972), __webpack_require__.e(276)]).then(__webpack_require__.bind(__webpack_require__, 99276)),
        Promise.all(/* import() */[__webpack_require__.e(324), __webpack_require__.e(492), __webpack_require__.e(972), __webpack_require__.e(225)]).then(__webpack_require__.bind(__webpack_require__, 28225)),
    ]);
    const options = { fallback: 'rest' };
    const endpoint = env.CML_GCE_ENDPOINT;
    if (endpoint) {
        const url = new URL(endpoint);
        options.apiEndpoint = url.hostname;
        options.port = Number(url.port || (url.protocol === 'http:' ? 80 : 443));
        options.protocol = url.protocol.replace(':', '');
    }
    const token = env.CLOUDSDK_AUTH_ACCESS_TOKEN || env.GOOGLE_OAUTH_ACCESS_TOKEN;
    if (token) {
        const { OAuth2Client } = await Promise.all(/* import() */[__webpack_require__.e(324), __webpack_require__.e(492)]).then(__webpack_require__.bind(__webpack_require__, 492));
        const auth = new OAuth2Client();
        // A far expiry: the token's lifetime is the caller's business; refreshing needs a refresh token we never hold.
        auth.setCredentials({ access_token: token, expiry_date: Date.now() + 3600_000 });
        options.authClient = auth;
    }
    return {
        instances: new Instances(options),
        operations: new ZoneOperations(options),
        images: new Images(options),
    };
}

;// CONCATENATED MODULE: ./src/clouds/gce/resource.ts
const DEFAULT_IMAGE = 'projects/ubuntu-os-cloud/global/images/family/ubuntu-2204-lts';
/**
 * Deep Learning VM image for GPU runners: Ubuntu 22.04 with CUDA 12.8 and the NVIDIA 570 driver
 * (family names: cloud.google.com/deep-learning-vm/docs/images). The driver is installed on first
 * boot when the metadata says `install-nvidia-driver=True`.
 */
const GPU_IMAGE = 'projects/deeplearning-platform-release/global/images/family/common-cu128-ubuntu-2204-nvidia-570';
/** Compute Engine machine families that come with GPUs. */
const GPU_FAMILIES = /^(a2|a3|a4|g2|g4)-/;
/** Whether this launch has GPUs: an accelerator, a GPU machine family, or `gpu` asked for. */
function hasGpu(options, type) {
    return Boolean(options.gpu ||
        options.wantsGpu ||
        (type ? GPU_FAMILIES.test(type) : options.machineTypes.some((t) => GPU_FAMILIES.test(t))));
}
/** The image path to boot: the one asked for, the Deep Learning VM image for GPUs, or Ubuntu. */
function imagePath(options) {
    if (options.image?.includes('/'))
        return options.image;
    if (options.image)
        return `projects/${options.project}/global/images/${options.image}`;
    return hasGpu(options) ? GPU_IMAGE : DEFAULT_IMAGE;
}
/** GCE label values allow lowercase letters, digits, `_` and `-`, 63 at most. */
function labelValue(value) {
    return value
        .toLowerCase()
        .replace(/[^a-z0-9_-]/g, '-')
        .slice(0, 63);
}
function encodeLabels(tags) {
    return Object.fromEntries(Object.entries(tags).map(([k, v]) => [k, labelValue(v)]));
}
/**
 * The instances.insert body: labels, the startup script as metadata, GPUs (which cannot
 * live-migrate), spot or standard scheduling, and a hard run-duration limit after which Compute
 * Engine deletes a running VM itself. A VM that powered itself off is only stopped (TERMINATED)
 * and Compute Engine clears its run-duration timer: stop and sweep delete those.
 */
function instanceResource(options, request, zone, type, spot, imageDiskGb) {
    const image = imagePath(options);
    const gpu = options.gpu;
    const metadata = [{ key: 'startup-script', value: request.startupScript }];
    // Deep Learning VM images install the NVIDIA driver on first boot when asked.
    if (hasGpu(options, type) && image.startsWith('projects/deeplearning-platform-release/'))
        metadata.push({ key: 'install-nvidia-driver', value: 'True' });
    const scheduling = {
        // GPU VMs (attached, or built into the accelerator-optimized families) cannot live-migrate.
        onHostMaintenance: gpu || spot || GPU_FAMILIES.test(type) ? 'TERMINATE' : 'MIGRATE',
        automaticRestart: false,
        provisioningModel: spot ? 'SPOT' : 'STANDARD',
        instanceTerminationAction: 'DELETE',
    };
    // 0 is "no limit": Compute Engine refuses a maxRunDuration under 30 s, so none is sent.
    if (request.maxLifetimeSeconds > 0)
        scheduling.maxRunDuration = { seconds: String(request.maxLifetimeSeconds) };
    return {
        name: request.name,
        machineType: `zones/${zone}/machineTypes/${type}`,
        labels: encodeLabels(request.tags),
        metadata: { items: metadata },
        disks: [
            {
                boot: true,
                autoDelete: true,
                initializeParams: {
                    sourceImage: image,
                    // Never smaller than the image: Compute Engine refuses a disk under the image's size.
                    diskSizeGb: String(Math.max(options.diskSizeGb ?? 35, imageDiskGb ?? 0)),
                    diskType: `zones/${zone}/diskTypes/${options.diskType ?? 'pd-balanced'}`,
                },
            },
        ],
        networkInterfaces: [
            {
                network: options.network ?? (options.subnet ? undefined : 'global/networks/default'),
                subnetwork: options.subnet,
                accessConfigs: options.publicIp ? [{ name: 'External NAT', type: 'ONE_TO_ONE_NAT' }] : [],
            },
        ],
        guestAccelerators: gpu
            ? [
                {
                    acceleratorType: `zones/${zone}/acceleratorTypes/${gpu.type}`,
                    acceleratorCount: gpu.count,
                },
            ]
            : [],
        scheduling,
        serviceAccounts: options.serviceAccount
            ? [{ email: options.serviceAccount, scopes: options.scopes }]
            : [],
    };
}

;// CONCATENATED MODULE: ./src/clouds/gce/retry.ts
/** HTTP answers worth another try: rate limits and the API's transient failures. */
const TRANSIENT = new Set([429, 500, 502, 503, 504]);
/** A call that got no answer in time, retried like a 504 (an insert retried meets its own name: 409). */
class RequestTimeoutError extends Error {
    name = 'RequestTimeoutError';
    code = 504;
}
/** Rejects when `promise` has not settled within `ms`. */
async function withTimeout(promise, ms) {
    let timer;
    try {
        return await Promise.race([
            promise,
            new Promise((_, reject) => {
                timer = setTimeout(() => reject(new RequestTimeoutError(`No answer from Compute Engine in ${ms / 1000} s.`)), ms);
            }),
        ]);
    }
    finally {
        clearTimeout(timer);
    }
}
function statusOf(error) {
    const code = error.status ?? error.code;
    return typeof code === 'number' ? code : undefined;
}
/**
 * Calls `call` again after 429 and 5xx answers, with exponential backoff from `baseMs`. The REST
 * transport of @google-cloud/compute does not retry these itself. Bounded: a dead API fails in
 * about half a minute, not hours.
 */
async function withRetry(call, baseMs, attempts = 5) {
    for (let attempt = 1;; attempt++) {
        try {
            return await call(attempt);
        }
        catch (error) {
            const status = statusOf(error);
            if (attempt >= attempts || status === undefined || !TRANSIENT.has(status))
                throw error;
            await new Promise((r) => setTimeout(r, baseMs * 2 ** (attempt - 1)));
        }
    }
}

;// CONCATENATED MODULE: ./src/clouds/gce/gce-driver.ts





/**
 * A machine or accelerator type that a zone does not offer is refused at once (HTTP 400, reason
 * `invalid`: "Machine type with name 'a2-highgpu-1g' does not exist in zone 'us-east1-b'."),
 * not in the operation: the next zone may have it.
 */
function missingTypeInZone(error) {
    if (statusOf(error) !== 400)
        return false;
    const text = (0,errors/* errorMessage */.gJ)(error);
    return (/resource\.(machineType|guestAccelerators)/.test(text) &&
        /does not exist|not found|not available/i.test(text));
}
/** Reasons that mean "no room in this zone or for this type": try the next choice. */
const CAPACITY_REASONS = new Set([
    'ZONE_RESOURCE_POOL_EXHAUSTED',
    'ZONE_RESOURCE_POOL_EXHAUSTED_WITH_DETAILS',
    'QUOTA_EXCEEDED',
    'RESOURCE_POOL_EXHAUSTED',
    'STOCKOUT',
    'UNSUPPORTED_OPERATION',
    'resourceNotFound',
]);
/** An instance's zone and name: instance ids are `zone/name` (GCE names are unique per zone). */
function locate(instance, fallbackZone) {
    const [zone, name] = instance.id.includes('/') ? instance.id.split('/') : [];
    return {
        zone: instance.zone ?? zone ?? fallbackZone,
        name: instance.name || name || '',
    };
}
/** Compute Engine through @google-cloud/compute (REST transport, loaded only when used). */
function createGceDriver(options, logger) {
    let clients;
    const use = () => (clients ??= createGceClients());
    const backoffMs = Math.max(10, options.pollSeconds * 200);
    const timeoutMs = (options.requestTimeoutSeconds ?? 30) * 1000;
    // The REST transport ignores gax's per-call deadline, so each call is bounded here.
    const retry = (call) => withRetry((attempt) => withTimeout(call(attempt), timeoutMs), backoffMs);
    let imageSize;
    /** The boot image's own size in GB (diskSizeGb): the boot disk may not be smaller. */
    async function imageDiskGb() {
        const { images } = await use();
        const path = imagePath(options);
        const m = /^projects\/([^/]+)\/global\/images\/(family\/)?([^/]+)$/.exec(path);
        if (!m)
            return undefined;
        const [, project, family, name] = m;
        try {
            const [image] = family
                ? await retry(() => images.getFromFamily({ project, family: name }))
                : await retry(() => images.get({ project, image: name }));
            const size = Number(image.diskSizeGb ?? 0);
            return size > 0 ? size : undefined;
        }
        catch (error) {
            if (statusOf(error) === 404) {
                throw new errors/* ConfigurationError */.j1(`Compute Engine has no image ${path}.`, { input: 'image' });
            }
            logger.warning(`Could not read the size of image ${path} (${(0,errors/* errorMessage */.gJ)(error)}); the boot disk keeps disk-size.`);
            return undefined;
        }
    }
    /** Waits on a zone operation until DONE, then fails on operation.error (DONE is not success). */
    async function settle(zone, operation) {
        const { operations } = await use();
        let current = operation;
        const deadline = Date.now() + options.launchTimeoutSeconds * 1000;
        while (String(current.status) !== 'DONE') {
            if (Date.now() > deadline)
                throw new Error(`Operation ${current.name} did not finish in time.`);
            const name = current.name ?? '';
            [current] = (await retry(() => operations.wait({ project: options.project, zone, operation: name })));
        }
        const errors = current.error?.errors ?? [];
        if (errors.length) {
            const first = errors[0];
            const code = first.code ?? 'UNKNOWN';
            const message = errors.map((e) => `${e.code}: ${e.message}`).join('; ');
            if (CAPACITY_REASONS.has(code))
                throw new types/* CapacityError */.h(message, code);
            throw new Error(`Compute Engine operation ${current.name} failed: ${message}`);
        }
    }
    function toInstance(i, zone) {
        const status = String(i.status ?? 'UNKNOWN');
        const scheduling = (i.scheduling ?? {});
        const zoneName = String(i.zone ?? zone)
            .split('/')
            .pop() ?? zone;
        return {
            id: `${zoneName}/${String(i.name ?? '')}`,
            name: String(i.name ?? ''),
            state: status,
            ended: ['STOPPING', 'TERMINATED', 'SUSPENDED', 'STOPPED'].includes(status),
            launchedAt: i.creationTimestamp ? new Date(String(i.creationTimestamp)) : undefined,
            zone: zoneName,
            type: String(i.machineType ?? '')
                .split('/')
                .pop(),
            spot: scheduling.provisioningModel === 'SPOT',
            tags: (i.labels ?? {}),
        };
    }
    async function insertOnce(request, zone, type, spot) {
        const { instances } = await use();
        imageSize ??= imageDiskGb();
        const body = instanceResource(options, request, zone, type, spot, await imageSize);
        const answer = await retry(async (attempt) => {
            try {
                return (await instances.insert({
                    project: options.project,
                    zone,
                    instanceResource: body,
                }));
            }
            catch (error) {
                // A retried insert that meets its own name: the first attempt went through.
                if (attempt > 1 && statusOf(error) === 409)
                    return undefined;
                throw error;
            }
        });
        if (!answer)
            return;
        const [operation] = answer;
        await settle(zone, operation.latestResponse ?? { name: operation.name, status: 'RUNNING' });
    }
    return {
        kind: 'gcp',
        async launch(request) {
            const failures = [];
            const markets = options.spot ? (options.spotFallback ? [true, false] : [true]) : [false];
            for (const spot of markets)
                for (const type of options.machineTypes)
                    for (const zone of options.zones) {
                        const where = `${type}${spot ? ' spot' : ''} in ${zone}`;
                        try {
                            await insertOnce(request, zone, type, spot);
                            logger.info(`Created ${request.name} (${where}).`);
                            return {
                                id: `${zone}/${request.name}`,
                                name: request.name,
                                state: 'PROVISIONING',
                                ended: false,
                                zone,
                                type,
                                spot,
                                tags: encodeLabels(request.tags),
                            };
                        }
                        catch (error) {
                            const status = statusOf(error);
                            if (status === 403 && !(error instanceof types/* CapacityError */.h)) {
                                throw new errors/* PermissionError */.i_(`Compute Engine refused instances.insert: ${(0,errors/* errorMessage */.gJ)(error)}`, 'Give the launching account roles/compute.instanceAdmin.v1 (and roles/iam.serviceAccountUser when a service account is attached); see docs/runner-provision.md.');
                            }
                            if (missingTypeInZone(error)) {
                                failures.push(`${where}: not offered there`);
                                logger.warning(`${zone} does not offer ${type}${options.gpu ? ` with ${options.gpu.type}` : ''} (${(0,errors/* errorMessage */.gJ)(error)}); trying the next choice.`);
                                continue;
                            }
                            if (!(error instanceof types/* CapacityError */.h))
                                throw error;
                            failures.push(`${where}: ${error.code}`);
                            logger.warning(`No capacity for ${where} (${error.code}); trying the next choice.`);
                            // A failed insert may leave a TERMINATED shell with our name: remove it quietly.
                            await this.terminate([
                                { id: `${zone}/${request.name}`, name: request.name, zone },
                            ]).catch(() => undefined);
                        }
                    }
            throw new types/* CapacityError */.h(`No Compute Engine capacity for any choice: ${failures.join('; ')}.`, 'ZONE_RESOURCE_POOL_EXHAUSTED');
        },
        async list(tags) {
            const { instances } = await use();
            const filter = Object.entries(encodeLabels(tags))
                .map(([k, v]) => `(labels.${k} = "${v}")`)
                .join(' AND ');
            const found = [];
            for (const zone of options.zones) {
                const page = await retry(async () => {
                    const items = [];
                    for await (const i of instances.listAsync({ project: options.project, zone, filter })) {
                        items.push(toInstance(i, zone));
                    }
                    return items;
                });
                found.push(...page);
            }
            return found;
        },
        async get(instance) {
            const { instances } = await use();
            const where = locate(instance, options.zones[0] ?? '');
            try {
                const [i] = await retry(() => instances.get({ project: options.project, zone: where.zone, instance: where.name }));
                return toInstance(i, where.zone);
            }
            catch (error) {
                if (statusOf(error) === 404)
                    return undefined;
                throw error;
            }
        },
        async terminate(list) {
            const { instances } = await use();
            const notFound = [];
            await Promise.all(list.map(async (instance) => {
                const { zone, name } = locate(instance, options.zones[0] ?? '');
                let attempts = 0;
                try {
                    const [operation] = (await retry(() => {
                        attempts++;
                        return instances.delete({ project: options.project, zone, instance: name });
                    }));
                    if (operation.latestResponse)
                        await settle(zone, operation.latestResponse);
                }
                catch (error) {
                    if (statusOf(error) !== 404)
                        throw error;
                    // A 404 on a retry: the first, unanswered delete went through.
                    if (attempts === 1)
                        notFound.push(instance.id);
                }
            }));
            return { notFound };
        },
        async waitRunning(instance) {
            const deadline = Date.now() + options.launchTimeoutSeconds * 1000;
            for (;;) {
                const current = await this.get(instance);
                if (!current || current.ended) {
                    throw new Error(`${instance.name} ended before running (${current?.state ?? 'deleted'}).`);
                }
                if (current.state === 'RUNNING')
                    return;
                if (Date.now() > deadline)
                    throw new Error(`${instance.name} did not start in time.`);
                await new Promise((r) => setTimeout(r, options.pollSeconds * 1000));
            }
        },
        async consoleTail(instance, lines) {
            const { instances } = await use();
            const where = locate(instance, options.zones[0] ?? '');
            const [output] = await retry(() => instances.getSerialPortOutput({
                project: options.project,
                zone: where.zone,
                instance: where.name,
            }));
            return String(output.contents ?? '')
                .split('\n')
                .slice(-lines)
                .join('\n');
        },
        async reclaimed(list) {
            const { operations } = await use();
            const located = list.map((i) => locate(i, options.zones[0] ?? ''));
            const names = new Set(located.map((i) => i.name));
            const zones = new Set(located.map((i) => i.zone));
            const hit = [];
            for (const zone of zones) {
                const iterable = operations.listAsync({
                    project: options.project,
                    zone,
                    filter: 'operationType = "compute.instances.preempted"',
                });
                for await (const o of iterable) {
                    const name = String(o.targetLink ?? '')
                        .split('/')
                        .pop() ?? '';
                    const zone = String(o.zone ?? '')
                        .split('/')
                        .pop() ?? '';
                    if (names.has(name))
                        hit.push(`${zone}/${name}`);
                }
            }
            return hit;
        },
    };
}


/***/ })

};
;