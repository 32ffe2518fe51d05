/**
 * A fault-injecting HTTP proxy for tests: put it between a driver and a loopback emulator (any
 * HTTP emulator: GitHub, GitLab, EC2, GCE…) and tell it, per matched request, to fail the way a
 * flaky network or a load balancer fails:
 *
 * - `status`: answer at once (5xx, 429 or 403 with `retry-after`, an HTML error page…); the
 *   request never reaches the emulator.
 * - `reset-before`: drop the connection without forwarding (nothing applied).
 * - `reset-after`: forward, let the emulator apply and answer, then drop the client's connection
 *   (applied, answer lost).
 * - `status-after`: forward, let the emulator apply, then answer a gateway error instead (504).
 * - `hang`: never answer (until the client gives up or the proxy closes); nothing forwarded.
 *
 * Requests that match no rule are forwarded unchanged. Every request is logged with the fault
 * applied, so tests can assert on what reached the emulator.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault =
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: unknown }
  | { kind: 'reset-before' }
  | { kind: 'reset-after' }
  | { kind: 'status-after'; status: number; headers?: Record<string, string>; body?: unknown }
  | { kind: 'hang' };

export interface FaultRule {
  method?: string;
  /** Matched against the path (with query) as the client sent it. */
  path?: RegExp;
  /** Any further test, e.g. on the request body. */
  when?: (request: { method: string; path: string; body: string }) => boolean;
  /** How many matching requests get the fault (default 1); Infinity for all. */
  times?: number;
  fault: Fault;
}

export interface ProxyLogEntry {
  method: string;
  path: string;
  /** The fault applied, if any. */
  fault?: Fault['kind'];
  /** The emulator's status when the request was forwarded. */
  upstreamStatus?: number;
}

export interface FaultProxy {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** The same URL with the proxy's origin instead of the emulator's (keeps path and query). */
  urlFor(upstreamUrl: string): string;
  inject(rule: FaultRule): void;
  /** Drops every rule that has not fired yet. */
  clear(): void;
  log: ProxyLogEntry[];
  /** Log entries that got a fault. */
  faults(): ProxyLogEntry[];
  close(): Promise<void>;
}

interface ActiveRule extends FaultRule {
  remaining: number;
}

/** Starts a proxy in front of `upstream` (an origin such as http://127.0.0.1:1234). */
export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  const target = new URL(upstream);
  const rules: ActiveRule[] = [];
  const log: ProxyLogEntry[] = [];
  const hanging = new Set<ServerResponse>();

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const method = (req.method ?? 'GET').toUpperCase();
      const path = req.url ?? '/';
      const rule = rules.find(
        (r) =>
          r.remaining > 0 &&
          (!r.method || r.method.toUpperCase() === method) &&
          (!r.path || r.path.test(path)) &&
          (!r.when || r.when({ method, path, body: body.toString('utf8') })),
      );
      if (rule) rule.remaining -= 1;
      const entry: ProxyLogEntry = { method, path, fault: rule?.fault.kind };
      log.push(entry);
      void serve(req, res, body, entry, rule?.fault).catch(() => res.socket?.destroy());
    });
  });

  async function serve(
    req: IncomingMessage,
    res: ServerResponse,
    body: Buffer,
    entry: ProxyLogEntry,
    fault: Fault | undefined,
  ): Promise<void> {
    switch (fault?.kind) {
      case 'status':
        return answer(res, fault.status, fault.headers, fault.body);
      case 'reset-before':
        res.socket?.destroy();
        return;
      case 'hang':
        hanging.add(res);
        res.on('close', () => hanging.delete(res));
        return;
      default:
        break;
    }
    const upstreamAnswer = await forward(req, body);
    entry.upstreamStatus = upstreamAnswer.status;
    if (fault?.kind === 'reset-after') {
      res.socket?.destroy();
      return;
    }
    if (fault?.kind === 'status-after') {
      return answer(res, fault.status, fault.headers, fault.body);
    }
    res.writeHead(upstreamAnswer.status, upstreamAnswer.headers);
    res.end(upstreamAnswer.body);
  }

  function forward(
    req: IncomingMessage,
    body: Buffer,
  ): Promise<{ status: number; headers: http.OutgoingHttpHeaders; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const headers: http.OutgoingHttpHeaders = { ...req.headers, host: target.host };
      headers.connection = 'close';
      delete headers['keep-alive'];
      const upstreamReq = http.request(
        {
          host: target.hostname,
          port: target.port,
          method: req.method,
          path: req.url,
          headers,
        },
        (upstreamRes) => {
          const parts: Buffer[] = [];
          upstreamRes.on('data', (c: Buffer) => parts.push(c));
          upstreamRes.on('end', () => {
            const out = { ...upstreamRes.headers };
            delete out['transfer-encoding'];
            delete out.connection;
            delete out['keep-alive'];
            const payload = Buffer.concat(parts);
            out['content-length'] = String(payload.length);
            resolve({ status: upstreamRes.statusCode ?? 502, headers: out, body: payload });
          });
          upstreamRes.on('error', reject);
        },
      );
      upstreamReq.on('error', reject);
      upstreamReq.end(body);
    });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    urlFor(upstreamUrl: string) {
      const url = new URL(upstreamUrl);
      return `${origin}${url.pathname.replace(/\/+$/, '')}${url.search}`;
    },
    inject(rule) {
      rules.push({ ...rule, remaining: rule.times ?? 1 });
    },
    clear() {
      rules.length = 0;
    },
    log,
    faults: () => log.filter((e) => e.fault !== undefined),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.socket?.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function answer(
  res: ServerResponse,
  status: number,
  headers: Record<string, string> = {},
  body?: unknown,
): void {
  const text =
    body === undefined
      ? JSON.stringify({ message: http.STATUS_CODES[status] ?? String(status) })
      : typeof body === 'string'
        ? body
        : JSON.stringify(body);
  const type =
    typeof body === 'string' && /^\s*</.test(body)
      ? 'text/html; charset=utf-8'
      : 'application/json';
  res.writeHead(status, { 'content-type': type, ...headers });
  res.end(text);
}
