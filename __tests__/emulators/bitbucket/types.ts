import type { BitbucketState, Credential, RepoRecord } from './state';
import type { Urls } from './render';

/** Thrown by handlers to answer Bitbucket's error envelope. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly detail?: string,
  ) {
    super(message);
  }
}

export interface RouteContext {
  state: BitbucketState;
  urls: Urls;
  url: URL;
  params: Record<string, string>;
  body: unknown;
  /** multipart parts, by field name (several parts may share one). */
  files: { field: string; filename: string; bytes: Buffer; contentType: string }[];
  credential: Credential;
  /** The repository of `{workspace}/{repo_slug}` (404 when missing or unseen). */
  repo(): RepoRecord;
  violation(message: string): void;
}

export interface RouteResult {
  status?: number;
  body?: unknown;
  raw?: Buffer;
  headers?: Record<string, string>;
}

export type Handler = (ctx: RouteContext) => RouteResult | Promise<RouteResult>;

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  status: number;
  /** `Bearer` or `Basic`, as sent. */
  scheme?: string;
}
