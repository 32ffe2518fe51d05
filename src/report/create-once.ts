/**
 * Creating a comment exactly once. A create is not idempotent: when the forge applied it but
 * the answer was lost (a 504 from a proxy, a connection reset, a timeout), sending it again
 * posts a second comment. So the body carries a nonce in its marker (marker.ts), the drivers
 * never repeat a create on their own (src/forge/github/retry.ts, src/forge/gitlab/client.ts),
 * and here, after an ambiguous failure, the newest comments are searched for the nonce before
 * the create is tried again.
 */
import type { Logger } from '../core/logger';
import { errorMessage } from '../core/errors';
import type { CommentApi, CommentTarget, ForgeComment } from '../forge/types';
import { budgetFromEnv, isAmbiguousError, sleep } from '../forge/http';
import { nonceOf } from './marker';

/** How many of the newest comments are searched for the nonce (ours is the newest, or close). */
const SEARCH_DEPTH = 300;

export interface CreateOnceOptions {
  /** Attempts in all (default: the forge budget's retries + 1). */
  attempts?: number;
  /** One second of backoff, ms (default CML_FORGE_RETRY_UNIT_MS, else 1000). */
  unitMs?: number;
}

export async function createOnce(
  forge: Pick<CommentApi, 'createComment' | 'listComments'>,
  target: CommentTarget,
  body: string,
  logger: Logger,
  options: CreateOnceOptions = {},
): Promise<ForgeComment> {
  const budget = budgetFromEnv();
  const attempts = options.attempts ?? budget.retries + 1;
  const unitMs = options.unitMs ?? budget.unitMs;
  const nonce = nonceOf(body);
  for (let attempt = 1; ; attempt++) {
    try {
      return await forge.createComment(target, body);
    } catch (error) {
      if (!isAmbiguousError(error)) throw error;
      if (!nonce) {
        throw new Error(
          `The forge did not confirm the comment (${errorMessage(error)}); it may have been posted. Without the hidden marker (--rm-watermark) it cannot be recognised, so it is not sent again.`,
          { cause: error },
        );
      }
      let found: ForgeComment | undefined;
      try {
        found = await findByNonce(forge, target, nonce);
      } catch (lookup) {
        throw new Error(
          `The forge did not confirm the comment (${errorMessage(error)}), and looking for it failed too (${errorMessage(lookup)}); it may have been posted.`,
          { cause: error },
        );
      }
      if (found) {
        logger.info(
          `The forge applied the comment but its answer was lost (${errorMessage(error)}); using comment ${found.id}.`,
        );
        return found;
      }
      if (attempt >= attempts) throw error;
      const waitS = attempt ** 2;
      logger.info(
        `Posting the comment failed (${errorMessage(error)}) and it was not applied; trying again in ${waitS} s (attempt ${attempt + 1} of ${attempts}).`,
      );
      await sleep(waitS * unitMs);
    }
  }
}

async function findByNonce(
  forge: Pick<CommentApi, 'listComments'>,
  target: CommentTarget,
  nonce: string,
): Promise<ForgeComment | undefined> {
  let seen = 0;
  for await (const comment of forge.listComments(target)) {
    if (nonceOf(comment.body) === nonce) return comment;
    if (++seen >= SEARCH_DEPTH) break;
  }
  return undefined;
}
