/**
 * Compute Engine emulator for tests: the REST routes of compute/v1 our driver calls (instances
 * insert/get/delete/list, serial port output, zone operations get/wait/list) on 127.0.0.1, driven
 * through the real @google-cloud/compute 6.x (`apiEndpoint: '127.0.0.1', port, protocol: 'http'`,
 * `fallback: 'rest'`). Inserts answer an operation that ends DONE, with `error` set when a test
 * injected a capacity or quota failure for that zone or machine type (as Compute Engine does).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseFilter } from './filter';
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
  /** Inserts in this zone (and of this machine type, when given) end in an operation error. */
  failInserts(match: { zone?: string; machineType?: string; spot?: boolean }, reason: string): void;
  /** The next `count` HTTP requests (matching) answer `status` (429, 503 …). */
  failNext(count: number, status: number, match?: { method?: string; path?: RegExp }): void;
  onInsert(listener: (instance: GceInstance) => void): void;
  /** The guest powers off: STOPPING → TERMINATED (then deleted only by the caller or a sweep). */
  powerOff(name: string): void;
  /** Compute Engine preempts a spot VM; with instanceTerminationAction DELETE it is deleted. */
  preempt(name: string): void;
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
  const httpFailures: { left: number; status: number; method?: string; path?: RegExp }[] = [];
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
    const scheduling = (body.scheduling ?? {}) as Record<string, unknown>;
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
    for (const a of accelerators) {
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
    if (!disks.some((d) => d.boot))
      throw new GceError(400, 'invalid', 'At least one boot disk is required.');
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
          instances.some(
            (i) => i.name === body.name && i.zone === zone && i.status !== 'TERMINATED',
          )
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
      const failure = httpFailures.find(
        (f) =>
          f.left > 0 &&
          (!f.method || f.method === req.method) &&
          (!f.path || f.path.test(url.pathname)),
      );
      if (failure) {
        failure.left--;
        const reason = failure.status === 429 ? 'rateLimitExceeded' : 'backendError';
        return send(failure.status, {
          error: { code: failure.status, message: reason, errors: [{ reason, message: reason }] },
        });
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
    failInserts(match, reason) {
      insertFailures.push({ ...match, reason });
    },
    failNext(count, status, match) {
      httpFailures.push({ left: count, status, ...match });
    },
    onInsert(listener) {
      listeners.push(listener);
    },
    powerOff(name) {
      const i = instances.find((x) => x.name === name);
      if (i) i.status = 'STOPPING';
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
      return instances.filter(
        (i) =>
          i.status !== 'TERMINATED' &&
          Object.entries(labels ?? {}).every(([k, v]) => i.labels[k] === v),
      );
    },
    close: () =>
      new Promise<void>((resolve) => {
        untrackViolations();
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
