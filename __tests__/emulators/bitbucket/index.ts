// A Bitbucket Cloud REST 2.0 emulator on 127.0.0.1 for tests. Every request is recorded and
// checked against Bitbucket's published description (swagger.ts); one the description does not
// allow is recorded in `violations` (the shared afterEach hook fails the test) and refused.
// Auth: `Authorization: Bearer <access token>` (repository/project/workspace access tokens,
// OAuth) or `Basic base64(user:app password)`; scopes are checked against each operation's
// `security` entry with the implications the description lists.
import http, { type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { trackViolations } from '../../support/violations';
import {
  checkBody,
  checkPath,
  checkQuery,
  matchRoute,
  pathExists,
  requiredScopes,
} from './swagger';
import { errorBody } from './render';
import { grants, handlers } from './routes';
import { BitbucketState, type BitbucketUser, type Credential } from './state';
import { HttpError, type RecordedRequest, type RouteContext, type RouteResult } from './types';

export { BitbucketState } from './state';
export type * from './state';
export type { RecordedRequest } from './types';

export interface FailureResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface BitbucketEmulator {
  /** API root, e.g. http://127.0.0.1:PORT/2.0 (https://api.bitbucket.org/2.0 in production). */
  url: string;
  /** Web root, e.g. http://127.0.0.1:PORT/web (https://bitbucket.org). */
  serverUrl: string;
  state: BitbucketState;
  requests: RecordedRequest[];
  violations: string[];
  /** A repository or workspace access token (Bearer). */
  addAccessToken(token: string, user: BitbucketUser, scopes: string[]): void;
  /** An app password (Basic `username:password`). */
  addAppPassword(username: string, password: string, user: BitbucketUser, scopes: string[]): void;
  failNext(
    count: number,
    response: FailureResponse,
    match?: { method?: string; path?: RegExp },
  ): void;
  close(): Promise<void>;
}

export async function startBitbucketEmulator(): Promise<BitbucketEmulator> {
  const state = new BitbucketState();
  const credentials = new Map<string, Credential>();
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const failures: {
    remaining: number;
    response: FailureResponse;
    match?: { method?: string; path?: RegExp };
  }[] = [];
  const untrack = trackViolations('Bitbucket', violations);
  let api = '';
  let web = '';

  const authenticate = (header: string | undefined): Credential | undefined => {
    const m = /^(Bearer|Basic)\s+(\S+)$/i.exec(header ?? '');
    if (!m) return undefined;
    return m[1]!.toLowerCase() === 'bearer'
      ? credentials.get(`bearer ${m[2]}`)
      : credentials.get(`basic ${Buffer.from(m[2]!, 'base64').toString('utf8')}`);
  };

  const handle = async (
    req: IncomingMessage,
    raw: Buffer,
  ): Promise<RouteResult & { record: RecordedRequest }> => {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', api);
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      body: undefined,
      status: 0,
      scheme: /^(\w+)/.exec(req.headers.authorization ?? '')?.[1],
    };
    const refuse = (status: number, message: string, detail?: string, violation = true) => {
      if (violation)
        violations.push(`${method} ${url.pathname}${url.search}: ${detail ?? message}`);
      return { status, body: errorBody(message, detail), record };
    };

    if (url.pathname.startsWith('/web/')) return { ...serveDownload(url.pathname, req), record };
    if (!url.pathname.startsWith('/2.0/')) return refuse(404, 'Not found', 'not under /2.0');
    const path = url.pathname.slice('/2.0'.length).replace(/\/$/, '');

    const failure = failures.find(
      (f) =>
        f.remaining > 0 &&
        (!f.match?.method || f.match.method === method) &&
        (!f.match?.path || f.match.path.test(path)),
    );
    if (failure) {
      failure.remaining--;
      return { ...failure.response, record };
    }

    const contentType = req.headers['content-type'] ?? '';
    let body: unknown;
    const files: RouteContext['files'] = [];
    if (raw.length > 0 && contentType.startsWith('multipart/form-data')) {
      const form = await new Request('http://x/', {
        method: 'POST',
        headers: { 'content-type': contentType },
        body: raw,
      }).formData();
      for (const [field, value] of form.entries()) {
        if (typeof value === 'string')
          files.push({ field, filename: '', bytes: Buffer.from(value), contentType: '' });
        else
          files.push({
            field,
            filename: value.name,
            bytes: Buffer.from(await value.arrayBuffer()),
            contentType: value.type,
          });
      }
    } else if (raw.length > 0) {
      if (!/^application\/json\b/.test(contentType)) {
        return refuse(
          415,
          'Unsupported Media Type',
          `content-type ${contentType} (the description consumes application/json)`,
        );
      }
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        return refuse(400, 'Bad request', 'body is not JSON');
      }
    }
    record.body =
      body ??
      (files.length ? files.map((f) => ({ field: f.field, filename: f.filename })) : undefined);

    const match = matchRoute(method, path);
    if (!match) {
      return pathExists(path)
        ? refuse(405, 'Method not allowed', `${method} is not described for this path`)
        : refuse(404, 'Resource not found', 'no such path in the description');
    }
    const problems = [
      ...checkPath(match),
      ...checkQuery(match, url.searchParams),
      ...(files.length ? [] : checkBody(match, method, body)),
    ];
    if (problems.length) return refuse(400, 'Bad request', problems.join('; '));

    const credential = authenticate(req.headers.authorization);
    // Unauthenticated or bad credentials: Bitbucket answers 401 (not a protocol violation).
    if (!credential) return refuse(401, 'Unauthorized', 'Invalid or missing credentials', false);
    const required = requiredScopes(match);
    const missing = required.filter((s) => !grants(credential.scopes, s));
    if (missing.length) {
      return {
        status: 403,
        headers: {
          'x-accepted-oauth-scopes': required.join(', '),
          'x-oauth-scopes': credential.scopes.join(', '),
        },
        body: errorBody(
          'Your credentials lack one or more required privilege scopes.',
          `required: ${required.join(', ')}; granted: ${credential.scopes.join(', ')}`,
        ),
        record,
      };
    }
    const handler = handlers[`${method} ${match.template}`];
    if (!handler)
      return refuse(
        501,
        'Not implemented',
        `${method} ${match.template} is described but not emulated`,
      );
    const ctx: RouteContext = {
      state,
      urls: { api: api.replace(/\/$/, ''), web: web.replace(/\/$/, '') },
      url,
      params: match.params,
      body,
      files,
      credential,
      violation: (m) => violations.push(m),
      repo: () => {
        const repo = state.repo(match.params.workspace ?? '', match.params.repo_slug ?? '');
        if (!repo)
          throw new HttpError(
            404,
            `Repository ${match.params.workspace}/${match.params.repo_slug} not found`,
          );
        return repo;
      },
    };
    try {
      return { ...(await handler(ctx)), record };
    } catch (error) {
      if (error instanceof HttpError) {
        return { status: error.status, body: errorBody(error.message, error.detail), record };
      }
      throw error;
    }
  };

  /** The web URL of a download, as the driver links it: the bytes for anyone who may read the repository. */
  const serveDownload = (pathname: string, req: IncomingMessage): RouteResult => {
    const m = /^\/web\/([^/]+)\/([^/]+)\/downloads\/([^/]+)$/.exec(pathname);
    const repo = m ? state.repo(decodeURIComponent(m[1]!), decodeURIComponent(m[2]!)) : undefined;
    const file = repo?.downloads.get(decodeURIComponent(m?.[3] ?? ''));
    if (!repo || !file) return { status: 404, raw: Buffer.from('Not found') };
    if (repo.isPrivate && !authenticate(req.headers.authorization)) {
      return { status: 401, raw: Buffer.from('Log in to see this file') };
    }
    return { status: 200, raw: file.bytes, headers: { 'content-type': file.contentType } };
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      handle(req, Buffer.concat(chunks))
        .then((result) => {
          result.record.status = result.status ?? 200;
          requests.push(result.record);
          const headers = { ...(result.headers ?? {}) };
          if (result.raw) {
            res.writeHead(result.status ?? 200, headers).end(result.raw);
          } else if (result.body === undefined) {
            res.writeHead(result.status ?? 200, headers).end();
          } else {
            headers['content-type'] = 'application/json; charset=utf-8';
            res.writeHead(result.status ?? 200, headers).end(JSON.stringify(result.body));
          }
        })
        .catch((error: unknown) => {
          violations.push(`emulator error: ${String(error)}`);
          res.writeHead(500).end();
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  api = `http://127.0.0.1:${port}/2.0`;
  web = `http://127.0.0.1:${port}/web`;

  return {
    url: api,
    serverUrl: web,
    state,
    requests,
    violations,
    addAccessToken(token, user, scopes) {
      credentials.set(`bearer ${token}`, { user, scopes, kind: 'access-token' });
    },
    addAppPassword(username, password, user, scopes) {
      credentials.set(`basic ${username}:${password}`, { user, scopes, kind: 'app-password' });
    },
    failNext(count, response, match) {
      failures.push({ remaining: count, response, match });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        untrack();
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
