/** Small helpers shared by route modules. */
import { HttpError, type Identity, type RouteContext, type UserRef } from '../types';
import type { Urls } from '../render';

export const userOf = (identity: Identity): UserRef => ({
  login: identity.login,
  id: identity.id,
  type: identity.type,
});

export const urlsOf = (ctx: RouteContext): Urls => ({ baseUrl: ctx.baseUrl, webUrl: ctx.webUrl });

/** A path parameter the matched template declares (404 when absent, which cannot happen). */
export function param(ctx: RouteContext, name: string): string {
  const value = ctx.params[name];
  if (value === undefined) throw new HttpError(404, 'Not Found');
  return value;
}

export const repoOf = (ctx: RouteContext) =>
  ctx.state.repo(param(ctx, 'owner'), param(ctx, 'repo'));

export function intParam(ctx: RouteContext, name: string): number {
  const value = Number(param(ctx, name));
  if (!Number.isInteger(value)) throw new HttpError(404, 'Not Found');
  return value;
}

/** The JSON body as an object (OpenAPI validation already checked its shape). */
export function bodyOf(ctx: RouteContext): Record<string, unknown> {
  return (ctx.body ?? {}) as Record<string, unknown>;
}

/** GitHub's 422 "Validation Failed" answer. */
export function validationFailed(
  resource: string,
  field: string,
  code: string,
  message?: string,
): HttpError {
  return new HttpError(422, 'Validation Failed', {
    errors: [{ resource, field, code, ...(message ? { message } : {}) }],
  });
}
