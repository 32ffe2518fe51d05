/**
 * Kubernetes API server emulator for tests: the core/v1 routes the runner driver uses (pods,
 * pods/log, secrets, events; namespaced only) on 127.0.0.1 over http, driven through the real
 * @kubernetes/client-node with a kubeconfig this module writes. Bodies and query parameters are
 * checked against the client's generated API description (schema.ts) and the API server's own
 * validation rules (validation.ts); unknown routes, fields and parameters are violations,
 * registered with the shared hook. It simulates what the scheduler and kubelet do to a Pod:
 * Pending (until its Secret volume exists) → Running, Unschedulable with the scheduler's
 * message, image pull errors, configuration errors, eviction, preemption, node shutdown, node
 * loss, Succeeded/Failed; and transient API failures (429/5xx, lost answers).
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { trackViolations } from '../../support/violations';
import { createKubelet } from './kubelet';
import { bodyProblems, operationQuery } from './schema';
import { parseFieldSelector, parseLabelSelector } from './selectors';
import { podProblems, secretProblems } from './validation';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** What the cluster does with a new Pod (matched by name when created). */
export type PodFate =
  | { kind: 'run'; afterReads?: number }
  | { kind: 'pending' }
  | { kind: 'unschedulable'; message: string }
  | { kind: 'image-pull'; message?: string }
  | { kind: 'config-error'; message: string };

export type Reclaim = 'node-pressure' | 'preempted' | 'node-shutdown' | 'node-gone';

export interface KubeRequest {
  method: string;
  path: string;
  /** RBAC resource and verb the request needs: pods/get, pods/log/get, secrets/create … */
  resource: string;
  verb: string;
  namespace?: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
}

export interface EmuPod {
  pod: Obj;
  fate: PodFate;
  reads: number;
  log: string;
}

export interface KubernetesEmulator {
  url: string;
  port: number;
  namespace: string;
  token: string;
  /** A kubeconfig for the emulator (http, so insecure-skip-tls-verify as the client requires). */
  kubeconfig(options?: { namespace?: string; token?: string }): string;
  pods: Map<string, EmuPod>;
  secrets: Map<string, Obj>;
  events: Obj[];
  requests: KubeRequest[];
  violations: string[];
  /** Pods created from now on whose name matches get this fate (the last match wins). */
  fate(match: RegExp, fate: PodFate): void;
  reclaim(name: string, how: Reclaim): void;
  finish(name: string, phase: 'Succeeded' | 'Failed', exitCode?: number): void;
  setLog(name: string, text: string): void;
  /** The next `count` matching requests answer `status`; `afterApply`: apply, then fail. */
  failNext(
    count: number,
    status: number,
    match?: { method?: string; path?: RegExp; afterApply?: boolean; retryAfter?: number },
  ): void;
  /** The garbage collector: deletes Secrets whose owner Pod is gone. */
  collectGarbage(): void;
  /** Names of what is left, namespace/name. */
  leftovers(): string[];
  close(): Promise<void>;
}

const key = (ns: string, name: string) => `${ns}/${name}`;
const now = () => new Date().toISOString();

function status(code: number, reason: string, message: string, details?: Obj): Obj {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    ...(details ? { details } : {}),
    code,
  };
}

const REASONS: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  404: 'NotFound',
  409: 'AlreadyExists',
  415: 'UnsupportedMediaType',
  422: 'Invalid',
  429: 'TooManyRequests',
  500: 'InternalError',
  502: 'BadGateway',
  503: 'ServiceUnavailable',
  504: 'Timeout',
};

/** Operation names of the client's API description, by route and method. */
const OPERATIONS: Record<string, Record<string, string>> = {
  pods: { GET: 'ListNamespacedPod', POST: 'CreateNamespacedPod' },
  'pods/{name}': { GET: 'ReadNamespacedPod', DELETE: 'DeleteNamespacedPod' },
  'pods/{name}/log': { GET: 'ReadNamespacedPodLog' },
  secrets: { GET: 'ListNamespacedSecret', POST: 'CreateNamespacedSecret' },
  'secrets/{name}': { GET: 'ReadNamespacedSecret', DELETE: 'DeleteNamespacedSecret' },
  events: { GET: 'ListNamespacedEvent' },
};

export async function startKubernetesEmulator(
  options: { namespace?: string; token?: string } = {},
): Promise<KubernetesEmulator> {
  const namespace = options.namespace ?? 'ci-runners';
  const token = options.token ?? 'emulator-token';
  const pods = new Map<string, EmuPod>();
  const secrets = new Map<string, Obj>();
  const events: Obj[] = [];
  const requests: KubeRequest[] = [];
  const violations: string[] = [];
  const fates: { match: RegExp; fate: PodFate }[] = [];
  const failures: {
    count: number;
    status: number;
    method?: string;
    path?: RegExp;
    afterApply?: boolean;
    retryAfter?: number;
  }[] = [];
  let resourceVersion = 1000;

  const { advance, defaults, reclaim, containerStatus } = createKubelet({
    namespace,
    pods,
    secrets,
    events,
  });

  const collectGarbage = () => {
    const uids = new Set([...pods.values()].map((p) => p.pod.metadata.uid));
    for (const [k, s] of secrets) {
      const owners = (s.metadata.ownerReferences ?? []) as Obj[];
      if (owners.length && owners.every((o) => !uids.has(o.uid))) secrets.delete(k);
    }
  };

  async function readBody(req: IncomingMessage): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const query = Object.fromEntries(url.searchParams);
    const text = await readBody(req);
    let body: unknown;
    const record: KubeRequest = {
      method,
      path: url.pathname,
      resource: '',
      verb: '',
      query,
      body: undefined,
      status: 0,
    };
    requests.push(record);
    const answer = (code: number, payload: unknown, headers: Record<string, string> = {}) => {
      record.status = code;
      const isText = typeof payload === 'string';
      res.writeHead(code, {
        'content-type': isText ? 'text/plain' : 'application/json',
        ...headers,
      });
      res.end(isText ? payload : JSON.stringify(payload));
    };
    const fail = (code: number, message: string, details?: Obj) =>
      answer(code, status(code, REASONS[code] ?? 'Unknown', message, details));

    if (req.headers.authorization !== `Bearer ${token}`) return fail(401, 'Unauthorized');

    const m =
      /^\/api\/v1\/namespaces\/([^/]+)\/(pods|secrets|events)(?:\/([^/]+)(?:\/(log))?)?$/.exec(
        url.pathname,
      );
    const route = m ? [m[2], m[3] && '{name}', m[4]].filter(Boolean).join('/') : '';
    const operation = OPERATIONS[route]?.[method];
    if (!m || !operation) {
      violations.push(`${method} ${url.pathname}: no such route in the driver's API subset`);
      return fail(404, 'the server could not find the requested resource');
    }
    const [, ns, resource, name, sub] = m as unknown as [string, string, string, string?, string?];
    record.namespace = ns;
    record.resource = sub ? `${resource}/${sub}` : resource;
    record.verb =
      method === 'POST'
        ? 'create'
        : method === 'DELETE'
          ? 'delete'
          : name
            ? 'get'
            : query.watch === 'true'
              ? 'watch'
              : 'list';
    const allowed = operationQuery(operation);
    for (const q of Object.keys(query)) {
      if (!allowed.has(q))
        violations.push(`${method} ${url.pathname}: unknown query parameter ${q}`);
    }
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        violations.push(`${method} ${url.pathname}: body is not JSON`);
        return fail(400, 'the request body is not JSON');
      }
      record.body = body;
    }
    if (method === 'POST' && !/^application\/json/.test(req.headers['content-type'] ?? '')) {
      violations.push(`${method} ${url.pathname}: content-type ${req.headers['content-type']}`);
      return fail(415, 'unsupported media type');
    }
    const model =
      method === 'POST'
        ? resource === 'pods'
          ? 'V1Pod'
          : 'V1Secret'
        : method === 'DELETE'
          ? 'V1DeleteOptions'
          : undefined;
    if (body !== undefined) {
      if (!model)
        violations.push(`${method} ${url.pathname}: a body where the operation takes none`);
      else
        for (const p of bodyProblems(body, model))
          violations.push(`${method} ${url.pathname}: ${p}`);
    }

    const failure = failures.find(
      (f) =>
        f.count > 0 && (!f.method || f.method === method) && (!f.path || f.path.test(url.pathname)),
    );
    if (failure) failure.count--;
    const respond = failure && !failure.afterApply ? undefined : 'apply';
    if (!respond) {
      return answer(
        failure!.status,
        status(failure!.status, REASONS[failure!.status] ?? 'Unknown', 'injected'),
        failure!.retryAfter !== undefined ? { 'retry-after': String(failure!.retryAfter) } : {},
      );
    }
    const out = route_(method, resource, ns, name, sub, body as Obj | undefined, query);
    if (failure) {
      return answer(
        failure.status,
        status(failure.status, REASONS[failure.status] ?? 'Unknown', 'injected after apply'),
      );
    }
    if (out.code >= 400) return fail(out.code, out.message ?? '', out.details);
    return answer(out.code, out.payload);
  }

  type Out = { code: number; payload?: unknown; message?: string; details?: Obj };

  function route_(
    method: string,
    resource: string,
    ns: string,
    name: string | undefined,
    sub: string | undefined,
    body: Obj | undefined,
    query: Record<string, string>,
  ): Out {
    const notFound = (kind: string, n: string): Out => ({
      code: 404,
      message: `${kind} "${n}" not found`,
      details: { name: n, kind },
    });
    if (resource === 'events') {
      let match: (o: unknown) => boolean = () => true;
      if (query.fieldSelector) {
        try {
          match = parseFieldSelector(query.fieldSelector, {
            'involvedObject.kind': (e) => e.involvedObject?.kind,
            'involvedObject.name': (e) => e.involvedObject?.name,
            'involvedObject.uid': (e) => e.involvedObject?.uid,
            'involvedObject.namespace': (e) => e.involvedObject?.namespace,
            reason: (e) => e.reason,
            type: (e) => e.type,
            'metadata.name': (e) => e.metadata?.name,
          });
        } catch (e) {
          return { code: 400, message: (e as Error).message };
        }
      }
      const items = events.filter((e) => e.metadata.namespace === ns && match(e));
      return { code: 200, payload: list('EventList', items) };
    }
    const store = resource === 'pods' ? pods : secrets;
    const kind = resource === 'pods' ? 'pods' : 'secrets';
    if (method === 'POST') {
      if (ns !== namespace) return notFound('namespaces', ns);
      const problems = resource === 'pods' ? podProblems(body ?? {}) : secretProblems(body ?? {});
      if (problems.length) {
        return {
          code: 422,
          message: `${resource === 'pods' ? 'Pod' : 'Secret'} "${body?.metadata?.name}" is invalid: ${problems.join('; ')}`,
        };
      }
      const n = body!.metadata.name as string;
      if (store.has(key(ns, n))) {
        return { code: 409, message: `${kind} "${n}" already exists`, details: { name: n, kind } };
      }
      const obj: Obj = structuredClone(body!);
      obj.metadata = {
        ...obj.metadata,
        namespace: ns,
        uid: randomUUID(),
        resourceVersion: String(++resourceVersion),
        creationTimestamp: now(),
      };
      if (resource === 'pods') {
        defaults(obj);
        obj.status = { phase: 'Pending', qosClass: 'Burstable' };
        const fate = [...fates].reverse().find((f) => f.match.test(n))?.fate ?? { kind: 'run' };
        pods.set(key(ns, n), { pod: obj, fate, reads: 0, log: '' });
      } else secrets.set(key(ns, n), obj);
      return { code: 201, payload: obj };
    }
    if (!name) {
      let match: (labels: Record<string, string>) => boolean = () => true;
      if (query.labelSelector) {
        try {
          match = parseLabelSelector(query.labelSelector);
        } catch (e) {
          return { code: 400, message: (e as Error).message };
        }
      }
      if (query.fieldSelector)
        return { code: 400, message: 'field selectors are not emulated here' };
      const items = [...store.entries()]
        .filter(([k]) => k.startsWith(`${ns}/`))
        .map(([, v]) => ('pod' in v ? (v as EmuPod).pod : v) as Obj)
        .filter((o) => match(o.metadata.labels ?? {}));
      return { code: 200, payload: list(resource === 'pods' ? 'PodList' : 'SecretList', items) };
    }
    const k = key(ns, name);
    if (resource === 'pods') {
      const p = pods.get(k);
      if (!p) return notFound('pods', name);
      if (method === 'DELETE') {
        pods.delete(k);
        return {
          code: 200,
          payload: { ...p.pod, metadata: { ...p.pod.metadata, deletionTimestamp: now() } },
        };
      }
      if (sub === 'log') {
        const container = query.container ?? p.pod.spec.containers[0].name;
        if (container !== p.pod.spec.containers[0].name) {
          return { code: 400, message: `container ${container} is not valid for pod ${name}` };
        }
        if (p.pod.status.phase === 'Pending') {
          const reason =
            p.pod.status.containerStatuses?.[0]?.state?.waiting?.reason ?? 'ContainerCreating';
          return {
            code: 400,
            message: `container "${container}" in pod "${name}" is waiting to start: ${reason}`,
          };
        }
        const lines = p.log.split('\n');
        const tail = query.tailLines ? lines.slice(-Number(query.tailLines)) : lines;
        return { code: 200, payload: tail.join('\n') };
      }
      advance(p);
      return { code: 200, payload: p.pod };
    }
    const s = secrets.get(k);
    if (!s) return notFound('secrets', name);
    if (method === 'DELETE') {
      secrets.delete(k);
      return {
        code: 200,
        payload: {
          kind: 'Status',
          apiVersion: 'v1',
          metadata: {},
          status: 'Success',
          details: { name, kind: 'secrets', uid: s.metadata.uid },
        },
      };
    }
    return { code: 200, payload: s };
  }

  const list = (kind: string, items: Obj[]) => ({
    kind,
    apiVersion: 'v1',
    metadata: { resourceVersion: String(resourceVersion) },
    items,
  });

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      violations.push(`emulator error: ${String(error)}`);
      res.writeHead(500).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  const untrack = trackViolations('kubernetes', violations);

  return {
    url,
    port,
    namespace,
    token,
    kubeconfig: (o = {}) =>
      [
        'apiVersion: v1',
        'kind: Config',
        'clusters:',
        '  - name: emulator',
        '    cluster:',
        `      server: ${url}`,
        '      insecure-skip-tls-verify: true',
        'users:',
        '  - name: ci',
        '    user:',
        `      token: ${o.token ?? token}`,
        'contexts:',
        '  - name: emulator',
        '    context:',
        '      cluster: emulator',
        '      user: ci',
        `      namespace: ${o.namespace ?? namespace}`,
        'current-context: emulator',
        '',
      ].join('\n'),
    pods,
    secrets,
    events,
    requests,
    violations,
    fate: (match, fate) => void fates.push({ match, fate }),
    reclaim,
    finish(name, phase, exitCode = phase === 'Succeeded' ? 0 : 1) {
      const p = pods.get(key(namespace, name));
      if (!p) throw new Error(`no Pod ${name}`);
      p.pod.status.phase = phase;
      p.pod.status.containerStatuses = containerStatus(p.pod, {
        terminated: { exitCode, reason: phase === 'Succeeded' ? 'Completed' : 'Error' },
      });
    },
    setLog(name, text) {
      const p = pods.get(key(namespace, name));
      if (!p) throw new Error(`no Pod ${name}`);
      p.log = text;
    },
    failNext: (count, code, match = {}) => void failures.push({ count, status: code, ...match }),
    collectGarbage,
    leftovers: () => [...pods.keys(), ...[...secrets.keys()].map((k) => `secret:${k}`)],
    async close() {
      untrack();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
