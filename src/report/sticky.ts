import type { Logger } from '../core/logger';
import type { CommentApi, CommentTarget, ForgeComment, Identity } from '../forge/types';
import { createOnce } from './create-once';
import { fitBody } from './fit';
import {
  isLegacyCmlWatermark,
  markerKeyOf,
  mergeSections,
  newNonce,
  nonceOf,
  normalizeSectionName,
  parseBody,
  renderMarker,
  watermarkKey,
  type Section,
} from './marker';

export type CommentDriver = Pick<
  CommentApi,
  | 'identity'
  | 'listComments'
  | 'getComment'
  | 'createComment'
  | 'updateComment'
  | 'deleteComment'
  | 'canEdit'
  | 'commentLimit'
>;

export interface PostOptions {
  forge: CommentDriver;
  target: CommentTarget;
  /** Expanded watermark title (placeholders already replaced). */
  title: string;
  /** This writer's Markdown, images already rewritten. */
  content: string;
  /** Named section this writer owns; implies a sticky update. */
  section?: string;
  /** CML's semantics: 'create' always adds a comment; 'update' edits the newest match. */
  mode: 'create' | 'update';
  /**
   * Titles of CML's own watermark to adopt as ours (default: `title` alone), for teams whose
   * open PRs still carry comments written by CML.
   */
  legacyTitles?: string[];
  /** Leave the marker out (CML's --rm-watermark; create only). */
  noMarker?: boolean;
  /** Where the full report is, for the truncation note. */
  fullReport?: string;
  logger: Logger;
  /** Wait before each verification read, ms (random in [min, max]); tests may shorten it. */
  settleMs?: [number, number];
  maxAttempts?: number;
}

export interface PostResult {
  comment: ForgeComment;
  action: 'created' | 'updated';
  truncated: boolean;
}

/** Posts or updates the report comment and returns it. */
export async function postComment(options: PostOptions): Promise<PostResult> {
  const { forge, target, logger } = options;
  if (options.section !== undefined) return postSection(options);
  // The nonce lets a create whose answer was lost find its comment instead of posting twice.
  const marker = options.noMarker ? undefined : renderMarker(options.title, newNonce());
  const { body, truncated } = await fitBody({
    marker,
    content: options.content,
    limit: forge.commentLimit,
    fullReport: options.fullReport,
  });
  if (options.mode === 'create') {
    return { comment: await createOnce(forge, target, body, logger), action: 'created', truncated };
  }
  const matcher = new Matcher(options);
  const { newest, horizon } = await matcher.scan(target, { stopAtFirst: true });
  if (newest && forge.canEdit(target)) {
    const comment = await forge.updateComment(target, newest.id, body);
    return { comment, action: 'updated', truncated };
  }
  const created = await createOnce(forge, target, body, logger);
  // Two writers that both found nothing create two comments: the older one wins, the newer
  // writer moves its report there and removes its own, so the PR converges to one comment.
  const rivals = await matcher.since(target, horizon, created.id);
  const winner = rivals.filter((c) => c.id < created.id).sort((a, b) => a.id - b.id)[0];
  if (winner && forge.canEdit(target)) {
    const comment = await forge.updateComment(target, winner.id, body);
    await forge.deleteComment(target, created.id);
    options.logger.info(
      `Another job created the same report at the same time; kept comment ${winner.id}.`,
    );
    return { comment, action: 'updated', truncated };
  }
  return { comment: created, action: 'created', truncated };
}

/** Finds comments carrying our marker and written by us, caching who "us" is. */
class Matcher {
  private identity?: Promise<Identity>;
  private readonly key: string;
  constructor(private readonly options: PostOptions) {
    this.key = watermarkKey(options.title);
  }

  private carriesMarker(comment: ForgeComment): boolean {
    if (markerKeyOf(comment.body) === this.key) return true;
    const legacy = this.options.legacyTitles ?? [this.options.title];
    return legacy.some((title) => isLegacyCmlWatermark(comment.body, title));
  }

  async matches(comment: ForgeComment): Promise<boolean> {
    if (!this.carriesMarker(comment)) return false;
    this.identity ??= this.options.forge.identity();
    const me = await this.identity;
    if (me.id !== undefined && comment.authorId !== undefined) return me.id === comment.authorId;
    return me.login.toLowerCase() === comment.author.toLowerCase();
  }

  /** Walks every comment newest first; the horizon is the newest id seen (0 for none). */
  async scan(
    target: CommentTarget,
    options: { stopAtFirst: boolean },
  ): Promise<{ newest?: ForgeComment; all: ForgeComment[]; horizon: number }> {
    const all: ForgeComment[] = [];
    let horizon = 0;
    for await (const comment of this.options.forge.listComments(target)) {
      horizon = Math.max(horizon, comment.id);
      if (await this.matches(comment)) {
        all.push(comment);
        if (options.stopAtFirst) break;
      }
    }
    return { newest: all[0], all, horizon };
  }

  /** Our matching comments newer than the horizon (created while we worked), except `skip`. */
  async since(target: CommentTarget, horizon: number, skip?: number): Promise<ForgeComment[]> {
    const found: ForgeComment[] = [];
    for await (const comment of this.options.forge.listComments(target)) {
      if (comment.id <= horizon) break;
      if (comment.id !== skip && (await this.matches(comment))) found.push(comment);
    }
    return found;
  }
}

/** The GitHub driver's spacing between writes (octokit throttling), with a margin. */
const WRITE_SPACING_MS = 1100;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function jitter([min, max]: [number, number]): number {
  return min + Math.random() * Math.max(0, max - min);
}

/**
 * One section of a shared comment. There is no compare-and-swap on comments, so concurrent
 * writers converge instead: merge into the oldest matching comment, fold duplicates into it,
 * then re-read after a jittered wait and write again if another writer's stale copy dropped our
 * section. Bounded by maxAttempts.
 */
async function postSection(options: PostOptions): Promise<PostResult> {
  const { forge, target, logger } = options;
  const ours: Section = {
    name: normalizeSectionName(options.section ?? ''),
    body: options.content.trim(),
  };
  const settle = options.settleMs ?? settleFromEnv();
  const maxAttempts = options.maxAttempts ?? 12;
  const matcher = new Matcher(options);
  // Creates carry a fresh nonce (create-once.ts); updates keep the nonce the comment has, so an
  // unchanged report is not written again.
  const render = (sections: Section[], nonce?: string) =>
    fitBody({
      marker: renderMarker(options.title, nonce),
      sections,
      limit: forge.commentLimit,
      fullReport: options.fullReport,
    });
  const create = async () =>
    wrote(await createOnce(forge, target, (await render([ours], newNonce())).body, logger));

  if (!forge.canEdit(target)) {
    // Commit comments on GitLab cannot be edited: a section can only be a comment of its own.
    const { body, truncated } = await render([ours], newNonce());
    return { comment: await createOnce(forge, target, body, logger), action: 'created', truncated };
  }

  // The driver spaces writes about a second apart; reading only once that spacing has passed
  // keeps our read-modify-write window to one round trip, so the settle wait outlasts it.
  let lastWrite = 0;
  const wrote = <T>(value: T): T => {
    lastWrite = Date.now();
    return value;
  };
  const scan = await matcher.scan(target, { stopAtFirst: false });
  let candidates = scan.all;
  let action: PostResult['action'] = 'updated';
  if (candidates.length === 0) {
    const created = await create();
    action = 'created';
    candidates = [created, ...(await matcher.since(target, scan.horizon, created.id))];
  }
  let winnerId = Math.min(...candidates.map((c) => c.id));
  let losers = candidates.filter((c) => c.id !== winnerId);
  let truncated = false;
  // A section counts as settled after two checks in a row, a settle wait apart, find it.
  let confirmations = 0;

  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    await sleep(Math.max(0, lastWrite + WRITE_SPACING_MS - Date.now()));
    const current = await forge.getComment(target, winnerId);
    if (!current) {
      // The comment we merge into was deleted (by a user, or folded by a racing writer): rescan.
      confirmations = 0;
      const again = await matcher.scan(target, { stopAtFirst: false });
      if (again.all.length === 0) {
        const created = await create();
        winnerId = created.id;
        losers = [];
        action = 'created';
        continue;
      }
      winnerId = Math.min(...again.all.map((c) => c.id));
      losers = again.all.filter((c) => c.id !== winnerId);
      continue;
    }
    const folded = losers.flatMap((c) => parseBody(c.body).sections);
    const existing = parseBody(current.body).sections;
    // Ours wins for our name; folded sections fill in names the winner lacks.
    const merged = mergeSections(mergeSections(folded, existing), [ours]);
    const fitted = await render(merged, nonceOf(current.body));
    truncated = fitted.truncated;
    let latest = current;
    if (fitted.body.trim() !== current.body.trim()) {
      latest = wrote(await forge.updateComment(target, winnerId, fitted.body));
    }
    await sleep(jitter(settle));
    const check = await forge.getComment(target, winnerId);
    const present = check ? parseBody(check.body).sections : [];
    const hasOurs = present.some(
      (s) => s.name === ours.name && (truncated || s.body.trim() === ours.body.trim()),
    );
    const hasFolded = folded.every((f) => present.some((s) => s.name === f.name));
    if (check && hasOurs && hasFolded) {
      if (++confirmations < 2) continue;
      for (const loser of losers) {
        await forge.deleteComment(target, loser.id).catch((error: unknown) => {
          logger.debug(`Duplicate comment ${loser.id} already gone: ${String(error)}`);
        });
      }
      if (losers.length > 0)
        logger.info(
          `Folded ${losers.length} duplicate report comment(s) into comment ${winnerId}.`,
        );
      return { comment: { ...latest, ...check }, action, truncated };
    }
    confirmations = 0;
    logger.info(
      `Section '${ours.name}' was overwritten by a concurrent writer; writing again (attempt ${attempt + 1}).`,
    );
    // Pick up comments other writers created meanwhile, so they are folded too.
    const again = await matcher.scan(target, { stopAtFirst: false });
    if (again.all.length > 0) {
      winnerId = Math.min(...again.all.map((c) => c.id));
      losers = again.all.filter((c) => c.id !== winnerId);
    }
  }
  throw new Error(
    `Could not converge on one report comment after ${maxAttempts} attempts: other jobs kept overwriting section '${ours.name}'.`,
  );
}

function settleFromEnv(): [number, number] {
  const raw = process.env.CML_SECTION_SETTLE_MS;
  // Longer than the driver's spacing between writes (1 s), which widens another writer's
  // read-modify-write window: a stale write must land before we look again.
  const ms = raw && /^\d+$/.test(raw) ? Number(raw) : 2000;
  return [ms, ms * 1.5];
}
