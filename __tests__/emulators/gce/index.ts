/**
 * Compute Engine emulator for tests: the REST routes of compute/v1 our driver calls (instances
 * insert/get/delete/list, serial port output, zone operations get/wait/list, images get and
 * getFromFamily) on 127.0.0.1, driven through the real @google-cloud/compute 6.x
 * (`apiEndpoint: '127.0.0.1', port, protocol: 'http'`, `fallback: 'rest'`). Every route, query
 * parameter and body field is checked against the API description shipped with that package
 * (api.ts); anything else is recorded as a violation. Inserts answer an operation that ends DONE,
 * with `error` set when a test injected a capacity or quota failure for that zone or machine type
 * (as Compute Engine does); a machine or accelerator type a zone does not offer is refused at once
 * (HTTP 400). A VM that powers off is TERMINATED, keeps its disk, and loses its maxRunDuration.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseFilter } from './filter';
import { allowedQuery, bodyProblems, matchRoute } from './api';
import { trackViolations } from '../../support/violations';

export type GceStatus = 'PROVISIONING' | 'STAGING' | 'RUNNING' | 'STOPPING' | 'TERMINATED';

export interface GceInstance {
  id: string;
  name: string;
  zone: string;
  status: GceStatus;
  creationTimestamp: string;
  /** The insert body as sent. */
  resource: Record<string, unknown>;
  labels: Record<string, string>;
  /** metadata.items as a map. */
  metadata: Record<string, string>;
  serial: string;
}

export interface GceOperation {
  id: string;
  name: string;
  zone: string;
  operationType: string;
  targetLink: string;
  targetId: string;
  status: 'PENDING' | 'RUNNING' | 'DONE';
  error?: { errors: { code: string; message: string }[] };
  /** wait/get calls before DONE. */
  pendingPolls: number;
}

export interface GceRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
  token?: string;
}

export interface GceEmulator {
  /** Host/port/protocol for the client (`apiEndpoint`, `port`, `protocol`). */
  host: string;
  port: number;
  url: string;
  project: string;
  instances: GceInstance[];
  operations: GceOperation[];
  requests: GceRequest[];
  violations: string[];
  /** Images by project and family: `diskSizeGb` is the least a boot disk from it may be. */
  images: { project: string; name: string; family: string; diskSizeGb: number }[];
  /** Inserts in this zone (and of this machine type, when given) end in an operation error. */
  failInserts(match: { zone?: string; machineType?: string; spot?: boolean }, reason: string): void;
  /** This zone does not offer the machine or accelerator type: inserts are refused with HTTP 400. */
  notOffered(zone: string, type: { machineType?: string; acceleratorType?: string }): void;
  /**
   * The next `count` HTTP requests (matching) answer `status` (429, 503 …); 'hang' never answers;
   * `afterApply` applies the request first and then answers the failure (a lost answer).
   */
  failNext(
    count: number,
    status: number | 'hang',
    match?: { method?: string; path?: RegExp; afterApply?: boolean },
  ): void;
  onInsert(listener: (instance: GceInstance) => void): void;
  /**
   * The guest powers off: STOPPING → TERMINATED. The VM and its disk stay (and bill) until deleted,
   * and Compute Engine clears scheduling.maxRunDuration, so nothing deletes it by itself.
   */
  powerOff(name: string): void;
  /** Compute Engine preempts a spot VM; with instanceTerminationAction DELETE it is deleted. */
  preempt(name: string): void;
  /** VMs that exist, stopped (TERMINATED) ones included: they still hold a billed disk. */
  alive(labels?: Record<string, string>): GceInstance[];
  close(): Promise<void>;
}

const NAME = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;
const LABEL_KEY = /^[a-z][a-z0-9_-]{0,62}$/;
const LABEL_VALUE = /^[a-z0-9_-]{0,63}$/;

export async function startGceEmulator(options: { project?: string } = {}): Promise<GceEmulator> {
  const project = options.project ?? 'cml-test';
  const instances: GceInstance[] = [];
  const operations: GceOperation[] = [];
  const requests: GceRequest[] = [];
  const violations: string[] = [];
  const untrackViolations = trackViolations('Compute Engine', violations);
  const insertFailures: { zone?: string; machineType?: string; spot?: boolean; reason: string }[] =
    [];
  const httpFailures: {
    left: number;
    status: number | 'hang';
    method?: string;
    path?: RegExp;
    afterApply?: boolean;
  }[] = [];
  const hung: import('node:http').ServerResponse[] = [];
  const missing: { zone: string; machineType?: string; acceleratorType?: string }[] = [];
  const images = [
    {
      project: 'ubuntu-os-cloud',
      name: 'ubuntu-2204-jammy-v20250601',
      family: 'ubuntu-2204-lts',
      diskSizeGb: 10,
    },
    {
      project: 'deeplearning-platform-release',
      name: 'common-cu128-ubuntu-2204-nvidia-570-v20250601',
      family: 'common-cu128-ubuntu-2204-nvidia-570',
      diskSizeGb: 50,
    },
  ];
  const listeners: ((i: GceInstance) => void)[] = [];
  let counter = 0;
  let base = '';

  function op(
    zone: string,
    type: string,
    target: string,
    targetId: string,
    error?: string,
  ): GceOperation {
    const operation: GceOperation = {
      id: String(7000000 + ++counter),
      name: `operation-${Date.now()}-${counter}`,
      zone,
      operationType: type,
      targetLink: `${base}/compute/v1/projects/${project}/zones/${zone}/instances/${target}`,
      targetId,
      status: 'RUNNING',
      pendingPolls: 1,
      error: error
        ? {
            errors: [
              {
                code: error,
                message: `The zone 'projects/${project}/zones/${zone}' does not have enough resources available to fulfill the request (${error}).`,
              },
            ],
          }
        : undefined,
    };
    operations.push(operation);
    return operation;
  }

  function renderOp(o: GceOperation) {
    return {
      kind: 'compute#operation',
      id: o.id,
      name: o.name,
      zone: `${base}/compute/v1/projects/${project}/zones/${o.zone}`,
      operationType: o.operationType,
      targetLink: o.targetLink,
      targetId: o.targetId,
      status: o.status,
      progress: o.status === 'DONE' ? 100 : 0,
      error: o.status === 'DONE' ? o.error : undefined,
      selfLink: `${base}/compute/v1/projects/${project}/zones/${o.zone}/operations/${o.name}`,
    };
  }

  function renderInstance(i: GceInstance) {
    return {
      ...i.resource,
      kind: 'compute#instance',
      id: i.id,
      name: i.name,
      zone: `${base}/compute/v1/projects/${project}/zones/${i.zone}`,
      status: i.status,
      creationTimestamp: i.creationTimestamp,
      labels: i.labels,
      selfLink: `${base}/compute/v1/projects/${project}/zones/${i.zone}/instances/${i.name}`,
    };
  }

  function advance(i: GceInstance): void {
    if (i.status === 'PROVISIONING') i.status = 'STAGING';
    else if (i.status === 'STAGING') i.status = 'RUNNING';
    else if (i.status === 'STOPPING') i.status = 'TERMINATED';
  }

  function validateInsert(zone: string, body: Record<string, unknown>): void {
    const name = String(body.name ?? '');
    if (!NAME.test(name))
      throw new GceError(400, 'invalid', `Invalid value for field 'resource.name': '${name}'.`);
    const machineType = String(body.machineType ?? '');
    if (!new RegExp(`^(.*/)?zones/${zone}/machineTypes/[a-z0-9-]+$`).test(machineType)) {
      throw new GceError(
        400,
        'invalid',
        `Invalid value for field 'resource.machineType': '${machineType}'.`,
      );
    }
    for (const [k, v] of Object.entries((body.labels as Record<string, string>) ?? {})) {
      if (!LABEL_KEY.test(k) || !LABEL_VALUE.test(v))
        throw new GceError(
          400,
          'invalid',
          `Invalid value for field 'resource.labels': '${k}=${v}'.`,
        );
    }
    const typeName = machineType.split('/').pop();
    if (missing.some((m) => m.zone === zone && m.machineType === typeName)) {
      throw new GceError(
        400,
        'invalid',
        `Invalid value for field 'resource.machineType': '${machineType}'. Machine type with name '${typeName}' does not exist in zone '${zone}'.`,
      );
    }
    const scheduling = (body.scheduling ?? {}) as Record<string, unknown>;
    const duration = scheduling.maxRunDuration as { seconds?: string } | undefined;
    if (duration) {
      const seconds = Number(duration.seconds ?? 0);
      // Compute Engine: maxRunDuration between 30 seconds and 120 days.
      if (!(seconds >= 30 && seconds <= 120 * 86400))
        throw new GceError(
          400,
          'invalid',
          `Invalid value for field 'resource.scheduling.maxRunDuration.seconds': '${duration.seconds}'. Must be between 30 and 10368000.`,
        );
    }
    const accelerators = (body.guestAccelerators ?? []) as {
      acceleratorType?: string;
      acceleratorCount?: number;
    }[];
    if (accelerators.length && scheduling.onHostMaintenance !== 'TERMINATE') {
      throw new GceError(
        400,
        'badRequest',
        'Instances with guest accelerators do not support live migration.',
      );
    }
    for (const [n, a] of accelerators.entries()) {
      const acceleratorName = (a.acceleratorType ?? '').split('/').pop();
      if (missing.some((m) => m.zone === zone && m.acceleratorType === acceleratorName)) {
        throw new GceError(
          400,
          'invalid',
          `Invalid value for field 'resource.guestAccelerators[${n}].acceleratorType': '${a.acceleratorType}'. Accelerator type '${acceleratorName}' does not exist in zone '${zone}'.`,
        );
      }
      if (!new RegExp(`zones/${zone}/acceleratorTypes/[a-z0-9-]+$`).test(a.acceleratorType ?? '')) {
        throw new GceError(
          400,
          'invalid',
          `Invalid value for field 'resource.guestAccelerators[0].acceleratorType': '${a.acceleratorType}'.`,
        );
      }
    }
    if (
      scheduling.provisioningModel === 'SPOT' &&
      !['DELETE', 'STOP'].includes(String(scheduling.instanceTerminationAction))
    ) {
      violations.push('insert: SPOT without instanceTerminationAction');
    }
    const disks = (body.disks ?? []) as {
      boot?: boolean;
      initializeParams?: Record<string, unknown>;
    }[];
    const boot = disks.find((d) => d.boot);
    if (!boot) throw new GceError(400, 'invalid', 'At least one boot disk is required.');
    const source = String(boot.initializeParams?.sourceImage ?? '');
    const m = /^(?:.*\/)?projects\/([^/]+)\/global\/images\/(family\/)?([^/]+)$/.exec(source);
    const img = m
      ? images.find((i) => i.project === m[1] && (m[2] ? i.family === m[3] : i.name === m[3]))
      : undefined;
    if (!img) throw new GceError(404, 'notFound', `The resource '${source}' was not found`);
    const size = Number(boot.initializeParams?.diskSizeGb ?? img.diskSizeGb);
    if (size < img.diskSizeGb)
      throw new GceError(
        400,
        'invalid',
        `Invalid value for field 'resource.disks[0].initializeParams.diskSizeGb': '${size}'. Requested disk size cannot be smaller than the image size (${img.diskSizeGb} GB).`,
      );
    if (!Array.isArray(body.networkInterfaces) || body.networkInterfaces.length === 0) {
      throw new GceError(400, 'invalid', 'At least one network interface is required.');
    }
  }

  async function route(
    req: IncomingMessage,
    path: string,
    query: URLSearchParams,
    body: Record<string, unknown>,
  ): Promise<{ status: number; body: unknown }> {
    const image = /^\/compute\/v1\/projects\/([^/]+)\/global\/images\/(family\/)?([^/]+)$/.exec(
      path,
    );
    if (image && req.method === 'GET') {
      const [, imageProject, family, name] = image as unknown as [
        string,
        string,
        string | undefined,
        string,
      ];
      const found = images.find(
        (i) => i.project === imageProject && (family ? i.family === name : i.name === name),
      );
      if (!found)
        throw new GceError(
          404,
          'notFound',
          `The resource 'projects/${imageProject}/global/images/${family ?? ''}${name}' was not found`,
        );
      return {
        status: 200,
        body: {
          kind: 'compute#image',
          name: found.name,
          family: found.family,
          diskSizeGb: String(found.diskSizeGb),
          status: 'READY',
          selfLink: `${base}/compute/v1/projects/${found.project}/global/images/${found.name}`,
        },
      };
    }
    const prefix = `/compute/v1/projects/${project}/zones/`;
    if (!path.startsWith(prefix))
      throw new GceError(404, 'notFound', `The resource '${path}' was not found`);
    const parts = path.slice(prefix.length).split('/');
    const [zone, kind, name, sub] = parts as [
      string,
      string,
      string | undefined,
      string | undefined,
    ];
    if (kind === 'instances') {
      if (req.method === 'POST' && !name) {
        validateInsert(zone, body);
        if (
          // A stopped (TERMINATED) VM still holds its name.
          instances.some((i) => i.name === body.name && i.zone === zone)
        ) {
          throw new GceError(409, 'alreadyExists', `The resource '${body.name}' already exists`);
        }
        const machineType = String(body.machineType).split('/').pop();
        const spot =
          ((body.scheduling ?? {}) as Record<string, unknown>).provisioningModel === 'SPOT';
        const fail = insertFailures.find(
          (f) =>
            (!f.zone || f.zone === zone) &&
            (!f.machineType || f.machineType === machineType) &&
            (f.spot === undefined || f.spot === spot),
        );
        const id = String(5000000000 + ++counter);
        if (fail)
          return {
            status: 200,
            body: renderOp(op(zone, 'insert', String(body.name), id, fail.reason)),
          };
        const items =
          ((body.metadata ?? {}) as { items?: { key: string; value: string }[] }).items ?? [];
        const instance: GceInstance = {
          id,
          name: String(body.name),
          zone,
          status: 'PROVISIONING',
          creationTimestamp: new Date().toISOString(),
          resource: body,
          labels: { ...((body.labels as Record<string, string>) ?? {}) },
          metadata: Object.fromEntries(items.map((i) => [i.key, i.value])),
          serial: `SeaBIOS (version 1.8.2)\nBooting from Hard Disk 0...\n[    0.000000] Linux version 6.8.0-gcp\n`,
        };
        instances.push(instance);
        for (const l of listeners) l(instance);
        return { status: 200, body: renderOp(op(zone, 'insert', instance.name, id)) };
      }
      if (req.method === 'GET' && !name) {
        const filter = parseFilter(query.get('filter') ?? undefined);
        const found = instances.filter((i) => i.zone === zone && filter(renderInstance(i)));
        const answer = { kind: 'compute#instanceList', items: found.map(renderInstance) };
        for (const i of instances) advance(i);
        return { status: 200, body: answer };
      }
      const instance = instances.find((i) => i.zone === zone && i.name === name);
      if (!instance)
        throw new GceError(
          404,
          'notFound',
          `The resource 'projects/${project}/zones/${zone}/instances/${name}' was not found`,
        );
      if (req.method === 'GET' && !sub) {
        const answer = renderInstance(instance);
        advance(instance);
        return { status: 200, body: answer };
      }
      if (req.method === 'GET' && sub === 'serialPort') {
        return {
          status: 200,
          body: {
            kind: 'compute#serialPortOutput',
            contents: instance.serial,
            start: '0',
            next: String(instance.serial.length),
          },
        };
      }
      if (req.method === 'DELETE' && !sub) {
        instances.splice(instances.indexOf(instance), 1);
        return { status: 200, body: renderOp(op(zone, 'delete', instance.name, instance.id)) };
      }
    }
    if (kind === 'operations') {
      if (req.method === 'GET' && !name) {
        const filter = parseFilter(query.get('filter') ?? undefined);
        return {
          status: 200,
          body: {
            kind: 'compute#operationList',
            items: operations
              .filter((o) => o.zone === zone)
              .map(renderOp)
              .filter((o) => filter(o)),
          },
        };
      }
      const operation = operations.find((o) => o.zone === zone && o.name === name);
      if (!operation)
        throw new GceError(404, 'notFound', `The resource 'operations/${name}' was not found`);
      if (sub === 'wait' && req.method === 'POST') operation.pendingPolls = 0;
      else if (operation.pendingPolls > 0) operation.pendingPolls--;
      if (operation.pendingPolls === 0) operation.status = 'DONE';
      return { status: 200, body: renderOp(operation) };
    }
    throw new GceError(404, 'notFound', `No route for ${req.method} ${path}`);
  }

  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (d: Buffer) => (raw += d.toString()));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      let body: Record<string, unknown> = {};
      try {
        body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      } catch {
        violations.push(`${req.method} ${url.pathname}: body is not JSON`);
      }
      const record: GceRequest = {
        method: req.method ?? '',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        body,
        status: 200,
        token,
      };
      requests.push(record);
      const send = (status: number, payload: unknown) => {
        record.status = status;
        res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' });
        res.end(JSON.stringify(payload));
      };
      if (!token)
        return send(401, {
          error: {
            code: 401,
            message: 'Request is missing required authentication credential.',
            errors: [{ reason: 'required' }],
          },
        });
      const api = matchRoute(req.method ?? '', url.pathname);
      if (!api) {
        violations.push(`${req.method} ${url.pathname}: no such Compute Engine API route`);
        return send(404, {
          error: { code: 404, message: 'Not Found', errors: [{ reason: 'notFound' }] },
        });
      }
      const allowed = allowedQuery(api.route);
      for (const key of url.searchParams.keys())
        if (!allowed.has(key))
          violations.push(
            `${api.route.service}.${api.route.method}: unknown query parameter ${key}`,
          );
      if (api.route.body) {
        const type = api.route.body === 'instanceResource' ? 'Instance' : undefined;
        const problems = type ? bodyProblems(type, body) : [];
        if (problems.length) {
          for (const p of problems)
            violations.push(`${api.route.service}.${api.route.method}: ${p}`);
          return send(400, {
            error: {
              code: 400,
              message: `Invalid JSON payload received. ${problems.join('; ')}`,
              errors: [{ reason: 'invalid', message: problems[0] }],
            },
          });
        }
      } else if (raw && Object.keys(body).length > 0) {
        violations.push(`${api.route.service}.${api.route.method}: takes no body`);
      }
      const emulated = [
        'Instances.Insert',
        'Instances.Get',
        'Instances.List',
        'Instances.Delete',
        'Instances.GetSerialPortOutput',
        'ZoneOperations.Get',
        'ZoneOperations.Wait',
        'ZoneOperations.List',
        'Images.Get',
        'Images.GetFromFamily',
      ];
      if (!emulated.includes(`${api.route.service}.${api.route.method}`)) {
        violations.push(`${api.route.service}.${api.route.method}: not emulated`);
        return send(501, { error: { code: 501, message: 'not emulated' } });
      }
      const failure = httpFailures.find(
        (f) =>
          f.left > 0 &&
          (!f.method || f.method === req.method) &&
          (!f.path || f.path.test(url.pathname)),
      );
      if (failure) {
        failure.left--;
        if (failure.status === 'hang') {
          record.status = 0;
          hung.push(res);
          // A hang after the request was applied: the caller never learns it worked.
          if (failure.afterApply)
            void route(req, url.pathname, url.searchParams, body).catch(() => undefined);
          return;
        }
        const status = failure.status;
        const fail = () => {
          const reason = status === 429 ? 'rateLimitExceeded' : 'backendError';
          send(status, {
            error: { code: status, message: reason, errors: [{ reason, message: reason }] },
          });
        };
        if (failure.afterApply) {
          route(req, url.pathname, url.searchParams, body).then(fail, fail);
          return;
        }
        return fail();
      }
      route(req, url.pathname, url.searchParams, body).then(
        (r) => send(r.status, r.body),
        (error: unknown) => {
          if (error instanceof GceError)
            return send(error.status, {
              error: {
                code: error.status,
                message: error.message,
                errors: [{ reason: error.reason, message: error.message }],
              },
            });
          send(500, { error: { code: 500, message: String(error) } });
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;

  return {
    host: '127.0.0.1',
    port,
    url: base,
    project,
    instances,
    operations,
    requests,
    violations,
    images,
    failInserts(match, reason) {
      insertFailures.push({ ...match, reason });
    },
    notOffered(zone, type) {
      missing.push({ zone, ...type });
    },
    failNext(count, status, match) {
      httpFailures.push({ left: count, status, ...match });
    },
    onInsert(listener) {
      listeners.push(listener);
    },
    powerOff(name) {
      const i = instances.find((x) => x.name === name);
      if (!i) return;
      i.status = 'STOPPING';
      // "When a VM stops, Compute Engine clears its maxRunDuration" (Compute Engine docs,
      // "Limit the run time of a VM"): a stopped VM waits for a delete.
      const scheduling = (i.resource.scheduling ?? {}) as Record<string, unknown>;
      delete scheduling.maxRunDuration;
    },
    preempt(name) {
      const i = instances.find((x) => x.name === name);
      if (!i) throw new Error(`no instance ${name}`);
      const scheduling = (i.resource.scheduling ?? {}) as Record<string, unknown>;
      if (scheduling.provisioningModel !== 'SPOT') throw new Error(`${name} is not a spot VM`);
      const o = op(i.zone, 'compute.instances.preempted', i.name, i.id);
      o.status = 'DONE';
      o.pendingPolls = 0;
      if (scheduling.instanceTerminationAction === 'DELETE')
        instances.splice(instances.indexOf(i), 1);
      else i.status = 'TERMINATED';
    },
    alive(labels) {
      return instances.filter((i) =>
        Object.entries(labels ?? {}).every(([k, v]) => i.labels[k] === v),
      );
    },
    close: () =>
      new Promise<void>((resolve) => {
        untrackViolations();
        for (const res of hung) res.destroy();
        server.close(() => resolve());
      }),
  };
}

class GceError extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}
