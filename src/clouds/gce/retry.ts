/** HTTP answers worth another try: rate limits and the API's transient failures. */
const TRANSIENT = new Set([429, 500, 502, 503, 504]);

/** A call that got no answer in time, retried like a 504 (an insert retried meets its own name: 409). */
export class RequestTimeoutError extends Error {
  override readonly name = 'RequestTimeoutError';
  readonly code = 504;
}

/** Rejects when `promise` has not settled within `ms`. */
export async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new RequestTimeoutError(`No answer from Compute Engine in ${ms / 1000} s.`)),
          ms,
        );
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export function statusOf(error: unknown): number | undefined {
  const code =
    (error as { code?: unknown; status?: unknown }).status ?? (error as { code?: unknown }).code;
  return typeof code === 'number' ? code : undefined;
}

/**
 * Calls `call` again after 429 and 5xx answers, with exponential backoff from `baseMs`. The REST
 * transport of @google-cloud/compute does not retry these itself. Bounded: a dead API fails in
 * about half a minute, not hours.
 */
export async function withRetry<T>(
  call: (attempt: number) => Promise<T>,
  baseMs: number,
  attempts = 5,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call(attempt);
    } catch (error) {
      const status = statusOf(error);
      if (attempt >= attempts || status === undefined || !TRANSIENT.has(status)) throw error;
      await new Promise((r) => setTimeout(r, baseMs * 2 ** (attempt - 1)));
    }
  }
}
