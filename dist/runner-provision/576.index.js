"use strict";
exports.id = 576;
exports.ids = [576];
exports.modules = {

/***/ 4576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  autoReleaseTime: () => (/* binding */ autoReleaseTime),
  createEcsDriver: () => (/* binding */ createEcsDriver)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/clouds/types.ts
var types = __webpack_require__(72511);
;// CONCATENATED MODULE: ./src/clouds/alibaba/ecs-client.ts
/**
 * The ECS client, imported on first use. Credentials: ALIBABA_CLOUD_ACCESS_KEY_ID and
 * ALIBABA_CLOUD_ACCESS_KEY_SECRET (with ALIBABA_CLOUD_SECURITY_TOKEN for an STS token, which is
 * what OIDC role assumption gives). CML_ALIBABA_ECS_ENDPOINT (http://host:port) points it
 * elsewhere, for emulators.
 */
async function createEcsClient(regionId, env = process.env) {
    const [ecs, { $OpenApiUtil }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(213), __webpack_require__.e(764), __webpack_require__.e(617)]).then(__webpack_require__.t.bind(__webpack_require__, 17617, 23)),
        Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(213), __webpack_require__.e(764)]).then(__webpack_require__.t.bind(__webpack_require__, 69764, 23)),
    ]);
    const override = env.CML_ALIBABA_ECS_ENDPOINT ? new URL(env.CML_ALIBABA_ECS_ENDPOINT) : undefined;
    const config = new $OpenApiUtil.Config({
        accessKeyId: env.ALIBABA_CLOUD_ACCESS_KEY_ID,
        accessKeySecret: env.ALIBABA_CLOUD_ACCESS_KEY_SECRET,
        securityToken: env.ALIBABA_CLOUD_SECURITY_TOKEN,
        regionId,
        endpoint: override ? override.host : `ecs.${regionId}.aliyuncs.com`,
        protocol: override ? override.protocol.replace(':', '') : 'https',
        readTimeout: 30_000,
        connectTimeout: 10_000,
    });
    const Client = ecs.default.default ?? ecs.default;
    return { client: new Client(config), ecs };
}

;// CONCATENATED MODULE: ./src/clouds/alibaba/ecs-driver.ts



/**
 * Codes that mean "not here, not now" (ECS RunInstances error codes): sold out in the zone
 * (OperationDenied.NoStock, \u2026ZoneNotSupported/\u2026NotSupported for the type in that zone), or a
 * quota (QuotaExceed.ElasticQuota, QuotaExceed.SpotInstance\u2026): try the next type or vSwitch.
 */
function isCapacity(code) {
    return (code === 'OperationDenied.NoStock' ||
        code === 'Zone.NotOnSale' ||
        code === 'InvalidInstanceType.ValueNotSupported' ||
        code === 'InvalidInstanceType.ZoneNotSupported' ||
        code === 'InvalidResourceType.NotSupported' ||
        code.startsWith('QuotaExceed.'));
}
const codeOf = (e) => String(e.code ?? '');
const statusOf = (e) => e.statusCode;
/** 429/5xx and the Throttling codes are retried, bounded (about 10 s with the default poll). */
async function retry(call, baseMs, attempts = 5) {
    for (let attempt = 1;; attempt++) {
        try {
            return await call();
        }
        catch (error) {
            const status = statusOf(error) ?? 0;
            const transient = status === 429 || status >= 500 || codeOf(error).startsWith('Throttling');
            if (attempt >= attempts || !transient)
                throw error;
            await new Promise((r) => setTimeout(r, baseMs * 2 ** (attempt - 1)));
        }
    }
}
/** ECS wants AutoReleaseTime at least 30 minutes ahead, as yyyy-MM-ddTHH:mm:ssZ (UTC). */
function autoReleaseTime(seconds, now = Date.now()) {
    if (seconds <= 0)
        return undefined;
    const at = new Date(now + Math.max(seconds, 30 * 60 + 60) * 1000);
    return at.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** Alibaba Cloud ECS through @alicloud/ecs20140526 (loaded only when used). */
function createEcsDriver(options, logger) {
    let loaded;
    const use = () => (loaded ??= createEcsClient(options.regionId));
    const baseMs = Math.max(10, options.pollSeconds * 200);
    const regionId = options.regionId;
    async function runOnce(request, type, vSwitchId, spot) {
        const { client, ecs } = await use();
        const image = options.image ?? 'acs:ubuntu_22_04_x64';
        const body = new ecs.RunInstancesRequest({
            regionId,
            instanceType: type,
            // acs:\u2026 is a public image family (newest image of it); anything else an image id.
            ...(image.startsWith('acs:') ? { imageFamily: image } : { imageId: image }),
            vSwitchId,
            securityGroupId: options.securityGroupId,
            instanceName: request.name,
            hostName: request.name,
            userData: Buffer.from(request.startupScript).toString('base64'),
            systemDisk: new ecs.RunInstancesRequestSystemDisk({
                size: String(options.systemDiskSizeGb),
                category: options.systemDiskCategory,
            }),
            instanceChargeType: 'PostPaid',
            spotStrategy: spot
                ? options.spotPriceLimit
                    ? 'SpotWithPriceLimit'
                    : 'SpotAsPriceGo'
                : 'NoSpot',
            ...(spot && options.spotPriceLimit ? { spotPriceLimit: options.spotPriceLimit } : {}),
            ...(spot ? { spotInterruptionBehavior: 'Terminate' } : {}),
            // The hard lifetime: ECS releases the instance (and its system disk) itself.
            autoReleaseTime: autoReleaseTime(request.maxLifetimeSeconds),
            tag: Object.entries(request.tags).map(([key, value]) => new ecs.RunInstancesRequestTag({ key, value })),
            ...(options.publicBandwidthMbps
                ? {
                    internetMaxBandwidthOut: options.publicBandwidthMbps,
                    internetChargeType: 'PayByTraffic',
                }
                : {}),
            amount: 1,
            // Same token on a retried call: ECS launches once.
            clientToken: `${request.name}-${type}-${vSwitchId}-${spot ? 's' : 'o'}`.slice(0, 64),
        });
        const answer = await retry(() => client.runInstances(body), baseMs);
        const id = answer.body?.instanceIdSets?.instanceIdSet?.[0];
        if (!id)
            throw new Error(`ECS RunInstances answered no instance id for ${request.name}.`);
        return id;
    }
    function toInstance(i) {
        const state = String(i.status ?? 'Unknown');
        const locks = (i.operationLocks?.lockReason ?? []).map((l) => l.lockReason);
        return {
            id: String(i.instanceId),
            name: String(i.instanceName ?? ''),
            state,
            ended: state === 'Stopped' || state === 'Stopping' || locks.includes('Recycling'),
            launchedAt: i.creationTime ? new Date(i.creationTime) : undefined,
            zone: i.zoneId,
            type: i.instanceType,
            spot: i.spotStrategy !== undefined && i.spotStrategy !== 'NoSpot',
            tags: Object.fromEntries((i.tags?.tag ?? []).map((t) => [t.tagKey ?? '', t.tagValue ?? ''])),
            ...(locks.includes('Recycling') ? { endReason: 'spot-reclaimed' } : {}),
        };
    }
    async function describe(filter) {
        const { client, ecs } = await use();
        const found = [];
        let nextToken;
        do {
            const req = new ecs.DescribeInstancesRequest({
                regionId,
                maxResults: 100,
                ...(nextToken ? { nextToken } : {}),
                ...(filter.ids ? { instanceIds: JSON.stringify(filter.ids) } : {}),
                ...(filter.tags
                    ? {
                        tag: Object.entries(filter.tags).map(([key, value]) => new ecs.DescribeInstancesRequestTag({ key, value })),
                    }
                    : {}),
            });
            const answer = await retry(() => client.describeInstances(req), baseMs);
            for (const i of answer.body?.instances?.instance ?? [])
                found.push(toInstance(i));
            nextToken = answer.body?.nextToken || undefined;
        } while (nextToken);
        return found;
    }
    return {
        kind: 'alibaba',
        async launch(request) {
            const failures = [];
            const markets = options.spot ? (options.spotFallback ? [true, false] : [true]) : [false];
            for (const spot of markets)
                for (const type of options.instanceTypes)
                    for (const vSwitchId of options.vSwitchIds) {
                        const where = `${type} ${spot ? 'spot' : 'pay-as-you-go'} in ${vSwitchId}`;
                        try {
                            const id = await runOnce(request, type, vSwitchId, spot);
                            logger.info(`Created ${request.name} (${id}, ${where}).`);
                            return {
                                id,
                                name: request.name,
                                state: 'Pending',
                                ended: false,
                                type,
                                spot,
                                tags: request.tags,
                            };
                        }
                        catch (error) {
                            const code = codeOf(error);
                            if (code.startsWith('Forbidden') || code === 'InvalidAccessKeyId.NotFound') {
                                throw new errors/* PermissionError */.i_(`Alibaba Cloud refused RunInstances: ${(0,errors/* errorMessage */.gJ)(error)}`, 'Attach the RAM policy in docs/alibaba.md to the launching user or role.');
                            }
                            if (!isCapacity(code))
                                throw error;
                            failures.push(`${where}: ${code}`);
                            logger.warning(`No capacity for ${where} (${code}); trying the next choice.`);
                        }
                    }
            throw new types/* CapacityError */.h(`No ECS capacity for any choice: ${failures.join('; ')}.`, 'OperationDenied.NoStock');
        },
        list: (tags) => describe({ tags }),
        async get(instance) {
            return (await describe({ ids: [instance.id] }))[0];
        },
        async terminate(list) {
            if (!list.length)
                return { notFound: [] };
            const { client, ecs } = await use();
            const ids = list.map((i) => i.id);
            const known = new Set((await describe({ ids })).map((i) => i.id));
            const notFound = ids.filter((id) => !known.has(id));
            const present = ids.filter((id) => known.has(id));
            // DeleteInstances takes up to 100 ids; Force releases running ones too.
            for (let at = 0; at < present.length; at += 100) {
                const req = new ecs.DeleteInstancesRequest({
                    regionId,
                    instanceId: present.slice(at, at + 100),
                    force: true,
                });
                await retry(() => client.deleteInstances(req), baseMs);
            }
            return { notFound };
        },
        async waitRunning(instance) {
            const deadline = Date.now() + options.launchTimeoutSeconds * 1000;
            for (;;) {
                const current = await this.get(instance);
                if (current?.state === 'Running')
                    return;
                // A just-launched instance may not be listed yet: keep looking until the deadline.
                if (current?.ended)
                    throw new Error(`${instance.name} ended before running (${current.state}).`);
                if (Date.now() > deadline)
                    throw new Error(`${instance.name} did not start in time.`);
                await new Promise((r) => setTimeout(r, options.pollSeconds * 1000));
            }
        },
        async consoleTail(instance, lines) {
            const { client, ecs } = await use();
            const answer = await retry(() => client.getInstanceConsoleOutput(new ecs.GetInstanceConsoleOutputRequest({ regionId, instanceId: instance.id })), baseMs);
            return Buffer.from(answer.body?.consoleOutput ?? '', 'base64')
                .toString('utf8')
                .split('\n')
                .slice(-lines)
                .join('\n');
        },
        async reclaimed(list) {
            // A spot instance under reclaim carries the lock reason Recycling for its last minutes;
            // once released it is gone. Neither happens to an instance of ours otherwise before stop
            // (AutoReleaseTime is the max lifetime, past which stop or sweep would end it anyway).
            const current = new Map((await describe({ ids: list.map((i) => i.id) })).map((i) => [i.id, i]));
            return list
                .filter((i) => !current.has(i.id) || current.get(i.id)?.endReason === 'spot-reclaimed')
                .map((i) => i.id);
        },
    };
}


/***/ })

};
;