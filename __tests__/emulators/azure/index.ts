/**
 * Azure Resource Manager emulator for tests: the Compute (virtual machines, extensions, managed
 * disks) and Network (network interfaces, public IP addresses) routes our driver calls, over
 * HTTPS on 127.0.0.1 (the SDK sends bearer tokens to https URLs only; the certificate is a test
 * fixture in tls/), driven through the real @azure/arm-compute and @azure/arm-network. Every
 * route and api-version is checked against what the SDK calls, every body against the SDK's
 * models (models.ts); anything else is a violation. Creates and deletes are long-running
 * operations answered with Azure-AsyncOperation (PUT 201, DELETE 202) polled as ARM does
 * (docs: learn.microsoft.com/azure/azure-resource-manager/management/async-operations).
 * Dependencies behave as on Azure: a NIC in use cannot be deleted (NicInUse), nor an address in
 * use (PublicIPAddressCannotBeDeleted); deleting a VM deletes the NIC, OS disk and address whose
 * deleteOption is Delete; a Spot eviction with policy Delete removes the VM and those too.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { trackViolations } from '../../support/violations';
import { API_VERSIONS, COMPUTE_MAPPERS, NETWORK_MAPPERS, bodyProblems } from './models';

export const AZURE_CA_FILE = join(__dirname, 'tls', 'cert.pem');
export const AZURE_TOKEN = 'eyJ0eXAiOiJKV1QifQ.fake-azure-token-for-tests';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export type AzureKind =
  'virtualMachines' | 'networkInterfaces' | 'publicIPAddresses' | 'disks' | 'extensions';

export interface AzureResource {
  kind: AzureKind;
  name: string;
  /** The body as stored (what GET answers, provisioningState included). */
  body: Json;
  createdAt: number;
}

export interface AzureRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
  /** The RBAC actions this request needs (for the role test): the operation and any joins. */
  actions: string[];
}

export interface AzureEmulator {
  url: string;
  subscriptionId: string;
  resourceGroup: string;
  location: string;
  subnetId: string;
  resources: AzureResource[];
  requests: AzureRequest[];
  violations: string[];
  /** Creates of this size (and zone / Spot, when given) fail with this code. */
  failCreates(match: { size?: string; zone?: string; spot?: boolean }, code: string): void;
  /** The next `count` requests (matching) answer `status` (429 with Retry-After: 0, 5xx). */
  failNext(count: number, status: number, match?: { method?: string; path?: RegExp }): void;
  /** The guest powers itself off: the VM is stopped (still allocated, as on Azure). */
  powerOff(vm: string): void;
  /** Azure evicts a Spot VM (policy Delete): it and its Delete-option resources are removed. */
  evict(vm: string): void;
  /** Resources carrying these tags, of any kind. */
  tagged(tags?: Record<string, string>): AzureResource[];
  onCreate(listener: (vm: AzureResource, customData: string) => void): void;
  /** Forgets injected failures and faults (between tests). */
  resetFaults(): void;
  /** Operations polls before an operation ends (0: ends at the first poll). */
  operationPolls: number;
  close(): Promise<void>;
}

const PROVIDER: Record<AzureKind, string> = {
  virtualMachines: 'Microsoft.Compute/virtualMachines',
  extensions: 'Microsoft.Compute/virtualMachines/extensions',
  disks: 'Microsoft.Compute/disks',
  networkInterfaces: 'Microsoft.Network/networkInterfaces',
  publicIPAddresses: 'Microsoft.Network/publicIPAddresses',
};

const MODEL: Record<
  AzureKind,
  { create: string; update?: string; mappers: typeof COMPUTE_MAPPERS; version: string }
> = {
  virtualMachines: {
    create: 'VirtualMachine',
    mappers: COMPUTE_MAPPERS,
    version: API_VERSIONS.compute,
  },
  extensions: {
    create: 'VirtualMachineExtension',
    mappers: COMPUTE_MAPPERS,
    version: API_VERSIONS.compute,
  },
  disks: {
    create: 'Disk',
    update: 'DiskUpdate',
    mappers: COMPUTE_MAPPERS,
    version: API_VERSIONS.disks,
  },
  networkInterfaces: {
    create: 'NetworkInterface',
    mappers: NETWORK_MAPPERS,
    version: API_VERSIONS.network,
  },
  publicIPAddresses: {
    create: 'PublicIPAddress',
    mappers: NETWORK_MAPPERS,
    version: API_VERSIONS.network,
  },
};

/** Query parameters each route takes besides api-version (from the SDK's operation specs). */
const EXTRA_QUERY: Record<string, string[]> = {
  'GET virtualMachines': ['$expand'],
  'GET virtualMachines/list': ['$expand', '$filter'],
  'DELETE virtualMachines': ['forceDeletion'],
  'POST virtualMachines/retrieveBootDiagnosticsData': ['sasUriExpirationTimeInMinutes'],
};

interface Operation {
  id: string;
  polls: number;
  error?: { code: string; message: string };
  finish: () => void;
}

export async function startAzureEmulator(): Promise<AzureEmulator> {
  const subscriptionId = '00000000-0000-0000-0000-0000000000a1';
  const resourceGroup = 'cml-runners';
  const location = 'eastus';
  const subnetId = `/subscriptions/${subscriptionId}/resourceGroups/network/providers/Microsoft.Network/virtualNetworks/vnet/subnets/runners`;
  const resources: AzureResource[] = [];
  const requests: AzureRequest[] = [];
  const violations: string[] = [];
  const operations = new Map<string, Operation>();
  const capacityFailures: {
    match: { size?: string; zone?: string; spot?: boolean };
    code: string;
  }[] = [];
  const faults: { count: number; status: number; match?: { method?: string; path?: RegExp } }[] =
    [];
  const listeners: ((vm: AzureResource, customData: string) => void)[] = [];
  let nextOp = 1;
  let url = '';

  const find = (kind: AzureKind, name: string) =>
    resources.find((r) => r.kind === kind && r.name.toLowerCase() === name.toLowerCase());
  const drop = (r: AzureResource) => {
    const at = resources.indexOf(r);
    if (at >= 0) resources.splice(at, 1);
  };
  const idOf = (kind: AzureKind, name: string, parent?: string) =>
    kind === 'extensions'
      ? `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.Compute/virtualMachines/${parent}/extensions/${name}`
      : `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/${PROVIDER[kind]}/${name}`;
  const nameFromId = (id: unknown) =>
    String(id ?? '')
      .split('/')
      .pop() ?? '';

  /** What Azure does when a VM goes: its NIC, disk and address per deleteOption. */
  function removeVm(vm: AzureResource): void {
    drop(vm);
    for (const ext of resources.filter((r) => r.kind === 'extensions' && r.body.__vm === vm.name))
      drop(ext);
    const props = vm.body.properties ?? {};
    const disk = props.storageProfile?.osDisk;
    if (disk?.deleteOption === 'Delete') {
      const d = find('disks', disk.name);
      if (d) drop(d);
    }
    for (const ref of props.networkProfile?.networkInterfaces ?? []) {
      const nic = find('networkInterfaces', nameFromId(ref.id));
      if (!nic) continue;
      delete nic.body.properties.virtualMachine;
      if (ref.properties?.deleteOption !== 'Delete') continue;
      removeNic(nic, true);
    }
  }
  /**
   * A NIC's address goes with it only when a VM deletion takes them both ("what happens to the
   * public IP address when the VM using it is deleted"); a NIC deleted on its own leaves it.
   */
  function removeNic(nic: AzureResource, withVm = false): void {
    drop(nic);
    if (!withVm) return;
    for (const ip of nic.body.properties.ipConfigurations ?? []) {
      const ref = ip.properties?.publicIPAddress;
      if (ref?.properties?.deleteOption === 'Delete') {
        const pip = find('publicIPAddresses', nameFromId(ref.id));
        if (pip) drop(pip);
      }
    }
  }

  function armError(res: ServerResponse, status: number, code: string, message: string) {
    send(res, status, { error: { code, message } });
  }
  function send(
    res: ServerResponse,
    status: number,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    res.writeHead(status, {
      'content-type': 'application/json',
      'x-ms-request-id': `req-${nextOp}`,
      ...headers,
    });
    res.end(body === undefined ? undefined : JSON.stringify(body));
  }

  /** Starts an ARM long-running operation and answers `status` with its Azure-AsyncOperation. */
  function longRunning(
    res: ServerResponse,
    status: number,
    body: unknown,
    finish: () => void,
    error?: Operation['error'],
    kind: AzureKind = 'virtualMachines',
  ) {
    const id = `op-${nextOp++}`;
    operations.set(id, { id, polls: 0, finish, error });
    const provider = PROVIDER[kind].split('/')[0];
    const op = `${url}/subscriptions/${subscriptionId}/providers/${provider}/locations/${location}/operations/${id}?api-version=${MODEL[kind].version}`;
    send(res, status, body, { 'azure-asyncoperation': op, location: op, 'retry-after': '0' });
  }

  function capacity(vm: Json): string | undefined {
    const size = vm.properties?.hardwareProfile?.vmSize;
    const zone = vm.zones?.[0];
    const spot = vm.properties?.priority === 'Spot';
    return capacityFailures.find(
      ({ match }) =>
        (match.size === undefined || match.size === size) &&
        (match.zone === undefined || match.zone === zone) &&
        (match.spot === undefined || match.spot === spot),
    )?.code;
  }

  function put(
    kind: AzureKind,
    name: string,
    body: Json,
    res: ServerResponse,
    parent?: string,
  ): void {
    if (!body.location)
      return armError(
        res,
        400,
        'LocationRequired',
        'The location property is required for this definition.',
      );
    const stored: Json = structuredClone(body);
    stored.id = idOf(kind, name, parent);
    stored.name = name;
    stored.type = PROVIDER[kind];
    stored.properties = { ...(stored.properties ?? {}), provisioningState: 'Creating' };
    if (kind === 'networkInterfaces') {
      for (const ipc of stored.properties.ipConfigurations ?? []) {
        if (ipc.properties?.subnet?.id !== subnetId)
          return armError(
            res,
            400,
            'InvalidResourceReference',
            `Resource ${ipc.properties?.subnet?.id} referenced by resource ${stored.id} was not found.`,
          );
        const pip = ipc.properties?.publicIPAddress;
        if (pip && !find('publicIPAddresses', nameFromId(pip.id)))
          return armError(
            res,
            400,
            'InvalidResourceReference',
            `Resource ${pip.id} referenced by resource ${stored.id} was not found.`,
          );
      }
    }
    let error: Operation['error'];
    if (kind === 'virtualMachines') {
      const props = stored.properties;
      const nics = props.networkProfile?.networkInterfaces ?? [];
      for (const ref of nics) {
        const nic = find('networkInterfaces', nameFromId(ref.id));
        if (!nic) return armError(res, 400, 'NotFound', `Resource ${ref.id} not found.`);
        if (
          nic.body.properties.virtualMachine &&
          nic.body.properties.virtualMachine.id !== stored.id
        )
          return armError(
            res,
            400,
            'NicInUse',
            `Network Interface ${ref.id} is used by existing resource.`,
          );
      }
      // "The maximum length of the binary array is 65535 bytes" (VirtualMachine osProfile.customData).
      const customData = String(props.osProfile?.customData ?? '');
      if (Buffer.from(customData, 'base64').length > 65535)
        return armError(
          res,
          400,
          'InvalidParameter',
          'Custom data in OSProfile must be in Base64 encoding and with a maximum length of 87380 characters.',
        );
      const linux = props.osProfile?.linuxConfiguration;
      if (
        linux?.disablePasswordAuthentication &&
        !linux.ssh?.publicKeys?.length &&
        !props.osProfile?.adminPassword
      )
        return armError(
          res,
          400,
          'InvalidParameter',
          'Authentication using either SSH or by user name and password must be enabled in Linux profile.',
        );
      if (props.priority === 'Spot' && props.evictionPolicy === undefined)
        return armError(
          res,
          400,
          'InvalidParameter',
          'evictionPolicy is required for Spot priority.',
        );
      const code = capacity(stored);
      if (code === 'SkuNotAvailable' || code === 'OperationNotAllowed') {
        return armError(
          res,
          409,
          code,
          `The requested size ${props.hardwareProfile?.vmSize} is not available (${code}).`,
        );
      }
      if (code)
        error = { code, message: `Allocation failed (${code}). Please try another size or zone.` };
      // The VM takes its NIC at once, and the OS disk appears with it.
      for (const ref of nics)
        find('networkInterfaces', nameFromId(ref.id))!.body.properties.virtualMachine = {
          id: stored.id,
        };
      props.timeCreated = new Date().toISOString();
      props.vmId = `vm-${nextOp}`;
    }
    if (kind === 'extensions') stored.__vm = parent;
    const existing = kind === 'extensions' ? undefined : find(kind, name);
    const resource: AzureResource = existing ?? { kind, name, body: stored, createdAt: Date.now() };
    resource.body = stored;
    if (!existing) resources.push(resource);
    longRunning(
      res,
      existing ? 200 : 201,
      stored,
      () => {
        stored.properties.provisioningState = error ? 'Failed' : 'Succeeded';
        if (kind === 'virtualMachines' && !error) {
          const d = stored.properties.storageProfile?.osDisk;
          if (d?.name && !find('disks', d.name)) {
            resources.push({
              kind: 'disks',
              name: d.name,
              createdAt: Date.now(),
              body: {
                id: idOf('disks', d.name),
                name: d.name,
                location,
                // Azure gives the OS disk none of the VM's tags.
                tags: {},
                properties: {
                  diskSizeGB: d.diskSizeGB,
                  provisioningState: 'Succeeded',
                  diskState: 'Attached',
                },
              },
            });
          }
          stored.__power = 'running';
          for (const l of listeners)
            l(
              resource,
              Buffer.from(stored.properties.osProfile?.customData ?? '', 'base64').toString(),
            );
        }
      },
      error,
      kind,
    );
  }

  function view(r: AzureResource, expand: boolean): Json {
    const { __power, __vm, ...body } = r.body;
    void __vm;
    if (r.kind === 'virtualMachines' && expand) {
      body.properties = {
        ...body.properties,
        instanceView: {
          statuses: [
            {
              code: `ProvisioningState/${String(body.properties.provisioningState).toLowerCase()}`,
            },
            ...(__power ? [{ code: `PowerState/${__power}` }] : []),
          ],
        },
      };
    }
    return body;
  }

  function route(
    req: IncomingMessage,
    res: ServerResponse,
    body: unknown,
    record: AzureRequest,
  ): void {
    const u = new URL(req.url ?? '/', 'https://x');
    const query = Object.fromEntries(u.searchParams);
    const method = req.method ?? 'GET';
    if (!/^Bearer \S+/.test(req.headers.authorization ?? '')) {
      return armError(
        res,
        401,
        'AuthenticationFailed',
        'Authentication failed. The Authorization header is missing.',
      );
    }
    if (method === 'GET' && u.pathname.startsWith('/boot/')) {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(
        `[    0.000000] Linux version 6.5.0-azure\ncloud-init: running custom data for ${u.pathname.split('/')[2]}\n`,
      );
      return;
    }
    const op =
      /^\/subscriptions\/[^/]+\/providers\/(Microsoft\.Compute|Microsoft\.Network)\/locations\/[^/]+\/operations\/([^/]+)$/.exec(
        u.pathname,
      );
    if (op && method === 'GET') {
      record.actions.push(`${op[1]}/locations/operations/read`);
      const o = operations.get(op[2]!);
      if (!o) return armError(res, 404, 'NotFound', 'No such operation.');
      if (o.polls++ < emulator.operationPolls)
        return send(res, 200, { name: o.id, status: 'InProgress' });
      o.finish();
      return send(
        res,
        200,
        o.error
          ? { name: o.id, status: 'Failed', error: o.error }
          : { name: o.id, status: 'Succeeded' },
      );
    }
    const base = `^/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/`;
    const m =
      new RegExp(
        `${base}Microsoft\\.Compute/virtualMachines/([^/]+)/extensions/([^/]+)$`,
        'i',
      ).exec(u.pathname) ??
      new RegExp(
        `${base}(Microsoft\\.Compute/virtualMachines|Microsoft\\.Compute/disks|Microsoft\\.Network/networkInterfaces|Microsoft\\.Network/publicIPAddresses)(?:/([^/]+))?(?:/(retrieveBootDiagnosticsData))?$`,
        'i',
      ).exec(u.pathname);
    if (!m) {
      violations.push(`unknown route ${method} ${u.pathname}`);
      return armError(res, 404, 'InvalidResourceType', `No route ${u.pathname}`);
    }
    const isExtension = m[0].includes('/extensions/');
    const kind: AzureKind = isExtension
      ? 'extensions'
      : (Object.entries(PROVIDER).find(
          ([, p]) => p.toLowerCase() === m[1]!.toLowerCase(),
        )![0] as AzureKind);
    const name = isExtension ? m[2] : m[2];
    const parent = isExtension ? m[1] : undefined;
    const action = isExtension ? undefined : m[3];
    const model = MODEL[kind];
    const routeKey = `${method} ${kind}${action ? `/${action}` : !name ? '/list' : ''}`;
    record.actions.push(
      `${PROVIDER[kind]}/${action ? `${action}/action` : method === 'GET' ? 'read' : method === 'DELETE' ? 'delete' : 'write'}`,
    );
    // Referencing another resource needs its join action (Azure RBAC "linked access checks").
    const text = JSON.stringify(body ?? {});
    if (method === 'PUT' && kind === 'virtualMachines' && text.includes('/networkInterfaces/'))
      record.actions.push('Microsoft.Network/networkInterfaces/join/action');
    if (method === 'PUT' && kind === 'networkInterfaces') {
      if (text.includes('/subnets/'))
        record.actions.push('Microsoft.Network/virtualNetworks/subnets/join/action');
      if (text.includes('/publicIPAddresses/'))
        record.actions.push('Microsoft.Network/publicIPAddresses/join/action');
      if (text.includes('/networkSecurityGroups/'))
        record.actions.push('Microsoft.Network/networkSecurityGroups/join/action');
    }
    if (query['api-version'] !== model.version) {
      violations.push(
        `${routeKey}: api-version ${query['api-version']} (the SDK's is ${model.version})`,
      );
      return armError(
        res,
        400,
        'InvalidApiVersionParameter',
        `The api-version '${query['api-version']}' is invalid.`,
      );
    }
    for (const k of Object.keys(query)) {
      if (k !== 'api-version' && !(EXTRA_QUERY[routeKey] ?? []).includes(k))
        violations.push(`${routeKey}: unknown query parameter ${k}`);
    }
    const expand = query.$expand === 'instanceView';
    if (method === 'GET' && !name) {
      const value = resources.filter((r) => r.kind === kind).map((r) => view(r, expand));
      return send(res, 200, { value });
    }
    const existing = name
      ? kind === 'extensions'
        ? resources.find(
            (r) => r.kind === 'extensions' && r.name === name && r.body.__vm === parent,
          )
        : find(kind, name)
      : undefined;
    if (method === 'GET') {
      if (!existing)
        return armError(
          res,
          404,
          'ResourceNotFound',
          `The Resource '${PROVIDER[kind]}/${name}' under resource group '${resourceGroup}' was not found.`,
        );
      return send(res, 200, view(existing, expand));
    }
    if (method === 'POST' && action === 'retrieveBootDiagnosticsData') {
      if (!existing) return armError(res, 404, 'ResourceNotFound', `VM ${name} not found.`);
      return send(res, 200, {
        consoleScreenshotBlobUri: `${url}/boot/${name}/screenshot.bmp`,
        serialConsoleLogBlobUri: `${url}/boot/${name}/serial.log`,
      });
    }
    if (method === 'PUT' || method === 'PATCH') {
      const problems = bodyProblems(
        body,
        method === 'PATCH' ? (model.update ?? model.create) : model.create,
        model.mappers,
      );
      for (const p of problems) violations.push(`${routeKey}: ${p}`);
      if (problems.length) return armError(res, 400, 'InvalidRequestContent', problems.join('; '));
      if (method === 'PATCH') {
        if (!existing) return armError(res, 404, 'ResourceNotFound', `${name} not found.`);
        const patch = body as Json;
        if (patch.tags) existing.body.tags = patch.tags;
        return longRunning(res, 202, undefined, () => undefined, undefined, kind);
      }
      return put(kind, name!, body as Json, res, parent);
    }
    if (method === 'DELETE') {
      if (!existing) return send(res, 204);
      if (kind === 'networkInterfaces' && existing.body.properties.virtualMachine)
        return armError(
          res,
          400,
          'NicInUse',
          `Network Interface ${existing.body.id} is used by existing resource ${existing.body.properties.virtualMachine.id}.`,
        );
      if (
        kind === 'publicIPAddresses' &&
        resources.some(
          (r) =>
            r.kind === 'networkInterfaces' && JSON.stringify(r.body).includes(existing.body.id),
        )
      )
        return armError(
          res,
          400,
          'PublicIPAddressCannotBeDeleted',
          `Public IP address ${existing.body.id} can not be deleted since it is still allocated to a resource.`,
        );
      if (
        kind === 'disks' &&
        resources.some(
          (r) =>
            r.kind === 'virtualMachines' &&
            r.body.properties?.storageProfile?.osDisk?.name === existing.name,
        )
      )
        return armError(
          res,
          409,
          'OperationNotAllowed',
          `Disk ${existing.name} is attached to a VM.`,
        );
      return longRunning(
        res,
        202,
        undefined,
        () =>
          kind === 'virtualMachines'
            ? removeVm(existing)
            : kind === 'networkInterfaces'
              ? removeNic(existing)
              : drop(existing),
        undefined,
        kind,
      );
    }
    violations.push(`unknown route ${method} ${u.pathname}`);
    return armError(res, 405, 'MethodNotAllowed', method);
  }

  const server: Server = createServer(
    { key: readFileSync(join(__dirname, 'tls', 'key.pem')), cert: readFileSync(AZURE_CA_FILE) },
    (req, res) => {
      let raw = '';
      req.on('data', (d: Buffer) => (raw += d.toString()));
      req.on('end', () => {
        let body: unknown;
        try {
          body = raw ? JSON.parse(raw) : undefined;
        } catch {
          violations.push(`${req.method} ${req.url}: body is not JSON`);
        }
        const u = new URL(req.url ?? '/', 'https://x');
        const record: AzureRequest = {
          method: req.method ?? 'GET',
          path: u.pathname,
          query: Object.fromEntries(u.searchParams),
          body,
          status: 0,
          actions: [],
        };
        requests.push(record);
        res.on('finish', () => (record.status = res.statusCode));
        const fault = faults.find(
          (f) =>
            f.count > 0 &&
            (!f.match?.method || f.match.method === req.method) &&
            (!f.match?.path || f.match.path.test(u.pathname)),
        );
        if (fault) {
          fault.count--;
          res.writeHead(fault.status, { 'content-type': 'application/json', 'retry-after': '0' });
          res.end(
            JSON.stringify({
              error: {
                code: fault.status === 429 ? 'TooManyRequests' : 'InternalServerError',
                message: 'injected',
              },
            }),
          );
          return;
        }
        route(req, res, body, record);
      });
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const untrack = trackViolations('azure', violations);

  const emulator: AzureEmulator = {
    url,
    subscriptionId,
    resourceGroup,
    location,
    subnetId,
    resources,
    requests,
    violations,
    operationPolls: 1,
    failCreates: (match, code) => capacityFailures.push({ match, code }),
    failNext: (count, status, match) => faults.push({ count, status, match }),
    powerOff(vm) {
      const r = find('virtualMachines', vm);
      if (r) r.body.__power = 'stopped';
    },
    evict(vm) {
      const r = find('virtualMachines', vm);
      if (r) removeVm(r);
    },
    tagged: (tags = {}) =>
      resources.filter(
        (r) =>
          r.kind !== 'extensions' && Object.entries(tags).every(([k, v]) => r.body.tags?.[k] === v),
      ),
    onCreate: (l) => listeners.push(l),
    resetFaults: () => {
      capacityFailures.length = 0;
      faults.length = 0;
    },
    close: async () => {
      untrack();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return emulator;
}
