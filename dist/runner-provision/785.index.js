"use strict";
exports.id = 785;
exports.ids = [785];
exports.modules = {

/***/ 85785:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createAzureDriver: () => (/* binding */ createAzureDriver)
});

// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/clouds/types.ts
var types = __webpack_require__(72511);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/clouds/azure/clients.ts

/**
 * Credentials: CML_AZURE_ACCESS_TOKEN (a bearer token already issued, e.g. by `az account
 * get-access-token`) or DefaultAzureCredential, which tries, in order, the environment
 * (AZURE_TENANT_ID + AZURE_CLIENT_ID + AZURE_CLIENT_SECRET or certificate), workload identity
 * (AZURE_FEDERATED_TOKEN_FILE: OIDC federation), managed identity, then the Azure CLI session
 * that azure/login leaves on a GitHub runner.
 */
async function credentialFrom(env) {
    const token = env.CML_AZURE_ACCESS_TOKEN;
    if (token) {
        // The token's lifetime is the caller's business: we hold no way to refresh it.
        return {
            getToken: () => Promise.resolve({ token, expiresOnTimestamp: Date.now() + 3600_000 }),
        };
    }
    const { DefaultAzureCredential } = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(324), __webpack_require__.e(669), __webpack_require__.e(738), __webpack_require__.e(952)]).then(__webpack_require__.bind(__webpack_require__, 23952));
    return new DefaultAzureCredential();
}
/**
 * The Compute and Network clients, imported on first use so no other cloud pays for them.
 * CML_AZURE_ENDPOINT (https://host:port) points them at another Resource Manager endpoint
 * (Azure Stack, emulators) and CML_AZURE_CA_FILE names a PEM CA to trust for it: the SDK sends
 * bearer tokens over https only.
 */
async function createAzureClients(subscriptionId, pollSeconds, env = process.env) {
    const [{ ComputeManagementClient: Compute }, { NetworkManagementClient: Network }, credential] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(669), __webpack_require__.e(738), __webpack_require__.e(352), __webpack_require__.e(753)]).then(__webpack_require__.bind(__webpack_require__, 66753)),
        Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(669), __webpack_require__.e(738), __webpack_require__.e(352), __webpack_require__.e(591)]).then(__webpack_require__.bind(__webpack_require__, 72591)),
        credentialFrom(env),
    ]);
    const ca = env.CML_AZURE_CA_FILE ? (0,external_node_fs_.readFileSync)(env.CML_AZURE_CA_FILE, 'utf8') : undefined;
    const endpoint = env.CML_AZURE_ENDPOINT;
    const options = {
        ...(endpoint ? { endpoint, credentialScopes: ['https://management.azure.com/.default'] } : {}),
        ...(ca ? { tlsOptions: { ca } } : {}),
        // The pipeline retries 429 (Retry-After honoured) and 5xx itself; bounded so a dead API
        // fails in tens of seconds. Tests poll fast, production every 5 s at most.
        retryOptions: { maxRetries: 4, retryDelayInMs: Math.max(10, pollSeconds * 200) },
    };
    return {
        compute: new Compute(credential, subscriptionId, options),
        network: new Network(credential, subscriptionId, options),
        ca,
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/clouds/azure/sizes.ts
var sizes = __webpack_require__(65176);
;// CONCATENATED MODULE: ./src/clouds/azure/resources.ts


/** Names of what one runner creates, all derived from the VM name (unique in the group). */
const names = (vm) => ({
    vm,
    nic: `${vm}-nic`,
    ip: `${vm}-ip`,
    disk: `${vm}-osdisk`,
});
/** Canonical Ubuntu 22.04 LTS (Gen2). */
const UBUNTU = 'Canonical:0001-com-ubuntu-server-jammy:22_04-lts-gen2:latest';
/**
 * GPU sizes on the NC families (T4, A100): Microsoft's Ubuntu-HPC image, which ships the NVIDIA
 * datacenter driver, CUDA and the container toolkit, so nvidia-smi works at first boot. The
 * NVadsA10_v5 sizes are GPU partitions that need NVIDIA's GRID driver instead: those boot Ubuntu
 * and get the NVIDIA GPU Driver Extension, which installs the driver Azure supports for them.
 */
const GPU_IMAGE = 'microsoft-dsvm:ubuntu-hpc:2204:latest';
/**
 * The NVIDIA GPU Driver Extension (MicrosoftDocs/azure-compute-docs,
 * articles/virtual-machines/extensions/hpccompute-gpu-linux.md): GRID drivers on Ubuntu 22.04 for
 * the NV families. Its CUDA path supports only Ubuntu 20.04, hence the HPC image for NC sizes.
 * Pinned to the GRID 16.5 driver (535.161): that page lists the newer 17.x GRID driver as
 * breaking CUDA on the A10 series, which is what ML jobs use.
 */
const NVIDIA_EXTENSION = {
    name: 'NvidiaGpuDriverLinux',
    publisher: 'Microsoft.HpcCompute',
    type: 'NvidiaGpuDriverLinux',
    typeHandlerVersion: '1.6',
    settings: { driverVersion: '535.161' },
};
function imageReference(options, size) {
    const image = options.image ?? (options.wantsGpu && !(0,sizes/* isGridSize */.c9)(size) ? GPU_IMAGE : UBUNTU);
    if (image.startsWith('/'))
        return { id: image };
    const [publisher, offer, sku, version] = image.split(':');
    return { publisher: publisher, offer: offer, sku: sku, version: version ?? 'latest' };
}
/** The extension is needed when the driver is not in the image: GRID sizes on a stock image. */
const needsDriverExtension = (options, size) => options.wantsGpu && !options.image && (0,sizes/* isGridSize */.c9)(size);
/**
 * A throw-away SSH key: Azure refuses a Linux VM with neither a password nor a key, and a key
 * whose private half is discarded at once lets nobody in (no password to leak or mask).
 */
function unusableSshKey() {
    const { publicKey } = (0,external_node_crypto_.generateKeyPairSync)('rsa', { modulusLength: 2048 });
    const jwk = publicKey.export({ format: 'jwk' });
    const part = (b) => {
        const len = Buffer.alloc(4);
        len.writeUInt32BE(b.length);
        return Buffer.concat([len, b]);
    };
    // OpenSSH wire format: string "ssh-rsa", mpint e, mpint n (leading zero keeps n positive).
    const mpint = (b64) => {
        const raw = Buffer.from(b64, 'base64url');
        return part(raw[0] & 0x80 ? Buffer.concat([Buffer.from([0]), raw]) : raw);
    };
    const blob = Buffer.concat([part(Buffer.from('ssh-rsa')), mpint(jwk.e), mpint(jwk.n)]);
    return `ssh-rsa ${blob.toString('base64')} cml-runner`;
}
function publicIpBody(options, tags) {
    return {
        location: options.location,
        tags,
        sku: { name: 'Standard' },
        publicIPAllocationMethod: 'Static',
    };
}
function nicBody(options, vm, tags) {
    const sub = options.subscriptionId;
    const rg = options.resourceGroup;
    const ipId = `/subscriptions/${sub}/resourceGroups/${rg}/providers/Microsoft.Network/publicIPAddresses/${names(vm).ip}`;
    return {
        location: options.location,
        tags,
        ipConfigurations: [
            {
                name: 'ipconfig1',
                subnet: { id: options.subnetId },
                privateIPAllocationMethod: 'Dynamic',
                // Deleted with the NIC, which is deleted with the VM.
                ...(options.publicIp ? { publicIPAddress: { id: ipId, deleteOption: 'Delete' } } : {}),
            },
        ],
        ...(options.networkSecurityGroupId
            ? { networkSecurityGroup: { id: options.networkSecurityGroupId } }
            : {}),
    };
}
function vmBody(options, request, size, zone, spot) {
    const n = names(request.name);
    const nicId = `/subscriptions/${options.subscriptionId}/resourceGroups/${options.resourceGroup}/providers/Microsoft.Network/networkInterfaces/${n.nic}`;
    return {
        location: options.location,
        tags: request.tags,
        ...(zone ? { zones: [zone] } : {}),
        hardwareProfile: { vmSize: size },
        storageProfile: {
            imageReference: imageReference(options, size),
            osDisk: {
                name: n.disk,
                createOption: 'FromImage',
                diskSizeGB: options.osDiskSizeGb,
                managedDisk: { storageAccountType: options.osDiskType },
                deleteOption: 'Delete',
            },
        },
        osProfile: {
            computerName: request.name,
            adminUsername: 'cml',
            customData: Buffer.from(request.startupScript).toString('base64'),
            linuxConfiguration: {
                disablePasswordAuthentication: true,
                ssh: {
                    publicKeys: [{ path: '/home/cml/.ssh/authorized_keys', keyData: unusableSshKey() }],
                },
            },
        },
        networkProfile: { networkInterfaces: [{ id: nicId, primary: true, deleteOption: 'Delete' }] },
        // Managed boot diagnostics: the serial log of a failed launch, with no storage account.
        diagnosticsProfile: { bootDiagnostics: { enabled: true } },
        ...(spot
            ? {
                priority: 'Spot',
                evictionPolicy: 'Delete',
                billingProfile: { maxPrice: options.spotMaxPrice },
            }
            : { priority: 'Regular' }),
    };
}

;// CONCATENATED MODULE: ./src/clouds/azure/azure-driver.ts





/**
 * Codes that mean "not here, not now": the size is not offered in the zone (SkuNotAvailable,
 * synchronous 409), no hardware (AllocationFailed, ZonalAllocationFailed and the
 * Overconstrained\u2026 variants, in the operation), or the vCPU quota (OperationNotAllowed).
 */
const CAPACITY = new Set([
    'SkuNotAvailable',
    'AllocationFailed',
    'ZonalAllocationFailed',
    'OverconstrainedAllocationRequest',
    'OverconstrainedZonalAllocationRequest',
    'OperationNotAllowed',
]);
/** The error code: RestError.code, or the code core-lro puts in a failed operation's message. */
function codeOf(error) {
    const code = error.code;
    if (typeof code === 'string')
        return code;
    return /long-running operation has failed\. (\w+)\./.exec((0,errors/* errorMessage */.gJ)(error))?.[1];
}
const statusOf = (error) => error.statusCode;
/** Azure virtual machines through @azure/arm-compute and @azure/arm-network (loaded on use). */
function createAzureDriver(options, logger) {
    let clients;
    const use = () => (clients ??= createAzureClients(options.subscriptionId, options.pollSeconds));
    const rg = options.resourceGroup;
    const lro = { updateIntervalInMs: Math.max(10, options.pollSeconds * 1000) };
    /** Deletes what the name owns, VM first (its NIC, disk and address go with it). */
    async function remove(vm) {
        const { compute, network } = await use();
        const n = names(vm);
        let found = false;
        const gone = (error) => {
            if (statusOf(error) !== 404)
                throw error;
        };
        const step = async (call) => {
            try {
                await call();
                found = true;
            }
            catch (error) {
                gone(error);
            }
        };
        // Azure answers a DELETE of a missing resource 204 (no operation): look first.
        await step(async () => {
            await compute.virtualMachines.get(rg, vm);
            await compute.virtualMachines.beginDeleteAndWait(rg, vm, { ...lro, forceDeletion: false });
        });
        // Left when a launch failed before the VM owned them, or the VM was deleted by hand.
        await step(async () => {
            await network.networkInterfaces.get(rg, n.nic);
            await network.networkInterfaces.beginDeleteAndWait(rg, n.nic, lro);
        });
        await step(async () => {
            await network.publicIPAddresses.get(rg, n.ip);
            await network.publicIPAddresses.beginDeleteAndWait(rg, n.ip, lro);
        });
        await step(async () => {
            await compute.disks.get(rg, n.disk);
            await compute.disks.beginDeleteAndWait(rg, n.disk, lro);
        });
        return found;
    }
    async function createOnce(request, size, zone, spot) {
        const { compute, network } = await use();
        const n = names(request.name);
        if (options.publicIp) {
            await network.publicIPAddresses.beginCreateOrUpdateAndWait(rg, n.ip, publicIpBody(options, request.tags), lro);
        }
        await network.networkInterfaces.beginCreateOrUpdateAndWait(rg, n.nic, nicBody(options, request.name, request.tags), lro);
        await compute.virtualMachines.beginCreateOrUpdateAndWait(rg, request.name, vmBody(options, request, size, zone, spot), lro);
        // The OS disk Azure creates with the VM carries no tags of its own: tag it, so a sweep by
        // tags finds it even if the VM is gone.
        await compute.disks.beginUpdateAndWait(rg, n.disk, { tags: request.tags }, lro);
        if (needsDriverExtension(options, size)) {
            // Started, not awaited: it installs while the start-up script waits for nvidia-smi.
            await compute.virtualMachineExtensions.beginCreateOrUpdate(rg, request.name, NVIDIA_EXTENSION.name, {
                location: options.location,
                tags: request.tags,
                publisher: NVIDIA_EXTENSION.publisher,
                typePropertiesType: NVIDIA_EXTENSION.type,
                typeHandlerVersion: NVIDIA_EXTENSION.typeHandlerVersion,
                settings: NVIDIA_EXTENSION.settings,
                autoUpgradeMinorVersion: true,
            });
        }
    }
    function toInstance(vm) {
        const view = (vm.instanceView ?? {});
        const codes = (view.statuses ?? []).map((s) => s.code ?? '');
        const power = codes.find((c) => c.startsWith('PowerState/'))?.slice(11);
        const provisioning = String(vm.provisioningState ?? '');
        const state = power ?? provisioning.toLowerCase() ?? 'unknown';
        return {
            id: String(vm.name),
            name: String(vm.name),
            state,
            // A guest power-off leaves the VM "stopped" (still billed): ended, deleted by stop/sweep.
            ended: ['stopped', 'deallocated', 'deallocating', 'stopping'].includes(state) ||
                provisioning === 'Failed' ||
                provisioning === 'Deleting',
            launchedAt: vm.timeCreated ? new Date(String(vm.timeCreated)) : undefined,
            zone: vm.zones?.[0],
            type: vm.hardwareProfile?.vmSize,
            spot: vm.priority === 'Spot',
            tags: (vm.tags ?? {}),
        };
    }
    const carries = (tags, want) => Object.entries(want).every(([k, v]) => tags?.[k] === v);
    return {
        kind: 'azure',
        async launch(request) {
            const failures = [];
            const markets = options.spot ? (options.spotFallback ? [true, false] : [true]) : [false];
            const zones = options.zones.length ? options.zones : [undefined];
            for (const spot of markets)
                for (const size of options.sizes)
                    for (const zone of zones) {
                        const where = `${size}${spot ? ' spot' : ''}${zone ? ` in zone ${zone}` : ''}`;
                        try {
                            await createOnce(request, size, zone, spot);
                            logger.info(`Created ${request.name} (${where}).`);
                            return {
                                id: request.name,
                                name: request.name,
                                state: 'creating',
                                ended: false,
                                zone,
                                type: size,
                                spot,
                                tags: request.tags,
                            };
                        }
                        catch (error) {
                            const code = codeOf(error);
                            // Whatever the attempt made (NIC, address, a failed VM shell) goes before the next.
                            await remove(request.name).catch((e) => logger.warning(`Could not clean up ${request.name}: ${(0,errors/* errorMessage */.gJ)(e)}`));
                            if (statusOf(error) === 403 || code === 'AuthorizationFailed') {
                                throw new errors/* PermissionError */.i_(`Azure refused to create ${request.name}: ${(0,errors/* errorMessage */.gJ)(error)}`, 'Give the launching identity the custom role in docs/azure.md on the resource group (and Microsoft.Network/virtualNetworks/subnets/join/action on the subnet).');
                            }
                            if (!code || !CAPACITY.has(code))
                                throw error;
                            failures.push(`${where}: ${code}`);
                            logger.warning(`No capacity for ${where} (${code}); trying the next choice.`);
                        }
                    }
            throw new types/* CapacityError */.h(`No Azure capacity for any choice: ${failures.join('; ')}.`, 'AllocationFailed');
        },
        async list(tags) {
            const { compute, network } = await use();
            const found = [];
            for await (const vm of compute.virtualMachines.list(rg, { expand: 'instanceView' })) {
                if (carries(vm.tags, tags))
                    found.push(toInstance(vm));
            }
            // Pieces whose VM is gone (a launch cut short, a VM deleted by hand): ended "instances"
            // named after their VM, so stop and sweep delete them too.
            const orphans = new Map();
            const seen = new Set(found.map((i) => i.name));
            const note = (name, suffix, t) => {
                const vm = name?.endsWith(suffix) ? name.slice(0, -suffix.length) : undefined;
                if (vm && !seen.has(vm) && carries(t, tags))
                    orphans.set(vm, t ?? {});
            };
            for await (const nic of network.networkInterfaces.list(rg))
                note(nic.name, '-nic', nic.tags);
            for await (const ip of network.publicIPAddresses.list(rg))
                note(ip.name, '-ip', ip.tags);
            for await (const disk of compute.disks.listByResourceGroup(rg))
                note(disk.name, '-osdisk', disk.tags);
            for (const [name, t] of orphans) {
                found.push({ id: name, name, state: 'orphaned', ended: true, tags: t });
            }
            return found;
        },
        async get(instance) {
            const { compute } = await use();
            try {
                const vm = await compute.virtualMachines.get(rg, instance.id || instance.name, {
                    expand: 'instanceView',
                });
                return toInstance(vm);
            }
            catch (error) {
                if (statusOf(error) === 404)
                    return undefined;
                throw error;
            }
        },
        async terminate(list) {
            const notFound = [];
            await Promise.all(list.map(async (i) => {
                if (!(await remove(i.id || i.name)))
                    notFound.push(i.id);
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
                if (current.state === 'running')
                    return;
                if (Date.now() > deadline)
                    throw new Error(`${instance.name} did not start in time.`);
                await new Promise((r) => setTimeout(r, options.pollSeconds * 1000));
            }
        },
        async consoleTail(instance, lines) {
            const { compute, ca } = await use();
            const data = await compute.virtualMachines.retrieveBootDiagnosticsData(rg, instance.id || instance.name, {
                sasUriExpirationTimeInMinutes: 5,
            });
            const url = data.serialConsoleLogBlobUri;
            if (!url)
                return '';
            const text = await new Promise((resolve, reject) => {
                (0,external_node_https_.get)(url, { ca }, (res) => {
                    let body = '';
                    res.setEncoding('utf8');
                    res.on('data', (d) => (body += d));
                    res.on('end', () => resolve(res.statusCode === 200 ? body : ''));
                }).on('error', reject);
            });
            return text.split('\n').slice(-lines).join('\n');
        },
        async reclaimed(list) {
            // Spot VMs are created with eviction policy Delete, and neither Azure nor the guest ever
            // deletes an on-demand VM of ours (a guest power-off leaves it stopped): a VM gone before
            // stop was evicted. Its id comes from start's outputs.
            const hit = [];
            for (const i of list)
                if (!(await this.get(i)))
                    hit.push(i.id);
            return hit;
        },
    };
}


/***/ })

};
;