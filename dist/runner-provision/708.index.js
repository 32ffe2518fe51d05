"use strict";
exports.id = 708;
exports.ids = [708];
exports.modules = {

/***/ 66708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createEc2Driver: () => (/* binding */ createEc2Driver),
  userData: () => (/* binding */ userData)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var dist_cjs = __webpack_require__(35193);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/clouds/sizes.ts
var sizes = __webpack_require__(82984);
// EXTERNAL MODULE: ./src/clouds/types.ts
var types = __webpack_require__(72511);
;// CONCATENATED MODULE: ./src/clouds/aws/errors.ts
/** EC2 answers that mean "not here, not now": another type, subnet or market may work. */
const CAPACITY_CODES = new Set([
    'InsufficientInstanceCapacity',
    'InsufficientHostCapacity',
    'InsufficientCapacity',
    'InsufficientReservedInstanceCapacity',
    'InsufficientFreeAddressesInSubnet',
    'InstanceLimitExceeded',
    'VcpuLimitExceeded',
    'SpotMaxPriceTooLow',
    'MaxSpotInstanceCountExceeded',
    'Unsupported',
]);
const PERMISSION_CODES = new Set(['UnauthorizedOperation', 'AuthFailure', 'Blocked']);
/** TerminateInstances / DescribeInstances answers for an id that is not (or cannot be) an instance here. */
const NOT_FOUND_CODES = new Set(['InvalidInstanceID.NotFound', 'InvalidInstanceID.Malformed']);
function isNotFoundCode(code) {
    return NOT_FOUND_CODES.has(code);
}
/**
 * Spot request status codes that mean EC2 interrupted (or is about to interrupt) the instance,
 * from the EC2 User Guide's "Spot request status codes": the marked-for-* codes come with the
 * two-minute notice, the instance-terminated-/stopped- ones once EC2 has acted.
 */
const RECLAIM_STATUS = new Set([
    'marked-for-termination',
    'marked-for-stop',
    'marked-for-hibernation',
    'instance-terminated-by-price',
    'instance-terminated-no-capacity',
    'instance-terminated-capacity-oversubscribed',
    'instance-terminated-launch-group-constraint',
    'instance-stopped-by-price',
    'instance-stopped-no-capacity',
    'instance-stopped-capacity-oversubscribed',
    'instance-hibernated-by-price',
    'instance-hibernated-no-capacity',
]);
function isReclaimStatus(code) {
    return code !== undefined && RECLAIM_STATUS.has(code);
}
function isCapacityCode(code) {
    return CAPACITY_CODES.has(code);
}
function isPermissionCode(code) {
    return PERMISSION_CODES.has(code);
}
/**
 * The order launches are tried in: every type (in the user's order) in every subnet on the spot
 * market first when spot was asked for, then the same on demand if fallback is on.
 */
function attemptPlan(options) {
    const markets = options.spot ? (options.spotFallback ? [true, false] : [true]) : [false];
    const subnets = options.subnets.length ? options.subnets : [undefined];
    const plan = [];
    for (const spot of markets)
        for (const type of options.instanceTypes)
            for (const subnet of subnets)
                plan.push({ type, subnet, spot });
    return plan;
}

// EXTERNAL MODULE: ./src/clouds/aws/arch.ts
var aws_arch = __webpack_require__(2514);
;// CONCATENATED MODULE: ./src/clouds/aws/images.ts



/** Canonical's account: the default Ubuntu images. */
const CANONICAL = '099720109477';
/**
 * AWS's Deep Learning Base GPU AMIs (owner alias `amazon`): Ubuntu 22.04 with the NVIDIA driver,
 * CUDA, Docker and the NVIDIA container toolkit, for G4dn, G5, G6, P4d, P5 \u2026 (x86_64) and G5g
 * (arm64). Named `Deep Learning Base OSS Nvidia Driver GPU AMI (Ubuntu 22.04) 20260724` and
 * `Deep Learning ARM64 Base OSS Nvidia Driver GPU AMI (Ubuntu 22.04) \u2026` in the DLAMI release notes
 * (docs.aws.amazon.com/dlami/latest/devguide/, "Base OSS Nvidia Driver GPU AMI" pages).
 */
const GPU_IMAGES = {
    x86_64: 'Deep Learning Base OSS Nvidia Driver GPU AMI (Ubuntu 22.04) *',
    arm64: 'Deep Learning ARM64 Base OSS Nvidia Driver GPU AMI (Ubuntu 22.04) *',
};
/**
 * The AMI to launch: an `ami-\u2026` id as given, or the newest image whose name matches the pattern
 * (default: Ubuntu 22.04 for the first type's architecture, or the Deep Learning Base GPU AMI
 * when a GPU is wanted). One DescribeImages call either way, which also gives the root device
 * name and its snapshot size, the least the root volume may be.
 */
async function resolveImage(client, options, gpu) {
    const arch = (0,aws_arch/* architectureOf */.N)(options.instanceTypes[0] ?? '');
    const image = options.image?.trim();
    const byId = image ? /^ami-[0-9a-f]+$/i.test(image) : false;
    const pattern = image ||
        (gpu
            ? GPU_IMAGES[arch]
            : `ubuntu/images/hvm-ssd*/ubuntu-jammy-22.04-${arch === 'arm64' ? 'arm64' : 'amd64'}-server-*`);
    const owners = options.imageOwners?.length
        ? options.imageOwners
        : !image && gpu
            ? ['amazon']
            : [CANONICAL];
    const answer = await client.send(new dist_cjs/* DescribeImagesCommand */.ji5(byId
        ? { ImageIds: [pattern] }
        : {
            Owners: owners,
            Filters: [
                { Name: 'name', Values: [pattern] },
                { Name: 'architecture', Values: [arch] },
                { Name: 'state', Values: ['available'] },
            ],
        }));
    const newest = (answer.Images ?? [])
        .filter((i) => i.ImageId)
        .sort((a, b) => (b.CreationDate ?? '').localeCompare(a.CreationDate ?? ''))[0];
    if (!newest?.ImageId) {
        throw new errors/* ConfigurationError */.j1(`No AMI matches '${pattern}' (${arch}, owners ${owners.join(', ')}) in ${options.region}: give an ami-\u2026 id or a name pattern that exists there.`, { input: 'image' });
    }
    if (newest.Architecture && newest.Architecture !== arch) {
        throw new errors/* ConfigurationError */.j1(`AMI ${newest.ImageId} is ${newest.Architecture} but instance type ${options.instanceTypes[0]} needs ${arch}.`, { input: 'image' });
    }
    const rootDeviceName = newest.RootDeviceName ?? '/dev/sda1';
    const root = (newest.BlockDeviceMappings ?? []).find((m) => m.DeviceName === rootDeviceName);
    return {
        id: newest.ImageId,
        rootDeviceName,
        architecture: newest.Architecture ?? arch,
        rootSnapshotGb: root?.Ebs?.VolumeSize,
    };
}

;// CONCATENATED MODULE: ./src/clouds/aws/ec2-driver.ts







/** EC2 takes 16 KB of user data before base64; cloud-init unpacks gzip, so a long script is compressed. */
const USER_DATA_LIMIT = 16 * 1024;
function userData(script) {
    const raw = Buffer.from(script, 'utf8');
    const packed = raw.length > USER_DATA_LIMIT ? (0,external_node_zlib_.gzipSync)(raw, { level: 9 }) : raw;
    if (packed.length > USER_DATA_LIMIT) {
        throw new errors/* ConfigurationError */.j1(`The instance startup script is ${Math.round(packed.length / 1024)} KB compressed; EC2 takes 16 KB of user data. Shorten the startup-script input (download a longer script from it instead).`, { input: 'startup-script' });
    }
    return packed.toString('base64');
}
/** Launches, lists and terminates EC2 instances with the real SDK (retries and waiters built in). */
function createEc2Driver(options, logger) {
    const client = new dist_cjs/* EC2Client */.gu5({
        region: options.region,
        endpoint: options.endpoint,
        maxAttempts: 6,
        // Without throwOnRequestTimeout the SDK only warns about a hung request and keeps waiting.
        requestHandler: {
            requestTimeout: (options.requestTimeoutSeconds ?? 30) * 1000,
            connectionTimeout: 10_000,
            throwOnRequestTimeout: true,
        },
    });
    const wantsGpu = Boolean(options.gpu) || options.instanceTypes.some((t) => (0,sizes/* isGpuType */.XX)('aws', t));
    let image;
    function toInstance(i) {
        const tags = Object.fromEntries((i.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
        const state = i.State?.Name ?? 'unknown';
        return {
            id: i.InstanceId ?? '',
            name: tags.Name ?? i.InstanceId ?? '',
            state,
            ended: state === 'terminated' || state === 'shutting-down',
            launchedAt: i.LaunchTime,
            zone: i.Placement?.AvailabilityZone,
            type: i.InstanceType,
            spot: i.InstanceLifecycle === 'spot',
            tags,
            endReason: i.StateReason?.Code === 'Server.SpotInstanceTermination'
                ? 'spot-reclaimed'
                : i.StateReason?.Code,
        };
    }
    async function runOnce(request, resolved, type, subnet, spot) {
        // Every resource RunInstances creates carries the same tags: tag-on-create IAM conditions
        // (aws:RequestTag) are evaluated per created resource, so an untagged volume or spot request
        // would make the README's least-privilege policy deny the whole launch.
        const tags = [
            { Key: 'Name', Value: request.name },
            ...Object.entries(request.tags).map(([Key, Value]) => ({ Key, Value })),
        ];
        const created = [
            'instance',
            'volume',
            'network-interface',
            ...(spot ? ['spot-instances-request'] : []),
        ];
        const tagSpecifications = created.map((ResourceType) => ({
            ResourceType: ResourceType,
            Tags: tags,
        }));
        const groups = options.securityGroups.length ? options.securityGroups : undefined;
        // A public-IP choice is made on the primary network interface, which then also takes the
        // subnet and security groups (EC2 refuses them at both levels).
        const explicitInterface = options.publicIp !== undefined;
        // GPU images' snapshots are larger than the default disk: EC2 refuses a smaller root volume.
        const volumeSize = Math.max(options.rootVolumeSize ?? 0, resolved.rootSnapshotGb ?? 0);
        const input = {
            ImageId: resolved.id,
            InstanceType: type,
            MinCount: 1,
            MaxCount: 1,
            UserData: userData(request.startupScript),
            // The runner powers the machine off when done, idle or out of time: that ends it for good.
            InstanceInitiatedShutdownBehavior: 'terminate',
            MetadataOptions: {
                HttpTokens: 'required',
                HttpEndpoint: 'enabled',
                HttpPutResponseHopLimit: 2,
            },
            SubnetId: explicitInterface ? undefined : subnet,
            SecurityGroupIds: explicitInterface ? undefined : groups,
            NetworkInterfaces: explicitInterface
                ? [
                    {
                        DeviceIndex: 0,
                        AssociatePublicIpAddress: options.publicIp,
                        SubnetId: subnet,
                        Groups: groups,
                        DeleteOnTermination: true,
                    },
                ]
                : undefined,
            IamInstanceProfile: options.instanceProfile
                ? options.instanceProfile.startsWith('arn:')
                    ? { Arn: options.instanceProfile }
                    : { Name: options.instanceProfile }
                : undefined,
            BlockDeviceMappings: volumeSize
                ? [
                    {
                        DeviceName: resolved.rootDeviceName,
                        Ebs: {
                            VolumeSize: volumeSize,
                            VolumeType: (options.rootVolumeType ?? 'gp3'),
                            DeleteOnTermination: true,
                        },
                    },
                ]
                : undefined,
            InstanceMarketOptions: spot
                ? {
                    MarketType: 'spot',
                    SpotOptions: {
                        SpotInstanceType: 'one-time',
                        InstanceInterruptionBehavior: 'terminate',
                        MaxPrice: options.spotMaxPrice,
                    },
                }
                : undefined,
            TagSpecifications: tagSpecifications,
        };
        const answer = await client.send(new dist_cjs/* RunInstancesCommand */.zq7(input));
        const instance = answer.Instances?.[0];
        if (!instance?.InstanceId)
            throw new Error('RunInstances answered without an instance id.');
        return instance;
    }
    return {
        kind: 'aws',
        async launch(request) {
            image ??= resolveImage(client, options, wantsGpu);
            const resolved = await image.catch((error) => {
                image = undefined;
                throw error;
            });
            if (options.rootVolumeSize && (resolved.rootSnapshotGb ?? 0) > options.rootVolumeSize) {
                logger.info(`Root volume: ${resolved.rootSnapshotGb} GB, the size of image ${resolved.id}'s snapshot (disk-size asked ${options.rootVolumeSize}).`);
            }
            const failures = [];
            for (const attempt of attemptPlan(options)) {
                try {
                    const launched = await runOnce(request, resolved, attempt.type, attempt.subnet, attempt.spot);
                    logger.info(`Launched ${launched.InstanceId} (${attempt.type}${attempt.spot ? ', spot' : ''}${attempt.subnet ? `, ${attempt.subnet}` : ''}) for ${request.name}.`);
                    return toInstance(launched);
                }
                catch (error) {
                    const code = error.name;
                    if (isPermissionCode(code)) {
                        throw new errors/* PermissionError */.i_(`EC2 refused RunInstances: ${(0,errors/* errorMessage */.gJ)(error)}`, 'Give the launching role the permissions listed in docs/runner-provision.md (ec2:RunInstances, ec2:CreateTags, iam:PassRole for the instance profile).');
                    }
                    if (!isCapacityCode(code))
                        throw error;
                    const where = `${attempt.type}${attempt.spot ? ' spot' : ' on-demand'}${attempt.subnet ? ` in ${attempt.subnet}` : ''}`;
                    failures.push(`${where}: ${code}`);
                    logger.warning(`No capacity for ${where} (${code}); trying the next choice.`);
                }
            }
            throw new types/* CapacityError */.h(`No EC2 capacity for any choice: ${failures.join('; ')}.`, 'InsufficientInstanceCapacity');
        },
        async list(tags) {
            const found = [];
            const filters = Object.entries(tags).map(([k, v]) => ({ Name: `tag:${k}`, Values: [v] }));
            for await (const page of (0,dist_cjs/* paginateDescribeInstances */.H0T)({ client }, { Filters: filters })) {
                for (const r of page.Reservations ?? [])
                    for (const i of r.Instances ?? [])
                        found.push(toInstance(i));
            }
            return found;
        },
        async get(instance) {
            try {
                const answer = await client.send(new dist_cjs/* DescribeInstancesCommand */.bNs({ InstanceIds: [instance.id] }));
                const i = answer.Reservations?.[0]?.Instances?.[0];
                return i ? toInstance(i) : undefined;
            }
            catch (error) {
                if (error.name === 'InvalidInstanceID.NotFound')
                    return undefined;
                throw error;
            }
        },
        async terminate(instances) {
            const ids = instances.map((i) => i.id).filter(Boolean);
            const notFound = [];
            if (!ids.length)
                return { notFound };
            try {
                await client.send(new dist_cjs/* TerminateInstancesCommand */.NaF({ InstanceIds: ids }));
            }
            catch (error) {
                if (!isNotFoundCode(error.name))
                    throw error;
                // One unknown (or malformed) id fails the whole call: terminate the others one by one.
                for (const id of ids) {
                    await client
                        .send(new dist_cjs/* TerminateInstancesCommand */.NaF({ InstanceIds: [id] }))
                        .catch((e) => {
                        if (!isNotFoundCode(e.name))
                            throw e;
                        notFound.push(id);
                    });
                }
            }
            return { notFound };
        },
        async consoleTail(instance, lines) {
            const answer = await client.send(new dist_cjs/* GetConsoleOutputCommand */.Olx({ InstanceId: instance.id, Latest: true }));
            const text = Buffer.from(answer.Output ?? '', 'base64').toString('utf8');
            return text.split('\n').slice(-lines).join('\n');
        },
        async waitRunning(instance) {
            // The SDK's waiter: polls DescribeInstances and fails at once if the instance terminates.
            await (0,dist_cjs/* waitUntilInstanceRunning */.kAk)({
                client,
                minDelay: options.pollSeconds,
                maxDelay: options.pollSeconds,
                maxWaitTime: options.launchTimeoutSeconds,
            }, { InstanceIds: [instance.id] });
        },
        async reclaimed(instances) {
            const ids = instances.map((i) => i.id).filter((id) => /^i-[0-9a-f]+$/.test(id));
            if (!ids.length)
                return [];
            const described = [];
            for (const id of ids) {
                // One at a time: an id that no longer exists would fail the others.
                const answer = await client
                    .send(new dist_cjs/* DescribeInstancesCommand */.bNs({ InstanceIds: [id] }))
                    .catch(() => undefined);
                described.push(...(answer?.Reservations ?? []).flatMap((r) => r.Instances ?? []));
            }
            const hit = new Set(described
                .filter((i) => i.StateReason?.Code === 'Server.SpotInstanceTermination')
                .map((i) => i.InstanceId ?? ''));
            // A guest that powers off on the two-minute notice is recorded as
            // Client.InstanceInitiatedShutdown; the spot request's status still says why it ended
            // (docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-request-status.html).
            const requests = described.flatMap((i) => i.SpotInstanceRequestId && !hit.has(i.InstanceId ?? '') ? [i.SpotInstanceRequestId] : []);
            if (requests.length) {
                const answer = await client
                    .send(new dist_cjs/* DescribeSpotInstanceRequestsCommand */.cwT({ SpotInstanceRequestIds: requests }))
                    .catch(() => undefined);
                for (const r of answer?.SpotInstanceRequests ?? [])
                    if (r.InstanceId && isReclaimStatus(r.Status?.Code))
                        hit.add(r.InstanceId);
            }
            return ids.filter((id) => hit.has(id));
        },
    };
}


/***/ })

};
;