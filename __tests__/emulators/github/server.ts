/**
 * The emulator's HTTP server: authentication, injected failures, OpenAPI checks, dispatch to
 * route modules, recording. Route handlers live in routes/<area>.ts.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FailureResponse, GitHubEmulator } from './index';
import { checkBody, checkQuery, matchRoute, pathExists } from './openapi';
import { paginate } from './pagination';
import { seedRepo } from './state';
import { createState } from './state';
import { defaultRouteModules } from './routes';
import { serveWeb } from './web';
import {
  HttpError,
  type HttpResult,
  type Identity,
  type RecordedRequest,
  type Route,
  type RouteModule,
} from './types';
import { trackViolations } from '../../support/violations';

interface Failure {
  remaining: number;
  response: FailureResponse;
  match?: { method?: string; path?: RegExp };
}

const DOCS = 'https://docs.github.com/rest';

export async function createServer(options: { repos?: string[] }): Promise<GitHubEmulator> {
  const state = createState();
  const tokens = new Map<string, Identity>();
  const routes = new Map<string, Route>();
  const failures: Failure[] = [];
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const untrackViolations = trackViolations('GitHub', violations);

  const addRoutes = (module: RouteModule) => {
    for (const route of module.routes) routes.set(`${route.method} ${route.path}`, route);
  };
  for (const module of defaultRouteModules) addRoutes(module);

  let baseUrl = '';
  let webUrl = '';

  const handle = async (
    req: IncomingMessage,
    raw: Buffer,
  ): Promise<{ result: HttpResult; record: Omit<RecordedRequest, 'status'> }> => {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', baseUrl);
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const query = Object.fromEntries(url.searchParams.entries());
    const auth = req.headers.authorization ?? '';
    const token = /^(?:token|bearer)\s+(.+)$/i.exec(auth)?.[1]?.trim();
    let body: unknown;
    const record: Omit<RecordedRequest, 'status'> = { method, path, query, body, token };
    const fail = (status: number, message: string, extra: Record<string, unknown> = {}) => ({
      result: { status, body: { message, documentation_url: DOCS, ...extra } },
      record,
    });

    if (raw.length > 0) {
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        violations.push(`${method} ${path}: body is not JSON`);
        return fail(400, 'Problems parsing JSON');
      }
    }
    record.body = body;

    const failure = failures.find(
      (f) =>
        f.remaining > 0 &&
        (!f.match?.method || f.match.method.toUpperCase() === method) &&
        (!f.match?.path || f.match.path.test(path)),
    );
    if (failure) {
      failure.remaining -= 1;
      return {
        result: {
          status: failure.response.status,
          headers: failure.response.headers,
          body: failure.response.body ?? { message: http.STATUS_CODES[failure.response.status] },
        },
        record,
      };
    }

    if (path.startsWith('/web/')) return { result: serveWeb(state, path, query), record };

    if (!token) return fail(401, 'Requires authentication');
    const identity = tokens.get(token);
    if (!identity) return fail(401, 'Bad credentials');

    const isGraphql = path === '/graphql';
    let params: Record<string, string> = {};
    let template = path;
    if (!isGraphql) {
      const match = matchRoute(method, path);
      if (!match) {
        violations.push(
          pathExists(path)
            ? `${method} ${path}: method not allowed by the OpenAPI description`
            : `${method} ${path}: no such route in the OpenAPI description`,
        );
        return fail(404, 'Not Found');
      }
      template = match.template;
      params = match.params;
      record.template = template;
      const problems = [...checkQuery(match, query), ...checkBody(match, method, body)];
      if (problems.length) {
        violations.push(`${method} ${template}: ${problems.join('; ')}`);
        return fail(422, 'Invalid request.', {
          errors: problems,
          status: '422',
        });
      }
      if (identity.readOnly && method !== 'GET') {
        return fail(403, 'Resource not accessible by integration');
      }
      if (identity.noContentsWrite && method !== 'GET' && template.includes('/git/')) {
        return fail(403, 'Resource not accessible by integration');
      }
    } else if (method !== 'POST') {
      violations.push(`${method} /graphql: GraphQL takes POST`);
      return fail(404, 'Not Found');
    }

    const route = routes.get(`${method} ${template}`);
    if (!route) {
      violations.push(`${method} ${template}: not emulated (add it to a route module)`);
      return fail(404, 'Not Found');
    }
    try {
      const result = await route.handler({
        method,
        path,
        params,
        query,
        body,
        headers: req.headers,
        identity,
        state,
        baseUrl,
        webUrl,
        violation: (message) => violations.push(`${method} ${template}: ${message}`),
        paginate: (items, render) => paginate({ baseUrl, path, query }, items, render),
      });
      return { result, record };
    } catch (error) {
      if (error instanceof HttpError) return fail(error.status, error.message, error.extra);
      throw error;
    }
  };

  const server = http.createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      handle(req, Buffer.concat(chunks))
        .then(({ result, record }) => {
          requests.push({ ...record, status: result.status });
          send(res, result);
        })
        .catch((error: unknown) => {
          violations.push(`${req.method} ${req.url}: emulator error ${String(error)}`);
          send(res, { status: 500, body: { message: `emulator error: ${String(error)}` } });
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  baseUrl = `http://127.0.0.1:${port}`;
  webUrl = `${baseUrl}/web`;

  for (const repo of options.repos ?? []) seedRepo(state, repo);

  const emulator: GitHubEmulator = {
    url: baseUrl,
    graphqlUrl: `${baseUrl}/graphql`,
    serverUrl: webUrl,
    state,
    requests,
    violations,
    addToken: (token, identity) => {
      tokens.set(token, identity);
    },
    failNext: (count, response, match) => {
      failures.push({ remaining: count, response, match });
    },
    seedRepo: (repo, seedOptions) => {
      seedRepo(state, repo, seedOptions);
    },
    seedIssue: (repo, issue) => seedIssueIn(emulator, repo, issue),
    seedPull: (repo, pull) => seedPullIn(emulator, repo, pull),
    seedComments: (repo, issueNumber, count, author, body) => {
      const r = repoOf(emulator, repo);
      if (!r.issues.has(issueNumber)) {
        throw new Error(`seedComments: ${repo}#${issueNumber} does not exist; seed it first`);
      }
      for (let i = 0; i < count; i++) {
        const when = state.now();
        r.comments.push({
          id: state.nextId(),
          issueNumber,
          body: body ? body(i) : `comment ${i}`,
          user: { login: author.login, id: author.id, type: author.type ?? 'User' },
          createdAt: when,
          updatedAt: when,
        });
      }
    },
    seedWorkflowRun: (repo, run) => {
      repoOf(emulator, repo).workflowRuns.set(run.id, {
        id: run.id,
        name: run.name ?? 'CI',
        status: run.status ?? 'completed',
        conclusion: run.conclusion === undefined ? 'failure' : run.conclusion,
        headSha: run.headSha ?? '0'.repeat(40),
        headBranch: run.headBranch ?? 'main',
        runAttempt: 1,
        actions: [],
      });
    },
    addRoutes,
    resetRecords: () => {
      // Violations are not forgotten here: the shared afterEach hook reports them.
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        untrackViolations();
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
  return emulator;
}

function repoOf(emulator: GitHubEmulator, fullName: string) {
  const repo = emulator.state.repos.get(fullName.toLowerCase());
  if (!repo) throw new Error(`${fullName} is not seeded; call seedRepo first`);
  return repo;
}

function seedIssueIn(
  emulator: GitHubEmulator,
  fullName: string,
  issue: { number: number; title?: string; state?: 'open' | 'closed' },
): void {
  const repo = repoOf(emulator, fullName);
  const id = emulator.state.nextId();
  repo.issues.set(issue.number, {
    number: issue.number,
    id,
    nodeId: Buffer.from(`05:Issue${id}`).toString('base64'),
    title: issue.title ?? `Issue ${issue.number}`,
    body: '',
    state: issue.state ?? 'open',
    user: { login: repo.owner, id: repo.id + 1_000_000, type: 'User' },
    createdAt: emulator.state.now(),
  });
}

function seedPullIn(
  emulator: GitHubEmulator,
  fullName: string,
  pull: Parameters<GitHubEmulator['seedPull']>[1],
): void {
  const repo = repoOf(emulator, fullName);
  const id = emulator.state.nextId();
  repo.issues.set(pull.number, {
    number: pull.number,
    id,
    nodeId: `PR_kw${Buffer.from(String(id)).toString('base64url')}`,
    title: pull.title ?? `PR ${pull.number}`,
    body: '',
    state: pull.state ?? 'open',
    user: { login: repo.owner, id: repo.id + 1_000_000, type: 'User' },
    createdAt: emulator.state.now(),
    pull: {
      headRef: pull.headRef,
      headSha: pull.headSha,
      headRepo: pull.headRepo ?? repo.fullName,
      baseRef: pull.baseRef,
      baseSha: pull.baseSha,
      merged: false,
      draft: false,
    },
  });
}

function send(res: ServerResponse, result: HttpResult): void {
  const headers: Record<string, string> = {
    'x-github-media-type': 'github.v3; format=json',
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    ...result.headers,
  };
  if (Buffer.isBuffer(result.body)) {
    headers['content-type'] ??= 'application/octet-stream';
    res.writeHead(result.status, headers);
    res.end(result.body);
    return;
  }
  if (result.body === undefined || result.status === 204) {
    res.writeHead(result.status, headers);
    res.end();
    return;
  }
  headers['content-type'] = 'application/json; charset=utf-8';
  res.writeHead(result.status, headers);
  res.end(JSON.stringify(result.body));
}
