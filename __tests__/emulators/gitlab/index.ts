// A GitLab REST API emulator on 127.0.0.1 for tests. Every request is recorded; a request that
// matches no route of the route table, or whose parameters GitLab's documentation does not list,
// is recorded in `violations` and refused, so a driver bug fails the test instead of passing here.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  checkParams,
  HttpError,
  matchRoute,
  notFound,
  type RouteContext,
  type RouteDefinition,
  type RouteModule,
  type RouteResult,
} from './router';
import { GitLabState, type MergeRequestRecord, type TokenRecord, type UserRecord } from './state';
import { paginate } from './pagination';
import { userRoutes } from './routes/user';
import { projectRoutes } from './routes/projects';
import { noteRoutes } from './routes/notes';
import { commitRoutes } from './routes/commits';
import { mergeRequestRoutes } from './routes/merge-requests';
import { uploadRoutes, serveUpload } from './routes/uploads';
import { statusRoutes } from './routes/statuses';
import { runnerRoutes } from './routes/runners';
import { pipelineRoutes } from './routes/pipelines';
import { trackViolations } from '../../support/violations';

export type { RouteModule, RouteDefinition, RouteContext, RouteResult } from './router';
export { HttpError, notFound, asArray, asBool, asInt, asString } from './router';
export { GitLabState } from './state';
export type * from './state';

export interface RecordedRequest {
  method: string;
  /** Path under the API root, still percent-encoded as sent (e.g. `/projects/group%2Fname`). */
  path: string;
  query: Record<string, string | string[]>;
  body: unknown;
  status: number;
  /** The token sent (PRIVATE-TOKEN, JOB-TOKEN or Bearer), if any. */
  token?: string;
}

export interface FailureResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface GitLabEmulator {
  /** API root, e.g. http://127.0.0.1:PORT/api/v4: use as CI_API_V4_URL / apiUrl. */
  url: string;
  /** Web root, e.g. http://127.0.0.1:PORT: CI_SERVER_URL. */
  serverUrl: string;
  state: GitLabState;
  requests: RecordedRequest[];
  /** Requests that matched no route of the route table, or carried unknown or missing params. */
  violations: string[];
  addToken(
    token: string,
    identity: { username: string; id: number; scopes?: string[]; readOnly?: boolean },
  ): void;
  /** The next `count` requests (matching `match`, if given) get `response` instead of an answer. */
  failNext(
    count: number,
    response: FailureResponse,
    match?: { method?: string; path?: RegExp },
  ): void;
  seedProject(project: { id: number; path: string; defaultBranch?: string }): void;
  seedMergeRequest(
    projectId: number,
    mr: {
      iid: number;
      sourceBranch: string;
      targetBranch: string;
      sha: string;
      state?: 'opened' | 'closed' | 'merged';
      title?: string;
    },
  ): MergeRequestRecord;
  seedIssue(projectId: number, issue: { iid: number; title?: string }): void;
  /** Adds `count` notes, oldest first; `body(i)` gives the i-th body (0-based). */
  seedNotes(
    projectId: number,
    mrIid: number,
    count: number,
    author: { username: string; id: number },
    body?: (i: number) => string,
    options?: { noteable?: 'MergeRequest' | 'Issue'; system?: boolean },
  ): void;
  seedPipeline(
    projectId: number,
    pipeline: { id: number; sha: string; ref: string; status?: string },
  ): void;
  /** Adds a route module; its routes are tried before the built-in ones. */
  addRoutes(module: RouteModule): void;
  close(): Promise<void>;
}

export interface EmulatorOptions {
  /** Relative URL root of the instance (GitLab installed under a path), e.g. `/gitlab`. */
  relativeRoot?: string;
}

const BUILT_IN: RouteModule[] = [
  userRoutes,
  projectRoutes,
  noteRoutes,
  commitRoutes,
  mergeRequestRoutes,
  uploadRoutes,
  statusRoutes,
  runnerRoutes,
  pipelineRoutes,
];

export async function startGitLabEmulator(options: EmulatorOptions = {}): Promise<GitLabEmulator> {
  const state = new GitLabState();
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const untrackViolations = trackViolations('GitLab', violations);
  let routes: RouteDefinition[] = BUILT_IN.flatMap((m) => m.routes);
  const failures: {
    remaining: number;
    response: FailureResponse;
    match?: { method?: string; path?: RegExp };
  }[] = [];
  const root = (options.relativeRoot ?? '').replace(/\/+$/, '');
  let serverUrl = '';
  let apiUrl = '';

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      handle(req, Buffer.concat(chunks))
        .then((result) => send(res, result))
        .catch((error: unknown) => send(res, { status: 500, body: { message: String(error) } }));
    });
  });

  async function handle(req: http.IncomingMessage, raw: Buffer): Promise<RouteResult> {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', serverUrl);
    const apiPrefix = `${root}/api/v4`;
    const token = readToken(req);

    if (!url.pathname.startsWith(apiPrefix + '/')) {
      // Web routes: uploaded files, served to whoever has the URL (GitLab's default for media).
      const upload =
        method === 'GET' ? serveUpload(state, url.pathname.slice(root.length)) : undefined;
      const result = upload ?? { status: 404, body: { message: '404 Not Found' } };
      if (!upload) violations.push(`${method} ${url.pathname}: not an API or upload path`);
      requests.push({
        method,
        path: url.pathname,
        query: {},
        body: undefined,
        status: result.status ?? 200,
        token,
      });
      return result;
    }

    const path = url.pathname.slice(apiPrefix.length);
    const query = readQuery(url.searchParams);
    let body: Record<string, unknown> = {};
    let files: RouteContext['files'] = {};
    try {
      ({ body, files } = await readBody(req, raw));
    } catch (error) {
      violations.push(`${method} ${path}: unreadable body (${String(error)})`);
    }
    const record: RecordedRequest = {
      method,
      path,
      query,
      body: raw.length ? body : undefined,
      status: 0,
      token,
    };
    requests.push(record);
    const done = (result: RouteResult): RouteResult => {
      record.status = result.status ?? 200;
      return result;
    };

    const { matched, methodMismatch } = matchRoute(routes, method, path);
    const input = { ...query, ...body };
    let problem: RouteResult | undefined;
    if (!matched) {
      violations.push(
        `${method} ${path}: no such route${methodMismatch ? ' for this method' : ''}`,
      );
      problem = methodMismatch
        ? { status: 405, body: { message: '405 Method Not Allowed' } }
        : { status: 404, body: { error: '404 Not Found' } };
    } else {
      if (method === 'GET' && raw.length > 0) violations.push(`${method} ${path}: GET with a body`);
      const problems = checkParams(matched.route, input, Object.keys(files));
      if (problems.length) {
        violations.push(`${method} ${matched.route.path} (${path}): ${problems.join('; ')}`);
        problem = { status: 400, body: { error: problems.join(', ') } };
      }
    }

    const failure = failures.find(
      (f) =>
        f.remaining > 0 &&
        (!f.match?.method || f.match.method === method) &&
        (!f.match?.path || f.match.path.test(path)),
    );
    if (failure) {
      failure.remaining--;
      return done({
        status: failure.response.status,
        headers: failure.response.headers,
        body: failure.response.body ?? { message: `${failure.response.status}` },
      });
    }
    if (problem || !matched) return done(problem ?? { status: 404 });

    const identity = token ? state.tokens.get(token) : undefined;
    if (!identity) return done({ status: 401, body: { message: '401 Unauthorized' } });
    const write = method !== 'GET';
    const scopes = identity.scopes;
    const canRead = scopes.some(
      (s) => s === 'api' || s === 'read_api' || matched.route.scopes?.includes(s),
    );
    const canWrite = scopes.some((s) => s === 'api' || matched.route.scopes?.includes(s));
    if (identity.readOnly && write)
      return done({ status: 403, body: { message: '403 Forbidden' } });
    if (write ? !canWrite : !canRead) {
      return done({
        status: 403,
        body: {
          error: 'insufficient_scope',
          error_description:
            'The request requires higher privileges than provided by the access token.',
          scope: 'api',
        },
      });
    }

    const ctx: RouteContext = {
      state,
      params: matched.params,
      input,
      files,
      token: identity,
      serverUrl,
      apiUrl,
      project() {
        const project = state.findProject(matched.params.id ?? '');
        if (!project) throw notFound('404 Project Not Found');
        return project;
      },
      paginate: (items, render) => paginate(items, render, input, url),
    };
    try {
      return done(await matched.route.handler(ctx));
    } catch (error) {
      if (error instanceof HttpError) return done({ status: error.status, body: error.body });
      throw error;
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  serverUrl = `http://127.0.0.1:${port}${root}`;
  apiUrl = `${serverUrl}/api/v4`;

  const emulator: GitLabEmulator = {
    url: apiUrl,
    serverUrl,
    state,
    requests,
    violations,
    addToken(token, identity) {
      const record: TokenRecord = {
        id: identity.id,
        username: identity.username,
        name: identity.username,
        scopes: identity.scopes ?? ['api'],
        readOnly: identity.readOnly ?? false,
      };
      state.tokens.set(token, record);
    },
    failNext(count, response, match) {
      failures.push({ remaining: count, response, match });
    },
    seedProject(project) {
      state.projects.push({
        id: project.id,
        path: project.path,
        defaultBranch: project.defaultBranch ?? 'main',
      });
    },
    seedMergeRequest(projectId, mr) {
      const now = state.now();
      const record: MergeRequestRecord = {
        id: state.nextId(),
        projectId,
        iid: mr.iid,
        title: mr.title ?? `MR ${mr.iid}`,
        description: '',
        sourceBranch: mr.sourceBranch,
        targetBranch: mr.targetBranch,
        sha: mr.sha,
        state: mr.state ?? 'opened',
        autoMerge: false,
        squash: false,
        authorId: 1,
        createdAt: now,
        updatedAt: now,
      };
      state.mergeRequests.push(record);
      return record;
    },
    seedIssue(projectId, issue) {
      state.issues.push({
        id: state.nextId(),
        projectId,
        iid: issue.iid,
        title: issue.title ?? `Issue ${issue.iid}`,
        createdAt: state.now(),
      });
    },
    seedNotes(projectId, iid, count, author, body, seedOptions) {
      const user: UserRecord = { id: author.id, username: author.username, name: author.username };
      for (let i = 0; i < count; i++) {
        const now = state.now();
        state.notes.push({
          id: state.nextId(),
          projectId,
          noteableType: seedOptions?.noteable ?? 'MergeRequest',
          noteableIid: iid,
          body: body ? body(i) : `note ${i}`,
          author: user,
          system: seedOptions?.system ?? false,
          internal: false,
          createdAt: now,
          updatedAt: now,
        });
      }
    },
    seedPipeline(projectId, pipeline) {
      state.pipelines.push({
        id: pipeline.id,
        iid: pipeline.id,
        projectId,
        sha: pipeline.sha,
        ref: pipeline.ref,
        status: pipeline.status ?? 'failed',
        retries: 0,
        createdAt: state.now(),
      });
    },
    addRoutes(module) {
      routes = [...module.routes, ...routes];
    },
    close() {
      untrackViolations();
      return new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
  return emulator;
}

function readToken(req: http.IncomingMessage): string | undefined {
  const privateToken = req.headers['private-token'] ?? req.headers['job-token'];
  if (typeof privateToken === 'string' && privateToken) return privateToken;
  const auth = req.headers.authorization;
  const bearer = auth ? /^Bearer\s+(.+)$/i.exec(auth) : null;
  return bearer?.[1];
}

/** Query parameters; `name[]=a&name[]=b` becomes an array under `name`, as Rack reads it. */
function readQuery(params: URLSearchParams): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [key, value] of params) {
    if (key.endsWith('[]')) {
      const name = key.slice(0, -2);
      const list = result[name];
      result[name] = Array.isArray(list) ? [...list, value] : [value];
    } else {
      result[key] = value;
    }
  }
  return result;
}

async function readBody(
  req: http.IncomingMessage,
  raw: Buffer,
): Promise<{ body: Record<string, unknown>; files: RouteContext['files'] }> {
  const type = req.headers['content-type'] ?? '';
  if (!raw.length) return { body: {}, files: {} };
  if (type.includes('application/json')) {
    const parsed: unknown = JSON.parse(raw.toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw new Error('JSON body is not an object');
    return { body: parsed as Record<string, unknown>, files: {} };
  }
  if (type.includes('application/x-www-form-urlencoded')) {
    return { body: readQuery(new URLSearchParams(raw.toString('utf8'))), files: {} };
  }
  if (type.includes('multipart/form-data')) {
    // undici parses multipart for us: the same code path fetch uses.
    const form = await new Request('http://emulator/', {
      method: 'POST',
      headers: { 'content-type': type },
      body: raw,
    }).formData();
    const body: Record<string, unknown> = {};
    const files: RouteContext['files'] = {};
    for (const [key, value] of form) {
      if (typeof value === 'string') body[key] = value;
      else
        files[key] = {
          filename: value.name,
          bytes: Buffer.from(await value.arrayBuffer()),
          contentType: value.type,
        };
    }
    return { body, files };
  }
  throw new Error(`unsupported content-type ${JSON.stringify(type)}`);
}

function send(res: http.ServerResponse, result: RouteResult): void {
  const status = result.status ?? 200;
  const headers: Record<string, string> = { ...(result.headers ?? {}) };
  if (result.raw) {
    res.writeHead(status, headers);
    res.end(result.raw);
    return;
  }
  if (status === 204 || result.body === undefined) {
    res.writeHead(status, headers);
    res.end();
    return;
  }
  headers['content-type'] ??= 'application/json';
  res.writeHead(status, headers);
  res.end(JSON.stringify(result.body));
}
