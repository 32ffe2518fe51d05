import type { ForgeKind } from '../core/context';
import { PermissionError } from '../core/errors';
import { forgeInfo } from '../forge/registry';
import type { WriteKind } from '../forge/descriptor';

/** The HTTP status of a forge error (octokit RequestError, gitbeaker's cause.response), if any. */
export function httpStatusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as { status?: unknown; response?: { status?: unknown }; cause?: unknown };
  if (typeof e.status === 'number') return e.status;
  if (typeof e.response?.status === 'number') return e.response.status;
  if (e.cause && e.cause !== error) return httpStatusOf(e.cause);
  return undefined;
}

/** What the user must grant so the write succeeds, in the words of the forge's own settings. */
export function permissionHint(
  forge: ForgeKind,
  kind: WriteKind,
  targetKind?: 'pr' | 'issue' | 'commit',
): string {
  return forgeInfo(forge).permissionHint(kind, targetKind);
}

/** Whether an error means "not allowed" (or hidden from this token) rather than a bug or outage. */
export function isPermissionFailure(error: unknown): boolean {
  if (error instanceof PermissionError) return true;
  const status = httpStatusOf(error);
  return status === 401 || status === 403 || status === 404;
}
