"use strict";
exports.id = 708;
exports.ids = [708];
exports.modules = {

/***/ 66708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createEc2Driver: () => (/* binding */ createEc2Driver)
});

// UNUSED EXPORTS: userData

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var dist_cjs = __webpack_require__(35193);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
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
 * The AMI to launch: an `ami-…` id as given, or the newest image whose name matches the pattern
 * (default: Ubuntu 22.04 for the first type's architecture). One DescribeImages call either way,
 * which also gives the root device name the volume size applies to.
 */
async function resolveImage(client, options) {
    const arch = (0,aws_arch/* architectureOf */.N)(options.instanceTypes[0] ?? '');
    const image = options.image?.trim();
    const byId = image ? /^ami-[0-9a-f]+$/i.test(image) : false;
    const pattern = image ||
        `ubuntu/images/hvm-ssd*/ubuntu-jammy-22.04-${arch === 'arm64' ? 'arm64' : 'amd64'}-server-*`;
    const answer = await client.send(new dist_cjs/* DescribeImagesCommand */.ji5(byId
        ? { ImageIds: [pattern] }
        : {
            Owners: options.imageOwners?.length ? options.imageOwners : [CANONICAL],
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
        throw new errors/* ConfigurationError */.j1(`No AMI matches '${pattern}' (${arch}) in ${options.region}: give an ami-… id or a name pattern that exists there.`, { input: 'aws-image' });
    }
    if (newest.Architecture && newest.Architecture !== arch) {
        throw new errors/* ConfigurationError */.j1(`AMI ${newest.ImageId} is ${newest.Architecture} but instance type ${options.instanceTypes[0]} needs ${arch}.`, { input: 'aws-image' });
    }
    return {
        id: newest.ImageId,
        rootDeviceName: newest.RootDeviceName ?? '/dev/sda1',
        architecture: newest.Architecture ?? arch,
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
    });
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
            SubnetId: subnet,
            SecurityGroupIds: options.securityGroups.length ? options.securityGroups : undefined,
            IamInstanceProfile: options.instanceProfile
                ? options.instanceProfile.startsWith('arn:')
                    ? { Arn: options.instanceProfile }
                    : { Name: options.instanceProfile }
                : undefined,
            BlockDeviceMappings: options.rootVolumeSize
                ? [
                    {
                        DeviceName: resolved.rootDeviceName,
                        Ebs: {
                            VolumeSize: options.rootVolumeSize,
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
            TagSpecifications: [
                {
                    ResourceType: 'instance',
                    Tags: [
                        { Key: 'Name', Value: request.name },
                        ...Object.entries(request.tags).map(([Key, Value]) => ({ Key, Value })),
                    ],
                },
                {
                    ResourceType: 'volume',
                    Tags: [{ Key: 'Name', Value: request.name }],
                },
            ],
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
            image ??= resolveImage(client, options);
            const resolved = await image;
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
            if (!ids.length)
                return;
            try {
                await client.send(new dist_cjs/* TerminateInstancesCommand */.NaF({ InstanceIds: ids }));
            }
            catch (error) {
                if (error.name !== 'InvalidInstanceID.NotFound')
                    throw error;
                // One unknown id fails the whole call: terminate the others one by one.
                for (const id of ids) {
                    await client
                        .send(new dist_cjs/* TerminateInstancesCommand */.NaF({ InstanceIds: [id] }))
                        .catch((e) => {
                        if (e.name !== 'InvalidInstanceID.NotFound')
                            throw e;
                    });
                }
            }
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
            const ids = instances.map((i) => i.id).filter(Boolean);
            if (!ids.length)
                return [];
            const answer = await client
                .send(new dist_cjs/* DescribeInstancesCommand */.bNs({ InstanceIds: ids }))
                .catch(() => undefined);
            return (answer?.Reservations ?? [])
                .flatMap((r) => r.Instances ?? [])
                .filter((i) => i.StateReason?.Code === 'Server.SpotInstanceTermination')
                .map((i) => i.InstanceId ?? '');
        },
    };
}


/***/ })

};
;