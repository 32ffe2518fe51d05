/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 2514:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ architectureOf)
/* harmony export */ });
/** Architecture an EC2 type runs: Graviton families carry a `g` after the generation (m7g, c6gn, t4g). */
function architectureOf(type) {
    return /^[a-z]+\d+g[a-z]*\./.test(type) ? 'arm64' : 'x86_64';
}


/***/ }),

/***/ 65176:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ resolveAzureSize),
/* harmony export */   c9: () => (/* binding */ isGridSize)
/* harmony export */ });
/* unused harmony export isAzureGpuSize */
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74296);

/**
 * CML's generic sizes on Azure. CML's Terraform provider used Standard_B1s / F8s_v2 / F32s_v2 /
 * F64s_v2 for s/m/l/xl (kept) and the NC (K80) and NCv3 (V100) families for GPUs, both retired by
 * Azure; GPU sizes map to the families Azure sells now: NCasT4_v3 (T4), NVadsA10_v5 (A10) and
 * NC A100 v4 (A100). Any other name passes through as an Azure size (Standard_NC8as_T4_v3).
 */
const SIZES = {
    s: 'Standard_B1s',
    m: 'Standard_F8s_v2',
    l: 'Standard_F32s_v2',
    xl: 'Standard_F64s_v2',
    'm+t4': 'Standard_NC4as_T4_v3',
    'l+t4': 'Standard_NC16as_T4_v3',
    'xl+t4': 'Standard_NC64as_T4_v3',
    // A whole A10 (the smaller NVadsA10_v5 sizes are GPU partitions).
    'm+a10': 'Standard_NV36ads_A10_v5',
    'l+a10': 'Standard_NV72ads_A10_v5',
    'm+a100': 'Standard_NC24ads_A100_v4',
    'l+a100': 'Standard_NC48ads_A100_v4',
    'xl+a100': 'Standard_NC96ads_A100_v4',
};
/** CML's --cloud-gpu words; AWS's A10G is the A10's variant, so it lands on NVadsA10_v5. */
const GPU_WORDS = {
    '': undefined,
    nogpu: undefined,
    false: undefined,
    t4: 't4',
    a10: 'a10',
    a10g: 'a10',
    a100: 'a100',
};
const RETIRED = {
    k80: 'the NC series (K80) was retired by Azure in 2023',
    v100: 'the NCv3 series (V100) is retired by Azure',
    tesla: 'the NCv3 series (V100, CML\u2019s tesla) is retired by Azure',
};
/** Azure sizes with NVIDIA GPUs: N-series (NC, ND, NV and their variants). */
const GPU_SIZE = /^Standard_N[CDV]/i;
/** NVadsA10_v5 needs NVIDIA's GRID driver (a GPU partition), not the CUDA datacenter driver. */
const isGridSize = (size) => /_A10_v5$/i.test(size);
function isAzureGpuSize(size) {
    return GPU_SIZE.test(size);
}
/** Resolves machine-types (tried in order) and gpu for Azure. */
function resolveAzureSize(types, gpu) {
    const word = (gpu ?? '').trim().toLowerCase();
    if (word in RETIRED) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input 'gpu': '${word}' cannot launch on azure: ${RETIRED[word]}. Use t4, a10 or a100.`, { input: 'gpu' });
    }
    const builtIn = word === 'true';
    if (!builtIn && !(word in GPU_WORDS)) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input 'gpu': '${gpu}' is not an Azure GPU; accepted: nogpu, t4, a10 (or a10g), a100, true.`, { input: 'gpu' });
    }
    const generic = GPU_WORDS[word];
    const result = { sizes: [], wantsGpu: builtIn || generic !== undefined };
    for (const raw of types.length ? types : ['m']) {
        const size = generic && !raw.includes('+') ? `${raw}+${generic}` : raw;
        const [, gpuPart] = size.split('+');
        if (gpuPart && gpuPart in RETIRED) {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input 'machine-types': '${size}' cannot launch on azure: ${RETIRED[gpuPart]}. Use m+t4, m+a10 or m+a100.`, { input: 'machine-types' });
        }
        const known = SIZES[size];
        if (!known && /^(s|m|l|xl)(\+|$)/.test(size)) {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input 'machine-types': no Azure size '${size}'. Sizes: ${Object.keys(SIZES).join(', ')}.`, { input: 'machine-types' });
        }
        const name = known ?? raw;
        result.sizes.push(name);
        if (isAzureGpuSize(name))
            result.wantsGpu = true;
    }
    return result;
}


/***/ }),

/***/ 4306:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  $O: () => (/* binding */ KUBERNETES_SECRETS),
  eZ: () => (/* binding */ isLabelValue),
  hW: () => (/* binding */ readKubernetesOptions)
});

// UNUSED EXPORTS: DEFAULT_IMAGE, isLabelKey, kubeconfigSource, parseNodeSelector, parseTolerations, quantity

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(74296);
;// CONCATENATED MODULE: ./src/clouds/kubernetes/sizes.ts

/**
 * CML's generic sizes on Kubernetes: CPU and memory requests and a GPU count. The CPU/memory
 * figures are terraform-provider-iterative's for Kubernetes (iterative/kubernetes/provider.go:
 * s 1/1Gi, m 8/32Gi, l 32/128Gi, xl 64/256Gi); GPU sizes get 1, 4 or 8 GPUs (m, l, xl).
 */
const BASE = {
    s: { cpu: '1', memory: '1Gi', gpus: 1 },
    m: { cpu: '8', memory: '32Gi', gpus: 1 },
    l: { cpu: '32', memory: '128Gi', gpus: 4 },
    xl: { cpu: '64', memory: '256Gi', gpus: 8 },
};
/**
 * The value CML's `key=infer` node selector takes for each GPU: GKE's
 * `cloud.google.com/gke-accelerator` values (TPI used nvidia-tesla-k80 and nvidia-tesla-v100).
 */
const GPU_MODELS = {
    t4: 'nvidia-tesla-t4',
    l4: 'nvidia-l4',
    a10g: 'nvidia-a10g',
    a100: 'nvidia-tesla-a100',
    h100: 'nvidia-h100-80gb',
    v100: 'nvidia-tesla-v100',
    tesla: 'nvidia-tesla-v100',
    k80: 'nvidia-tesla-k80',
};
/**
 * `machine-types` (a CML size such as m or m+t4; anything else sets no CPU/memory) and `gpu`
 * (nogpu, a CML GPU name, true, a count, or name:count).
 */
function resolveKubernetesSize(machine, gpu) {
    const [base, sizeGpu] = (machine ?? '').toLowerCase().split('+');
    const known = BASE[base ?? ''];
    const size = { cpu: known?.cpu, memory: known?.memory, gpus: 0 };
    let name = sizeGpu;
    let count;
    const g = (gpu ?? '').toLowerCase();
    if (g && g !== 'nogpu' && g !== 'false') {
        const [n, c] = g.split(':');
        if (/^\d+$/.test(n ?? ''))
            count = Number(n);
        else if (n !== 'true')
            name = n;
        if (c !== undefined) {
            if (!/^\d+$/.test(c)) {
                throw new errors/* ConfigurationError */.j1(`Input 'gpu': '${gpu}' is not a GPU count; write name:count (t4:2) or a count (2).`, { input: 'gpu' });
            }
            count = Number(c);
        }
        count ??= name ? undefined : 1;
    }
    if (name) {
        size.gpuModel = GPU_MODELS[name] ?? name;
        size.gpus = count ?? known?.gpus ?? 1;
    }
    else
        size.gpus = count ?? 0;
    return size;
}

// EXTERNAL MODULE: ./src/clouds/kubernetes/spot.ts
var kubernetes_spot = __nccwpck_require__(33731);
;// CONCATENATED MODULE: ./src/clouds/kubernetes/options.ts



/**
 * Ubuntu 24.04 pinned by tag: the start-up script is bash and installs with apt-get, which the
 * official runner images are not built for (they run as an unprivileged user without the
 * script's tools); 24.04 is the LTS with standard support to 2029, and its image is ~30 MB.
 */
const DEFAULT_IMAGE = 'ubuntu:24.04';
/** Secrets the Kubernetes path reads from the environment: masked before anything is logged. */
const KUBERNETES_SECRETS = ['KUBERNETES_CONFIGURATION'];
const QUANTITY = /^[+]?(\d+(\.\d*)?|\.\d+)(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei|[eE][+-]?\d+)?$/;
// A label value (also what nodeSelector values and toleration values must be).
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const LABEL_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
/** A label key: an optional DNS-subdomain prefix and `/`, then a name of at most 63 characters. */
function isLabelKey(key) {
    const slash = key.lastIndexOf('/');
    const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
    const name = slash >= 0 ? key.slice(slash + 1) : key;
    if (prefix !== undefined && (prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix)))
        return false;
    return name.length <= 63 && LABEL_NAME.test(name);
}
const isLabelValue = (v) => v.length <= 63 && LABEL_VALUE.test(v);
/**
 * CML's `--cloud-kubernetes-node-selector key=value` (repeatable; split on the first `=`; the
 * last value of a key wins; `infer` stands for the GPU model, dropped when no GPU is asked for:
 * bin/cml/runner/launch.js and terraform-provider-iterative iterative/kubernetes/provider.go).
 * CML also applied `accelerator=infer` when none was given; we do not: few clusters label nodes
 * `accelerator`, so that default left GPU Pods unschedulable, and the nvidia.com/gpu limit
 * already steers them to GPU nodes.
 */
function parseNodeSelector(items, gpuModel) {
    const out = {};
    for (const item of items) {
        const at = item.indexOf('=');
        const key = at >= 0 ? item.slice(0, at).trim() : '';
        const raw = at >= 0 ? item.slice(at + 1).trim() : '';
        if (!key || !isLabelKey(key)) {
            throw new errors/* ConfigurationError */.j1(`Input 'kubernetes-node-selector': '${item}' is not key=value with a Kubernetes label key (e.g. disktype=ssd, cloud.google.com/gke-accelerator=nvidia-l4).`, { input: 'kubernetes-node-selector' });
        }
        if (raw === 'infer') {
            if (gpuModel)
                out[key] = gpuModel;
            else
                delete out[key];
            continue;
        }
        if (!isLabelValue(raw)) {
            throw new errors/* ConfigurationError */.j1(`Input 'kubernetes-node-selector': value '${raw}' of ${key} is not a Kubernetes label value (63 characters at most: letters, digits, '-', '_', '.', starting and ending alphanumeric).`, { input: 'kubernetes-node-selector' });
        }
        out[key] = raw;
    }
    return out;
}
/**
 * Tolerations as kubectl's taint syntax: `key=value:Effect`, `key:Effect` (Exists), `key`
 * (Exists, any effect) or `:Effect`-less `key=value` (Equal, any effect).
 */
function parseTolerations(items) {
    const effects = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];
    return items.map((item) => {
        const colon = item.lastIndexOf(':');
        const effect = colon >= 0 ? item.slice(colon + 1) : undefined;
        const pair = colon >= 0 ? item.slice(0, colon) : item;
        const eq = pair.indexOf('=');
        const key = eq >= 0 ? pair.slice(0, eq) : pair;
        const value = eq >= 0 ? pair.slice(eq + 1) : undefined;
        const bad = (effect !== undefined && !effects.includes(effect)) ||
            !key ||
            !isLabelKey(key) ||
            (value !== undefined && !isLabelValue(value));
        if (bad) {
            throw new errors/* ConfigurationError */.j1(`Input 'kubernetes-tolerations': '${item}' is not a toleration; write key=value:Effect, key:Effect or key (Effect: ${effects.join(', ')}).`, { input: 'kubernetes-tolerations' });
        }
        const t = value === undefined ? { key, operator: 'Exists' } : { key, operator: 'Equal', value };
        if (effect)
            t.effect = effect;
        return t;
    });
}
function quantity(value, input) {
    if (value === undefined)
        return undefined;
    if (!QUANTITY.test(value)) {
        throw new errors/* ConfigurationError */.j1(`Input '${input}': '${value}' is not a Kubernetes quantity (e.g. 2, 500m, 8Gi).`, { input });
    }
    return value;
}
/** Where the credentials are: the input, CML's KUBERNETES_CONFIGURATION, KUBECONFIG, in-cluster. */
function kubeconfigSource(input, env) {
    // Inline YAML has a newline (or at least `apiVersion:`); anything else is a path.
    const inline = (v) => v.includes('\n') || /^\s*apiVersion\s*:/.test(v);
    if (input)
        return inline(input) ? { kind: 'inline', yaml: input } : { kind: 'file', path: input };
    if (env.KUBERNETES_CONFIGURATION)
        return { kind: 'inline', yaml: env.KUBERNETES_CONFIGURATION };
    // KUBECONFIG may list several files (path-separated); the client merges them.
    if (env.KUBECONFIG)
        return { kind: 'file', path: env.KUBECONFIG };
    if (env.KUBERNETES_SERVICE_HOST)
        return { kind: 'in-cluster' };
    throw new errors/* ConfigurationError */.j1("Input 'kubeconfig' is required for kubernetes: a kubeconfig path or its YAML (or set KUBECONFIG or KUBERNETES_CONFIGURATION, or run inside the cluster).", { input: 'kubeconfig' });
}
/** The kubernetes options from the runner-provision inputs and the environment (no SDK loaded). */
function readKubernetesOptions(inputs, env, common) {
    const size = resolveKubernetesSize(inputs['machine-types'][0], inputs.gpu);
    let spot;
    if (inputs.spot) {
        const provider = inputs['kubernetes-spot-provider'];
        if (!provider || !(provider in kubernetes_spot/* SPOT_PLACEMENT */.l)) {
            throw new errors/* ConfigurationError */.j1(`Input 'kubernetes-spot-provider': '${provider ?? ''}' is not one of ${Object.keys(kubernetes_spot/* SPOT_PLACEMENT */.l).join(', ')}; spot on kubernetes targets that provider's spot node pools.`, { input: 'kubernetes-spot-provider' });
        }
        spot = provider;
    }
    return {
        kubeconfig: kubeconfigSource(inputs.kubeconfig, env),
        context: inputs['kubernetes-context'],
        namespace: inputs['kubernetes-namespace'],
        image: inputs.image ?? DEFAULT_IMAGE,
        nodeSelector: parseNodeSelector(inputs['kubernetes-node-selector'], size.gpuModel),
        tolerations: parseTolerations(inputs['kubernetes-tolerations']),
        gpus: size.gpus,
        wantsGpu: size.gpus > 0,
        cpu: quantity(inputs['kubernetes-cpu'] ?? size.cpu, 'kubernetes-cpu'),
        memory: quantity(inputs['kubernetes-memory'] ?? size.memory, 'kubernetes-memory'),
        ephemeralStorageGb: inputs['disk-size'],
        spot,
        ...common,
    };
}


/***/ }),

/***/ 33731:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ SPOT_PLACEMENT)
/* harmony export */ });
/**
 * What steers a Pod onto each provider's spot nodes (checked in the providers' documentation):
 * - EKS managed node groups label every node with its capacity type,
 *   `eks.amazonaws.com/capacityType: SPOT`, and taint nothing
 *   (https://docs.aws.amazon.com/eks/latest/userguide/managed-node-groups.html, "Managed node
 *   group capacity types").
 * - GKE labels Spot VM nodes `cloud.google.com/gke-spot: "true"`; Autopilot taints them
 *   `cloud.google.com/gke-spot=true:NoSchedule` and Standard node pools may be given that taint,
 *   so we tolerate it (https://cloud.google.com/kubernetes-engine/docs/how-to/spot-vms,
 *   https://cloud.google.com/kubernetes-engine/docs/how-to/autopilot-spot-pods).
 * - AKS spot node pools carry the label `kubernetes.azure.com/scalesetpriority: spot` and the
 *   taint `kubernetes.azure.com/scalesetpriority=spot:NoSchedule`
 *   (https://learn.microsoft.com/azure/aks/spot-node-pool, "Limitations").
 */
const SPOT_PLACEMENT = {
    eks: { nodeSelector: { 'eks.amazonaws.com/capacityType': 'SPOT' }, tolerations: [] },
    gke: {
        nodeSelector: { 'cloud.google.com/gke-spot': 'true' },
        tolerations: [
            { key: 'cloud.google.com/gke-spot', operator: 'Equal', value: 'true', effect: 'NoSchedule' },
        ],
    },
    aks: {
        nodeSelector: { 'kubernetes.azure.com/scalesetpriority': 'spot' },
        tolerations: [
            {
                key: 'kubernetes.azure.com/scalesetpriority',
                operator: 'Equal',
                value: 'spot',
                effect: 'NoSchedule',
            },
        ],
    },
};


/***/ }),

/***/ 82984:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GX: () => (/* binding */ resolveSize),
/* harmony export */   XX: () => (/* binding */ isGpuType),
/* harmony export */   je: () => (/* binding */ GPU_WORDS)
/* harmony export */ });
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74296);

const AWS_SIZES = {
    s: 't2.micro',
    m: 'm5.2xlarge',
    l: 'm5.8xlarge',
    xl: 'm5.16xlarge',
    'm+t4': 'g4dn.xlarge',
    'l+t4': 'g4dn.12xlarge',
    'xl+t4': 'g4dn.metal',
    'm+a10g': 'g5.xlarge',
    'l+a10g': 'g5.12xlarge',
    'xl+a10g': 'g5.48xlarge',
    'm+l4': 'g6.xlarge',
    'l+l4': 'g6.12xlarge',
    'xl+l4': 'g6.48xlarge',
    'xl+a100': 'p4d.24xlarge',
    'xl+h100': 'p5.48xlarge',
};
const GCE_SIZES = {
    s: { machineType: 'g1-small' },
    m: { machineType: 'e2-custom-8-32768' },
    l: { machineType: 'e2-custom-32-131072' },
    xl: { machineType: 'n2-custom-64-262144' },
    'm+t4': { machineType: 'n1-standard-4', gpu: { type: 'nvidia-tesla-t4', count: 1 } },
    'l+t4': { machineType: 'n1-standard-32', gpu: { type: 'nvidia-tesla-t4', count: 4 } },
    'm+l4': { machineType: 'g2-standard-8' },
    'l+l4': { machineType: 'g2-standard-48' },
    'xl+l4': { machineType: 'g2-standard-96' },
    'm+a100': { machineType: 'a2-highgpu-1g' },
    'l+a100': { machineType: 'a2-highgpu-4g' },
    'xl+a100': { machineType: 'a2-highgpu-8g' },
    'xl+h100': { machineType: 'a3-highgpu-8g' },
    // Compute Engine still offers the V100 (CML's sizes, kept).
    'm+v100': { machineType: 'custom-8-65536-ext', gpu: { type: 'nvidia-tesla-v100', count: 1 } },
    'l+v100': { machineType: 'custom-32-262144-ext', gpu: { type: 'nvidia-tesla-v100', count: 4 } },
    'xl+v100': { machineType: 'custom-64-524288-ext', gpu: { type: 'nvidia-tesla-v100', count: 8 } },
};
/** Retired hardware: what to ask for instead (the message names it). */
const RETIRED = {
    aws: [
        {
            test: /^(\w+\+k80|p2\.\w+)$/,
            what: 'K80 (EC2 P2) is retired',
            instead: 'm+t4 (g4dn.xlarge) or m+a10g (g5.xlarge)',
        },
        {
            test: /^(\w+\+v100|p3\.\w+|p3dn\.\w+)$/,
            what: 'V100 (EC2 P3) is no longer offered',
            instead: 'm+a10g (g5.xlarge), l+a10g (g5.12xlarge) or xl+a100 (p4d.24xlarge)',
        },
    ],
    gcp: [
        {
            test: /^(\w+\+k80|nvidia-tesla-k80(:\d+)?)$/,
            what: 'the K80 (nvidia-tesla-k80) reached end of life on Compute Engine',
            instead: 'm+t4 (n1-standard-4 + nvidia-tesla-t4) or m+l4 (g2-standard-8)',
        },
        {
            test: /^\w+\+a10g$/,
            what: 'Compute Engine has no A10G',
            instead: 'm+l4 (g2-standard-8)',
        },
    ],
    // Azure and ECS sizes are resolved in their own folders (azure/sizes.ts, alibaba/sizes.ts).
    azure: [],
    alibaba: [],
};
/**
 * CML's --cloud-gpu words. CML's own table reads `tesla` as the V100 (its AWS p3 and GCE
 * nvidia-tesla-v100 entries), so `tesla` is the V100 here too: on AWS it fails like `v100`, with
 * the same replacement named.
 */
const GPU_ALIASES = {
    nogpu: undefined,
    '': undefined,
    k80: 'k80',
    tesla: 'v100',
    v100: 'v100',
    t4: 't4',
    a10g: 'a10g',
    l4: 'l4',
    a100: 'a100',
    h100: 'h100',
};
/** CML's --cloud-gpu words, as the `gpu` input accepts them (src/runners/config.ts checks early). */
const GPU_WORDS = Object.keys(GPU_ALIASES).filter((word) => word !== '');
/** Compute Engine accelerator type names of CML's GPU words. */
const GCE_ACCELERATORS = {
    k80: 'nvidia-tesla-k80',
    t4: 'nvidia-tesla-t4',
    v100: 'nvidia-tesla-v100',
    l4: 'nvidia-l4',
    a100: 'nvidia-tesla-a100',
    h100: 'nvidia-h100-80gb',
};
/** Instance or machine types that come with GPUs of their own. */
const GPU_TYPES = {
    // EC2 accelerated-computing families with NVIDIA GPUs.
    aws: /^(g3|g3s|g4dn|g5|g5g|g6|g6e|gr6|g7|p2|p3|p3dn|p4d|p4de|p5|p5e|p5en|p6-\w+)\./,
    // Compute Engine accelerator-optimized families (the GPUs are part of the machine type).
    gcp: /^(a2|a3|a4|g2|g4)-/,
    // Azure N-series; ECS gn/ebmgn/sgn/vgn families.
    azure: /^Standard_N[CDV]/i,
    alibaba: /^ecs\.(gn|ebmgn|sgn|vgn)/,
};
function isGpuType(cloud, type) {
    // A cloud without machine types (kubernetes: the nvidia.com/gpu limit) has none of its own.
    return GPU_TYPES[cloud]?.test(type) ?? false;
}
function refuseRetired(cloud, name, input) {
    const hit = RETIRED[cloud]?.find((r) => r.test.test(name));
    if (hit) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${input}': '${name}' cannot launch on ${cloud}: ${hit.what}. Use ${hit.instead} instead.`, { input });
    }
}
/**
 * Resolves `--cloud-type` (a list, tried in order) and `--cloud-gpu` for one cloud. A generic
 * size combines with the GPU word (`m` + `a10g` \u2192 `m+a10g`); a cloud type name passes through,
 * and on GCE a GPU word or `type:count` becomes a guest accelerator.
 */
function resolveSize(cloud, types, gpu) {
    let gpuWord = (gpu ?? '').trim().toLowerCase();
    // `gpu: true` says the type itself has GPUs (g5.xlarge, GCE a2-/g2-): check nvidia-smi, attach
    // no accelerator. `false` means none.
    const builtIn = gpuWord === 'true';
    if (builtIn || gpuWord === 'false')
        gpuWord = gpuWord === 'true' ? 'builtin' : '';
    const [gpuName, gpuCountText] = gpuWord.split(':');
    const generic = gpuName in GPU_ALIASES ? GPU_ALIASES[gpuName] : undefined;
    const list = types.length ? types : ['m'];
    const resolved = { types: [], wantsGpu: gpuWord !== '' && gpuWord !== 'nogpu' };
    for (const raw of list) {
        const size = generic && !raw.includes('+') ? `${raw}+${generic}` : raw;
        refuseRetired(cloud, size, 'machine-types');
        if (cloud === 'aws') {
            const known = AWS_SIZES[size];
            if (!known && size.includes('+') && /^(s|m|l|xl)\+/.test(size)) {
                throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input 'machine-types': no AWS size '${size}'. GPU sizes: ${Object.keys(AWS_SIZES)
                    .filter((k) => k.includes('+'))
                    .join(', ')}.`, { input: 'machine-types' });
            }
            const type = known ?? raw;
            resolved.types.push(type);
            if (isGpuType('aws', type))
                resolved.wantsGpu = true;
        }
        else {
            const known = GCE_SIZES[size];
            if (!known && size.includes('+') && /^(s|m|l|xl)\+/.test(size)) {
                throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input 'machine-types': no Compute Engine size '${size}'. GPU sizes: ${Object.keys(GCE_SIZES)
                    .filter((k) => k.includes('+'))
                    .join(', ')}.`, { input: 'machine-types' });
            }
            const type = known?.machineType ?? raw;
            resolved.types.push(type);
            if (known?.gpu)
                resolved.gpu = known.gpu;
            if (known?.gpu || isGpuType('gcp', type))
                resolved.wantsGpu = true;
        }
    }
    // A CML word with accelerator-optimized types (g2 + l4): the GPUs come with the type. An
    // accelerator named outright is attached as asked.
    const allBuiltIn = cloud === 'gcp' && generic !== undefined && resolved.types.every((t) => isGpuType('gcp', t));
    const named = gpuName !== undefined && gpuName !== '' && gpuName !== 'builtin' && gpuName !== 'nogpu';
    if (cloud === 'gcp' && !resolved.gpu && named && !allBuiltIn) {
        const count = gpuCountText ? Number(gpuCountText) : 1;
        if (!Number.isInteger(count) || count < 1) {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`GPU '${gpu}': expected <type> or <type>:<count>, e.g. nvidia-tesla-t4:2.`);
        }
        const type = generic ? (GCE_ACCELERATORS[generic] ?? `nvidia-tesla-${generic}`) : gpuName;
        refuseRetired('gcp', type, 'gpu');
        resolved.gpu = { type, count };
    }
    return resolved;
}


/***/ }),

/***/ 72511:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ TAGS),
/* harmony export */   h: () => (/* binding */ CapacityError)
/* harmony export */ });
/** A launch failed for lack of capacity or quota: try the next type, zone or market. */
class CapacityError extends Error {
    code;
    name = 'CapacityError';
    constructor(message, code) {
        super(message);
        this.code = code;
    }
}
/** Our tag names; EC2 keeps them as written, GCE labels use the same keys. */
const TAGS = {
    marker: 'cml-runner',
    repository: 'cml-repository',
    runId: 'cml-run-id',
    attempt: 'cml-run-attempt',
    expiresAt: 'cml-expires-at',
    forge: 'cml-forge',
    forgeRunnerId: 'cml-forge-runner-id',
};


/***/ }),

/***/ 74296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   i_: () => (/* binding */ PermissionError),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   p0: () => (/* binding */ isConfigurationError),
/* harmony export */   pH: () => (/* binding */ StepFailure)
/* harmony export */ });
/* unused harmony export isProgrammingError */
/**
 * Errors the user can fix (a wrong input, a missing file, a bad spec) are ConfigurationErrors:
 * the entry wrapper prints their message alone, without a stack trace, and exits non-zero.
 * Anything else is an internal failure and keeps its cause for the debug log.
 */
class ConfigurationError extends Error {
    where;
    name = 'ConfigurationError';
    constructor(message, 
    /** The file, field or input the message is about, for annotations. */
    where) {
        super(message);
        this.where = where;
    }
}
/** A forge or cloud refused us in a way the user must fix (permissions, missing scope). */
class PermissionError extends Error {
    hint;
    name = 'PermissionError';
    constructor(message, hint) {
        super(message);
        this.hint = hint;
    }
}
/**
 * An outcome the step reports by failing, such as a violated quality gate: expected, so one line
 * and no stack, like a ConfigurationError, though the user's setup is not wrong.
 */
class StepFailure extends Error {
}
function isConfigurationError(error) {
    return error instanceof Error && error.name === 'ConfigurationError';
}
/** The message of any thrown value, for logs; never throws itself. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error);
    }
    catch {
        return String(error);
    }
}
/**
 * A mistake in our own code (a TypeError, ReferenceError or RangeError that is not a network
 * failure: Node's fetch reports those as TypeError('fetch failed') with the socket error as
 * cause). Capabilities that turn a forge's refusal or outage into a warning let these through,
 * so a bug fails the step with its stack instead of passing as "could not post".
 */
function isProgrammingError(error) {
    if (error instanceof TypeError) {
        return error.message !== 'fetch failed' && error.cause === undefined;
    }
    return error instanceof ReferenceError || error instanceof RangeError;
}


/***/ }),

/***/ 58198:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   cl: () => (/* binding */ registerSecret),
/* harmony export */   fp: () => (/* binding */ redactSecrets)
/* harmony export */ });
/* unused harmony exports holdsSecret, clearSecrets */
/**
 * Every secret this process has read, for every logger. Loggers are created in several places
 * (the CLI's top-level one that reports failures, a command's own, the action's), and a token
 * masked in one of them used to print in clear through another: a forge error that echoed the
 * token reached the CLI's failure report unmasked. So masks are process-wide.
 */
const secrets = new Set();
/** Shorter values are not masked: they would blank out ordinary words. */
const MIN_LENGTH = 4;
function registerSecret(secret) {
    if (!secret || secret.length < MIN_LENGTH)
        return;
    secrets.add(secret);
    // Forms a forge may echo it in: inside a URL (query string, user-info).
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret)
        secrets.add(encoded);
}
/** The text with every registered secret replaced by `***`, longest first. */
function redactSecrets(text) {
    if (secrets.size === 0 || !text)
        return text;
    let out = text;
    for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
        if (out.includes(secret))
            out = out.split(secret).join('***');
    }
    return out;
}
/** Whether bytes (a file about to be published) hold any secret this process has read. */
function holdsSecret(bytes) {
    for (const secret of secrets)
        if (bytes.includes(secret))
            return true;
    return false;
}
/** For tests: forget every secret. */
function clearSecrets() {
    secrets.clear();
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = require("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = require("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = require("child_process");

/***/ }),

/***/ 29907:
/***/ ((module) => {

module.exports = require("cluster");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = require("crypto");

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = require("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = require("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = require("fs");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = require("http");

/***/ }),

/***/ 85675:
/***/ ((module) => {

module.exports = require("http2");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = require("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = require("net");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = require("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = require("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = require("node:child_process");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = require("node:crypto");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = require("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = require("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = require("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = require("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = require("node:https");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = require("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = require("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = require("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = require("node:querystring");

/***/ }),

/***/ 80481:
/***/ ((module) => {

module.exports = require("node:readline");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = require("node:stream");

/***/ }),

/***/ 37830:
/***/ ((module) => {

module.exports = require("node:stream/web");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = require("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = require("node:util");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = require("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = require("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = require("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = require("process");

/***/ }),

/***/ 24876:
/***/ ((module) => {

module.exports = require("punycode");

/***/ }),

/***/ 83480:
/***/ ((module) => {

module.exports = require("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = require("stream");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = require("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = require("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = require("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = require("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = require("util");

/***/ }),

/***/ 69154:
/***/ ((module) => {

module.exports = require("vm");

/***/ }),

/***/ 28167:
/***/ ((module) => {

module.exports = require("worker_threads");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = require("zlib");

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			id: moduleId,
/******/ 			loaded: false,
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Flag the module as loaded
/******/ 		module.loaded = true;
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/node module decorator */
/******/ 	(() => {
/******/ 		__nccwpck_require__.nmd = (module) => {
/******/ 			module.paths = [];
/******/ 			if (!module.children) module.children = [];
/******/ 			return module;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(74296);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: ./src/core/secrets.ts
var secrets = __nccwpck_require__(58198);
;// CONCATENATED MODULE: ./src/core/logger.ts


/**
 * Workflow commands written directly rather than through @actions/core: importing it loads its
 * OIDC client and undici, a large share of every action's cold start, for these few lines.
 * Escaping follows the runner's rules (the same as @actions/core's).
 */
class ActionsLogger {
    out;
    /**
     * `out` is stdout for actions; a CLI whose stdout is its result (a URL a script captures)
     * passes stderr, which the runner reads for workflow commands as well.
     */
    constructor(out = process.stdout) {
        this.out = out;
    }
    info(message) {
        if (quieterThan('info'))
            return;
        // Unlike core.info (raw), text that could hold a command is printed with commands off.
        this.out.write(withoutCommands((0,secrets/* redactSecrets */.fp)(message)) + external_node_os_.EOL);
    }
    debug(message) {
        this.issue('debug', message);
    }
    warning(message, place) {
        if (quieterThan('warn'))
            return;
        this.issue('warning', message, toProperties(place));
    }
    error(message, place) {
        this.issue('error', message, toProperties(place));
    }
    mask(secret) {
        // The runner masks its log; we also cut it from our own lines (and from every other
        // logger of this process: src/core/secrets.ts), which the runner's mask does not cover
        // when the text reaches a file (summary, outputs) or a second process.
        (0,secrets/* registerSecret */.cl)(secret);
        if (secret)
            this.issue('add-mask', secret);
    }
    async group(title, body) {
        this.issue('group', title);
        try {
            return await body();
        }
        finally {
            this.issue('endgroup', '');
        }
    }
    /** `::name key=value,\u2026::message`, one line, as the runner parses it. */
    issue(name, message, properties = {}) {
        const props = Object.entries(properties)
            .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
            .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
            .join(',');
        const data = name === 'add-mask' ? message : (0,secrets/* redactSecrets */.fp)(message);
        this.out.write(`::${name}${props ? ` ${props}` : ''}::${escapeData(data)}${external_node_os_.EOL}`);
    }
}
function toProperties(place) {
    if (!place)
        return undefined;
    return { title: place.title, file: place.file, line: place.line };
}
/** @actions/core's escaping of command data (the message after `::name::`). */
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** @actions/core's escaping of command properties (`file=`, `title=`). */
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/**
 * Whether the Actions runner could read some line of `text` as a workflow command. The runner
 * splits output at \r and \n (StreamReader.ReadLine, src/Runner.Sdk/ProcessInvoker.cs) and
 * treats a line as a command when its trimmed text starts with `::` (ActionCommand.TryParseV2)
 * or when `##[` appears anywhere in it (the legacy ActionCommand.TryParse), both in
 * src/Runner.Common/ActionCommand.cs, tried on every line by
 * src/Runner.Worker/ActionCommandManager.cs. Any `::` counts here, so no whitespace or
 * line-break rule of the runner can be missed.
 */
function mayHoldCommand(text) {
    return text.includes('::') || text.includes('##[');
}
/**
 * Text for people, printed unchanged, with workflow commands off while it prints: the runner's
 * `::stop-commands::<token>` \u2026 `::<token>::` (ActionCommandManager.TryProcessCommand processes
 * nothing in between but the token's resume line). The token is random per call, so the text
 * cannot end the pause itself. Text that holds no command is returned as it is.
 */
function withoutCommands(text) {
    if (!mayHoldCommand(text))
        return text;
    // Web Crypto's global, not node:crypto: importing that module costs every command's start-up
    // (about 15 ms) for a token few runs need.
    const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
    const token = `cml-${Buffer.from(bytes).toString('hex')}`;
    return `::stop-commands::${token}${external_node_os_.EOL}${text}${external_node_os_.EOL}::${token}::`;
}
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;
/**
 * Text for a GitLab job log or a terminal: control characters (ESC, CR, C1 codes) shown as
 * escapes, so input can neither forge GitLab's section markers (they end in `\r\e[0K`:
 * lib/gitlab/regex.rb build_trace_section_regex in gitlab-org/gitlab) nor rewrite earlier
 * output with \r or escape sequences. Line breaks and tabs stay; a CRLF becomes a line break.
 */
function terminalSafe(text) {
    if (!CONTROL.test(text))
        return text;
    return text
        .replace(/\r\n/g, '\n')
        .replace(new RegExp(CONTROL.source, 'g'), (c) => c === '\r' ? '\\r' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
const LEVELS = ['error', 'warn', 'info', 'debug'];
/**
 * CML's `--log error|warn` (the CLI sets CML_LOG_LEVEL, src/cli/log-level.ts): true when the
 * chosen level is below `level`, so lines of that level are left out. Errors always print.
 */
function quieterThan(level) {
    const chosen = LEVELS.indexOf(process.env.CML_LOG_LEVEL ?? '');
    return chosen >= 0 && chosen < LEVELS.indexOf(level);
}
/**
 * Plain output for GitLab CI and local runs; masks by replacing secrets in every line. Every
 * line is terminal-safe (no forged GitLab section, no escape sequence); under the Actions
 * runner (the CLI in a GitHub workflow) workflow commands in it are disabled too.
 */
class ConsoleLogger {
    out;
    err;
    verbose;
    gitlabSections;
    underActionsRunner;
    secrets = new Set();
    sectionCount = 0;
    constructor(out = process.stdout, err = process.stderr, verbose = process.env.CML_DEBUG === 'true' || process.env.RUNNER_DEBUG === '1', gitlabSections = process.env.GITLAB_CI === 'true', underActionsRunner = process.env.GITHUB_ACTIONS === 'true') {
        this.out = out;
        this.err = err;
        this.verbose = verbose;
        this.gitlabSections = gitlabSections;
        this.underActionsRunner = underActionsRunner;
    }
    info(message) {
        if (quieterThan('info'))
            return;
        this.out.write(this.printable(message) + '\n');
    }
    debug(message) {
        if (this.verbose)
            this.out.write(this.printable(`debug: ${message}`) + '\n');
    }
    warning(message, place) {
        if (quieterThan('warn'))
            return;
        this.err.write(this.printable(`warning: ${prefix(place, message)}${message}`) + '\n');
    }
    error(message, place) {
        this.err.write(this.printable(`error: ${prefix(place, message)}${message}`) + '\n');
    }
    /** A message as it may be printed: secrets masked, control characters and commands defused. */
    printable(message) {
        const text = terminalSafe(this.redact(message));
        return this.underActionsRunner ? withoutCommands(text) : text;
    }
    mask(secret) {
        if (secret && secret.length >= 4)
            this.secrets.add(secret);
        (0,secrets/* registerSecret */.cl)(secret);
    }
    async group(title, body) {
        if (!this.gitlabSections) {
            this.info(title);
            return body();
        }
        const id = `cml_section_${++this.sectionCount}`;
        const now = () => Math.floor(Date.now() / 1000);
        // The title shares the marker's line: no line break or control character may end it early.
        const shown = terminalSafe(this.redact(title).replace(/\r?\n/g, ' '));
        this.out.write(`\x1b[0Ksection_start:${now()}:${id}[collapsed=true]\r\x1b[0K${shown}\n`);
        try {
            return await body();
        }
        finally {
            this.out.write(`\x1b[0Ksection_end:${now()}:${id}\r\x1b[0K\n`);
        }
    }
    redact(text) {
        let result = text;
        for (const secret of this.secrets)
            result = result.split(secret).join('***');
        // Secrets masked through any other logger of this process (src/core/secrets.ts).
        result = (0,secrets/* redactSecrets */.fp)(result);
        return result;
    }
}
/** `file:line: ` before a message, unless the message already starts with its place (most do). */
function prefix(place, message) {
    if (!place?.file)
        return '';
    const where = place.line ? `${place.file}:${place.line}: ` : `${place.file}: `;
    // `file:line:` or `file:line:col:` already there (a parser's own position) is enough.
    return message.startsWith(where.trimEnd()) ? '' : where;
}
/** The logger for the platform this process runs on. */
function loggerFor(env = process.env) {
    return env.GITHUB_ACTIONS === 'true' ? new ActionsLogger() : new ConsoleLogger();
}

;// CONCATENATED MODULE: ./src/core/run-entry.ts


/**
 * The one top-level wrapper every entry uses: runs the action, turns any failure into a clear
 * message and a non-zero exit code, and never lets a rejection escape. User mistakes and refused
 * permissions print their message only; anything unexpected prints its stack in a collapsed group.
 */
async function runEntry(main, logger = loggerFor()) {
    try {
        await main(logger);
    }
    catch (error) {
        reportFailure(logger, error);
        process.exitCode = 1;
    }
}
function reportFailure(logger, error) {
    const message = (0,errors/* errorMessage */.gJ)(error);
    if (error instanceof errors/* PermissionError */.i_) {
        logger.error(`${message}\n${error.hint}`);
    }
    else if (error instanceof errors/* StepFailure */.pH) {
        logger.error(message);
    }
    else if ((0,errors/* isConfigurationError */.p0)(error)) {
        logger.error(message, error.where ? { file: error.where.file, line: error.where.line } : undefined);
    }
    else {
        logger.error(message);
        // Collapsed (a ::group:: on GitHub, a collapsed section on GitLab): the stack is for whoever
        // reports the bug, not in the way of the message. The body runs at once; the group closes
        // on the next microtask, before the process exits.
        const stack = error instanceof Error && error.stack ? error.stack : undefined;
        if (stack)
            void logger.group('Stack trace of the unexpected error', async () => logger.info(stack));
    }
    // The logger already emitted the error annotation; core.setFailed would print it twice.
    process.exitCode = 1;
}

;// CONCATENATED MODULE: ./src/clouds/common-inputs.ts

/** The value, or a one-line error naming the input and what the cloud needs from it. */
function required(value, input, what) {
    if (!value)
        throw new errors/* ConfigurationError */.j1(`Input '${input}' is required ${what}.`, { input });
    return value;
}

;// CONCATENATED MODULE: ./src/clouds/alibaba/sizes.ts

/**
 * CML's generic sizes on Alibaba Cloud ECS: general-purpose g7 for s/m/l/xl and the GPU families
 * ECS sells now: gn6i (T4), gn7i (A10), gn7e (A100 80 GB), gn6v (V100). Any other name passes
 * through as an ECS instance type (ecs.gn7i-c16g1.4xlarge).
 */
const SIZES = {
    s: 'ecs.g7.large',
    m: 'ecs.g7.2xlarge',
    l: 'ecs.g7.8xlarge',
    xl: 'ecs.g7.16xlarge',
    'm+t4': 'ecs.gn6i-c4g1.xlarge',
    'l+t4': 'ecs.gn6i-c24g1.24xlarge',
    'm+a10': 'ecs.gn7i-c8g1.2xlarge',
    'l+a10': 'ecs.gn7i-c32g1.32xlarge',
    'm+a100': 'ecs.gn7e-c16g1.4xlarge',
    'm+v100': 'ecs.gn6v-c8g1.2xlarge',
    'l+v100': 'ecs.gn6v-c8g1.8xlarge',
};
const GPU_WORDS = {
    '': undefined,
    nogpu: undefined,
    false: undefined,
    t4: 't4',
    a10: 'a10',
    a10g: 'a10',
    a100: 'a100',
    v100: 'v100',
    tesla: 'v100',
};
/** ECS GPU families: gn* (NVIDIA), ebmgn* (bare metal), sgn/vgn (virtualised GPUs). */
const GPU_TYPE = /^ecs\.(gn|ebmgn|sgn|vgn)/;
const isEcsGpuType = (type) => GPU_TYPE.test(type);
function resolveEcsSize(types, gpu) {
    const word = (gpu ?? '').trim().toLowerCase();
    if (word === 'k80') {
        throw new errors/* ConfigurationError */.j1("Input 'gpu': the K80 (gn4/gn5) is retired on ECS. Use t4, a10 or a100.", { input: 'gpu' });
    }
    if (word !== 'true' && !(word in GPU_WORDS)) {
        throw new errors/* ConfigurationError */.j1(`Input 'gpu': '${gpu}' is not an ECS GPU; accepted: nogpu, t4, a10 (or a10g), a100, v100, true.`, { input: 'gpu' });
    }
    const generic = GPU_WORDS[word];
    const out = { types: [], wantsGpu: word === 'true' || generic !== undefined };
    for (const raw of types.length ? types : ['m']) {
        const size = generic && !raw.includes('+') ? `${raw}+${generic}` : raw;
        const known = SIZES[size];
        if (!known && /^(s|m|l|xl)(\+|$)/.test(size)) {
            throw new errors/* ConfigurationError */.j1(`Input 'machine-types': no ECS size '${size}'. Sizes: ${Object.keys(SIZES).join(', ')}.`, { input: 'machine-types' });
        }
        const type = known ?? raw;
        out.types.push(type);
        if (isEcsGpuType(type))
            out.wantsGpu = true;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/clouds/alibaba/options.ts



const ALIBABA_SECRETS = ['ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'ALIBABA_CLOUD_SECURITY_TOKEN'];
function readAlibabaOptions(inputs, env, common) {
    const size = resolveEcsSize(inputs['machine-types'], inputs.gpu);
    const vSwitchIds = inputs.subnets;
    if (!vSwitchIds.length) {
        throw new errors/* ConfigurationError */.j1("Input 'subnets' is required for alibaba: one or more vSwitch ids (vsw-\u2026), tried in order.", { input: 'subnets' });
    }
    const price = inputs['spot-max-price'];
    const spotPriceLimit = price === undefined ? undefined : Number(price);
    if (spotPriceLimit !== undefined && !(spotPriceLimit > 0)) {
        throw new errors/* ConfigurationError */.j1(`Input 'spot-max-price': '${price}' is not a price; give the hourly limit (0.5) or leave it unset (SpotAsPriceGo).`, { input: 'spot-max-price' });
    }
    return {
        regionId: required(inputs.region ?? env.ALIBABA_CLOUD_REGION_ID, 'region', 'for alibaba: the region id, e.g. cn-hangzhou (or set ALIBABA_CLOUD_REGION_ID)'),
        instanceTypes: size.types,
        wantsGpu: size.wantsGpu,
        vSwitchIds,
        securityGroupId: required(inputs['security-groups'][0], 'security-groups', 'for alibaba: the security group id (sg-\u2026) in the vSwitches\u2019 VPC'),
        image: inputs.image,
        systemDiskSizeGb: inputs['disk-size'],
        systemDiskCategory: inputs['disk-type'] ?? 'cloud_essd',
        spot: inputs.spot,
        spotPriceLimit,
        spotFallback: inputs['spot-fallback'],
        publicBandwidthMbps: inputs['public-ip'] === 'true' ? 100 : 0,
        ...common,
    };
}

// EXTERNAL MODULE: ./src/clouds/azure/sizes.ts
var sizes = __nccwpck_require__(65176);
;// CONCATENATED MODULE: ./src/clouds/azure/options.ts



/** Secrets the Azure path reads from the environment: masked before anything is logged. */
const AZURE_SECRETS = [
    'AZURE_CLIENT_SECRET',
    'AZURE_CLIENT_CERTIFICATE_PASSWORD',
    'CML_AZURE_ACCESS_TOKEN',
];
/** The azure options from the runner-provision inputs and AZURE_* variables (no SDK loaded). */
function readAzureOptions(inputs, env, common) {
    const size = (0,sizes/* resolveAzureSize */.H)(inputs['machine-types'], inputs.gpu);
    const subnetId = required(inputs.subnets[0], 'subnets', 'for azure: the subnet resource id (/subscriptions/\u2026/virtualNetworks/\u2026/subnets/\u2026)');
    const price = inputs['spot-max-price'] ?? '-1';
    const spotMaxPrice = Number(price);
    if (!Number.isFinite(spotMaxPrice) || (spotMaxPrice <= 0 && spotMaxPrice !== -1)) {
        throw new errors/* ConfigurationError */.j1(`Input 'spot-max-price': '${price}' is not an Azure Spot price; give USD per hour (0.5) or -1 (up to the on-demand price).`, { input: 'spot-max-price' });
    }
    return {
        subscriptionId: required(inputs['azure-subscription-id'] ?? env.AZURE_SUBSCRIPTION_ID, 'azure-subscription-id', 'for azure (or set AZURE_SUBSCRIPTION_ID)'),
        resourceGroup: required(inputs['azure-resource-group'] ?? env.AZURE_RESOURCE_GROUP, 'azure-resource-group', 'for azure (or set AZURE_RESOURCE_GROUP)'),
        location: required(inputs.region ?? env.AZURE_LOCATION ?? env.AZURE_DEFAULTS_LOCATION, 'region', 'for azure: the location, e.g. eastus (or set AZURE_LOCATION)'),
        zones: inputs.zones,
        sizes: size.sizes,
        wantsGpu: size.wantsGpu,
        image: inputs.image,
        subnetId,
        networkSecurityGroupId: inputs['security-groups'][0],
        osDiskSizeGb: inputs['disk-size'],
        osDiskType: inputs['disk-type'] ?? 'StandardSSD_LRS',
        spot: inputs.spot,
        spotMaxPrice,
        spotFallback: inputs['spot-fallback'],
        // auto: no public address on Azure (the subnet's NAT gateway or default outbound access).
        publicIp: inputs['public-ip'] === 'true',
        ...common,
    };
}

// EXTERNAL MODULE: ./src/clouds/kubernetes/options.ts + 1 modules
var options = __nccwpck_require__(4306);
;// CONCATENATED MODULE: ./src/clouds/alibaba/startup.ts
/**
 * The instance start-up script's Alibaba Cloud part (bash, inserted by
 * src/runners/render-startup.ts). A spot instance about to be reclaimed has
 * `instance/spot/termination-time` in its metadata (a UTC time, about five minutes ahead); the
 * path answers 404 until then (ECS docs, "Spot instances": interruption events through instance
 * metadata at 100.100.100.200).
 */
const ALIBABA_STARTUP = `
reclaim_notice() {
  local metadata=\${CML_ALIBABA_METADATA:-http://100.100.100.200}
  curl -fsS -m 2 "$metadata/latest/meta-data/instance/spot/termination-time" >/dev/null
}
`;

;// CONCATENATED MODULE: ./src/clouds/aws/startup.ts
/**
 * The instance start-up script's EC2 part (bash, inserted by src/runners/render-startup.ts).
 * A spot instance gets two minutes' notice: IMDSv2's `spot/instance-action` answers 200 once
 * the instance is marked for interruption, 404 before (EC2 User Guide, "Spot Instance
 * interruption notices").
 */
const AWS_STARTUP = `
reclaim_notice() {
  local imds=\${CML_AWS_IMDS:-http://169.254.169.254} token
  token=$(curl -fsS -m 2 -X PUT "$imds/latest/api/token" -H 'X-aws-ec2-metadata-token-ttl-seconds: 60') || return 1
  curl -fsS -m 2 -H "X-aws-ec2-metadata-token: $token" "$imds/latest/meta-data/spot/instance-action" >/dev/null
}
`;

;// CONCATENATED MODULE: ./src/clouds/azure/startup.ts
/**
 * The instance start-up script's Azure part (bash, inserted by src/runners/render-startup.ts).
 * A Spot VM about to be evicted gets a Scheduled Event of type `Preempt` (at least 30 seconds
 * ahead) from the instance metadata service, which answers only with the `Metadata: true` header
 * (Azure docs, "Azure Metadata Service: Scheduled Events for Linux VMs").
 */
const AZURE_STARTUP = `
reclaim_notice() {
  local imds=\${CML_AZURE_IMDS:-http://169.254.169.254}
  curl -fsS -m 2 -H 'Metadata: true' "$imds/metadata/scheduledevents?api-version=2020-07-01" |
    grep -Eq '"EventType" *: *"Preempt"'
}
`;

;// CONCATENATED MODULE: ./src/clouds/gce/startup.ts
/**
 * The instance start-up script's Compute Engine part (bash, inserted by
 * src/runners/render-startup.ts). A preempted Spot VM sees `instance/preempted` turn TRUE in the
 * metadata server about 30 seconds before it stops (Compute Engine docs, "Detect if a VM was
 * preempted").
 */
const GCE_STARTUP = `
reclaim_notice() {
  local metadata=\${CML_GCE_METADATA:-http://metadata.google.internal}
  [[ "$(curl -fsS -m 2 -H 'Metadata-Flavor: Google' "$metadata/computeMetadata/v1/instance/preempted")" == TRUE ]]
}
`;

;// CONCATENATED MODULE: ./src/clouds/kubernetes/startup.ts
/**
 * The start-up script's Kubernetes part: nothing to watch. A spot node is drained before it
 * goes, and the Pod's SIGTERM is the notice (the script's TERM trap deregisters).
 */
const KUBERNETES_STARTUP = `
reclaim_notice() {
  return 1
}
`;

// EXTERNAL MODULE: ./src/clouds/types.ts
var types = __nccwpck_require__(72511);
;// CONCATENATED MODULE: ./src/clouds/index.ts








const entry = (e) => e;
/**
 * The clouds: one entry per kind. Adding a cloud is its folder under src/clouds/ and one line
 * here (plus its name in CloudKind and the `cloud` input's options). Each loader imports the
 * driver on demand, so a run on AWS never loads @google-cloud/compute or the Azure SDK (seconds
 * of start-up) and a stop of nothing loads none.
 */
const CLOUDS = {
    aws: entry({
        driver: () => Promise.all(/* import() */[__nccwpck_require__.e(193), __nccwpck_require__.e(708)]).then(__nccwpck_require__.bind(__nccwpck_require__, 66708)).then((m) => m.createEc2Driver),
        startup: AWS_STARTUP,
        where: 'region and account',
    }),
    gcp: entry({
        driver: () => __nccwpck_require__.e(/* import() */ 302).then(__nccwpck_require__.bind(__nccwpck_require__, 10302)).then((m) => m.createGceDriver),
        startup: GCE_STARTUP,
        where: 'project and zone',
    }),
    azure: entry({
        driver: () => __nccwpck_require__.e(/* import() */ 785).then(__nccwpck_require__.bind(__nccwpck_require__, 85785)).then((m) => m.createAzureDriver),
        options: readAzureOptions,
        secrets: AZURE_SECRETS,
        startup: AZURE_STARTUP,
        where: 'subscription and resource group',
    }),
    alibaba: entry({
        driver: () => __nccwpck_require__.e(/* import() */ 576).then(__nccwpck_require__.bind(__nccwpck_require__, 4576)).then((m) => m.createEcsDriver),
        options: readAlibabaOptions,
        secrets: ALIBABA_SECRETS,
        startup: ALIBABA_STARTUP,
        where: 'region and account',
    }),
    kubernetes: entry({
        driver: () => __nccwpck_require__.e(/* import() */ 995).then(__nccwpck_require__.bind(__nccwpck_require__, 15995)).then((m) => m.createKubernetesDriver),
        options: options/* readKubernetesOptions */.hW,
        secrets: options/* KUBERNETES_SECRETS */.$O,
        startup: KUBERNETES_STARTUP,
        where: 'cluster and namespace',
    }),
};
/** The driver for the chosen cloud, its SDK imported on demand. */
async function createCloud(options, logger) {
    const create = (await CLOUDS[options.cloud].driver());
    return create(options[options.cloud], logger);
}
/**
 * The options of a cloud that reads its own inputs, and whether they ask for a GPU; undefined
 * for the clouds src/runners/config.ts reads (aws, gcp).
 */
function readCloudOptions(kind, inputs, env, common) {
    const reader = CLOUDS[kind].options;
    if (!reader)
        return undefined;
    const options = reader(inputs, env, common);
    return { cloud: { cloud: kind, [kind]: options }, wantsGpu: options.wantsGpu };
}
/** The cloud's part of the runner's start-up script (bash defining reclaim_notice). */
function cloudStartup(kind) {
    return CLOUDS[kind].startup;
}
/** Where the cloud looks an instance id up, for messages. */
function cloudWhere(kind) {
    return CLOUDS[kind].where;
}
/** The clouds cml runs runners on, in registry order (the CLI's --cloud choices). */
const CLOUD_KINDS = Object.keys(CLOUDS);
/** Every secret variable the registered clouds read, for masking. */
const CLOUD_SECRET_VARIABLES = Object.values(CLOUDS).flatMap((c) => c.secrets ?? []);


// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
;// CONCATENATED MODULE: ./src/platforms/github-actions/index.ts


/** GitHub Actions: GITHUB_* variables and the event payload at GITHUB_EVENT_PATH. */
const githubActions = {
    name: 'github',
    title: 'GitHub Actions',
    forge: 'github',
    variablePrefixes: ['GITHUB_', 'RUNNER_', 'INPUT_'],
    workspaceVariable: 'GITHUB_WORKSPACE',
    baseSources: { sha: 'pull request base', ref: 'GITHUB_BASE_REF' },
    detect: (env) => env.GITHUB_ACTIONS === 'true',
    stepOutputFile: (env) => env.GITHUB_OUTPUT || undefined,
    missingTokenHint: 'Pass `token: ${{ github.token }}` (or a personal access token) to the action, or set REPO_TOKEN.',
    context,
    fullReportLink: (c, _path, summaryWritten) => c.runUrl && summaryWritten && c.summaryFile
        ? `the job summary of [this run](${c.runUrl})`
        : undefined,
};
function context(env) {
    const event = readEvent(env.GITHUB_EVENT_PATH);
    const pr = event?.pull_request;
    const issue = event?.issue;
    const repo = event?.repository;
    const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '');
    const repository = env.GITHUB_REPOSITORY ?? '';
    const runId = env.GITHUB_RUN_ID;
    // An issue_comment on a PR carries the PR number in issue.number with issue.pull_request set.
    const pullNumber = typeof pr?.number === 'number'
        ? pr.number
        : issue?.pull_request && typeof issue.number === 'number'
            ? issue.number
            : undefined;
    return {
        platform: 'github',
        forge: 'github',
        repository,
        sha: pr?.head?.sha ?? env.GITHUB_SHA ?? '',
        ref: env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || undefined,
        pullNumber,
        baseRef: env.GITHUB_BASE_REF || pr?.base?.ref || undefined,
        baseSha: pr?.base?.sha,
        defaultBranch: repo?.default_branch,
        workflow: env.GITHUB_WORKFLOW,
        runId,
        runAttempt: env.GITHUB_RUN_ATTEMPT,
        job: env.GITHUB_JOB,
        apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, ''),
        graphqlUrl: env.GITHUB_GRAPHQL_URL,
        serverUrl,
        runUrl: runId && repository ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined,
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        event,
        eventName: env.GITHUB_EVENT_NAME,
        summaryFile: env.GITHUB_STEP_SUMMARY || undefined,
    };
}
function readEvent(path) {
    if (!path)
        return undefined;
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`Cannot read the event payload GITHUB_EVENT_PATH=${path}: ${error.message}`);
    }
}

;// CONCATENATED MODULE: ./src/platforms/gitlab-ci/index.ts
/** GitLab CI: the predefined CI_* variables (merge request pipelines add CI_MERGE_REQUEST_*). */
const gitlabCi = {
    name: 'gitlab',
    title: 'GitLab CI',
    forge: 'gitlab',
    variablePrefixes: ['CI_', 'GITLAB_'],
    workspaceVariable: 'CI_PROJECT_DIR',
    baseSources: {
        sha: 'CI_MERGE_REQUEST_DIFF_BASE_SHA',
        ref: 'CI_MERGE_REQUEST_TARGET_BRANCH_NAME',
    },
    detect: (env) => env.GITLAB_CI === 'true',
    dotenvReports: true,
    context: gitlab_ci_context,
    fullReportLink: (c, path) => c.runUrl ? `the job artifacts: [${path}](${c.runUrl}/artifacts/file/${path})` : undefined,
};
function gitlab_ci_context(env) {
    const iid = env.CI_MERGE_REQUEST_IID ? Number(env.CI_MERGE_REQUEST_IID) : undefined;
    const serverUrl = (env.CI_SERVER_URL ?? 'https://gitlab.com').replace(/\/$/, '');
    return {
        platform: 'gitlab',
        forge: 'gitlab',
        repository: env.CI_PROJECT_PATH ?? '',
        projectId: env.CI_PROJECT_ID,
        sha: env.CI_COMMIT_SHA ?? '',
        ref: env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME ?? env.CI_COMMIT_REF_NAME,
        pullNumber: iid !== undefined && Number.isInteger(iid) ? iid : undefined,
        baseRef: env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME || undefined,
        baseSha: env.CI_MERGE_REQUEST_DIFF_BASE_SHA || undefined,
        defaultBranch: env.CI_DEFAULT_BRANCH || undefined,
        workflow: env.CI_PIPELINE_NAME || undefined,
        runId: env.CI_PIPELINE_ID,
        job: env.CI_JOB_NAME,
        apiUrl: (env.CI_API_V4_URL ?? `${serverUrl}/api/v4`).replace(/\/$/, ''),
        serverUrl,
        runUrl: env.CI_JOB_URL ?? env.CI_PIPELINE_URL,
        workspace: env.CI_PROJECT_DIR ?? process.cwd(),
    };
}

;// CONCATENATED MODULE: ./src/platforms/bitbucket-pipelines/index.ts
/**
 * Bitbucket Pipelines, from its default variables (Atlassian, "Variables and secrets",
 * https://support.atlassian.com/bitbucket-cloud/docs/variables-and-secrets/):
 * BITBUCKET_BUILD_NUMBER is set in every build (detection; the run id), BITBUCKET_COMMIT the
 * commit, BITBUCKET_WORKSPACE + BITBUCKET_REPO_SLUG (or BITBUCKET_REPO_FULL_NAME) the
 * repository, BITBUCKET_BRANCH the source branch (not on tag builds, where BITBUCKET_TAG is),
 * BITBUCKET_PR_ID and BITBUCKET_PR_DESTINATION_BRANCH on pull request pipelines only,
 * BITBUCKET_CLONE_DIR the checkout, BITBUCKET_GIT_HTTP_ORIGIN the repository's web URL.
 * Pipelines sets no API root: CML_API_URL replaces https://api.bitbucket.org/2.0 (proxies, tests).
 */
const bitbucketPipelines = {
    name: 'bitbucket',
    title: 'Bitbucket Pipelines',
    forge: 'bitbucket',
    variablePrefixes: ['BITBUCKET_'],
    workspaceVariable: 'BITBUCKET_CLONE_DIR',
    baseSources: { ref: 'BITBUCKET_PR_DESTINATION_BRANCH' },
    detect: (env) => Boolean(env.BITBUCKET_BUILD_NUMBER && env.BITBUCKET_COMMIT),
    context: bitbucket_pipelines_context,
};
function bitbucket_pipelines_context(env) {
    const repository = env.BITBUCKET_REPO_FULL_NAME ||
        (env.BITBUCKET_WORKSPACE && env.BITBUCKET_REPO_SLUG
            ? `${env.BITBUCKET_WORKSPACE}/${env.BITBUCKET_REPO_SLUG}`
            : '');
    const serverUrl = webRoot(env.BITBUCKET_GIT_HTTP_ORIGIN);
    const pr = env.BITBUCKET_PR_ID ? Number(env.BITBUCKET_PR_ID) : undefined;
    const build = env.BITBUCKET_BUILD_NUMBER;
    return {
        platform: 'bitbucket',
        forge: 'bitbucket',
        repository,
        sha: env.BITBUCKET_COMMIT ?? '',
        ref: env.BITBUCKET_BRANCH || env.BITBUCKET_TAG || undefined,
        pullNumber: pr !== undefined && Number.isInteger(pr) && pr > 0 ? pr : undefined,
        baseRef: env.BITBUCKET_PR_DESTINATION_BRANCH || undefined,
        workflow: env.BITBUCKET_PIPELINE_UUID || undefined,
        runId: build,
        job: env.BITBUCKET_STEP_UUID || undefined,
        apiUrl: (env.CML_API_URL || 'https://api.bitbucket.org/2.0').replace(/\/+$/, ''),
        serverUrl,
        // The pipeline's page: https://bitbucket.org/{workspace}/{repo_slug}/pipelines/results/{n}.
        runUrl: repository && build ? `${serverUrl}/${repository}/pipelines/results/${build}` : undefined,
        workspace: env.BITBUCKET_CLONE_DIR || process.cwd(),
    };
}
/** https://bitbucket.org from BITBUCKET_GIT_HTTP_ORIGIN (http://bitbucket.org/ws/repo). */
function webRoot(origin) {
    if (origin) {
        try {
            const url = new URL(origin);
            // Pipelines gives the origin as http://; the site answers on https.
            return `https://${url.host}`;
        }
        catch {
            // fall through to the public site
        }
    }
    return 'https://bitbucket.org';
}

;// CONCATENATED MODULE: ./src/platforms/generic/index.ts
/**
 * Any other CI (Jenkins, CircleCI, Azure Pipelines) and a plain shell. Nothing identifies the
 * run; the repository comes from --repo or the origin remote (src/compat/session.ts), or from
 * CML_REPOSITORY / CML_SERVER_URL / CML_API_URL / CML_RUNNER_DRIVER, which `cml runner launch`
 * hands to the runner-provision bundle.
 */
const generic = {
    name: 'local',
    title: 'a shell or another CI',
    variablePrefixes: ['CML_'],
    detect: () => true,
    context: (env) => ({
        platform: 'local',
        repository: env.CML_REPOSITORY ?? '',
        sha: env.CML_SHA ?? '',
        apiUrl: env.CML_API_URL ?? '',
        serverUrl: env.CML_SERVER_URL ?? '',
        workspace: process.cwd(),
    }),
};

;// CONCATENATED MODULE: ./src/platforms/index.ts




/**
 * Every CI platform, in one place, the generic one last (it matches everything). Detection
 * reads each platform's own marker (GITHUB_ACTIONS, GITLAB_CI, BITBUCKET_BUILD_NUMBER), never
 * CI, which every CI sets, ours included. Adding a platform is a folder and one line here.
 */
const PLATFORMS = [githubActions, gitlabCi, bitbucketPipelines, generic];
function detectPlatform(env = process.env) {
    return PLATFORMS.find((p) => p.detect(env));
}
function platformInfo(name) {
    return PLATFORMS.find((p) => p.name === name);
}
/** Everything the library needs to know about where it runs, read once from the environment. */
function readContext(env = process.env) {
    return detectPlatform(env).context(env);
}
/** Checkout folders the platforms name (GITHUB_WORKSPACE, CI_PROJECT_DIR, BITBUCKET_CLONE_DIR). */
function platformWorkspaces(env = process.env) {
    return PLATFORMS.flatMap((p) => p.workspaceVariable ? [env[p.workspaceVariable] ?? ''] : []).filter(Boolean);
}
/** Where this platform takes step outputs (GITHUB_OUTPUT on GitHub Actions), if anywhere. */
function stepOutputFile(platform, env = process.env) {
    return platformInfo(platform).stepOutputFile?.(env);
}
/**
 * The dotenv report a capability writes when its input names none: CML_DOTENV, else `name` on
 * platforms whose jobs read dotenv reports (GitLab CI), else none.
 */
function defaultDotenvFile(platform, name, env = process.env) {
    return env.CML_DOTENV || (platformInfo(platform).dotenvReports ? name : undefined);
}
/** Prefixes of every platform's variables, for clearing a test's environment. */
const PLATFORM_VARIABLE_PREFIXES = PLATFORMS.flatMap((p) => p.variablePrefixes);

;// CONCATENATED MODULE: ./src/core/input-env.ts
/**
 * The environment variable a runner sets for an input: INPUT_ + name upper-cased with spaces
 * turned into underscores and hyphens kept (the Actions runner's rule). GitLab templates set
 * the same variables so both platforms share one reader. In core, below the declarations, so the
 * token lookup (core/tokens.ts) can read the `github-token` input too.
 */
function inputVariable(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/** An input's raw value, trimmed; undefined when unset or blank. */
function readRawInput(name, env = process.env) {
    const value = env[inputVariable(name)];
    if (value === undefined)
        return undefined;
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
}

;// CONCATENATED MODULE: ./src/inputs/parse.ts

// Where the runner puts inputs lives in core (the token lookup reads one too).

/** Parses one raw value strictly against its declaration; the error always names the input. */
function parseInput(decl, raw) {
    const value = raw ?? decl.default;
    if (value === undefined || value === '') {
        if (decl.required)
            throw new errors/* ConfigurationError */.j1(`Input required and not supplied: ${decl.name}`, {
                input: decl.name,
            });
        return decl.type.kind === 'list' ? [] : undefined;
    }
    switch (decl.type.kind) {
        case 'string':
            return value;
        case 'boolean':
            if (value === 'true')
                return true;
            if (value === 'false')
                return false;
            throw new errors/* ConfigurationError */.j1(`Input '${decl.name}' must be true or false, got '${value}'.`, {
                input: decl.name,
            });
        case 'number': {
            const n = Number(value);
            const t = decl.type;
            if (!Number.isFinite(n) || (t.integer && !Number.isInteger(n))) {
                throw new errors/* ConfigurationError */.j1(`Input '${decl.name}' must be ${t.integer ? 'a whole number' : 'a number'}, got '${value}'.`, { input: decl.name });
            }
            if ((t.min !== undefined && n < t.min) || (t.max !== undefined && n > t.max)) {
                throw new errors/* ConfigurationError */.j1(`Input '${decl.name}' must be between ${t.min ?? '-\u221e'} and ${t.max ?? '\u221e'}, got ${n}.`, { input: decl.name });
            }
            return n;
        }
        case 'list':
            return value
                .split(/[\n,]/)
                .map((s) => s.trim())
                .filter((s) => s !== '');
        case 'enum':
            if (decl.type.options.includes(value))
                return value;
            throw new errors/* ConfigurationError */.j1(`Input '${decl.name}' must be one of ${decl.type.options.join(', ')}, got '${value}'.`, { input: decl.name });
    }
}

;// CONCATENATED MODULE: ./src/forge/runner-release.ts

const DEFAULT_RELEASE_SOURCES = {
    githubApi: 'https://api.github.com',
    gitlabApi: 'https://gitlab.com/api/v4',
    gitlabDownloads: 'https://gitlab-runner-downloads.s3.amazonaws.com',
};
/** `2.330.0` or `v2.330.0` \u2192 `2.330.0`; anything else is refused, naming the input. */
function normaliseVersion(value) {
    const m = /^v?(\d+\.\d+\.\d+)$/.exec(value.trim());
    if (!m) {
        throw new errors/* ConfigurationError */.j1(`Input 'runner-version': '${value}' is not a version; give major.minor.patch (e.g. 2.330.0, or 18.3.0 for GitLab), or leave it unset for the newest release.`, { input: 'runner-version' });
    }
    return m[1];
}
function checkSha256(value) {
    const sha = value.trim().toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(sha)) {
        throw new errors/* ConfigurationError */.j1(`Input 'runner-sha256': '${value}' is not a sha256; give the 64 hexadecimal digits of the runner download's sha256.`, { input: 'runner-sha256' });
    }
    return sha;
}
function compareVersions(a, b) {
    const pa = a.split('.').map(Number);
    const pb = b.split('.').map(Number);
    for (let i = 0; i < 3; i++) {
        const d = (pa[i] ?? 0) - (pb[i] ?? 0);
        if (d)
            return d;
    }
    return 0;
}
async function getJson(fetchImpl, url, headers) {
    let response;
    try {
        response = await fetchImpl(url, { headers, signal: AbortSignal.timeout(30_000) });
    }
    catch (error) {
        throw new Error(`Could not reach ${url}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    const text = await response.text();
    if (!response.ok)
        return { status: response.status, body: text };
    try {
        return { status: response.status, body: JSON.parse(text) };
    }
    catch {
        throw new Error(`${url} answered something that is not JSON.`);
    }
}
async function getText(fetchImpl, url) {
    let response;
    try {
        response = await fetchImpl(url, { signal: AbortSignal.timeout(30_000) });
    }
    catch (error) {
        throw new Error(`Could not reach ${url}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    return { status: response.status, text: await response.text() };
}
const PIN_HINT = 'pin one with runner-version and runner-sha256 to launch without looking it up';
/** A pin given whole (runner-version with runner-sha256): nothing to look up. */
function givenPin(version, sha256, arch, url) {
    const sha = checkSha256(sha256);
    return {
        version,
        url,
        sha256: arch === 'arm64' ? { x64: '', arm64: sha } : { x64: sha, arm64: '' },
    };
}

;// CONCATENATED MODULE: ./src/forge/github/runner-events.ts
/**
 * actions/runner's console lines (src/Runner.Listener/Runner.cs: "{time}: Listening for Jobs";
 * src/Runner.Listener/JobDispatcher.cs: "{time}: Running job: {name}" and "{time}: Job {name}
 * completed with result: {result}"), the patterns CML matched (src/drivers/github.js
 * runnerLogPatterns), anchored on the timestamp so a job's own output cannot fake them: the
 * listener prints these, a job's steps never reach the listener's console.
 */
function githubEvent(line) {
    const stamp = String.raw `^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}Z: `;
    if (new RegExp(`${stamp}Listening for Jobs`).test(line))
        return { kind: 'ready' };
    const started = new RegExp(`${stamp}Running job: (.*)$`).exec(line);
    if (started)
        return { kind: 'job-started', job: started[1] };
    const ended = new RegExp(`${stamp}Job .* completed with result: (\\w+)`).exec(line);
    if (ended)
        return { kind: 'job-ended', success: ended[1] === 'Succeeded' };
    return undefined;
}

;// CONCATENATED MODULE: ./src/forge/github/runner-release.ts


/*
 * actions/runner, the newest release (`GET /repos/actions/runner/releases/latest`) or the
 * `runner-version` pinned (`GET \u2026/releases/tags/v<version>`). The hashes come from the release
 * notes, which carry one per package between `<!-- BEGIN SHA linux-x64 -->` and
 * `<!-- END SHA linux-x64 -->` (actions/runner releaseNote.md, filled in by its release
 * workflow). GitHub refuses to register runners older than 2.329.0 and stops sending jobs to
 * runners more than 30 days behind the newest release, so the default is never a fixed pin.
 */
/** The oldest actions/runner github.com lets register (FIELD-NOTES; actions/runner#4305). */
const GITHUB_MINIMUM_RUNNER = '2.329.0';
const GITHUB_RUNNER_DOWNLOADS = 'https://github.com/actions/runner/releases/download';
function githubRunnerUrl(version, downloads = GITHUB_RUNNER_DOWNLOADS) {
    return `${downloads.replace(/\/+$/, '')}/v${version}/actions-runner-linux-@ARCH@-${version}.tar.gz`;
}
/** The sha256 a release body carries between `<!-- BEGIN SHA <platform> -->` markers. */
function shaFromReleaseNotes(body, platform) {
    const escaped = platform.replace(/[^\w-]/g, '');
    const m = new RegExp(`<!-- BEGIN SHA ${escaped} -->\\s*([0-9a-fA-F]{64})\\s*<!-- END SHA ${escaped} -->`).exec(body);
    return m?.[1]?.toLowerCase();
}
async function githubPin(request, sources, fetchImpl) {
    const pinned = request.version ? normaliseVersion(request.version) : undefined;
    if (pinned && request.sha256) {
        return givenPin(pinned, request.sha256, request.arch, githubRunnerUrl(pinned, sources.githubDownloads));
    }
    const headers = {
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
        'user-agent': 'cml-runner-provision',
    };
    const path = pinned ? `releases/tags/v${pinned}` : 'releases/latest';
    const api = (sources.githubApi ?? DEFAULT_RELEASE_SOURCES.githubApi).replace(/\/+$/, '');
    let url = `${api}/repos/actions/runner/${path}`;
    if (sources.githubToken)
        headers.authorization = `Bearer ${sources.githubToken}`;
    let { status, body } = await getJson(fetchImpl, url, headers);
    if (status === 404 && sources.githubFallback) {
        // A GitHub Enterprise Server holds no actions/runner: ask github.com (without its token).
        url = `${sources.githubFallback.replace(/\/+$/, '')}/repos/actions/runner/${path}`;
        delete headers.authorization;
        ({ status, body } = await getJson(fetchImpl, url, headers));
    }
    if (status === 404 && pinned) {
        throw new errors/* ConfigurationError */.j1(`Input 'runner-version': actions/runner has no release v${pinned}; give an existing version (https://github.com/actions/runner/releases), or leave it unset for the newest.`, { input: 'runner-version' });
    }
    if (status !== 200) {
        throw new Error(`Could not read the ${pinned ? `v${pinned}` : 'newest'} actions/runner release (${url} answered ${status}); ${PIN_HINT}.`);
    }
    const release = body;
    const version = pinned ?? normaliseVersion(release.tag_name ?? '');
    const notes = release.body ?? '';
    const x64 = shaFromReleaseNotes(notes, 'linux-x64') ?? '';
    const arm64 = shaFromReleaseNotes(notes, 'linux-arm64') ?? '';
    if (!x64 && !arm64) {
        throw new errors/* ConfigurationError */.j1(`The notes of actions/runner v${version} carry no sha256 for linux-x64 or linux-arm64 (between <!-- BEGIN SHA linux-x64 --> markers); give runner-sha256 with runner-version.`, { input: 'runner-sha256' });
    }
    return {
        version,
        url: githubRunnerUrl(version, sources.githubDownloads),
        sha256: { x64, arm64 },
    };
}

;// CONCATENATED MODULE: ./src/forge/github/startup.ts
/**
 * The runner start-up script's GitHub part (bash, inserted by src/runners/render-startup.ts at
 * `#@FORGE_PART@#`; the shared template lists the functions every forge part defines). It runs
 * actions/runner from its release tarball with a just-in-time configuration: single-use, so the
 * runner takes one job and exits, and it cannot remove itself (that takes a removal token):
 * GitHub drops a JIT runner after its job, and the stop step deletes unused ones by id or name.
 * Backslashes are doubled and `${` escaped, as a template literal needs.
 */
const GITHUB_RUNNER_STARTUP = `
# actions/runner packages are named by the words x64 and arm64 themselves.
runner_package_arch() {
  echo "$1"
}

install_runner_package() {
  mkdir -p "$CML_HOME/runner"
  tar -xzf "$CML_HOME/runner-download" -C "$CML_HOME/runner" || return 1
  "$CML_HOME/runner/bin/installdependencies.sh" || log "installdependencies.sh failed; continuing"
  chown -R "$CML_RUNNER_USER:$CML_RUNNER_USER" "$CML_HOME/runner"
}

# Job and service containers are the workflow's choice (the docker input), not the runner's.
runner_needs_docker() {
  return 1
}

# The JIT configuration reaches run.sh alone: the runner reads ACTIONS_RUNNER_INPUT_JITCONFIG and
# removes it from its environment.
launch_runner() {
  cd "$CML_HOME/runner" || return 1
  if [[ -n $CML_SECRET ]]; then
    ACTIONS_RUNNER_INPUT_JITCONFIG=$CML_SECRET sudo --preserve-env=ACTIONS_RUNNER_INPUT_JITCONFIG -u "$CML_RUNNER_USER" ./run.sh &
  elif [[ -f .runner ]]; then
    # After a reboot: the JIT configuration was written to the runner's own files.
    sudo -u "$CML_RUNNER_USER" ./run.sh &
  else
    log "no runner configuration left to start"
    return 1
  fi
}

# The runner starts a Runner.Worker per job (host and container: jobs alike).
runner_busy() {
  pgrep -f Runner.Worker >/dev/null
}

# Nothing to do on the machine (see above).
deregister() {
  return 0
}
`;

;// CONCATENATED MODULE: ./src/forge/github/runner-support.ts





const SCOPES = ['repository', 'organization'];
/**
 * Self-hosted GitHub Actions runners: actions/runner with a single-use just-in-time
 * configuration, repository or organization scoped.
 */
const githubRunners = {
    software: 'actions-runner',
    packageName: 'actions/runner',
    startup: GITHUB_RUNNER_STARTUP,
    release: githubPin,
    // actions/runner is read from the forge's own API (api.github.com on github.com, with the forge
    // token: unauthenticated calls get 60 an hour per address) unless CML_RUNNER_GITHUB_RELEASES_API
    // says otherwise; a GitHub Enterprise Server without actions/runner falls back to api.github.com.
    releaseSources(sources, forgeApiUrl) {
        const forgeApi = sources.githubApi ? undefined : forgeApiUrl;
        return {
            ...sources,
            githubApi: sources.githubApi ?? forgeApi ?? DEFAULT_RELEASE_SOURCES.githubApi,
            githubFallback: forgeApi && forgeApi.replace(/\/+$/, '') !== DEFAULT_RELEASE_SOURCES.githubApi
                ? DEFAULT_RELEASE_SOURCES.githubApi
                : undefined,
        };
    },
    checkPin(pin, sources, logger) {
        if (compareVersions(pin.version, GITHUB_MINIMUM_RUNNER) >= 0)
            return;
        const message = `Input 'runner-version': ${pin.version} is older than ${GITHUB_MINIMUM_RUNNER}, the oldest runner github.com lets register (and it sends no jobs to runners 30 days behind the newest); leave runner-version unset for the newest.`;
        if (/^https:\/\/api\.github\.com\/?$/.test(sources.githubApi ?? '')) {
            throw new errors/* ConfigurationError */.j1(message, { input: 'runner-version' });
        }
        logger.warning(message);
    },
    checkScope(scope) {
        if (!SCOPES.includes(scope.level)) {
            throw new errors/* ConfigurationError */.j1(`Input 'runner-scope': '${scope.level}' is not a GitHub runner scope; give repository or organization.`, { input: 'runner-scope' });
        }
    },
    // actions/runner packages are named by the words x64 and arm64 themselves.
    packageArch: (arch) => arch,
    localPackage: { program: 'run.sh', unpack: 'tar' },
    runnerEvent: githubEvent,
};

;// CONCATENATED MODULE: ./src/forge/github/descriptor.ts

/** GitHub and GitHub Enterprise Server (API under /api/v3 of the server's host). */
const github = {
    kind: 'github',
    title: 'GitHub',
    publicHosts: ['github.com', 'www.github.com'],
    publicWebUrl: 'https://github.com',
    publicApiUrl: 'https://api.github.com',
    selfHostedApiUrl: (serverUrl) => `${serverUrl}/api/v3`,
    apiUrlVariables: ['CML_API_URL', 'GITHUB_API_URL'],
    webUrlVariables: ['CML_SERVER_URL', 'GITHUB_SERVER_URL'],
    tokenVariables: ['GITHUB_TOKEN'],
    missingToken: 'No GitHub token: set the token input, or REPO_TOKEN / GITHUB_TOKEN in the environment.',
    pullNoun: 'pull request',
    checksKind: 'check-run',
    runners: githubRunners,
    projectIdIsPath: false,
    gitCredentials: (token) => ({ username: 'x-access-token', password: token }),
    permissionHint(kind, target) {
        if (kind === 'assets') {
            return 'Images are committed to the cml-assets branch: add `permissions: contents: write` to the job.';
        }
        const permission = target === 'commit'
            ? 'contents: write'
            : target === 'issue'
                ? 'issues: write'
                : 'pull-requests: write';
        return `Add \`permissions: ${permission}\` to the job. Pull requests from forks get a read-only GITHUB_TOKEN: post the report from a workflow_run workflow, or read it in the job summary.`;
    },
    load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(662), __nccwpck_require__.e(194)]).then(__nccwpck_require__.bind(__nccwpck_require__, 17194))).createGitHubForge,
};

;// CONCATENATED MODULE: ./src/forge/gitlab/runner-events.ts
/**
 * gitlab-runner's JSON log lines (`--log-format json`, logrus): "Starting runner for \u2026"
 * (commands/single.go), "Checking for jobs... received" with the job id (network/gitlab.go
 * RequestJob) and the line carrying `duration_s` that ends every job ("Job succeeded" or
 * "Job failed: \u2026", common/build.go setTraceStatus); CML matched the same
 * (src/drivers/gitlab.js runnerLogPatterns). Job output goes to GitLab, not to this log.
 */
function gitlabEvent(line) {
    let entry;
    try {
        entry = JSON.parse(line);
    }
    catch {
        return undefined;
    }
    if (!entry || typeof entry !== 'object' || typeof entry.msg !== 'string')
        return undefined;
    if (entry.msg.startsWith('Starting runner for'))
        return { kind: 'ready' };
    if (entry.msg.includes('Checking for jobs') && entry.msg.includes('received')) {
        return { kind: 'job-started', job: entry.job === undefined ? undefined : String(entry.job) };
    }
    if (entry.duration_s !== undefined && /^Job (succeeded|failed)/.test(entry.msg)) {
        return { kind: 'job-ended', success: entry.msg.startsWith('Job succeeded') };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/forge/gitlab/runner-release.ts


/*
 * gitlab-runner, the newest release (`GET /projects/gitlab-org%2Fgitlab-runner/releases/
 * permalink/latest` on gitlab.com) or the one pinned. The hashes come from the `release.sha256`
 * file GitLab publishes next to the binaries
 * (`https://gitlab-runner-downloads.s3.amazonaws.com/v<version>/release.sha256`, lines
 * `<sha256> [*]binaries/gitlab-runner-linux-amd64`; the bucket layout of gitlab-runner's
 * `.gitlab/ci/postrelease.gitlab-ci.yml` and docs/install/bleeding-edge.md).
 */
function gitlabRunnerUrl(version, downloads = DEFAULT_RELEASE_SOURCES.gitlabDownloads) {
    return `${downloads.replace(/\/+$/, '')}/v${version}/binaries/gitlab-runner-linux-@ARCH@`;
}
/** The sha256 of `binaries/<name>` in a release.sha256 file (sha256sum output, text or binary mode). */
function shaFromChecksumList(list, name) {
    for (const line of list.split('\n')) {
        const m = /^([0-9a-fA-F]{64})\s+\*?(?:\.\/)?(\S+)\s*$/.exec(line.trim());
        if (m && (m[2] === `binaries/${name}` || m[2] === name))
            return m[1].toLowerCase();
    }
    return undefined;
}
async function gitlabPin(request, sources, fetchImpl) {
    const downloads = sources.gitlabDownloads.replace(/\/+$/, '');
    let version = request.version ? normaliseVersion(request.version) : undefined;
    if (version && request.sha256) {
        return givenPin(version, request.sha256, request.arch, gitlabRunnerUrl(version, downloads));
    }
    if (!version) {
        const url = `${sources.gitlabApi.replace(/\/+$/, '')}/projects/gitlab-org%2Fgitlab-runner/releases/permalink/latest`;
        const { status, body } = await getJson(fetchImpl, url, {
            'user-agent': 'cml-runner-provision',
        });
        if (status !== 200) {
            throw new Error(`Could not read the newest gitlab-runner release (${url} answered ${status}); ${PIN_HINT}.`);
        }
        version = normaliseVersion(body.tag_name ?? '');
    }
    const listUrl = `${downloads}/v${version}/release.sha256`;
    const { status, text } = await getText(fetchImpl, listUrl);
    if ((status === 404 || status === 403) && request.version) {
        // S3 answers 403 AccessDenied, not 404, for a key that does not exist in a bucket one cannot list.
        throw new errors/* ConfigurationError */.j1(`Input 'runner-version': gitlab-runner v${version} has no release.sha256 at ${listUrl}; give an existing version (https://gitlab.com/gitlab-org/gitlab-runner/-/releases), or runner-sha256 with it.`, { input: 'runner-version' });
    }
    if (status !== 200) {
        throw new Error(`Could not read ${listUrl} (HTTP ${status}); ${PIN_HINT}.`);
    }
    const x64 = shaFromChecksumList(text, 'gitlab-runner-linux-amd64') ?? '';
    const arm64 = shaFromChecksumList(text, 'gitlab-runner-linux-arm64') ?? '';
    if (!x64 && !arm64) {
        throw new Error(`${listUrl} lists no gitlab-runner-linux-amd64 or -arm64 binary; ${PIN_HINT}.`);
    }
    return { version, url: gitlabRunnerUrl(version, downloads), sha256: { x64, arm64 } };
}

;// CONCATENATED MODULE: ./src/forge/gitlab/startup.ts
/**
 * The runner start-up script's GitLab part (bash, inserted by src/runners/render-startup.ts at
 * `#@FORGE_PART@#`; the shared template lists the functions every forge part defines). It runs
 * the gitlab-runner binary with this instance's own glrt- runner token (deleted by cml at
 * teardown), on the docker executor (the image of jobs that name none) or the shell executor.
 * Backslashes are doubled and `${` escaped, as a template literal needs.
 */
const GITLAB_RUNNER_STARTUP = `
CML_GITLAB_EXECUTOR={{GITLAB_EXECUTOR}}
CML_GITLAB_IMAGE={{GITLAB_IMAGE}}

# gitlab-runner's binaries are named linux-amd64 and linux-arm64.
runner_package_arch() {
  case "$1" in
    x64) echo amd64 ;;
    *) echo "$1" ;;
  esac
}

install_runner_package() {
  mkdir -p "$CML_ROOT/usr/local/bin" "$CML_HOME/builds"
  install -m 0755 "$CML_HOME/runner-download" "$CML_ROOT/usr/local/bin/gitlab-runner" || return 1
  chown "$CML_RUNNER_USER:$CML_RUNNER_USER" "$CML_HOME/builds"
}

# The docker executor runs every job in a container.
runner_needs_docker() {
  [[ $CML_GITLAB_EXECUTOR == docker ]]
}

# The glrt- token is in the environment of \`gitlab-runner register\` alone: the runner then reads
# it from its config.toml (root only), and the environment it hands to shell jobs holds none.
register_gitlab() {
  [[ -f "$CML_HOME/config.toml" ]] && return 0
  local executor=(--executor shell --builds-dir "$CML_HOME/builds")
  if [[ $CML_GITLAB_EXECUTOR == docker ]]; then
    executor=(--executor docker --docker-image "$CML_GITLAB_IMAGE")
    if [[ $CML_GPU == true ]]; then
      executor+=(--docker-gpus all --docker-runtime nvidia)
    fi
  fi
  (
    umask 077
    CI_SERVER_TOKEN=$CML_SECRET gitlab-runner register --non-interactive --config "$CML_HOME/config.toml" \\
      --url "$CML_TARGET_URL" --name "$CML_RUNNER_NAME" "\${executor[@]}"
  ) || return 1
  chmod 0600 "$CML_HOME/config.toml"
}

launch_runner() {
  register_gitlab || return 1
  if [[ $CML_SINGLE == true ]]; then
    # run-single has no --user: shell jobs run as root here (busy detection counts any user).
    gitlab-runner run-single --config "$CML_HOME/config.toml" --runner "$CML_RUNNER_NAME" --max-builds 1 &
  else
    local user=()
    if [[ $CML_GITLAB_EXECUTOR == shell ]]; then
      user=(--user "$CML_RUNNER_USER")
    fi
    gitlab-runner run --config "$CML_HOME/config.toml" --working-directory "$CML_HOME/builds" "\${user[@]}" &
  fi
}

# The processes under \`pid\`, at any depth and of any user.
descendants_of() {
  local child
  for child in $(pgrep -P "$1"); do
    echo "$child"
    descendants_of "$child"
  done
}

# A shell job is a process under gitlab-runner, whatever its user (run-single runs jobs as root,
# run --user as cml); a docker job is a container gitlab-runner labels with its id.
runner_busy() {
  local pid
  pid=$(cat "$CML_HOME/runner.pid" 2>/dev/null) || return 1
  if [[ -n "$(descendants_of "$pid")" ]]; then
    return 0
  fi
  [[ $CML_GITLAB_EXECUTOR == docker ]] && command -v docker >/dev/null 2>&1 &&
    [[ -n "$(docker ps -q --filter label=com.gitlab.gitlab-runner.job.id 2>/dev/null)" ]]
}

# \`unregister\` removes this machine's runner manager (glrt- tokens); cml's stop step deletes the
# runner itself.
deregister() {
  if [[ -f "$CML_HOME/config.toml" ]]; then
    gitlab-runner unregister --config "$CML_HOME/config.toml" --all-runners || log "unregister failed"
  fi
  return 0
}
`;

;// CONCATENATED MODULE: ./src/forge/gitlab/runner-support.ts




const runner_support_SCOPES = ['project', 'repository', 'group', 'instance'];
/**
 * GitLab runners: the gitlab-runner binary with a glrt- runner token of its own, project (or
 * repository), group or instance scoped.
 */
const gitlabRunners = {
    software: 'gitlab-runner',
    packageName: 'gitlab-runner',
    startup: GITLAB_RUNNER_STARTUP,
    release: gitlabPin,
    checkScope(scope) {
        if (!runner_support_SCOPES.includes(scope.level)) {
            throw new errors/* ConfigurationError */.j1(`Input 'runner-scope': '${scope.level}' is not a GitLab runner scope; give project (or repository), group or instance.`, { input: 'runner-scope' });
        }
        if (scope.level === 'group' && !scope.owner) {
            throw new errors/* ConfigurationError */.j1("Input 'runner-scope-id' is required with runner-scope: group: give the numeric group id.", { input: 'runner-scope-id' });
        }
    },
    // gitlab-runner's binaries are named linux-amd64 and linux-arm64.
    packageArch: (arch) => (arch === 'x64' ? 'amd64' : arch),
    localPackage: { program: 'gitlab-runner', unpack: 'binary' },
    runnerEvent: gitlabEvent,
};

;// CONCATENATED MODULE: ./src/forge/gitlab/descriptor.ts

/** GitLab.com and self-managed GitLab (API under /api/v4 of the server's host). */
const gitlab = {
    kind: 'gitlab',
    title: 'GitLab',
    publicHosts: ['gitlab.com', 'www.gitlab.com'],
    publicWebUrl: 'https://gitlab.com',
    publicApiUrl: 'https://gitlab.com/api/v4',
    selfHostedApiUrl: (serverUrl) => `${serverUrl}/api/v4`,
    apiUrlVariables: ['CML_API_URL', 'CI_API_V4_URL'],
    webUrlVariables: ['CML_SERVER_URL', 'CI_SERVER_URL'],
    tokenVariables: ['GITLAB_TOKEN'],
    missingToken: 'No GitLab token: set the token input, or REPO_TOKEN / GITLAB_TOKEN (a project or personal access token with api scope; CI_JOB_TOKEN cannot write notes).',
    pullNoun: 'merge request',
    checksKind: 'commit-status',
    runners: gitlabRunners,
    projectIdIsPath: true,
    // GitLab takes any user name with a token as the password; oauth2 is the documented one.
    gitCredentials: (token) => ({ username: 'oauth2', password: token }),
    permissionHint: (kind) => kind === 'assets'
        ? 'The token must be able to upload to the project (a project or personal access token with api scope, Developer role or higher, in REPO_TOKEN or GITLAB_TOKEN).'
        : 'The token must be able to write notes: a project or personal access token with api scope (Developer role or higher) in REPO_TOKEN or GITLAB_TOKEN; CI_JOB_TOKEN cannot write notes.',
    load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(582), __nccwpck_require__.e(281)]).then(__nccwpck_require__.bind(__nccwpck_require__, 95482))).createGitLabForge,
};

;// CONCATENATED MODULE: ./src/forge/bitbucket/descriptor.ts
/**
 * Bitbucket Cloud. No `runners`: CML never provisioned Bitbucket Pipelines runners, and this folder
 * has no runner start-up part, so runner-provision refuses Bitbucket (src/forge/registry.ts).
 * Bitbucket Data Center has another API (/rest/api/1.0), so a host other than
 * bitbucket.org is not guessed to be Bitbucket Cloud's: `selfHostedApiUrl` is left out.
 */
const bitbucket = {
    kind: 'bitbucket',
    title: 'Bitbucket',
    publicHosts: ['bitbucket.org', 'www.bitbucket.org'],
    publicWebUrl: 'https://bitbucket.org',
    publicApiUrl: 'https://api.bitbucket.org/2.0',
    apiUrlVariables: ['CML_API_URL'],
    webUrlVariables: ['CML_SERVER_URL'],
    tokenVariables: ['BITBUCKET_TOKEN'],
    missingToken: 'No Bitbucket token: set BITBUCKET_TOKEN (or REPO_TOKEN, or --token) to a workspace or repository access token, or to username:app-password (docs/bitbucket.md lists the scopes).',
    pullNoun: 'pull request',
    checksKind: 'code-insights',
    projectIdIsPath: false,
    // Access tokens clone as x-token-auth (Atlassian's "Using access tokens"); an app password
    // goes with its user name.
    gitCredentials: (token) => {
        const colon = token.indexOf(':');
        return colon > 0
            ? { username: token.slice(0, colon), password: token.slice(colon + 1) }
            : { username: 'x-token-auth', password: token };
    },
    permissionHint: (kind) => kind === 'assets'
        ? 'Images go to the repository Downloads: the token needs repository:write (docs/bitbucket.md).'
        : 'The token needs pullrequest:write (and account, for sticky updates) in BITBUCKET_TOKEN or REPO_TOKEN: a workspace access token or an app password (docs/bitbucket.md).',
    load: async () => (await __nccwpck_require__.e(/* import() */ 49).then(__nccwpck_require__.bind(__nccwpck_require__, 22049))).createBitbucketForge,
};

;// CONCATENATED MODULE: ./src/forge/registry.ts




/**
 * Every forge cml drives, in one place. Adding a forge is a folder under src/forge/ with a
 * descriptor, one line here and its name in `ForgeKind` (src/core/context.ts); runner support is
 * the descriptor's `runners` and the folder's start-up part (src/forge/<name>/startup.ts).
 */
const FORGES = { github: github, gitlab: gitlab, bitbucket: bitbucket };
/** Forge names, for `--driver` choices and messages. */
const registry_FORGE_KINDS = Object.keys(FORGES);
function registry_forgeInfo(kind) {
    return FORGES[kind];
}
/** The forge named by --driver / CML_DRIVER, or a one-line error listing the known ones. */
function parseForgeKind(name, what = '--driver') {
    if (name in FORGES)
        return name;
    throw new errors/* ConfigurationError */.j1(`${what} '${name}' is not a forge cml drives: use ${registry_FORGE_KINDS.join(', ')}.`);
}
/** The forge whose public service is at this host name, if any. */
function forgeOfHost(host) {
    const h = host.toLowerCase();
    return registry_FORGE_KINDS.find((k) => FORGES[k].publicHosts.includes(h));
}
/** Runner support of the forge, or a one-line refusal naming the forges cml provisions on. */
function runnerSupport(kind) {
    const support = registry_forgeInfo(kind).runners;
    if (support?.startup)
        return support;
    const able = registry_FORGE_KINDS.filter((k) => registry_forgeInfo(k).runners?.startup).map((k) => FORGES[k].title);
    throw new errors/* ConfigurationError */.j1(`runner-provision: cml registers no self-hosted runners on ${registry_forgeInfo(kind).title}; it works with ${able.join(' and ')}.`);
}
/**
 * The forge, when runner-provision can register runners on it (its folder brings a start-up
 * part); a one-line error naming the forges that can otherwise, before any cloud SDK loads.
 */
function runnerForge(forge) {
    runnerSupport(forge.kind);
    return forge;
}
/** The forge's part of the runner start-up script (bash from src/forge/<name>/startup.ts). */
function runnerStartup(kind) {
    return runnerSupport(kind).startup;
}

;// CONCATENATED MODULE: ./src/forge/token.ts


/**
 * The forge token, looked up the way CML looks it up: an explicit value first (--token,
 * CML_TOKEN, the token input), then REPO_TOKEN, repo_token, then the forge's own variables
 * (GITHUB_TOKEN, GITLAB_TOKEN, BITBUCKET_TOKEN), then the other forges', and last of all the job
 * token GitHub's actions hand over through their `github-token` input.
 * Masked the moment it is read, so no later log line, output or report can carry it.
 */
/** Whether any token is at hand (outside CI, a token is what makes cml talk to a forge). */
function haveForgeToken(explicit, env) {
    const names = [
        'REPO_TOKEN',
        'repo_token',
        ...FORGE_KINDS.flatMap((k) => forgeInfo(k).tokenVariables),
    ];
    return [explicit, ...names.map((n) => env[n])].some((t) => t !== undefined && t.trim() !== '');
}
function readForgeToken(logger, forge, explicit, env = process.env) {
    const order = forge ? [forge, ...registry_FORGE_KINDS.filter((k) => k !== forge)] : registry_FORGE_KINDS;
    const candidates = [
        explicit,
        env.REPO_TOKEN,
        env.repo_token,
        ...order.flatMap((k) => registry_forgeInfo(k).tokenVariables.map((name) => env[name])),
        readRawInput('github-token', env),
    ];
    const token = candidates.find((t) => t !== undefined && t.trim() !== '')?.trim();
    if (token) {
        logger.mask(token);
        // `username:app-password` (Bitbucket): the password half alone must not show either.
        const colon = token.indexOf(':');
        if (colon > 0 && colon < token.length - 1)
            logger.mask(token.slice(colon + 1));
    }
    return token;
}

;// CONCATENATED MODULE: ./src/forge/index.ts


/** No --driver, no CI platform and no repository URL on a forge's public host. */
function unknownForgeError() {
    return new errors/* ConfigurationError */.j1(`Cannot tell which forge to use outside a known CI platform: pass --driver ${registry_FORGE_KINDS.join('|')} (and --repo) or write the report locally.`);
}
/**
 * The driver for the forge this run talks to. The kind is explicit (--driver), else the
 * context's (the platform's forge, or the repository's host), never guessed from a host name
 * here, so GitHub Enterprise and self-managed GitLab work.
 */
async function createForge(options) {
    const kind = options.kind ?? options.context.forge;
    if (!kind)
        throw unknownForgeError();
    const info = registry_forgeInfo(kind);
    if (!options.token)
        throw new errors/* ConfigurationError */.j1(info.missingToken);
    const create = await info.load();
    return create(options.context, options.token, options.logger);
}

;// CONCATENATED MODULE: ./src/inputs/common.ts
/** Inputs several actions share; declared once so every action.yml says the same thing. */
const COMMON_INPUTS = [
    {
        name: 'token',
        type: { kind: 'string' },
        secret: true,
        description: 'Forge token. Defaults to REPO_TOKEN, repo_token, GITHUB_TOKEN or GITLAB_TOKEN from the environment, as CML reads them.',
        actions: ['report', 'metrics-diff', 'runner-provision', 'data-validate'],
    },
    {
        // The runner puts no token in a step's environment; this default hands the job's own
        // GITHUB_TOKEN over as the last fallback, after every token CML users set explicitly.
        name: 'github-token',
        type: { kind: 'string' },
        default: '${{ github.token }}',
        secret: true,
        platforms: ['github'],
        description: "The workflow's own token, used only when neither token nor REPO_TOKEN, repo_token or GITHUB_TOKEN is set. Leave the default.",
        actions: ['report', 'metrics-diff', 'runner-provision', 'data-validate'],
    },
    {
        name: 'fail-on-error',
        type: { kind: 'boolean' },
        default: 'false',
        description: 'Fail the step when the report cannot be posted (for example a read-only token on a fork). Off: warn, keep the report in the job summary and on disk.',
        actions: ['report', 'metrics-diff', 'data-validate'],
    },
];

;// CONCATENATED MODULE: ./src/inputs/report.ts
/** Inputs of the report action (and its GitLab component). `token` and `fail-on-error` are in common.ts. */
const REPORT_INPUTS = [
    {
        name: 'file',
        type: { kind: 'string' },
        default: 'report.md',
        description: 'Markdown file of the report. Local images in it (image syntax, reference definitions, <img src>, data:image URIs) are published and their links rewritten. When plots, metrics or data are given and the default report.md does not exist, the report is made of them alone.',
        actions: ['report'],
    },
    {
        name: 'target',
        type: { kind: 'string' },
        default: 'auto',
        description: "Where the comment goes, in CML's syntax: auto (this run's PR/MR, else an open PR/MR whose head is this commit, else the commit), pr, pr/<number>, commit, commit/<sha> or issue/<number>.",
        actions: ['report'],
    },
    {
        name: 'watermark-title',
        type: { kind: 'string' },
        default: '{workflow}',
        description: 'Title of the hidden marker that makes the comment sticky; {workflow}, {run} and {job} are replaced. Reports with different titles are different comments.',
        actions: ['report'],
    },
    {
        name: 'update',
        type: { kind: 'boolean' },
        default: 'true',
        description: 'Update the newest comment with the same watermark title written by the same token identity instead of adding a new comment (CML comment update).',
        actions: ['report'],
    },
    {
        name: 'section',
        type: { kind: 'string' },
        description: 'Name of the section of the comment this job owns (for example the matrix value); jobs with different sections share one comment. Empty: the job owns the whole comment.',
        actions: ['report'],
    },
    {
        name: 'plots',
        type: { kind: 'list' },
        description: 'Plot specs (.vl.json, .vg.json) or data files (csv, tsv, json, yaml), newline or comma separated, rendered to PNG and appended to the report.',
        actions: ['report'],
    },
    {
        name: 'metrics',
        type: { kind: 'list' },
        description: 'Metric files (json, yaml, csv), newline or comma separated, compared with the base revision; the table is appended to the report.',
        actions: ['report'],
    },
    {
        name: 'data',
        type: { kind: 'list' },
        description: 'Datasets (CSV, TSV, JSON Lines, Parquet; gzip too: files, globs or folders), newline or comma separated, profiled and compared with the base revision; the data section (schema changes, missing rates, drift, histograms of drifted columns) is appended to the report. dvc.yaml alone: the datasets its stages declare.',
        actions: ['report'],
    },
    {
        name: 'metrics-base',
        type: { kind: 'string' },
        description: "Base revision for the metrics table, the data section and plot overlays. Empty: the PR/MR's base, else HEAD.",
        actions: ['report'],
    },
    {
        name: 'publish',
        type: { kind: 'boolean' },
        default: 'true',
        description: 'Publish local images: on GitHub as commits to the cml-assets branch (needs contents: write), on GitLab as project uploads. false leaves the links as written.',
        actions: ['report'],
    },
    {
        name: 'publish-url',
        type: { kind: 'string' },
        description: "Asset server using CML's protocol (POST the bytes, the answer is the URL) instead of the forge's storage.",
        actions: ['report'],
    },
    {
        name: 'output-dir',
        type: { kind: 'string' },
        default: 'cml-report',
        description: 'Folder where the full, untruncated report.md and copies of its images are written (keep it as an artifact).',
        actions: ['report'],
    },
    {
        name: 'summary',
        type: { kind: 'boolean' },
        default: 'true',
        description: 'Also write the report to the GitHub job summary (within its 1 MiB limit).',
        actions: ['report'],
    },
    {
        name: 'dotenv-file',
        type: { kind: 'string' },
        description: 'File to write the outputs to as a dotenv report (CML_REPORT_COMMENT_URL, CML_REPORT_COMMENT_ID, CML_REPORT_RESULT, CML_REPORT_FILE). Empty: on GitLab $CML_DOTENV or cml-report.env, on GitHub none.',
        actions: ['report'],
    },
];

;// CONCATENATED MODULE: ./src/inputs/plot-templates.ts
/** DVC's plot template names, plus `bar` (vertical bars); the plots input declares these too. */
const TEMPLATES = [
    'linear',
    'simple',
    'scatter',
    'scatter_jitter',
    'smooth',
    'bar',
    'bar_horizontal',
    'bar_horizontal_sorted',
    'confusion',
    'confusion_normalized',
];

;// CONCATENATED MODULE: ./src/inputs/plots.ts

/** Inputs of the plots action (and its GitLab component). */
const PLOTS_INPUTS = [
    {
        name: 'plots',
        type: { kind: 'list' },
        default: '',
        description: 'Vega-Lite/Vega spec files (.vl.json, .vg.json, .json), data files (csv, tsv, json, yaml), images or dvc.yaml plot ids, newline or comma separated. Empty: every plot in dvc.yaml (top level and per stage).',
        actions: ['plots'],
    },
    {
        name: 'out-dir',
        type: { kind: 'string' },
        default: 'plots',
        description: 'Folder the images are written to, relative to the working directory.',
        actions: ['plots'],
    },
    {
        name: 'format',
        type: { kind: 'enum', options: ['png', 'svg'] },
        default: 'png',
        description: 'Image format. PNG needs the bundled rasteriser (linux-x64, linux-arm64); elsewhere SVG is written with a warning.',
        actions: ['plots'],
    },
    {
        name: 'scale',
        type: { kind: 'number', min: 0.1, max: 10 },
        default: '1',
        description: 'Resolution scale factor (as vl2png -s).',
        actions: ['plots'],
    },
    {
        name: 'template',
        type: { kind: 'enum', options: TEMPLATES },
        description: "Template for data files (DVC's names). Empty: dvc.yaml's template, else linear.",
        actions: ['plots'],
    },
    {
        name: 'x',
        type: { kind: 'string' },
        description: 'Field for the x axis of data plots. Empty: dvc.yaml\'s, else the row number ("step").',
        actions: ['plots'],
    },
    {
        name: 'y',
        type: { kind: 'list' },
        default: '',
        description: "Field(s) for the y axis of data plots. Empty: dvc.yaml's, else the last field.",
        actions: ['plots'],
    },
    {
        name: 'title',
        type: { kind: 'string' },
        description: 'Title of data plots.',
        actions: ['plots'],
    },
    {
        name: 'x-label',
        type: { kind: 'string' },
        description: 'x axis title of data plots.',
        actions: ['plots'],
    },
    {
        name: 'y-label',
        type: { kind: 'string' },
        description: 'y axis title of data plots.',
        actions: ['plots'],
    },
    {
        name: 'base-revision',
        type: { kind: 'string' },
        default: '',
        description: "Overlay each data plot (and single-view Vega-Lite spec with its own data) as it was at this git revision, coloured by revision. 'auto': the pull/merge request's base (else the default branch). Empty: no overlay.",
        actions: ['plots'],
    },
    {
        name: 'allowed-hosts',
        type: { kind: 'list' },
        default: '',
        description: 'Hosts plot specs may load data and images from (data.url, image marks), newline or comma separated: host, host:port or *.domain. Empty: no network at all. Link-local and cloud metadata addresses are refused even when listed; files are read only inside the workspace.',
        actions: ['plots', 'report'],
    },
    {
        name: 'dvc-file',
        type: { kind: 'string' },
        default: 'dvc.yaml',
        description: 'DVC pipeline file whose plots are rendered.',
        actions: ['plots'],
    },
];

;// CONCATENATED MODULE: ./src/inputs/metrics-diff.ts
/**
 * Inputs of the metrics-diff action (and its GitLab component). base, head, check and summary
 * mean the same for data-validate, which shares these declarations.
 */
const METRICS_DIFF_INPUTS = [
    {
        name: 'targets',
        type: { kind: 'list' },
        default: '',
        description: 'Metrics files to compare (JSON, YAML, TOML, CSV, TSV), one per line or comma-separated. Empty: the metrics declared in dvc.yaml (top level and per stage).',
        actions: ['metrics-diff'],
    },
    {
        name: 'params',
        type: { kind: 'list' },
        default: '',
        description: 'Params files to compare as well (params.yaml, params.toml, \u2026). Empty: the params declared in dvc.yaml, when there is one.',
        actions: ['metrics-diff'],
    },
    {
        name: 'base',
        type: { kind: 'string' },
        default: '',
        description: "Revision to compare against. Empty: the pull/merge request's base commit, else its base branch, else the default branch; fetched (depth 1) when a shallow clone lacks it.",
        actions: ['metrics-diff', 'data-validate'],
    },
    {
        name: 'head',
        type: { kind: 'string' },
        default: '',
        description: 'Revision to compare. Empty: the working tree (column "workspace", as in DVC).',
        actions: ['metrics-diff', 'data-validate'],
    },
    {
        name: 'all',
        type: { kind: 'boolean' },
        default: 'false',
        description: 'Show unchanged metrics and params too (DVC --all).',
        actions: ['metrics-diff'],
    },
    {
        name: 'precision',
        type: { kind: 'number', integer: true, min: 0, max: 30 },
        default: '5',
        description: 'Decimal places floats are rounded to in the metrics table (DVC --precision).',
        actions: ['metrics-diff'],
    },
    {
        name: 'no-path',
        type: { kind: 'boolean' },
        default: 'false',
        description: 'Leave the Path column out of the tables (DVC --no-path).',
        actions: ['metrics-diff'],
    },
    {
        name: 'all-rows',
        type: { kind: 'boolean' },
        default: 'false',
        description: 'CSV/TSV files: compare every row (keys 0.col, 1.col, \u2026) instead of the last row only.',
        actions: ['metrics-diff'],
    },
    {
        name: 'rules',
        type: { kind: 'string' },
        default: '',
        description: "Quality gates, one per line: '<metric> >= 0.9' (>, <=, <, ==, != too), '<metric> may not drop', '<metric> may not rise by more than 2%' (or an absolute amount), '<metric> higher is better' (direction only). 'file:metric' limits a rule to one file; * matches any text. A violated rule fails the step.",
        actions: ['metrics-diff'],
    },
    {
        name: 'rules-file',
        type: { kind: 'string' },
        default: '',
        description: "YAML file of quality gates: 'rules:' (a list of rule lines) and/or 'metrics:' ({metric: {direction, min, max, max-drop, max-rise}}).",
        actions: ['metrics-diff'],
    },
    {
        name: 'check',
        type: { kind: 'boolean' },
        default: 'true',
        description: 'Publish the result on the commit: a check run with the table and annotations on GitHub (needs checks: write), a commit status on GitLab. Needs a token.',
        actions: ['metrics-diff', 'data-validate'],
    },
    {
        name: 'check-name',
        type: { kind: 'string' },
        default: 'cml metrics-diff',
        description: 'Name of the check run (GitHub) or commit status (GitLab).',
        actions: ['metrics-diff'],
    },
    {
        name: 'summary',
        type: { kind: 'boolean' },
        default: 'true',
        description: 'Also write the tables to the GitHub job summary.',
        actions: ['metrics-diff', 'data-validate'],
    },
    {
        name: 'dotenv-file',
        type: { kind: 'string' },
        default: '',
        description: 'File to write the outputs to as a dotenv report (CML_METRICS_CHANGED, CML_METRICS_PASSED, CML_METRICS_MARKDOWN_FILE, CML_METRICS_JSON_FILE). Empty: on GitLab $CML_DOTENV or cml-metrics-diff.env, on GitHub none.',
        actions: ['metrics-diff'],
    },
];

;// CONCATENATED MODULE: ./src/inputs/data-validate.ts
/**
 * Inputs of the data-validate action (and its GitLab component). token, github-token and
 * fail-on-error are in common.ts; base, head, check and summary are shared with metrics-diff
 * (metrics-diff.ts), as they mean the same there.
 */
const DATA_VALIDATE_INPUTS = [
    {
        name: 'targets',
        type: { kind: 'list' },
        default: '',
        description: 'Datasets to check (CSV, TSV, JSON Lines, Parquet; gzip too): files, globs or folders, one per line or comma-separated. Empty: the datasets the stages of dvc.yaml declare (deps and outs) and those tracked by .dvc files.',
        actions: ['data-validate'],
    },
    {
        name: 'compare',
        type: { kind: 'boolean' },
        default: 'true',
        description: 'Compare HEAD with the base revision: schema changes, row counts, missing rates and drift (cml data diff). false: check HEAD alone against the schema and rules (cml data validate).',
        actions: ['data-validate'],
    },
    {
        name: 'schema',
        type: { kind: 'string' },
        default: '',
        description: "YAML schema file: 'columns:', each column with its type, nullable, min, max and allowed values. A dataset that breaks it fails the step, annotated on the schema file.",
        actions: ['data-validate'],
    },
    {
        name: 'rules',
        type: { kind: 'string' },
        default: '',
        description: "Rules, one per line: 'missing(age) <= 1%', 'rows may not drop by more than 5%', 'psi(income) < 0.2' (ks() and js() too), 'schema may not change', 'range(price) within 0..10000'. A violated rule fails the step.",
        actions: ['data-validate'],
    },
    {
        name: 'rules-file',
        type: { kind: 'string' },
        default: '',
        description: "YAML file of rules: 'rules:', a list of rule lines as in the rules input; a violated rule is annotated on its line.",
        actions: ['data-validate'],
    },
    {
        name: 'all',
        type: { kind: 'boolean' },
        default: 'false',
        description: 'Show unchanged columns too (as --all).',
        actions: ['data-validate'],
    },
    {
        name: 'charts-dir',
        type: { kind: 'string' },
        default: '',
        description: "Folder to draw histograms of drifted columns into (PNG; base dashed, HEAD solid), linked from the markdown output: keep it as an artifact. Empty: no charts (the report action's data input draws and publishes them).",
        actions: ['data-validate'],
    },
    {
        name: 'check-name',
        type: { kind: 'string' },
        default: 'cml data-validate',
        description: 'Name of the check run (GitHub) or commit status (GitLab).',
        actions: ['data-validate'],
    },
    {
        name: 'dotenv-file',
        type: { kind: 'string' },
        default: '',
        description: 'File to write the outputs to as a dotenv report (CML_DATA_CHANGED, CML_DATA_PASSED, CML_DATA_MARKDOWN_FILE, CML_DATA_JSON_FILE). Empty: on GitLab $CML_DOTENV or cml-data-validate.env, on GitHub none.',
        actions: ['data-validate'],
    },
];

;// CONCATENATED MODULE: ./src/inputs/runner-provision.ts
const A = ['runner-provision'];
/**
 * The clouds runners launch on: the one list the cloud registry (src/clouds/index.ts, keyed by
 * these), CloudKind and the CLI's --cloud choices all come from. Adding a cloud is its folder,
 * its registry line, its name here, and the `cloud` input's description in action.yml.
 */
const CLOUD_NAMES = ['aws', 'gcp', 'azure', 'alibaba', 'kubernetes'];
/** Inputs of the runner-provision action (and its GitLab component). */
const RUNNER_PROVISION_INPUTS = [
    {
        name: 'mode',
        type: { kind: 'enum', options: ['start', 'stop', 'sweep'] },
        default: 'start',
        description: 'start: launch runners and wait until they are online. stop: terminate what start launched (by ids, or by the run\u2019s tags when start was cancelled). sweep: terminate every runner instance of ours past its maximum lifetime.',
        actions: A,
    },
    {
        name: 'cloud',
        type: { kind: 'enum', options: CLOUD_NAMES },
        required: true,
        description: 'Cloud to run on: aws (EC2), gcp (Compute Engine), azure (Azure VMs, docs/azure.md), alibaba (Alibaba Cloud ECS, docs/alibaba.md) or kubernetes (a Pod per runner in your cluster, docs/kubernetes.md).',
        actions: A,
    },
    {
        name: 'azure-subscription-id',
        type: { kind: 'string' },
        description: 'Azure subscription id (default: AZURE_SUBSCRIPTION_ID).',
        actions: A,
    },
    {
        name: 'azure-resource-group',
        type: { kind: 'string' },
        description: 'Azure resource group the VMs, NICs, disks and addresses are created in (default: AZURE_RESOURCE_GROUP).',
        actions: A,
    },
    {
        name: 'region',
        type: { kind: 'string' },
        description: 'AWS region (default: AWS_REGION or AWS_DEFAULT_REGION), Azure location (default: AZURE_LOCATION) or Alibaba Cloud region id (default: ALIBABA_CLOUD_REGION_ID).',
        actions: A,
    },
    {
        name: 'zones',
        type: { kind: 'list' },
        description: 'Compute Engine zones, tried in order when one has no capacity (e.g. us-central1-a, us-central1-b).',
        actions: A,
    },
    {
        name: 'gcp-project',
        type: { kind: 'string' },
        description: 'Google Cloud project (default: GOOGLE_CLOUD_PROJECT, CLOUDSDK_CORE_PROJECT or GCLOUD_PROJECT).',
        actions: A,
    },
    {
        name: 'machine-types',
        type: { kind: 'list' },
        default: 'm',
        description: 'Instance or machine types, tried in order: CML sizes (s, m, l, xl, or with a GPU like m+t4, m+a10g, xl+a100) or the cloud\u2019s own names (g5.xlarge, n1-standard-8). Retired GPUs (K80, AWS V100) are refused with the replacement named.',
        actions: A,
    },
    {
        name: 'gpu',
        type: { kind: 'string' },
        description: 'GPU: CML\u2019s words (nogpu, t4, a10g, l4, a100, h100, v100 or tesla, combined with a CML size), true when the machine type has its own GPUs (g5.xlarge, g2-standard-8), or, on gcp, an accelerator type with an optional count (nvidia-l4:2). GPU requests boot an image with the NVIDIA driver (AWS Deep Learning Base GPU AMI, GCE Deep Learning VM) unless image is given; the runner checks nvidia-smi before registering.',
        actions: A,
    },
    {
        name: 'spot',
        type: { kind: 'boolean' },
        default: 'false',
        description: 'Use spot capacity (AWS spot, GCE SPOT provisioning).',
        actions: A,
    },
    {
        name: 'spot-max-price',
        type: { kind: 'string' },
        description: 'AWS spot maximum hourly price in USD (AWS advises leaving it unset: the on-demand price caps it).',
        actions: A,
    },
    {
        name: 'spot-fallback',
        type: { kind: 'boolean' },
        default: 'true',
        description: 'When no spot capacity is found for any type or zone, launch on demand instead.',
        actions: A,
    },
    {
        name: 'disk-size',
        type: { kind: 'number', integer: true, min: 8, max: 65536 },
        default: '35',
        description: 'Root disk size in GB (raised to the image\u2019s own size when that is larger).',
        actions: A,
    },
    {
        name: 'disk-type',
        type: { kind: 'string' },
        description: 'Root disk type (AWS: gp3 by default; GCE: pd-balanced by default).',
        actions: A,
    },
    {
        name: 'image',
        type: { kind: 'string' },
        description: 'AWS: an ami-\u2026 id or an image name pattern (newest match; default Ubuntu 22.04). GCE: an image or family path (default projects/ubuntu-os-cloud/global/images/family/ubuntu-2204-lts). Kubernetes: the runner container image (default ubuntu:24.04).',
        actions: A,
    },
    {
        name: 'image-owners',
        type: { kind: 'list' },
        description: 'AWS accounts searched for an image name pattern (default: Canonical, 099720109477).',
        actions: A,
    },
    {
        name: 'subnets',
        type: { kind: 'list' },
        description: 'AWS subnet ids, tried in order; or, on gcp, one subnetwork path.',
        actions: A,
    },
    {
        name: 'security-groups',
        type: { kind: 'list' },
        description: 'AWS security group ids.',
        actions: A,
    },
    {
        name: 'instance-profile',
        type: { kind: 'string' },
        description: 'AWS IAM instance profile (name or ARN) for the job\u2019s own AWS access. The launch credentials never reach the instance.',
        actions: A,
    },
    {
        name: 'network',
        type: { kind: 'string' },
        description: 'GCE network (default: global/networks/default).',
        actions: A,
    },
    {
        name: 'public-ip',
        type: { kind: 'enum', options: ['auto', 'true', 'false'] },
        default: 'auto',
        description: 'Give the instance a public IPv4 address, needed to reach the forge without a NAT gateway (GCE: Cloud NAT). auto: yes on gcp; on aws the subnet\u2019s own setting (the default VPC\u2019s subnets give one).',
        actions: A,
    },
    {
        name: 'service-account',
        type: { kind: 'string' },
        description: 'GCE service account e-mail for the job\u2019s own Google access; none by default, so the VM holds no Google credentials.',
        actions: A,
    },
    {
        name: 'scopes',
        type: { kind: 'list' },
        default: 'https://www.googleapis.com/auth/cloud-platform',
        description: 'OAuth scopes of the GCE service account, when one is given.',
        actions: A,
    },
    {
        name: 'labels',
        type: { kind: 'list' },
        default: 'cml',
        description: 'Runner labels (GitHub) or tags (GitLab). A label unique to this start is always added.',
        actions: A,
    },
    {
        name: 'count',
        type: { kind: 'number', integer: true, min: 1, max: 50 },
        default: '1',
        description: 'How many runners to launch.',
        actions: A,
    },
    {
        name: 'name',
        type: { kind: 'string' },
        description: 'Runner and instance name prefix (default: cml); a random suffix keeps names unique.',
        actions: A,
    },
    {
        name: 'ephemeral',
        type: { kind: 'boolean' },
        default: 'true',
        description: 'GitLab: true runs one job per runner (run-single), false serves jobs until the idle timeout. GitHub runners always take one job each (a single-use just-in-time configuration, so no reusable registration token ever reaches the machine): launch count runners for count jobs.',
        actions: A,
    },
    {
        name: 'idle-timeout',
        type: { kind: 'number', integer: true, min: 0 },
        default: '300',
        description: 'Seconds without a job after which the runner deregisters and the instance powers off (0: never).',
        actions: A,
    },
    {
        name: 'max-lifetime',
        type: { kind: 'number', integer: true, min: 0 },
        default: '21600',
        description: 'Hard maximum lifetime of an instance, in seconds; enforced on the instance and by sweep. 0: no limit (at least 300 otherwise).',
        actions: A,
    },
    {
        name: 'launch-timeout',
        type: { kind: 'number', integer: true, min: 30 },
        default: '600',
        description: 'Seconds to wait for the instance to run and the runner to come online before giving up (the instance is then terminated).',
        actions: A,
    },
    {
        name: 'runner-scope',
        type: { kind: 'enum', options: ['repository', 'organization', 'project', 'group', 'instance'] },
        default: 'repository',
        description: 'Where runners register: GitHub repository or organization; GitLab project (repository means project), group or instance.',
        actions: A,
    },
    {
        name: 'runner-scope-id',
        type: { kind: 'string' },
        description: 'The organization login (GitHub) or group id (GitLab) for those scopes.',
        actions: A,
    },
    {
        name: 'runner-group-id',
        type: { kind: 'number', integer: true, min: 1 },
        default: '1',
        description: 'GitHub runner group of just-in-time runners (1 is the default group).',
        actions: A,
    },
    {
        name: 'run-untagged',
        type: { kind: 'boolean' },
        default: 'false',
        description: 'GitLab: let the runner take jobs without tags.',
        actions: A,
    },
    {
        name: 'locked',
        type: { kind: 'boolean' },
        default: 'true',
        description: 'GitLab: lock the runner to its project.',
        actions: A,
    },
    {
        name: 'runner-version',
        type: { kind: 'string' },
        description: 'Forge runner version to install (major.minor.patch). Default: the newest actions/runner or gitlab-runner release, looked up when the job starts; its sha256 comes from the release notes (GitHub) or release.sha256 (GitLab) and is checked on the machine.',
        actions: A,
    },
    {
        name: 'runner-sha256',
        type: { kind: 'string' },
        description: 'sha256 of the runner download for runner-version on the machine types\u2019 architecture; read from the release when unset.',
        actions: A,
    },
    {
        name: 'gitlab-executor',
        type: { kind: 'enum', options: ['docker', 'shell'] },
        description: 'GitLab: the executor the runner registers (default: docker; on kubernetes: shell). docker (as CML did): jobs run in their image: (gitlab-image when they name none), GPUs passed with --docker-gpus all and the nvidia runtime. shell: jobs run on the machine (on kubernetes: in the runner Pod).',
        actions: A,
    },
    {
        name: 'gitlab-image',
        type: { kind: 'string' },
        default: 'ubuntu:24.04',
        description: 'GitLab docker executor: the image of jobs that name none.',
        actions: A,
    },
    {
        name: 'docker',
        type: { kind: 'boolean' },
        default: 'false',
        description: 'Install Docker on the machine when the image lacks it (and, with a GPU, the NVIDIA container toolkit), for GitHub container: jobs and docker run --gpus all. GitLab\u2019s docker executor installs it regardless.',
        actions: A,
    },
    {
        name: 'startup-script',
        type: { kind: 'string' },
        description: 'A script of yours run on the instance before the runner registers (drivers, mounts).',
        actions: A,
    },
    {
        name: 'metadata',
        type: { kind: 'list' },
        description: 'Extra key=value tags (AWS) or labels (GCE) on the instances.',
        actions: A,
    },
    {
        name: 'instance-ids',
        type: { kind: 'list' },
        description: 'stop: instance ids from start\u2019s instance-ids output. Empty: find the run\u2019s instances by tags.',
        actions: A,
    },
    {
        name: 'runner-ids',
        type: { kind: 'list' },
        description: 'stop: forge runner ids from start\u2019s runner-ids output (tags are read when empty).',
        actions: A,
    },
    {
        name: 'run-id',
        type: { kind: 'string' },
        description: 'stop: the GitHub workflow run id or GitLab pipeline id whose instances to end (found by tags, every attempt) and, with rerun-on-reclaim, to re-run. Default: this run; under workflow_run, the run that triggered it.',
        actions: A,
    },
    {
        name: 'rerun-on-reclaim',
        type: { kind: 'boolean' },
        default: 'false',
        description: 'stop: when the cloud reclaimed a spot runner, re-run the workflow (GitHub: from a workflow_run workflow or with run-id) or retry the failed jobs of the pipeline (GitLab: this pipeline from a later job, or run-id).',
        actions: A,
    },
    // ---- kubernetes (docs/kubernetes.md) ----
    {
        name: 'kubeconfig',
        type: { kind: 'string' },
        secret: true,
        description: 'kubernetes: a kubeconfig file path or its YAML (default: KUBERNETES_CONFIGURATION, then KUBECONFIG, then the in-cluster service account).',
        actions: A,
    },
    {
        name: 'kubernetes-context',
        type: { kind: 'string' },
        description: 'kubernetes: the kubeconfig context to use (default: its current-context).',
        actions: A,
    },
    {
        name: 'kubernetes-namespace',
        type: { kind: 'string' },
        description: "kubernetes: namespace of the runner Pods and Secrets (default: the context's namespace, else default).",
        actions: A,
    },
    {
        name: 'kubernetes-node-selector',
        type: { kind: 'list' },
        description: 'kubernetes: key=value node labels the Pods must run on (CML --cloud-kubernetes-node-selector; a value of infer stands for the GPU model).',
        actions: A,
    },
    {
        name: 'kubernetes-tolerations',
        type: { kind: 'list' },
        description: 'kubernetes: taints the Pods tolerate, as key=value:Effect, key:Effect or key (GPU and spot taints are added for you).',
        actions: A,
    },
    {
        name: 'kubernetes-cpu',
        type: { kind: 'string' },
        description: 'kubernetes: CPU request (a Kubernetes quantity such as 4 or 500m; default: from machine-types).',
        actions: A,
    },
    {
        name: 'kubernetes-memory',
        type: { kind: 'string' },
        description: 'kubernetes: memory request and limit (such as 16Gi; default: from machine-types).',
        actions: A,
    },
    {
        name: 'kubernetes-spot-provider',
        type: { kind: 'enum', options: ['eks', 'gke', 'aks'] },
        description: "kubernetes: with spot, whose spot node pools to target (eks, gke or aks): that provider's spot node label and taint.",
        actions: A,
    },
];

;// CONCATENATED MODULE: ./src/inputs/setup.ts
/** Inputs of the setup action (the root action.yml). */
const SETUP_INPUTS = [
    {
        name: 'version',
        type: { kind: 'string' },
        default: 'bundled',
        description: "Version of cml to put on PATH. 'bundled' (or 'latest', as setup-cml users write it) uses the copy shipped with this action: no download. Any other version is fetched once from the npm registry and kept in the tool cache.",
        actions: ['setup'],
    },
    {
        name: 'registry',
        type: { kind: 'string' },
        description: 'npm registry to fetch a non-bundled version from. Defaults to npm_config_registry from the environment, else https://registry.npmjs.org.',
        actions: ['setup'],
    },
    {
        name: 'dvc-version',
        type: { kind: 'string' },
        description: 'Install this exact DVC version (pip install dvc==X in a cached virtual environment) and put dvc on PATH. Empty: no DVC. The package index comes from PIP_INDEX_URL when set.',
        actions: ['setup'],
    },
    {
        name: 'dvc-extras',
        type: { kind: 'list' },
        description: 'DVC extras to install with it, comma or newline separated (for example s3, gs, azure), as in pip install dvc[s3]==X.',
        actions: ['setup'],
    },
];

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"1.0.0"};
;// CONCATENATED MODULE: ./src/inputs/gitlab-job.ts

const ALL = ['report', 'metrics-diff', 'runner-provision', 'plots', 'data-validate'];
/** One `job-name` per component: its default names the component's job. */
const jobNames = ALL.map((action) => ({
    name: 'job-name',
    type: { kind: 'string' },
    default: `cml-${action}`,
    description: 'Name of the job, so one pipeline can include the component more than once.',
    actions: [action],
    platforms: ['gitlab'],
}));
/**
 * Job plumbing of every GitLab component (templates/<name>.yml): where the job runs and how it
 * gets the CLI. GitLab only; the entries never read them (the job's script does).
 */
const GITLAB_JOB_INPUTS = [
    {
        name: 'stage',
        type: { kind: 'string' },
        default: 'test',
        description: 'Stage of the job (the component declares no stages: use one of your pipeline).',
        actions: ALL,
        platforms: ['gitlab'],
    },
    ...jobNames,
    {
        name: 'when',
        type: { kind: 'enum', options: ['on_success', 'on_failure', 'always', 'manual'] },
        default: 'on_success',
        description: 'When the job runs (GitLab `when:`): always for clean-up jobs such as runner-provision with mode stop, or to report failed trainings.',
        actions: ALL,
        platforms: ['gitlab'],
    },
    {
        name: 'job-image',
        type: { kind: 'string' },
        default: 'node:24-bookworm',
        description: 'Container image of the job (Docker or Kubernetes executors); it needs node 20 or later, git, npm and tar (glibc: the bundled image libraries are built for it).',
        actions: ALL,
        platforms: ['gitlab'],
    },
    {
        name: 'cml-version',
        type: { kind: 'string' },
        default: package_namespaceObject.rE,
        description: 'Version of @cml-ts/cml the job fetches from the npm registry (npm pack, cached in .cml-cache/); NPM_CONFIG_REGISTRY selects a mirror.',
        actions: ALL,
        platforms: ['gitlab'],
    },
    {
        name: 'cml-path',
        type: { kind: 'string' },
        default: '',
        description: 'Folder holding a built cml (a checkout or an unpacked package, with dist/ inside) to use instead of fetching cml-version: for air-gapped runners and tests.',
        actions: ALL,
        platforms: ['gitlab'],
    },
];

;// CONCATENATED MODULE: ./src/inputs/index.ts









/** The declarations with their literal types, which the Inputs type is computed from. */
const DECLARED = [
    ...COMMON_INPUTS,
    ...REPORT_INPUTS,
    ...PLOTS_INPUTS,
    ...METRICS_DIFF_INPUTS,
    ...DATA_VALIDATE_INPUTS,
    ...RUNNER_PROVISION_INPUTS,
    ...SETUP_INPUTS,
    ...GITLAB_JOB_INPUTS,
];
/** Every declared input. Each action's own file holds its declarations; shared ones are in common.ts. */
const ALL_INPUTS = DECLARED;
function inputsOf(action) {
    return ALL_INPUTS.filter((d) => d.actions.includes(action));
}
/** The declarations an entry reads (see ReadBy in types.ts: no GitLab job plumbing). */
function readDeclarations(action) {
    return inputsOf(action).filter((d) => !(d.platforms?.length === 1 && d.platforms[0] === 'gitlab'));
}
/**
 * Reads every input of one action into a typed object keyed by the real input names, so the
 * rest of the code never touches the environment. Secrets go to `mask` before parsing.
 */
function readInputs(action, mask, env = process.env) {
    const result = {};
    for (const decl of readDeclarations(action)) {
        const raw = readRawInput(decl.name, env);
        if (decl.secret && raw)
            mask(raw);
        result[decl.name] = parseInput(decl, raw);
    }
    // parseInput gives each kind the value InputValueOf names (types.ts); __tests__/inputs-types
    // checks that both agree for every declaration.
    return result;
}

;// CONCATENATED MODULE: ./src/runners/versions.ts


/**
 * The forge runner each instance installs, resolved in the action before anything is launched:
 * the machine gets one version and its sha256 per architecture, and refuses a download whose
 * hash differs. Each forge looks its own runner up (src/forge/<forge>/runner-release.ts:
 * actions/runner from its release notes, gitlab-runner from release.sha256); `runner-sha256`
 * with `runner-version` skips the lookup (the hash is for the architecture the machine types
 * run). Each lookup is made once per process (one start launches every runner from one
 * resolution).
 */

const cache = new Map();
/** Forgets cached resolutions (tests). */
function clearRunnerPinCache() {
    cache.clear();
}
function resolveRunnerPin(forge, request, sources = DEFAULT_RELEASE_SOURCES, fetchImpl = fetch) {
    // Every source is in the key (whichever forge reads it): a mirror or a token changed between
    // two starts of one process is asked again.
    const key = JSON.stringify([forge, request, sources]);
    let pending = cache.get(key);
    if (!pending) {
        pending = runnerSupport(forge).release(request, sources, fetchImpl);
        // A failed lookup is not cached: the next start asks again.
        pending.catch(() => cache.delete(key));
        cache.set(key, pending);
    }
    return pending;
}

;// CONCATENATED MODULE: ./src/runners/resolve-pin.ts


// Kept apart from start.ts and config.ts, which reach the cloud drivers: `cml runner launch`
// without --cloud resolves the runner too, and the cml bundle must not carry any cloud SDK.
/**
 * Where runner releases are read: the defaults, or CML_RUNNER_*_RELEASES_API and
 * CML_RUNNER_*_DOWNLOADS (mirrors, and the loopback servers of the tests).
 */
function releaseSources(env) {
    return {
        // Unset: the forge's own API (start.ts), which is api.github.com on github.com.
        githubApi: env.CML_RUNNER_GITHUB_RELEASES_API || undefined,
        gitlabApi: env.CML_RUNNER_GITLAB_RELEASES_API || DEFAULT_RELEASE_SOURCES.gitlabApi,
        gitlabDownloads: env.CML_RUNNER_GITLAB_DOWNLOADS || DEFAULT_RELEASE_SOURCES.gitlabDownloads,
        githubDownloads: env.CML_RUNNER_GITHUB_DOWNLOADS || undefined,
    };
}
/**
 * The forge runner to install, resolved once per start before anything launches, so every
 * machine gets one version and its checksum. Where releases are read and which releases the
 * forge accepts are the forge's own (src/forge/<forge>/runner-support.ts).
 */
async function resolvePin(config, context, forge, arch, logger) {
    const support = runnerSupport(forge);
    const sources = support.releaseSources?.(config.releases, context.apiUrl) ?? config.releases;
    const pin = await resolveRunnerPin(forge, { version: config.runnerVersion, sha256: config.runnerSha256, arch }, sources);
    support.checkPin?.(pin, sources, logger);
    logger.info(`${support.packageName} ${pin.version} (${config.runnerVersion ? 'pinned' : 'newest release'}), sha256 ${pin.sha256[arch] || pin.sha256.x64 || pin.sha256.arm64}.`);
    return pin;
}

// EXTERNAL MODULE: ./src/clouds/aws/arch.ts
var arch = __nccwpck_require__(2514);
// EXTERNAL MODULE: ./src/clouds/sizes.ts
var clouds_sizes = __nccwpck_require__(82984);
;// CONCATENATED MODULE: ./src/runners/config.ts







/**
 * Seconds between polls. Five in production (the forge and cloud see at most one request per
 * five seconds per launch); CML_RUNNER_POLL_SECONDS shortens it for tests against emulators.
 */
function pollSeconds(env) {
    const raw = Number(env.CML_RUNNER_POLL_SECONDS);
    return Number.isFinite(raw) && raw > 0 ? raw : 5;
}
function buildConfig(inputs, env = process.env) {
    const cloudKind = inputs.cloud;
    if (cloudKind === 'aws' || cloudKind === 'gcp')
        checkGpu(cloudKind, inputs.gpu);
    const poll = pollSeconds(env);
    const launchTimeout = inputs['launch-timeout'];
    // Clouds in the registry that read their own inputs (src/clouds/index.ts).
    const own = readCloudOptions(cloudKind, inputs, env, {
        pollSeconds: poll,
        launchTimeoutSeconds: launchTimeout,
    });
    const size = own
        ? { types: [], wantsGpu: own.wantsGpu }
        : (0,clouds_sizes/* resolveSize */.GX)(cloudKind, inputs['machine-types'], inputs.gpu);
    const spot = inputs.spot;
    // auto: GCE gives an external address; EC2 leaves it to the subnet (MapPublicIpOnLaunch).
    const publicIp = inputs['public-ip'];
    const metadata = {};
    for (const pair of inputs.metadata) {
        const at = pair.indexOf('=');
        if (at <= 0) {
            throw new errors/* ConfigurationError */.j1(`Input 'metadata': expected key=value, got '${pair}'.`, {
                input: 'metadata',
            });
        }
        metadata[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
    }
    let cloud;
    if (own) {
        cloud = own.cloud;
    }
    else if (cloudKind === 'aws') {
        const region = inputs.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
        if (!region) {
            throw new errors/* ConfigurationError */.j1("Input 'region' is required for aws (or set AWS_REGION).", {
                input: 'region',
            });
        }
        const arches = new Set(size.types.map(arch/* architectureOf */.N));
        if (arches.size > 1) {
            throw new errors/* ConfigurationError */.j1(`Input 'machine-types' mixes x86_64 and arm64 types (${size.types.join(', ')}); one image cannot serve both.`, { input: 'machine-types' });
        }
        cloud = {
            cloud: 'aws',
            aws: {
                region,
                instanceTypes: size.types,
                image: inputs.image,
                imageOwners: inputs['image-owners'],
                rootVolumeSize: inputs['disk-size'],
                rootVolumeType: inputs['disk-type'],
                subnets: inputs.subnets,
                securityGroups: inputs['security-groups'],
                instanceProfile: inputs['instance-profile'],
                spot,
                spotMaxPrice: inputs['spot-max-price'],
                spotFallback: inputs['spot-fallback'],
                gpu: size.wantsGpu,
                publicIp: publicIp === 'auto' ? undefined : publicIp === 'true',
                pollSeconds: poll,
                launchTimeoutSeconds: launchTimeout,
            },
        };
    }
    else {
        const project = inputs['gcp-project'] ??
            env.GOOGLE_CLOUD_PROJECT ??
            env.CLOUDSDK_CORE_PROJECT ??
            env.GCLOUD_PROJECT;
        if (!project) {
            throw new errors/* ConfigurationError */.j1("Input 'gcp-project' is required for gcp (or set GOOGLE_CLOUD_PROJECT).", {
                input: 'gcp-project',
            });
        }
        const zones = inputs.zones;
        if (!zones.length) {
            throw new errors/* ConfigurationError */.j1("Input 'zones' is required for gcp: list one or more zones, tried in order.", {
                input: 'zones',
            });
        }
        cloud = {
            cloud: 'gcp',
            gcp: {
                project,
                zones,
                machineTypes: size.types,
                image: inputs.image,
                diskSizeGb: inputs['disk-size'],
                diskType: inputs['disk-type'],
                network: inputs.network,
                subnet: inputs.subnets[0],
                gpu: size.gpu,
                wantsGpu: size.wantsGpu,
                spot,
                spotFallback: inputs['spot-fallback'],
                serviceAccount: inputs['service-account'],
                scopes: inputs.scopes,
                publicIp: publicIp !== 'false',
                pollSeconds: poll,
                launchTimeoutSeconds: launchTimeout,
            },
        };
    }
    const maxLifetime = inputs['max-lifetime'];
    if (maxLifetime > 0 && maxLifetime < 300) {
        throw new errors/* ConfigurationError */.j1(`Input 'max-lifetime': ${maxLifetime} is too short; give 0 (no limit) or at least 300 seconds.`, { input: 'max-lifetime' });
    }
    // GitLab passes start's dotenv outputs to later jobs as variables: a stop job of the same
    // pipeline gets start's ids without wiring them (a preempted GCE VM is deleted with its labels,
    // so only its id tells a reclaim apart).
    const fromDotenv = inputs.mode === 'stop' &&
        env.GITLAB_CI === 'true' &&
        !inputs['instance-ids'].length &&
        !inputs['run-id'];
    const instanceIdsInput = fromDotenv
        ? (env.CML_RUNNER_INSTANCE_IDS ?? '').split(',')
        : inputs['instance-ids'];
    const runnerIdsInput = fromDotenv && env.CML_RUNNER_INSTANCE_IDS
        ? (env.CML_RUNNER_RUNNER_IDS ?? '').split(',')
        : inputs['runner-ids'];
    // Start's outputs are JSON arrays ("[]" when GitHub gave no ids): strip the brackets.
    const bare = (id) => id.replace(/[[\]"\s]/g, '');
    const runnerIds = runnerIdsInput.filter(bare).map((id) => {
        const n = Number(bare(id));
        if (!Number.isInteger(n)) {
            throw new errors/* ConfigurationError */.j1(`Input 'runner-ids': '${id}' is not a runner id.`, {
                input: 'runner-ids',
            });
        }
        return n;
    });
    return {
        mode: inputs.mode,
        cloud,
        labels: inputs.labels,
        count: inputs.count,
        namePrefix: (inputs.name ?? 'cml').toLowerCase(),
        exactName: env.CML_RUNNER_EXACT_NAME === 'true' && inputs.name !== undefined,
        ephemeral: inputs.ephemeral,
        idleTimeoutSeconds: inputs['idle-timeout'],
        maxLifetimeSeconds: maxLifetime,
        launchTimeoutSeconds: launchTimeout,
        pollSeconds: poll,
        wantsGpu: size.wantsGpu,
        spot,
        scope: {
            level: inputs['runner-scope'],
            owner: inputs['runner-scope-id'],
        },
        runnerGroupId: inputs['runner-group-id'],
        runUntagged: inputs['run-untagged'],
        locked: inputs.locked,
        ...runnerVersionInputs(inputs),
        releases: releaseSources(env),
        ...dockerSettings(cloudKind, inputs),
        gitlabImage: inputs['gitlab-image'],
        userScript: inputs['startup-script'],
        metadata,
        // Accept start's JSON array output as well as a plain list.
        instanceIds: instanceIdsInput.map(bare).filter(Boolean),
        runnerIds,
        runId: inputs['run-id'],
        rerunOnReclaim: inputs['rerun-on-reclaim'],
    };
}
/**
 * GitLab's executor and whether to install Docker. A Kubernetes Pod has no Docker daemon (and
 * giving it one means a privileged Pod), so there the runner uses the shell executor in the
 * Pod's own image, and asking for docker is an error that names the alternatives.
 */
function dockerSettings(cloud, inputs) {
    const executor = inputs['gitlab-executor'];
    const docker = inputs.docker;
    if (cloud !== 'kubernetes')
        return { gitlabExecutor: executor ?? 'docker', docker };
    if (executor === 'docker' || docker) {
        throw new errors/* ConfigurationError */.j1(`Input '${docker ? 'docker' : 'gitlab-executor'}': a kubernetes runner Pod has no Docker daemon; jobs run in the Pod's image (input 'image'), or use GitLab's Kubernetes executor or actions-runner-controller for a container per job (docs/kubernetes.md).`, { input: docker ? 'docker' : 'gitlab-executor' });
    }
    return { gitlabExecutor: 'shell', docker: false };
}
/**
 * Refuses a `gpu` value neither cloud can read, before anything is launched (a typo would
 * otherwise ask for a GPU machine and wait five minutes for nvidia-smi).
 */
function checkGpu(cloud, value) {
    if (value === undefined)
        return;
    const v = value.trim().toLowerCase();
    if (v === 'true' || v === 'false' || clouds_sizes/* GPU_WORDS */.je.includes(v))
        return;
    // Compute Engine accelerator types: nvidia-l4, nvidia-tesla-t4:2, nvidia-h100-80gb:8.
    if (cloud === 'gcp' && /^nvidia-[a-z0-9-]+(:.*)?$/.test(v))
        return;
    throw new errors/* ConfigurationError */.j1(`Input 'gpu': '${value}' is not a GPU; give ${clouds_sizes/* GPU_WORDS */.je.join(', ')} (with a CML size such as m), true (the machine type has its own GPUs) or false${cloud === 'gcp'
        ? ', or a Compute Engine accelerator type with an optional count (nvidia-l4:2)'
        : ''}.`, { input: 'gpu' });
}
/**
 * runner-version and runner-sha256, checked up front: a version is major.minor.patch and a hash
 * 64 hexadecimal digits; a hash alone pins nothing (it needs the version it belongs to). A
 * version alone is fine: its hash is read from the release (versions.ts).
 */
function runnerVersionInputs(inputs) {
    const version = inputs['runner-version'];
    const sha = inputs['runner-sha256'];
    if (sha && !version) {
        throw new errors/* ConfigurationError */.j1(`Input 'runner-sha256' is given without 'runner-version': a hash belongs to one version; give both, or neither for the newest release.`, { input: 'runner-sha256' });
    }
    return {
        runnerVersion: version ? normaliseVersion(version) : undefined,
        runnerSha256: sha ? checkSha256(sha) : undefined,
    };
}
/**
 * What depends on the forge, checked once the forge is known and before anything is launched:
 * the runner scope (the forge's own check, src/forge/<forge>/runner-support.ts).
 */
function checkForForge(config, forge) {
    runnerSupport(forge).checkScope(config.scope);
}

;// CONCATENATED MODULE: ./src/runners/mask-parts.ts
/**
 * Masks a secret and, when it spans lines (a kubeconfig, a key file), each line's value too:
 * the Actions runner and our redaction match a mask as one whole string, so a log line holding
 * one line of it (a kubeconfig's `token:` or `client-key-data:`) would pass unmasked. Values
 * shorter than 16 characters are left out: they are names (`v1`, `Config`), not credentials,
 * and masking them would star out ordinary words everywhere.
 */
function maskWithParts(logger, secret) {
    logger.mask(secret);
    if (!secret.includes('\n'))
        return;
    for (const line of secret.split(/\r?\n/)) {
        const value = line.replace(/^\s*(-\s+)?[\w.-]+\s*:\s*/, '').trim();
        if (value.length >= 16)
            logger.mask(value);
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
;// CONCATENATED MODULE: ./src/core/markdown-truncate.ts
/** Size limits of the places a report goes, in the unit each platform counts. */
const markdown_truncate_LIMITS = {
    /** GitHub issue/PR/commit comment body, characters (422 "body is too long" above). */
    githubComment: 65_536,
    /** GitHub check-run output.summary and output.text, characters each. */
    checkRunSummary: 65_535,
    /** $GITHUB_STEP_SUMMARY per step, bytes. */
    jobSummaryBytes: 1024 * 1024,
    /** GitLab note body, characters. */
    gitlabNote: 1_000_000,
};
/**
 * Cuts Markdown to fit `limit`, only at block boundaries: between top-level blocks, between
 * table rows (after the delimiter row) and between list items; never inside a code fence, an
 * HTML block or a row. A visible note saying where the full report is replaces the cut part.
 * Used for comments, job summaries and check-run summaries (metrics-diff). Async because the
 * parser that finds the boundaries (markdown-cuts.ts) is loaded on the first cut only: most
 * reports fit, and the data-validate and metrics-diff actions start ~10 ms sooner without it.
 */
async function markdown_truncate_truncateMarkdown(markdown, limit, options = {}) {
    const size = options.unit === 'bytes'
        ? (s) => Buffer.byteLength(s, 'utf8')
        : (s) => s.length;
    if (size(markdown) <= limit)
        return { text: markdown, truncated: false };
    const note = options.note ?? truncationNote(limit, options);
    const budget = limit - size(note) - 2;
    // The Markdown parser (a third of a small action's bundle) is loaded only when a cut is needed.
    const { cutPoints } = await Promise.all(/* import() */[__nccwpck_require__.e(690), __nccwpck_require__.e(14)]).then(__nccwpck_require__.bind(__nccwpck_require__, 58014));
    const cuts = cutPoints(markdown, budget);
    // Sizes grow with the offset, so the last cut that fits is found by bisection.
    let lo = 0;
    let hi = cuts.length - 1;
    let best = 0;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const at = cuts[mid];
        if (size(markdown.slice(0, at).trimEnd()) <= budget) {
            best = at;
            lo = mid + 1;
        }
        else
            hi = mid - 1;
    }
    const kept = markdown.slice(0, best).trimEnd();
    const text = kept ? `${kept}\n\n${note}` : note;
    // A note longer than the limit itself (absurdly small limits) is cut bluntly as a last resort.
    return { text: size(text) <= limit ? text : text.slice(0, Math.max(0, limit)), truncated: true };
}
function truncationNote(limit, options = {}) {
    const unit = options.unit === 'bytes' ? 'bytes' : 'characters';
    const where = options.fullReport ? ` The full report is in ${options.fullReport}.` : '';
    return `> [!WARNING]\n> **Report truncated** to fit the limit of ${limit.toLocaleString('en-US')} ${unit}.${where}`;
}

;// CONCATENATED MODULE: ./src/core/outputs.ts





function writeStepOutputs(outputs, target) {
    if (target.githubOutputFile)
        writeGitHubOutputs(target.githubOutputFile, outputs);
    if (target.dotenv)
        writeDotenvOutputs(target.dotenv, outputs);
}
/** `name<<delimiter` heredocs, as the runner's file command parser reads them. */
function writeGitHubOutputs(file, outputs) {
    let text = '';
    for (const [name, value] of Object.entries(outputs)) {
        const delimiter = heredocDelimiter(name, value);
        if (/[\r\n]/.test(name))
            throw new Error(`Output name ${JSON.stringify(name)} holds a line break.`);
        text += `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`;
    }
    (0,external_node_fs_.appendFileSync)(file, text);
}
/**
 * A heredoc delimiter that occurs in neither the name nor the value. What keeps a value from
 * closing its heredoc is that check, not the delimiter being secret (the runner ends a value at
 * the first line equal to it), so a random suffix from Math.random does: node:crypto's
 * randomUUID, as @actions/core uses, would cost every action ~15 ms of start-up to load it.
 */
function heredocDelimiter(name, value, random = Math.random) {
    for (;;) {
        const suffix = Array.from({ length: 4 }, () => Math.floor(random() * 0x100000000)
            .toString(16)
            .padStart(8, '0')).join('');
        const delimiter = `ghadelimiter_${suffix}`;
        if (!name.includes(delimiter) && !value.includes(delimiter))
            return delimiter;
    }
}
/** `PREFIX_NAME=value` lines; names upper-cased with hyphens as underscores. */
function writeDotenvOutputs(dotenv, outputs) {
    if (/[\r\n\0]/.test(dotenv.file)) {
        throw new errors/* ConfigurationError */.j1(`The dotenv file path ${JSON.stringify(dotenv.file)}${dotenv.input ? ` (input ${dotenv.input})` : ''} holds a line break or NUL; give a plain relative path such as cml.env.`, dotenv.input ? { input: dotenv.input } : undefined);
    }
    const entries = Object.entries(outputs).filter(([name]) => !dotenv.names || name in dotenv.names);
    const lines = entries.map(([name, value]) => {
        const key = `${dotenv.prefix}${dotenv.names?.[name] ?? name.toUpperCase().replace(/-/g, '_')}`;
        if (/[\r\n\0]/.test(value)) {
            throw new errors/* ConfigurationError */.j1(`The ${key} output ${JSON.stringify(value.slice(0, 80))} holds a line break, which a dotenv report cannot carry; write it to a file and output the path.`);
        }
        return `${key}=${value}`;
    });
    const file = (0,external_node_path_.resolve)(dotenv.file);
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
    (dotenv.overwrite ? external_node_fs_.writeFileSync : external_node_fs_.appendFileSync)(file, `${lines.join('\n')}\n`);
}
/**
 * Appends Markdown (a report, a metrics table) to $GITHUB_STEP_SUMMARY within its 1 MiB per-step limit (counting what
 * earlier writes of this step left there); over it, truncated with a note.
 */
async function writeJobSummary(file, markdown, fullReport) {
    const used = existsSync(file) ? statSync(file).size : 0;
    const room = Math.max(0, LIMITS.jobSummaryBytes - used - 2);
    const fitted = await truncateMarkdown(markdown, room, { unit: 'bytes', fullReport });
    appendFileSync(file, `${fitted.text.trimEnd()}\n\n`);
    return fitted.truncated;
}
/**
 * Puts a folder on PATH for this step (process.env) and the job's later steps (the runner's
 * GITHUB_PATH file, one folder a line), as @actions/core's addPath does.
 */
function addPath(folder, env = process.env) {
    if (env.GITHUB_PATH)
        appendFileSync(env.GITHUB_PATH, `${folder}${EOL}`);
    process.env.PATH = `${folder}${delimiter}${process.env.PATH}`;
}

;// CONCATENATED MODULE: ./src/runners/outputs.ts


/**
 * Step outputs: the platform's output file (GITHUB_OUTPUT on GitHub); where jobs read dotenv
 * reports (GitLab) a dotenv file (CML_RUNNER_DOTENV, default runner-provision.env) for
 * `artifacts: reports: dotenv:`, with names upper-cased and prefixed CML_RUNNER_ (labels \u2192
 * CML_RUNNER_LABELS); printed lines elsewhere. Written by src/core/outputs.ts.
 */
function writeOutputs(outputs, platform, logger, env = process.env) {
    const info = platformInfo(platform);
    const outputFile = info.stepOutputFile?.(env);
    if (outputFile) {
        writeStepOutputs(outputs, { githubOutputFile: outputFile });
        return;
    }
    if (info.dotenvReports) {
        writeStepOutputs(outputs, {
            dotenv: { file: env.CML_RUNNER_DOTENV ?? 'runner-provision.env', prefix: 'CML_RUNNER_' },
        });
    }
    for (const [name, value] of Object.entries(outputs)) {
        logger.info(`CML_RUNNER_${name.toUpperCase().replace(/-/g, '_')}=${value}`);
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
;// CONCATENATED MODULE: ./src/runners/naming.ts



/**
 * A runner and instance name: the prefix made safe for every cloud (GCE: lowercase letters,
 * digits and hyphens, starting with a letter, 63 at most) plus a random suffix.
 */
function runnerName(prefix) {
    return `${safeName(prefix).slice(0, 40) || 'cml'}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
}
/**
 * CML's exact `--name`: kept as given when every cloud accepts it, the n-th of several runners
 * numbered (`name-2`); a name no cloud would take is refused rather than silently changed.
 */
function exactRunnerName(name, index, count) {
    const safe = safeName(name).slice(0, 60);
    if (safe !== name) {
        throw new errors/* ConfigurationError */.j1(`--name ${JSON.stringify(name)}: runner and instance names must be lowercase letters, digits and hyphens, starting with a letter (at most 60 characters); for example ${JSON.stringify(safe || 'cml-runner')}.`);
    }
    return count > 1 ? `${safe}-${index + 1}` : safe;
}
function safeName(prefix) {
    return prefix
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^[^a-z]+/, '')
        .replace(/-+$/, '');
}
/** A label only this start's runners carry, so the job lands on them and nowhere else. */
function uniqueLabel(context) {
    const run = context.runId ? `${context.runId}-${context.runAttempt ?? '1'}-` : '';
    return `cml-${run}${(0,external_node_crypto_.randomBytes)(3).toString('hex')}`;
}
/**
 * The run a stop or re-run is about: the one named by the run-id input, or, in a workflow
 * triggered by `workflow_run` (the GitHub way to clean up and re-run after a run has finished),
 * the run that triggered it, or else this run. A named run has no attempt: its instances are
 * found across attempts.
 */
function targetRun(context, runId) {
    if (runId)
        return { runId, attempt: undefined, own: runId === context.runId };
    const triggering = context.eventName === 'workflow_run' ? context.event?.workflow_run : undefined;
    const run = triggering;
    if (run?.id !== undefined) {
        return { runId: String(run.id), attempt: String(run.run_attempt ?? 1), own: false };
    }
    return { runId: context.runId, attempt: context.runAttempt ?? '1', own: true };
}
/**
 * The run's identity tags: what stop finds instances by when start's outputs are missing.
 * `anyAttempt` leaves the attempt out, so every attempt of the run matches.
 */
function runTags(context, anyAttempt = false) {
    const tags = {
        [types/* TAGS */.g.marker]: 'true',
        [types/* TAGS */.g.repository]: context.repository || 'local',
        [types/* TAGS */.g.runId]: context.runId ?? 'local',
    };
    if (!anyAttempt)
        tags[types/* TAGS */.g.attempt] = context.runAttempt ?? '1';
    return tags;
}
function instanceTags(config, context, forge, now = new Date()) {
    return {
        ...config.metadata,
        ...runTags(context),
        [types/* TAGS */.g.forge]: forge,
        // max-lifetime 0 means no limit: the sweep must not read "expired now".
        [types/* TAGS */.g.expiresAt]: config.maxLifetimeSeconds > 0
            ? String(Math.floor(now.getTime() / 1000) + config.maxLifetimeSeconds)
            : 'never',
    };
}

;// CONCATENATED MODULE: ./src/runners/sleep.ts
/** Waits `ms`, or rejects at once when `signal` aborts (a cancelled start stops waiting). */
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(new CancelledError());
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(new CancelledError());
        };
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
class CancelledError extends Error {
    name = 'CancelledError';
    constructor() {
        super('Cancelled.');
    }
}
function throwIfCancelled(signal) {
    if (signal?.aborted)
        throw new CancelledError();
}

;// CONCATENATED MODULE: ./src/runners/poll.ts


class LaunchError extends Error {
    runner;
    name = 'LaunchError';
    constructor(message, runner) {
        super(message);
        this.runner = runner;
    }
}
/**
 * Waits until every runner is online. One request per tick, whatever the count: ticks go round
 * the pending runners, and every fourth look at a runner asks the cloud instead of the forge
 * whether its instance still exists (so a machine that died is reported at once, not at the
 * timeout). Forge errors (auth, rate limit after the client's retries) propagate: they are
 * never taken for "not online yet".
 */
async function waitOnline(runners, deps) {
    const pending = [...runners];
    if (deps.delayFirst)
        await sleep(deps.pollSeconds * 1000, deps.signal);
    const looks = new Map();
    const deadline = Date.now() + deps.timeoutSeconds * 1000;
    for (let tick = 0; pending.length; tick++) {
        throwIfCancelled(deps.signal);
        const runner = pending[tick % pending.length];
        const look = (looks.get(runner.name) ?? 0) + 1;
        looks.set(runner.name, look);
        if (look % 4 === 0) {
            const current = await deps.cloud.get(runner.instance);
            if (!current || current.ended) {
                throw new LaunchError(`Instance ${runner.instance.id} of runner ${runner.name} ended (${current?.state ?? 'gone'}) before the runner came online.`, runner);
            }
        }
        else if (await isOnline(runner, deps)) {
            deps.logger.info(`Runner ${runner.name} is online.`);
            pending.splice(pending.indexOf(runner), 1);
            continue;
        }
        if (Date.now() > deadline) {
            throw new LaunchError(`Runner ${runner.name} did not come online within ${deps.timeoutSeconds} s.`, runner);
        }
        await sleep(deps.pollSeconds * 1000, deps.signal);
    }
}
async function isOnline(runner, deps) {
    // gitlab-runner registers under the id the forge gave it; actions-runner JIT runners by name.
    if (registry_forgeInfo(deps.forge.kind).runners?.software === 'gitlab-runner' &&
        runner.runnerId !== undefined) {
        const found = await deps.forge.getRunner(runner.runnerId, deps.scope);
        return found?.status === 'online';
    }
    const found = await deps.forge.findRunners(runner.name, deps.scope);
    return found.some((r) => r.status === 'online');
}

;// CONCATENATED MODULE: ./src/runners/startup-template.ts
/**
 * The instance's startup script, with {{PLACEHOLDERS}} that render-startup.ts fills with
 * shell-quoted values. Run as user data (AWS) or the startup-script (GCE), it installs itself as
 * a systemd unit that runs the start-up and resumes it after a reboot: your startup-script, the
 * GPU check (one reboot allowed), Docker and the NVIDIA container toolkit when asked, the forge
 * runner cml resolved before launch (checksum verified), registration with single-use material,
 * then the watch: the machine powers off (which ends it: EC2 terminates, GCE stops until the stop
 * step or a sweep deletes it) when the job is done, nothing came for the idle timeout, the maximum
 * lifetime passed, or the spot market reclaims it. The unit's stop deregisters the runner on any
 * shutdown. It carries no cloud credentials. Every line goes to the serial console.
 * Backslashes are doubled and `${` escaped, as a template literal needs; nothing else differs.
 */
const STARTUP_TEMPLATE = `#!/bin/bash
# cml cloud runner startup script, rendered by cml; edit src/runners/startup-template.ts instead.
set -uo pipefail

CML_FORGE={{FORGE}}
CML_CLOUD={{CLOUD}}
CML_RUNNER_NAME={{NAME}}
CML_RUNNER_LABELS={{LABELS}}
# The forge's URL (GitLab: the instance; GitHub: the repository or organisation) and whether
# the runner takes one job; read by the forge's part when it needs them.
# shellcheck disable=SC2034
CML_TARGET_URL={{TARGET_URL}}
# shellcheck disable=SC2034
CML_SINGLE={{SINGLE}}
CML_RUNNER_VERSION={{RUNNER_VERSION}}
CML_RUNNER_ARCHIVE_URL={{RUNNER_URL}}
CML_RUNNER_SHA256_X64={{RUNNER_SHA256_X64}}
CML_RUNNER_SHA256_ARM64={{RUNNER_SHA256_ARM64}}
CML_REGISTRATION={{REGISTRATION_KIND}}
CML_IDLE_TIMEOUT={{IDLE_TIMEOUT}}
CML_MAX_LIFETIME={{MAX_LIFETIME}}
CML_GPU={{GPU}}
CML_SPOT={{SPOT}}
CML_DOCKER={{DOCKER}}
CML_USER_SCRIPT_B64={{USER_SCRIPT}}
# What one forge alone reads (GitLab's executor and job image) is set in that forge's part.
# Single-use registration material the forge made for this runner (src/forge/<forge>/startup.ts
# says which). Never printed, never exported, and blanked in the machine's copy of this script
# once the runner holds it in its own files.
CML_SECRET={{SECRET}}

: "\${CML_HOME:=/opt/cml-runner}"
: "\${CML_LOG:=/var/log/cml-runner.log}"
: "\${CML_CONSOLE:=/dev/console}"
: "\${CML_WATCH_INTERVAL:=30}"
: "\${CML_SPOT_INTERVAL:=5}"
: "\${CML_GPU_TRIES:=30}"
: "\${CML_GPU_DELAY:=10}"
# Root of the system paths written here (/etc, /usr, /var/lib/cloud); tests point it elsewhere.
: "\${CML_ROOT:=}"
# Present when systemd is the init system (sd_booted(3)).
: "\${CML_SYSTEMD_BOOTED:=/run/systemd/system}"
# Set by the Kubernetes driver (src/clouds/kubernetes/pod-spec.ts): the script is the Pod's only
# process. No init system, no machine to power off (ending means exiting: restartPolicy Never),
# no reboot; the kubelet's SIGTERM (Pod deleted, activeDeadlineSeconds, node drained) is the
# shutdown, and the Pod's lifetime, spot nodes and GPUs are the cluster's business.
: "\${CML_IN_KUBERNETES:=0}"
CML_RUNNER_USER=cml
CML_UNIT=cml-runner.service
CML_STATE="$CML_HOME/state"

log() {
  printf '%s cml-runner %s: %s\\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$CML_RUNNER_NAME" "$*"
}

setup_logging() {
  mkdir -p "$CML_HOME" "$(dirname "$CML_LOG")"
  if [[ -w "$CML_CONSOLE" ]]; then
    exec > >(tee -a "$CML_LOG" >"$CML_CONSOLE") 2>&1
  else
    exec >>"$CML_LOG" 2>&1
  fi
}

# Steps done survive a reboot: the start-up resumes after the last one.
step_done() {
  [[ -f "$CML_STATE/$1" ]]
}

mark_step() {
  mkdir -p "$CML_STATE"
  : >"$CML_STATE/$1"
}

# The machine ends itself: InstanceInitiatedShutdownBehavior=terminate on EC2, and on GCE a
# stopped VM is deleted by the stop step or the next sweep.
in_pod() {
  [[ $CML_IN_KUBERNETES == 1 ]]
}

halt_machine() {
  # A Pod ends when this script exits (power_off exits next).
  in_pod && return 0
  systemctl poweroff || poweroff || shutdown -h now
}

reboot_machine() {
  systemctl reboot || reboot
}

power_off() {
  local reason=$1
  # Only the first caller (watchdog, lifetime timer, reclaim watcher) does the work.
  if ! mkdir "$CML_HOME/powering-off" 2>/dev/null; then
    return 0
  fi
  log "powering off: $reason"
  echo "$reason" >"$CML_HOME/powering-off/reason"
  stop_runner
  deregister
  sync
  halt_machine
  exit 0
}

machine_arch() {
  case "$(uname -m)" in
    x86_64 | amd64) echo x64 ;;
    aarch64 | arm64) echo arm64 ;;
    *)
      log "unsupported machine architecture $(uname -m)"
      return 1
      ;;
  esac
}

# Downloads the runner cml resolved before launch and checks it against the sha256 cml read
# from the release (src/runners/versions.ts) or runner-sha256.
download_runner() {
  local arch url expected file
  arch=$(machine_arch) || return 1
  url=\${CML_RUNNER_ARCHIVE_URL//@ARCH@/$(runner_package_arch "$arch")}
  if [[ $arch == arm64 ]]; then
    expected=$CML_RUNNER_SHA256_ARM64
  else
    expected=$CML_RUNNER_SHA256_X64
  fi
  if [[ -z $expected ]]; then
    log "no sha256 for the $arch runner $CML_RUNNER_VERSION: refusing to run it"
    return 1
  fi
  file="$CML_HOME/runner-download"
  log "downloading $url"
  curl -fsSL --retry 5 --retry-connrefused -o "$file" "$url" || return 1
  if ! echo "$expected  $file" | sha256sum -c --quiet -; then
    log "checksum mismatch for $url"
    return 1
  fi
  log "runner $CML_RUNNER_VERSION verified (sha256 $expected)"
}

prepare_user() {
  id -u "$CML_RUNNER_USER" >/dev/null 2>&1 || useradd --create-home --shell /bin/bash "$CML_RUNNER_USER" || return 1
  mkdir -p "$CML_ROOT/etc/sudoers.d"
  echo "$CML_RUNNER_USER ALL=(ALL) NOPASSWD:ALL" >"$CML_ROOT/etc/sudoers.d/cml-runner"
  chmod 0440 "$CML_ROOT/etc/sudoers.d/cml-runner"
}

install_runner() {
  step_done runner-installed && return 0
  download_runner || return 1
  install_runner_package || return 1
  rm -f "$CML_HOME/runner-download"
  mark_step runner-installed
}

# ---- Docker and the NVIDIA container toolkit ----

wants_docker() {
  # No Docker daemon in a Pod (cml refuses docker and the docker executor on kubernetes).
  in_pod && return 1
  [[ $CML_DOCKER == true ]] || runner_needs_docker
}

apt_get() {
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -y -q "$@"
}

# Ubuntu's own docker.io package (signed by the image's archive keys); the NVIDIA container
# toolkit from NVIDIA's repository, registered as the docker runtime \`nvidia\` (NVIDIA's install
# guide). Images that carry them already (AWS Deep Learning AMIs, GCE Deep Learning VMs) skip this.
install_docker() {
  if ! command -v docker >/dev/null 2>&1; then
    log "installing Docker (docker.io)"
    apt_get update && apt_get install docker.io || return 1
  fi
  systemctl enable --now docker || return 1
  [[ $CML_GPU == true ]] || return 0
  if ! command -v nvidia-ctk >/dev/null 2>&1; then
    local keyring="$CML_ROOT/usr/share/keyrings/nvidia-container-toolkit-keyring.gpg"
    log "installing the NVIDIA container toolkit"
    mkdir -p "$(dirname "$keyring")" "$CML_ROOT/etc/apt/sources.list.d"
    curl -fsSL --retry 5 https://nvidia.github.io/libnvidia-container/gpgkey | gpg --dearmor --yes -o "$keyring" || return 1
    curl -fsSL --retry 5 https://nvidia.github.io/libnvidia-container/stable/deb/nvidia-container-toolkit.list |
      sed "s#deb https://#deb [signed-by=\${keyring#"$CML_ROOT"}] https://#g" >"$CML_ROOT/etc/apt/sources.list.d/nvidia-container-toolkit.list" || return 1
    apt_get update && apt_get install nvidia-container-toolkit || return 1
  fi
  nvidia-ctk runtime configure --runtime=docker && systemctl restart docker
}

setup_docker() {
  if wants_docker && ! step_done docker-ready; then
    install_docker || return 1
    mark_step docker-ready
  fi
  # The runner user reaches the daemon (GitHub container: jobs and service containers).
  if getent group docker >/dev/null 2>&1; then
    usermod -aG docker "$CML_RUNNER_USER" || return 1
  fi
}

# ---- the forge runner ----

# The forge's part (src/forge/<forge>/startup.ts), inserted whole. It defines:
#   runner_package_arch ARCH  the word the runner's download URL uses for x64 / arm64
#   install_runner_package    installs the verified $CML_HOME/runner-download for $CML_RUNNER_USER
#   runner_needs_docker       succeeds when the runner itself needs the Docker daemon
#   launch_runner             registers if need be and starts the runner in the background ($!)
#   runner_busy               succeeds while a job runs
#   deregister                removes this machine's registration (power-off and any shutdown)

#@FORGE_PART@#

# Starts the forge's runner in the background and records its pid. No secret is exported:
# each forge's launch_runner hands CML_SECRET to its runner alone.
start_runner() {
  launch_runner || return 1
  echo $! >"$CML_HOME/runner.pid"
  log "runner started (pid $!)"
}

# Once the runner holds its credentials, this machine's copy of the script keeps no secret (the
# copy the metadata server keeps cannot be changed from the guest; see docs/runner-provision.md).
forget_secret() {
  if [[ -f "$CML_HOME/startup.sh" ]]; then
    sed -i "s/^CML_SECRET=.*/CML_SECRET=''/" "$CML_HOME/startup.sh"
  fi
  CML_SECRET=''
}

# SIGTERM, not SIGINT: background jobs of a non-interactive shell ignore SIGINT.
stop_runner() {
  local pid
  pid=$(cat "$CML_HOME/runner.pid" 2>/dev/null) || return 0
  kill -TERM "$pid" 2>/dev/null || return 0
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 1
  done
  kill -KILL "$pid" 2>/dev/null || true
}

# Idle watchdog: no job for CML_IDLE_TIMEOUT seconds ends the machine; so does the runner
# exiting (a JIT or run-single runner exits after its one job).
watch_runner() {
  local pid=$1 idle_since now
  idle_since=$(date +%s)
  while kill -0 "$pid" 2>/dev/null; do
    now=$(date +%s)
    if runner_busy; then
      idle_since=$now
    elif ((CML_IDLE_TIMEOUT > 0 && now - idle_since >= CML_IDLE_TIMEOUT)); then
      log "no job for $CML_IDLE_TIMEOUT seconds"
      power_off idle-timeout
      return 0
    fi
    # In the background and waited for: a SIGTERM's trap runs at once, not after the sleep.
    sleep "$CML_WATCH_INTERVAL" &
    wait $! || true
  done
  wait "$pid"
  log "runner exited with status $?"
  power_off runner-exited
}

started_at() {
  if [[ ! -f "$CML_STATE/started-at" ]]; then
    mkdir -p "$CML_STATE"
    date +%s >"$CML_STATE/started-at"
  fi
  cat "$CML_STATE/started-at"
}

# Hard maximum lifetime, counted from the first boot (a reboot does not reset it): the init
# system's timer outlives this script; the sleeper is exact.
enforce_max_lifetime() {
  # A Pod's maximum lifetime is its activeDeadlineSeconds, enforced by the kubelet.
  in_pod && return 0
  ((CML_MAX_LIFETIME > 0)) || return 0
  local left
  left=$(($(started_at) + CML_MAX_LIFETIME - $(date +%s)))
  if ((left <= 0)); then
    power_off max-lifetime
  fi
  shutdown -h "+$(((left + 59) / 60))" "cml runner maximum lifetime" 2>/dev/null || true
  (
    sleep "$left"
    power_off max-lifetime
  ) &
}

# The cloud's reclaim_notice (src/clouds/<cloud>/startup.ts): succeeds once the cloud says this
# spot instance is about to be reclaimed.
#@CLOUD_PART@#

# Spot reclaim watcher: polls the cloud's notice (AWS two minutes ahead, Azure and GCE 30 seconds,
# Alibaba five minutes).
watch_reclaim() {
  while sleep "$CML_SPOT_INTERVAL"; do
    if reclaim_notice; then
      log "spot reclaim notice: deregistering"
      power_off spot-reclaimed
      return 0
    fi
  done
}

check_gpu() {
  [[ $CML_GPU == true ]] || return 0
  local try
  for ((try = 1; try <= CML_GPU_TRIES; try++)); do
    if nvidia-smi -L; then
      return 0
    fi
    sleep "$CML_GPU_DELAY"
  done
  return 1
}

# Images without the NVIDIA driver (ECS public images, Azure marketplace Ubuntu, a custom image)
# get Ubuntu's own packaged driver: \`ubuntu-drivers install --gpgpu\` picks the server branch for
# the GPU, and nvidia-smi comes from that branch's nvidia-utils package (Ubuntu Server docs,
# "NVIDIA drivers installation"). Images that ship the driver (AWS DLAMI, GCE DLVM) skip this;
# gpu_ready's one reboot then loads the module.
install_gpu_driver() {
  [[ $CML_GPU == true ]] || return 0
  in_pod && return 0
  command -v nvidia-smi >/dev/null 2>&1 && return 0
  step_done gpu-driver && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    log "no nvidia-smi and no apt-get on this image: give an image with the NVIDIA driver"
    return 0
  fi
  log "installing the NVIDIA driver (ubuntu-drivers install --gpgpu)"
  apt_get update && apt_get install ubuntu-drivers-common || return 1
  ubuntu-drivers install --gpgpu || return 1
  local pkg branch=''
  for pkg in $(dpkg-query -W -f='\${Package} ' 'nvidia-driver-*-server' 2>/dev/null); do
    branch=\${pkg#nvidia-driver-}
    branch=\${branch%-server}
  done
  if [[ -n $branch ]]; then
    apt_get install "nvidia-utils-$branch-server" || return 1
  fi
  mark_step gpu-driver
}

# A driver installed at boot (by the image or your startup-script) often needs a reboot before
# nvidia-smi works: reboot once, and the start-up resumes (systemd unit); then give up.
gpu_ready() {
  check_gpu && return 0
  # The node's driver and device plugin give a Pod its GPU; nothing here can fix that.
  if in_pod; then
    log "a GPU was asked for but nvidia-smi fails in the Pod: not registering"
    return 1
  fi
  if ! step_done gpu-reboot; then
    mark_step gpu-reboot
    log "a GPU was asked for but nvidia-smi fails: rebooting once, then continuing"
    reboot_machine
    exit 0
  fi
  log "a GPU was asked for but nvidia-smi fails: not registering"
  return 1
}

# Your startup-script runs once. One cut short by a reboot (a driver install that restarts the
# machine) counts as done: the start-up continues after the reboot instead of running it again.
run_user_script() {
  [[ -n $CML_USER_SCRIPT_B64 ]] || return 0
  step_done user-script && return 0
  if step_done user-script-started; then
    log "the user startup script was cut short by a reboot: continuing"
    mark_step user-script
    return 0
  fi
  mark_step user-script-started
  log "running the user startup script"
  echo "$CML_USER_SCRIPT_B64" | base64 -d >"$CML_HOME/user-startup.sh" || return 1
  bash "$CML_HOME/user-startup.sh" || return 1
  mark_step user-script
}

# The start-up itself, run by the systemd unit (again after every reboot, resuming).
run_stage() {
  setup_logging
  if [[ -f "$CML_HOME/powering-off/reason" ]]; then
    log "this machine powered off before ($(cat "$CML_HOME/powering-off/reason")): powering off again"
    halt_machine
    return 0
  fi
  log "starting: $CML_FORGE runner $CML_RUNNER_VERSION ($CML_REGISTRATION) on $CML_CLOUD (labels $CML_RUNNER_LABELS)"
  started_at >/dev/null
  enforce_max_lifetime
  # Spot nodes of a cluster are drained before they go: the Pod gets SIGTERM (see bootstrap).
  if [[ $CML_SPOT == true ]] && ! in_pod; then
    watch_reclaim &
  fi
  run_user_script || power_off startup-script-failed
  prepare_user || power_off install-failed
  install_gpu_driver || power_off driver-install-failed
  gpu_ready || power_off gpu-missing
  setup_docker || power_off docker-install-failed
  install_runner || power_off install-failed
  start_runner || power_off register-failed
  forget_secret
  watch_runner "$(cat "$CML_HOME/runner.pid")"
}

# systemd stops the unit on every shutdown, whoever asked: the runner deregisters first.
stop_stage() {
  [[ -d "$CML_HOME/powering-off" ]] && return 0
  setup_logging
  log "the machine is shutting down: stopping the runner"
  stop_runner
  deregister
}

# User data runs once per instance (cloud-init) or at every boot (GCE startup-script); a reboot
# must not leave the machine without its runner. So the first run installs this script as a
# systemd unit, which runs the start-up and resumes it after any reboot, as CML's provider did
# with cml.service; later runs leave it to the unit.
install_service() {
  local self=\${BASH_SOURCE[0]} unit_dir="$CML_ROOT/etc/systemd/system"
  [[ -d $CML_SYSTEMD_BOOTED && -f $self ]] && command -v systemctl >/dev/null 2>&1 || return 1
  mkdir -p "$CML_HOME" "$unit_dir"
  install -m 0700 "$self" "$CML_HOME/startup.sh" || return 1
  cat >"$unit_dir/$CML_UNIT" <<EOF
[Unit]
Description=cml cloud runner $CML_RUNNER_NAME
Wants=network-online.target
After=network-online.target

[Service]
Type=simple
ExecStart=$CML_HOME/startup.sh run
ExecStop=$CML_HOME/startup.sh stop
TimeoutStopSec=90

[Install]
WantedBy=multi-user.target
EOF
  systemctl daemon-reload && systemctl enable "$CML_UNIT" && systemctl start --no-block "$CML_UNIT"
}

# cloud-init keeps copies of the user data on disk; the guest can delete those (not the metadata
# server's, which only a cloud API call could change).
erase_user_data_copies() {
  rm -f "$CML_ROOT"/var/lib/cloud/instances/*/user-data.txt* "$CML_ROOT"/var/lib/cloud/instances/*/scripts/part-*
}

# The Pod's whole life: the start-up in the foreground; the kubelet's SIGTERM (Pod deleted,
# deadline reached, node drained) stops the runner and deregisters it within the grace period.
run_pod() {
  trap 'power_off terminated' TERM INT
  run_stage
}

bootstrap() {
  if in_pod; then
    run_pod
    return
  fi
  setup_logging
  if [[ -f "$CML_ROOT/etc/systemd/system/$CML_UNIT" ]]; then
    log "already installed as $CML_UNIT: systemd carries on"
    return 0
  fi
  if install_service; then
    log "installed as $CML_UNIT"
    erase_user_data_copies
    return 0
  fi
  log "no systemd: starting in the foreground (a reboot ends this start-up)"
  erase_user_data_copies
  run_stage
}

if [[ "\${CML_SOURCE_ONLY:-0}" != 1 ]]; then
  case "\${1:-}" in
    run) run_stage ;;
    stop) stop_stage ;;
    *) bootstrap ;;
  esac
fi
`;

;// CONCATENATED MODULE: ./src/runners/render-startup.ts




/** Single-quotes a value for bash: the one quoting that needs no escaping inside but `'`. */
function shellQuote(value) {
    return `'${value.replace(/'/g, `'"'"'`)}'`;
}
/**
 * Fills the template. Every value is shell-quoted and checked for line breaks, so no input can
 * add a command to the script; the user's script travels base64-encoded for the same reason.
 */
function renderStartupScript(options) {
    const { pin } = options;
    // Any job on the machine can read its user data from the metadata server, for the machine's
    // whole life: a reusable GitHub registration token (valid an hour, good for registering any
    // runner to the repository) never goes there. GitHub runners get a JIT configuration.
    if (options.registration.kind === 'github-registration-token') {
        throw new Error('A GitHub registration token must not reach a machine (its user data is readable by every job); use a just-in-time configuration.');
    }
    const values = {
        FORGE: options.forge,
        CLOUD: options.cloud,
        NAME: options.name,
        LABELS: options.labels.join(','),
        TARGET_URL: options.targetUrl,
        RUNNER_VERSION: pin.version,
        RUNNER_URL: pin.url,
        RUNNER_SHA256_X64: pin.sha256.x64,
        RUNNER_SHA256_ARM64: pin.sha256.arm64,
        REGISTRATION_KIND: options.registration.kind,
        IDLE_TIMEOUT: String(Math.max(0, Math.floor(options.idleTimeoutSeconds))),
        MAX_LIFETIME: String(Math.max(0, Math.floor(options.maxLifetimeSeconds))),
        SINGLE: String(options.single),
        GPU: String(options.gpu),
        SPOT: String(options.spot),
        DOCKER: String(options.docker),
        GITLAB_EXECUTOR: options.gitlabExecutor,
        GITLAB_IMAGE: options.gitlabImage,
        USER_SCRIPT: options.userScript
            ? Buffer.from(options.userScript, 'utf8').toString('base64')
            : '',
        SECRET: options.registration.secret,
    };
    for (const [key, value] of Object.entries(values)) {
        if (/[\r\n\0]/.test(value)) {
            throw new errors/* ConfigurationError */.j1(`The runner's ${key.toLowerCase().replace(/_/g, ' ')} must be one line.`);
        }
    }
    // The forge's part comes from its folder (src/forge/<forge>/startup.ts) and may hold
    // placeholders of its own (GitLab's executor and image): inserted before they are filled.
    const template = STARTUP_TEMPLATE.replace('#@FORGE_PART@#', () => runnerStartup(options.forge).trim());
    const filled = template.replace(/\{\{([A-Z0-9_]+)\}\}/g, (_m, key) => {
        const value = values[key];
        if (value === undefined)
            throw new Error(`Startup template placeholder {{${key}}} has no value.`);
        return shellQuote(value);
    });
    // The cloud's own bash comes from its folder (src/clouds/<cloud>/startup.ts), whole: it is
    // our code, not input, so it is not quoted. (A function, so `$&` or `$'` in bash stays as is.)
    return filled.replace('#@CLOUD_PART@#', () => cloudStartup(options.cloud).trim());
}

;// CONCATENATED MODULE: ./src/runners/start.ts









/**
 * Launches `count` runners and waits until all are online. All or nothing: if any launch fails,
 * times out or the step is cancelled (signal), every instance this call launched is terminated
 * and every runner it registered is deleted, and a failed instance's console tail is shown.
 */
async function startRunners(deps) {
    const { config, context, forge, cloud, logger, signal } = deps;
    const label = uniqueLabel(context);
    const arch = runnerArch(config.cloud);
    // GitHub's own generate-jitconfig example and philips-labs/terraform-aws-github-runner give
    // JIT runners the labels config.sh would add (self-hosted, the OS, the architecture), so
    // `runs-on: [self-hosted, <label>]` matches; a JIT runner gets no others.
    // The runner software's forge: runnerForge refuses a forge cml registers no runners on.
    const kind = runnerForge(forge).kind;
    const actionsRunner = registry_forgeInfo(kind).runners?.software === 'actions-runner';
    const defaults = actionsRunner ? ['self-hosted', 'linux', arch] : [];
    const labels = [...new Set([...defaults, ...config.labels, label])];
    const launches = [];
    if (actionsRunner && !config.ephemeral) {
        logger.warning('GitHub runners take one job each here (a single-use just-in-time configuration): a reusable registration token would sit in the machine\u2019s user data, readable by every job for an hour. Launch `count` runners for `count` jobs.');
    }
    const pin = deps.pin ?? (await resolvePin(config, context, kind, arch, logger));
    const targetUrl = !actionsRunner
        ? context.serverUrl
        : config.scope.level === 'organization'
            ? `${context.serverUrl}/${config.scope.owner ?? context.repository.split('/')[0]}`
            : `${context.serverUrl}/${context.repository}`;
    const tags = instanceTags(config, context, kind);
    async function launchOne() {
        const launch = {
            name: config.exactName
                ? exactRunnerName(config.namePrefix, launches.length, config.count)
                : runnerName(config.namePrefix),
        };
        launches.push(launch);
        throwIfCancelled(signal);
        // GitHub: always just-in-time (ephemeral); GitLab: a glrt- runner of its own either way.
        const ephemeral = actionsRunner || config.ephemeral;
        launch.registration = await forge.registerRunner({
            name: launch.name,
            labels,
            ephemeral,
            reuse: !ephemeral,
            scope: config.scope,
            runnerGroupId: config.runnerGroupId,
            runUntagged: config.runUntagged,
            locked: config.locked,
        });
        throwIfCancelled(signal);
        const startupScript = renderStartupScript({
            forge: kind,
            cloud: cloud.kind,
            name: launch.name,
            labels,
            targetUrl,
            pin,
            registration: launch.registration,
            idleTimeoutSeconds: config.idleTimeoutSeconds,
            maxLifetimeSeconds: config.maxLifetimeSeconds,
            single: ephemeral,
            gpu: config.wantsGpu,
            spot: config.spot,
            docker: config.docker,
            gitlabExecutor: config.gitlabExecutor,
            gitlabImage: config.gitlabImage,
            userScript: config.userScript,
        });
        const runnerTag = launch.registration.id !== undefined
            ? { [types/* TAGS */.g.forgeRunnerId]: String(launch.registration.id) }
            : {};
        launch.instance = await cloud.launch({
            name: launch.name,
            startupScript,
            tags: { ...tags, ...runnerTag },
            maxLifetimeSeconds: config.maxLifetimeSeconds,
        });
    }
    // One budget for the whole wait: running, then online.
    const deadline = Date.now() + config.launchTimeoutSeconds * 1000;
    try {
        await settleAll(Array.from({ length: config.count }, () => launchOne()));
        throwIfCancelled(signal);
        const pending = launches.map((l) => ({
            name: l.name,
            runnerId: l.registration?.id,
            instance: l.instance,
        }));
        await settleAll(pending.map(async (p) => {
            try {
                await cloud.waitRunning(p.instance);
            }
            catch (error) {
                throw new LaunchError(`Instance ${p.instance.id} did not start: ${(0,errors/* errorMessage */.gJ)(error)}`, p);
            }
        }));
        await waitOnline(pending, {
            forge,
            cloud,
            scope: config.scope,
            pollSeconds: config.pollSeconds,
            timeoutSeconds: Math.max(1, (deadline - Date.now()) / 1000),
            logger,
            signal,
            delayFirst: true,
        });
    }
    catch (error) {
        if (error instanceof LaunchError)
            await showConsole(cloud, error.runner.instance, logger);
        await cleanUp(launches, { forge, cloud, config, logger });
        throw error;
    }
    return {
        label,
        labels,
        runners: launches.map((l) => ({
            name: l.name,
            runnerId: l.registration?.id,
            instanceId: l.instance.id,
            zone: l.instance.zone,
            type: l.instance.type,
            spot: l.instance.spot,
        })),
    };
}
/** Like Promise.all, but waits for every promise before rejecting, so no launch is in flight during clean-up. */
async function settleAll(promises) {
    const results = await Promise.allSettled(promises);
    const failed = results.find((r) => r.status === 'rejected');
    if (failed)
        throw failed.reason;
}
async function showConsole(cloud, instance, logger) {
    try {
        const tail = await cloud.consoleTail(instance, 40);
        await logger.group(`Console output of ${instance.id} (last lines)`, async () => {
            logger.info(tail || '(empty: the console may not be available yet)');
        });
    }
    catch (error) {
        logger.warning(`Could not read the console of ${instance.id}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}
async function cleanUp(launches, deps) {
    const instances = launches.flatMap((l) => (l.instance ? [l.instance] : []));
    if (instances.length) {
        deps.logger.info(`Terminating ${instances.map((i) => i.id).join(', ')}.`);
        try {
            await deps.cloud.terminate(instances);
        }
        catch (error) {
            deps.logger.error(`Could not terminate ${instances.map((i) => i.id).join(', ')}: ${(0,errors/* errorMessage */.gJ)(error)}. Run the stop mode or a sweep.`);
        }
    }
    for (const l of launches) {
        if (l.registration?.id === undefined)
            continue;
        await deps.forge
            .deleteRunner(l.registration.id, deps.config.scope)
            .catch((error) => deps.logger.warning(`Could not delete runner ${l.name}: ${(0,errors/* errorMessage */.gJ)(error)}`));
    }
}
/** The runner architecture word (x64/arm64) of the machine types asked for. */
function runnerArch(cloud) {
    if (cloud.cloud === 'aws') {
        const type = cloud.aws.instanceTypes[0];
        return type && (0,arch/* architectureOf */.N)(type) === 'arm64' ? 'arm64' : 'x64';
    }
    if (cloud.cloud === 'gcp') {
        // Compute Engine's Arm families: T2A (Ampere Altra), C4A and N4A (Axion).
        return /^(t2a|c4a|n4a)-/.test(cloud.gcp.machineTypes[0] ?? '') ? 'arm64' : 'x64';
    }
    return 'x64';
}

;// CONCATENATED MODULE: ./src/runners/reuse.ts
/**
 * CML's --reuse (an online runner carries every requested label: launch nothing) and --reuse-idle (only an
 * idle one counts).
 */
async function reusable(forge, labels, scope, mode, logger) {
    if (mode !== 'reuse' && mode !== 'reuse-idle')
        return false;
    const runners = await forge.listRunners(scope);
    const match = runners.find((r) => r.status === 'online' &&
        (mode === 'reuse' || !r.busy) &&
        // CML's runnersByLabels: a runner counts when it carries every requested label.
        labels.every((l) => r.labels.includes(l)));
    if (match)
        logger.info(`Reusing runner ${match.name} (online with labels ${match.labels.join(', ')}); launching nothing.`);
    return Boolean(match);
}

;// CONCATENATED MODULE: ./src/runners/stop.ts




function fromId(id) {
    // GCE ids are zone/name; EC2 ids are the instance id (its Name tag is not needed to terminate).
    const [zone, name] = id.includes('/') ? id.split('/') : [undefined, id];
    return { id, name: name ?? id, zone };
}
/**
 * Ends what a start launched: by the ids from its outputs, or, when those are missing (the start
 * step was cancelled or crashed), by the run's tags (repository, run id, attempt). Deletes the
 * forge runners too, and re-runs the workflow when asked and a spot instance was reclaimed.
 */
async function stopRunners(deps) {
    const { config, context, forge, cloud, logger } = deps;
    let targets;
    let runnerIds = [...config.runnerIds];
    if (config.instanceIds.length) {
        targets = config.instanceIds.map(fromId);
        // No runner ids with the instance ids (start's runner-ids output was not passed on, or a
        // runner registered itself): the runners carry their instance's name, so find them by it.
        if (forge && !runnerIds.length) {
            const named = await Promise.all(targets.map((t) => withName(cloud, t)));
            runnerIds = await idsByName(forge, named, config, logger);
        }
    }
    else {
        const target = targetRun(context, config.runId);
        const tags = runTags({ ...context, runId: target.runId, runAttempt: target.attempt }, target.attempt === undefined);
        logger.info(`No instance ids given: looking for instances tagged ${Object.entries(tags)
            .map(([k, v]) => `${k}=${v}`)
            .join(', ')}.`);
        const found = await cloud.list(tags);
        targets = found;
        if (!runnerIds.length) {
            runnerIds = found.flatMap((i) => {
                const id = Number(i.tags[types/* TAGS */.g.forgeRunnerId]);
                return Number.isInteger(id) && id > 0 ? [id] : [];
            });
            // Runners registered without an id at launch: find them by name, also when their machine
            // has already powered off (the runner then stays registered, offline, until deleted).
            const unnamed = found.filter((i) => !i.tags[types/* TAGS */.g.forgeRunnerId]);
            if (forge && unnamed.length)
                runnerIds.push(...(await idsByName(forge, unnamed, config, logger)));
        }
    }
    const reclaimed = config.rerunOnReclaim ? await findReclaimed(cloud, targets) : [];
    if (config.rerunOnReclaim &&
        !reclaimed.length &&
        cloud.kind === 'gcp' &&
        !config.instanceIds.length)
        logger.info("Compute Engine deletes a preempted spot VM with its labels, so a stop by tags cannot see a reclaim: pass start's instance-ids (on GitLab a stop job of the same pipeline reads CML_RUNNER_INSTANCE_IDS from start's dotenv).");
    // A terminated EC2 instance needs nothing; a stopped GCE VM still holds its disk: delete it.
    let live = targets.filter((t) => !(cloud.kind === 'aws' && t.ended));
    if (live.length) {
        const { notFound } = await cloud.terminate(live);
        if (notFound.length) {
            logger.warning(`Not found: ${notFound.join(', ')} (no such instance in this ${cloudWhere(cloud.kind)}; already gone, or a wrong id).`);
            live = live.filter((t) => !notFound.includes(t.id));
        }
        if (live.length)
            logger.info(`Terminated ${live.map((t) => t.id).join(', ')}.`);
    }
    else {
        logger.info('No running instances to terminate.');
    }
    const deletedRunners = await deleteRunners(forge, runnerIds, config, logger);
    if (reclaimed.length) {
        logger.warning(`The cloud reclaimed spot instance(s) ${reclaimed.join(', ')}.`);
        await rerun(forge, context, config.runId, logger);
    }
    return { terminated: live.map((t) => t.id), reclaimed, deletedRunners };
}
/**
 * Re-runs the target run. GitHub refuses to re-run a run that is still going, and cancelling it
 * first would cancel this very step, so inside its own run that is a warning naming the way that
 * works (a workflow triggered by workflow_run, or run-id from a later run). GitLab retries the
 * failed jobs of a pipeline even while it runs, so a later job of the same pipeline (or a later
 * pipeline, with run-id) retries them without cancelling anything.
 */
async function rerun(forge, context, runId, logger) {
    const target = targetRun(context, runId);
    if (!forge || !target.runId)
        return;
    try {
        if (forge.retryFailedJobs) {
            await forge.retryFailedJobs(target.runId);
            logger.info(`Asked gitlab to retry the failed jobs of pipeline ${target.runId}.`);
            return;
        }
        if (target.own) {
            logger.warning(`Not re-running ${target.runId} from inside itself: run the stop mode with rerun-on-reclaim in a workflow triggered by workflow_run (or give run-id from a later run), or read the reclaimed output.`);
            return;
        }
        await forge.rerun(target.runId);
        logger.info(`Asked ${forge.kind} to run ${target.runId} again.`);
    }
    catch (error) {
        logger.warning(`Could not re-run ${target.runId}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}
/** The instance's name (= its runner's): GCE ids carry it; an EC2 id is looked up. */
async function withName(cloud, target) {
    if (target.name !== target.id)
        return target;
    try {
        const found = await cloud.get(target);
        return found ? { ...target, name: found.name } : target;
    }
    catch {
        return target;
    }
}
async function idsByName(forge, instances, config, logger) {
    const ids = [];
    for (const i of instances) {
        try {
            ids.push(...(await forge.findRunners(i.name, config.scope)).map((r) => r.id));
        }
        catch (error) {
            logger.warning(`Could not look up runner ${i.name}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    return ids;
}
async function findReclaimed(cloud, targets) {
    const known = targets.filter((t) => t.endReason === 'spot-reclaimed').map((t) => t.id);
    if (known.length)
        return known;
    try {
        return await cloud.reclaimed(targets);
    }
    catch {
        return [];
    }
}
async function deleteRunners(forge, ids, config, logger) {
    if (!forge || !ids.length)
        return [];
    const deleted = [];
    for (const id of ids) {
        try {
            await forge.deleteRunner(id, config.scope);
            deleted.push(id);
        }
        catch (error) {
            logger.warning(`Could not delete runner ${id}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    return deleted;
}
/**
 * Terminates every instance of ours (any run, this repository's forge runners deleted too) that
 * is past its maximum lifetime, or that stopped without being deleted (a GCE VM that powered
 * itself off still holds its disk). Meant for a scheduled workflow or pipeline.
 */
async function sweepRunners(deps) {
    const { config, context, forge, cloud, logger } = deps;
    const now = (deps.now ?? new Date()).getTime() / 1000;
    const ours = await cloud.list({ [types/* TAGS */.g.marker]: 'true' });
    const expired = ours.filter((i) => {
        if (i.ended && cloud.kind === 'aws')
            return false;
        if (i.ended)
            return true;
        if (i.tags[types/* TAGS */.g.expiresAt] === 'never')
            return false;
        const expiresAt = Number(i.tags[types/* TAGS */.g.expiresAt]);
        if (Number.isFinite(expiresAt) && expiresAt > 0)
            return expiresAt <= now;
        const launched = i.launchedAt ? i.launchedAt.getTime() / 1000 : now;
        return launched + config.maxLifetimeSeconds <= now;
    });
    if (expired.length) {
        await cloud.terminate(expired);
        logger.info(`Swept ${expired.map((i) => i.id).join(', ')}.`);
    }
    else {
        logger.info(`Nothing to sweep (${ours.filter((i) => !i.ended).length} runner instance(s) within their lifetime).`);
    }
    const repository = context.repository || 'local';
    const runnerIds = expired.flatMap((i) => {
        const id = Number(i.tags[types/* TAGS */.g.forgeRunnerId]);
        const mine = i.tags[types/* TAGS */.g.repository] === repository ||
            i.tags[types/* TAGS */.g.repository] === repository.toLowerCase().replace(/[^a-z0-9_-]/g, '-');
        return mine && i.tags[types/* TAGS */.g.forge] === forge?.kind && Number.isInteger(id) && id > 0 ? [id] : [];
    });
    // Runners registered without an id tag (by name, as the stop does).
    const unnamed = expired.filter((i) => !i.tags[types/* TAGS */.g.forgeRunnerId] &&
        i.tags[types/* TAGS */.g.forge] === forge?.kind &&
        (i.tags[types/* TAGS */.g.repository] === repository ||
            i.tags[types/* TAGS */.g.repository] === repository.toLowerCase().replace(/[^a-z0-9_-]/g, '-')));
    if (forge && unnamed.length)
        runnerIds.push(...(await idsByName(forge, unnamed, config, logger)));
    const deletedRunners = await deleteRunners(forge, runnerIds, config, logger);
    return { terminated: expired.map((i) => i.id), reclaimed: [], deletedRunners };
}

;// CONCATENATED MODULE: ./src/runners/action.ts














const CLOUD_SECRETS = [
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'CLOUDSDK_AUTH_ACCESS_TOKEN',
    'GOOGLE_OAUTH_ACCESS_TOKEN',
];
/**
 * The runner-provision action (also the GitLab component and `cml runner launch`): start, stop
 * or sweep. The cloud SDK is imported only after the inputs are known, and only that cloud's.
 */
async function runRunnerProvision(logger, env = process.env) {
    // Cloud credentials stay on this machine and out of every log line.
    for (const name of [...CLOUD_SECRETS, ...CLOUD_SECRET_VARIABLES])
        if (env[name])
            maskWithParts(logger, env[name]);
    const inputs = readInputs('runner-provision', (s) => maskWithParts(logger, s), env);
    const context = readContext(env);
    const kind = forgeKind(context, env);
    // A forge without self-hosted runners (Bitbucket) is refused before the cloud's inputs are read:
    // asking for a kubeconfig first would send the user the wrong way.
    if (kind && inputs.mode === 'start')
        runnerForge({ kind });
    const config = buildConfig(inputs, env);
    const token = readForgeToken(logger, kind, inputs.token, env);
    const forgeFor = async () => {
        try {
            return runnerForge(await createForge({ context, token, logger, kind }));
        }
        catch (error) {
            if (config.mode === 'start')
                throw error;
            logger.warning(`Runners are not deleted from the forge: ${(0,errors/* errorMessage */.gJ)(error)}`);
            return undefined;
        }
    };
    const forge = await forgeFor();
    if (config.mode === 'start' && forge) {
        // Forge-specific inputs are checked before any cloud SDK loads or anything launches.
        checkForForge(config, forge.kind);
        // actions/runner releases are read with the forge token when they come from the forge's API
        // (api.github.com on github.com): anonymous calls get 60 an hour per address.
        if (registry_forgeInfo(forge.kind).runners?.software === 'actions-runner' &&
            (!config.releases.githubApi || sameOrigin(config.releases.githubApi, context.apiUrl))) {
            config.releases.githubToken = token;
        }
    }
    const cloud = await createCloud(config.cloud, logger);
    if (config.mode === 'start' &&
        (await reusable(forge, config.labels, config.scope, env.CML_RUNNER_REUSE, logger))) {
        return;
    }
    if (config.mode === 'start') {
        // A cancelled job gets SIGINT then SIGTERM: stop waiting and remove what was launched.
        const controller = new AbortController();
        const onSignal = (signal) => {
            logger.warning(`Received ${signal}: terminating what this start launched.`);
            controller.abort();
        };
        process.on('SIGINT', onSignal);
        process.on('SIGTERM', onSignal);
        try {
            const result = await startRunners({
                config,
                context,
                forge: forge,
                cloud,
                logger,
                signal: controller.signal,
            });
            writeOutputs({
                label: result.label,
                labels: JSON.stringify(result.labels),
                'runner-names': JSON.stringify(result.runners.map((r) => r.name)),
                'runner-ids': JSON.stringify(result.runners.flatMap((r) => (r.runnerId === undefined ? [] : [r.runnerId]))),
                'instance-ids': JSON.stringify(result.runners.map((r) => r.instanceId)),
            }, context.platform, logger, env);
            logger.info(`${result.runners.length} runner(s) online with label ${result.label}: ${result.runners
                .map((r) => `${r.name} (${r.instanceId}${r.type ? `, ${r.type}` : ''}${r.spot ? ', spot' : ''})`)
                .join(', ')}.`);
        }
        finally {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
        }
        return;
    }
    const result = config.mode === 'stop'
        ? await stopRunners({ config, context, forge, cloud, logger })
        : await sweepRunners({ config, context, forge, cloud, logger });
    writeOutputs({
        'instance-ids': JSON.stringify(result.terminated),
        reclaimed: JSON.stringify(result.reclaimed),
    }, context.platform, logger, env);
}
/** The forge: the platform's, or CML_RUNNER_DRIVER (the CLI's --driver) outside CI. */
function forgeKind(context, env) {
    const driver = env.CML_RUNNER_DRIVER;
    if (driver)
        return parseForgeKind(driver, 'CML_RUNNER_DRIVER');
    return context.forge;
}
function sameOrigin(a, b) {
    try {
        return b !== undefined && new URL(a).origin === new URL(b).origin;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/main/runner-provision.ts
// Entry of the runner-provision action bundle (dist/runner-provision/index.js).


void runEntry((logger) => runRunnerProvision(logger));

module.exports = __webpack_exports__;
/******/ })()
;